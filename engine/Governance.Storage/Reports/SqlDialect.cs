namespace Governance.Storage.Reports;

/// <summary>The few expressions report queries need that SQLite and PostgreSQL write differently.</summary>
internal abstract class SqlDialect
{
    public static SqlDialect For(StorageProvider provider) => provider == StorageProvider.Sqlite ? new Sqlite() : new Postgres();

    /// <summary>Hours from report to close; null while the case is open.</summary>
    public abstract string HandlingHours { get; }

    /// <summary>A value the intake form saved (the case keeps form data as <c>{formId: {key: value}}</c>), as text.</summary>
    public abstract string FormText(string formParameter, string keyParameter, string pathParameter);

    /// <summary>The same value as a number.</summary>
    public abstract string FormNumber(string formParameter, string keyParameter, string pathParameter);

    /// <summary>Whether the form value is read with a JSON path (SQLite) or with the form id and key (PostgreSQL).</summary>
    public abstract bool UsesPath { get; }

    sealed class Sqlite : SqlDialect
    {
        // EF stores a DateTimeOffset as text with its offset, which julianday() reads.
        public override string HandlingHours => "((julianday(closed_at) - julianday(reported_at)) * 24.0)";
        public override string FormText(string f, string k, string path) => $"json_extract(form_data_json, {path})";
        public override string FormNumber(string f, string k, string path) => $"CAST(json_extract(form_data_json, {path}) AS REAL)";
        public override bool UsesPath => true;
    }

    sealed class Postgres : SqlDialect
    {
        public override string HandlingHours => "(EXTRACT(EPOCH FROM (closed_at - reported_at)) / 3600.0)";
        public override string FormText(string f, string k, string path) => $"(CAST(form_data_json AS jsonb) -> {f} ->> {k})";
        public override string FormNumber(string f, string k, string path) => $"CAST(NULLIF(CAST(form_data_json AS jsonb) -> {f} ->> {k}, '') AS double precision)";
        public override bool UsesPath => false;
    }
}
