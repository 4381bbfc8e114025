using Governance.Storage.Workflows.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Storage;

/// <summary>
/// The engine's database. It only declares sets and applies one configuration class per entity, so case,
/// form and report tables can be added beside the workflow tables with their own configurations.
/// </summary>
public sealed class GovernanceDbContext(DbContextOptions<GovernanceDbContext> options) : DbContext(options)
{
    public DbSet<WorkflowDefinitionRecord> WorkflowDefinitions => Set<WorkflowDefinitionRecord>();
    public DbSet<WorkflowInstanceRecord> WorkflowInstances => Set<WorkflowInstanceRecord>();
    public DbSet<BookmarkRecord> Bookmarks => Set<BookmarkRecord>();
    public DbSet<JournalEntryRecord> Journal => Set<JournalEntryRecord>();
    public DbSet<OutboxMessageRecord> Outbox => Set<OutboxMessageRecord>();
    public DbSet<WorkflowTriggerRecord> Triggers => Set<WorkflowTriggerRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GovernanceDbContext).Assembly);
}
