using Governance.Storage;
using Governance.Storage.Cases;
using Microsoft.EntityFrameworkCore;

namespace Governance.Security.Tests.Support;

/// <summary>The database a factory's server uses, opened directly: to look at what the server wrote, or change a row as an operator would.</summary>
public static class Database
{
    public static GovernanceDbContext Open(SecurityFactory api) =>
        new(StorageOptions.Parse(api.Storage, RepoFiles.Definitions).DbContextOptions());

    public static async Task<int> ExecuteAsync(SecurityFactory api, string sql)
    {
        await using var db = Open(api);
        return await db.Database.ExecuteSqlRawAsync(sql);
    }
}
