using System.Data.Common;
using Dapper;
using Governance.Core.Command.Warnings;
using Governance.Core.Definitions.Model;
using Governance.Core.ReadSide;
using Governance.Storage.ReadSide;
using static Governance.Storage.ReadSide.Rows;

namespace Governance.Storage.Command;

/// <summary>Alerts, the cases the warning rules have looked at, and job leases, in SQL on SQLite and PostgreSQL.</summary>
public sealed class SqlAlertStore(StorageOptions storage) : IAlertStore
{
    const string AlertColumns = "a.id, a.rule_id, a.rule_name, a.level, a.subject, a.alert_key, a.place_code, a.county_code, a.summary, " +
                                "a.raised_at_ms, a.updated_at_ms, a.state, a.acknowledged_by, a.acknowledged_at_ms";

    public async Task<bool> TryLeaseAsync(string job, string owner, TimeSpan lease, DateTimeOffset now, CancellationToken ct = default)
    {
        const string sql = """
            INSERT INTO command_leases (name, owner, until_ms) VALUES (@job, @owner, @until)
            ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, until_ms = excluded.until_ms
            WHERE command_leases.until_ms < @now OR command_leases.owner = @owner
            """;
        using var gate = await SqliteWriteGate.EnterAsync(storage, ct);
        await using var c = Open(storage);
        var rows = await c.ExecuteAsync(new CommandDefinition(sql, new { job, owner, until = (now + lease).ToUnixTimeMilliseconds(), now = now.ToUnixTimeMilliseconds() }, cancellationToken: ct));
        return rows == 1;
    }

    public async Task<IReadOnlyList<CaseFact>> UncheckedCasesAsync(DateTimeOffset since, int max, CancellationToken ct = default)
    {
        var sql = $"""
            SELECT {FigureSql.CaseFactColumns} FROM cases c
            WHERE c.reported_at_ms >= @since AND NOT EXISTS (SELECT 1 FROM warning_checked w WHERE w.case_id = c.id)
            ORDER BY c.reported_at_ms, c.id LIMIT @max
            """;
        await using var c = Open(storage);
        var rows = await c.QueryAsync(new CommandDefinition(sql, new { since = since.ToUnixTimeMilliseconds(), max }, cancellationToken: ct));
        return rows.Select(r => Case((IDictionary<string, object?>)r)).ToList();
    }

    public async Task SaveAsync(IReadOnlyList<AlertChange> changes, IReadOnlyList<string> checkedCaseIds, DateTimeOffset now, CancellationToken ct = default)
    {
        using var gate = await SqliteWriteGate.EnterAsync(storage, ct);
        await using var c = Open(storage);
        await c.OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        foreach (var change in changes)
        {
            var a = change.Alert;
            var row = new
            {
                a.Id, RuleId = a.RuleId, RuleName = a.RuleName, Level = a.Level.ToString(), a.Subject, a.Key, a.PlaceCode, a.CountyCode, a.Summary,
                Raised = a.RaisedAt.ToUnixTimeMilliseconds(), Updated = a.UpdatedAt.ToUnixTimeMilliseconds(), State = a.State.ToString(),
                a.AcknowledgedBy, Acknowledged = a.AcknowledgedAt?.ToUnixTimeMilliseconds(),
            };
            await c.ExecuteAsync(new CommandDefinition(change.IsNew
                ? """
                  INSERT INTO alerts (id, rule_id, rule_name, level, subject, alert_key, place_code, county_code, summary, raised_at_ms, updated_at_ms, state, acknowledged_by, acknowledged_at_ms)
                  VALUES (@Id, @RuleId, @RuleName, @Level, @Subject, @Key, @PlaceCode, @CountyCode, @Summary, @Raised, @Updated, @State, @AcknowledgedBy, @Acknowledged)
                  """
                : """
                  UPDATE alerts SET level = @Level, summary = @Summary, updated_at_ms = @Updated, state = @State,
                      acknowledged_by = @AcknowledgedBy, acknowledged_at_ms = @Acknowledged
                  WHERE id = @Id
                  """, row, tx, cancellationToken: ct));
            foreach (var added in change.AddedCases)
                await c.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO alert_cases (alert_id, case_id, case_number, added_at_ms) VALUES (@alert, @id, @number, @at) ON CONFLICT DO NOTHING",
                    new { alert = a.Id, id = added.CaseId, number = added.Number, at = added.AddedAt.ToUnixTimeMilliseconds() }, tx, cancellationToken: ct));
        }
        foreach (var id in checkedCaseIds)
            await c.ExecuteAsync(new CommandDefinition("INSERT INTO warning_checked (case_id, checked_at_ms) VALUES (@id, @at) ON CONFLICT DO NOTHING",
                new { id, at = now.ToUnixTimeMilliseconds() }, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
    }

    public async Task<Alert?> LatestHoldingAsync(string ruleId, IReadOnlyCollection<string> caseIds, CancellationToken ct = default) =>
        (await QueryAsync($"""
            SELECT {AlertColumns} FROM alerts a
            WHERE a.rule_id = @ruleId AND EXISTS (SELECT 1 FROM alert_cases ac WHERE ac.alert_id = a.id AND {In(storage, "ac.case_id", "caseIds")})
            ORDER BY a.updated_at_ms DESC LIMIT 1
            """, new { ruleId, caseIds = caseIds.ToArray() }, ct)).FirstOrDefault();

    public async Task<Alert?> FindAsync(string ruleId, string key, CancellationToken ct = default) =>
        (await QueryAsync($"SELECT {AlertColumns} FROM alerts a WHERE a.rule_id = @ruleId AND a.alert_key = @key", new { ruleId, key }, ct)).FirstOrDefault();

    public async Task<Alert?> GetAsync(string id, CancellationToken ct = default) =>
        (await QueryAsync($"SELECT {AlertColumns} FROM alerts a WHERE a.id = @id", new { id }, ct)).FirstOrDefault();

    public async Task<IReadOnlyList<Alert>> ListAsync(FigureScope scope, AlertQuery query, CancellationToken ct = default)
    {
        // An alert is visible with any one of its cases: the same rule as the case list, on the cases behind it.
        var visible = new FigureWhere(new FigureQuery { Scope = scope }, Grain.Case, TimeSpan.Zero, storage);
        var p = visible.Parameters;
        var conditions = new List<string>
        {
            $"EXISTS (SELECT 1 FROM alert_cases ac JOIN cases c ON c.id = ac.case_id WHERE ac.alert_id = a.id AND {visible.Conditions})",
        };
        if (query.State is { } state) { conditions.Add("a.state = @state"); p.Add("state", state.ToString()); }
        if (query.Level is { } level) { conditions.Add("a.level = @level"); p.Add("level", level.ToString()); }
        if (query.CaseId is { } caseId) { conditions.Add("EXISTS (SELECT 1 FROM alert_cases x WHERE x.alert_id = a.id AND x.case_id = @caseId)"); p.Add("caseId", caseId); }
        if (query.Id is { } id) { conditions.Add("a.id = @id"); p.Add("id", id); }
        if (query.UpdatedSince is { } since) { conditions.Add("a.updated_at_ms > @since"); p.Add("since", since.ToUnixTimeMilliseconds()); }
        p.Add("limit", query.Limit);
        return await QueryAsync($"SELECT {AlertColumns} FROM alerts a WHERE {string.Join(" AND ", conditions)} ORDER BY a.updated_at_ms DESC, a.id LIMIT @limit", p, ct);
    }

    public async Task<bool> AcknowledgeAsync(string id, string username, DateTimeOffset at, CancellationToken ct = default)
    {
        using var gate = await SqliteWriteGate.EnterAsync(storage, ct);
        await using var c = Open(storage);
        return await c.ExecuteAsync(new CommandDefinition(
            "UPDATE alerts SET state = 'Acknowledged', acknowledged_by = @username, acknowledged_at_ms = @at WHERE id = @id AND state = 'Open'",
            new { id, username, at = at.ToUnixTimeMilliseconds() }, cancellationToken: ct)) == 1;
    }

    async Task<IReadOnlyList<Alert>> QueryAsync(string sql, object parameters, CancellationToken ct)
    {
        await using var c = Open(storage);
        var rows = (await c.QueryAsync(new CommandDefinition(sql, parameters, cancellationToken: ct))).Select(r => (IDictionary<string, object?>)r).ToList();
        if (rows.Count == 0) return [];
        var ids = rows.Select(r => S(r, "id")!).ToArray();
        var cases = (await c.QueryAsync(new CommandDefinition(
                $"SELECT alert_id, case_id, case_number, added_at_ms FROM alert_cases WHERE {In(storage, "alert_id", "ids")} ORDER BY added_at_ms, case_number", new { ids }, cancellationToken: ct)))
            .Select(r => (IDictionary<string, object?>)r)
            .ToLookup(r => S(r, "alert_id")!, r => new AlertCase(S(r, "case_id")!, S(r, "case_number")!, Ms(L(r, "added_at_ms"))));
        return rows.Select(r => new Alert(S(r, "id")!, S(r, "rule_id")!, S(r, "rule_name")!, Enum.Parse<AlertLevel>(S(r, "level")!), S(r, "subject")!,
            S(r, "alert_key")!, S(r, "place_code")!, S(r, "county_code")!, S(r, "summary")!, Ms(L(r, "raised_at_ms")), Ms(L(r, "updated_at_ms")),
            Enum.Parse<AlertState>(S(r, "state")!), S(r, "acknowledged_by"), r["acknowledged_at_ms"] is null or DBNull ? null : Ms(L(r, "acknowledged_at_ms")),
            cases[S(r, "id")!].ToList())).ToList();
    }
}
