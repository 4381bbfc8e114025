using System.Text.Json;
using Dapper;
using Governance.Core.Command.Briefings;
using Governance.Core.Definitions.Model;
using static Governance.Storage.ReadSide.Rows;

namespace Governance.Storage.Command;

/// <summary>Generated briefings in SQL; the content is kept as JSON, as it was when made.</summary>
public sealed class SqlBriefingStore(StorageOptions storage) : IBriefingStore
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    const string Columns = "id, definition_id, name, period, scope_code, scope_name, start_ms, end_ms, generated_at_ms, alert_id, title";

    public async Task<bool> ExistsAsync(string key, CancellationToken ct = default)
    {
        await using var c = Open(storage);
        return await c.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM briefings WHERE briefing_key = @key", new { key }, cancellationToken: ct)) > 0;
    }

    public async Task<bool> AddAsync(Briefing b, string key, CancellationToken ct = default)
    {
        using var gate = await SqliteWriteGate.EnterAsync(storage, ct);
        await using var c = Open(storage);
        return await c.ExecuteAsync(new CommandDefinition("""
            INSERT INTO briefings (id, briefing_key, definition_id, name, period, scope_code, scope_name, start_ms, end_ms, generated_at_ms, alert_id, title, content)
            VALUES (@Id, @key, @DefinitionId, @Name, @period, @ScopeCode, @ScopeName, @start, @end, @generated, @AlertId, @title, @content)
            ON CONFLICT (briefing_key) DO NOTHING
            """, new
        {
            b.Id, key, b.DefinitionId, b.Name, period = b.Period.ToString(), b.ScopeCode, b.ScopeName, start = b.Start.ToUnixTimeMilliseconds(),
            end = b.End.ToUnixTimeMilliseconds(), generated = b.GeneratedAt.ToUnixTimeMilliseconds(), b.AlertId, title = b.Content.Title,
            content = JsonSerializer.Serialize(b.Content, Json),
        }, cancellationToken: ct)) == 1;
    }

    public async Task<Briefing?> GetAsync(string id, CancellationToken ct = default)
    {
        await using var c = Open(storage);
        var row = (IDictionary<string, object?>?)await c.QueryFirstOrDefaultAsync(new CommandDefinition(
            $"SELECT {Columns}, content FROM briefings WHERE id = @id", new { id }, cancellationToken: ct));
        if (row is null) return null;
        var s = Summary(row);
        return new Briefing(s.Id, s.DefinitionId, s.Name, s.Period, s.ScopeCode, s.ScopeName, s.Start, s.End, s.GeneratedAt, s.AlertId,
            JsonSerializer.Deserialize<BriefingContent>(S(row, "content")!, Json)!);
    }

    public async Task<IReadOnlyList<BriefingSummary>> ListAsync(IReadOnlyCollection<string>? scopeCodes, string? definitionId, int limit, CancellationToken ct = default)
    {
        var conditions = new List<string> { "1 = 1" };
        if (scopeCodes is not null) conditions.Add(In(storage, "scope_code", "scopeCodes"));
        if (definitionId is not null) conditions.Add("definition_id = @definitionId");
        await using var c = Open(storage);
        var rows = await c.QueryAsync(new CommandDefinition(
            $"SELECT {Columns} FROM briefings WHERE {string.Join(" AND ", conditions)} ORDER BY generated_at_ms DESC, start_ms DESC, scope_code LIMIT @limit",
            new { scopeCodes = scopeCodes?.ToArray(), definitionId, limit }, cancellationToken: ct));
        return rows.Select(r => Summary((IDictionary<string, object?>)r)).ToList();
    }

    static BriefingSummary Summary(IDictionary<string, object?> r) => new(S(r, "id")!, S(r, "definition_id")!, S(r, "name")!,
        Enum.Parse<BriefingPeriod>(S(r, "period")!), S(r, "scope_code")!, S(r, "scope_name")!, Ms(L(r, "start_ms")), Ms(L(r, "end_ms")),
        Ms(L(r, "generated_at_ms")), S(r, "alert_id"), S(r, "title")!);
}
