using System.Text;
using Governance.Core.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Governance.Storage.Workflows;

public sealed partial class EfWorkflowStore
{
    // Journal lines are most of the rows a burst writes; one multi-row INSERT costs about half the CPU and time of
    // tracking each line as an entity. Values go through EF's parameter mappings, so they read back the same.
    static async Task InsertJournalAsync(GovernanceDbContext db, string instanceId, IReadOnlyList<JournalEntry> journal, CancellationToken ct)
    {
        const int perStatement = 100; // well under SQLite's and PostgreSQL's parameter limits
        for (var start = 0; start < journal.Count; start += perStatement)
        {
            var sql = new StringBuilder("INSERT INTO wf_journal (instance_id, sequence, at, activity_id, kind, text) VALUES ");
            var values = new List<object?>();
            foreach (var j in journal.Skip(start).Take(perStatement))
            {
                var n = values.Count;
                sql.Append(n == 0 ? "" : ", ").Append($"({{{n}}}, {{{n + 1}}}, {{{n + 2}}}, {{{n + 3}}}, {{{n + 4}}}, {{{n + 5}}})");
                values.AddRange([instanceId, j.Sequence, j.At.ToUniversalTime(), j.ActivityId, j.Kind, j.Text]);
            }
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), values!, ct);
        }
    }
}
