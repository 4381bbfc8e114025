namespace Governance.Server.Hosting;

/// <summary>Settings under "Governance" in configuration (appsettings.json, environment GOVERNANCE__…, command line).</summary>
public sealed class GovernanceOptions
{
    /// <summary>The definition package folder that seeds an empty database; default: the nearest definitions/ above the content root.</summary>
    public string? Definitions { get; set; }
    /// <summary>"sqlite:&lt;file&gt;" (default .data/governance.db beside definitions/) or "postgres:&lt;connection string&gt;".</summary>
    public string? Storage { get; set; }
    /// <summary>Folder for files every node shares (report exports); default .data beside definitions/.</summary>
    public string? DataDirectory { get; set; }
    /// <summary>Demo cases to create when the database has no case yet; 0 for none.</summary>
    public int DemoCases { get; set; } = 300;
    /// <summary>PBKDF2 iterations for stored password hashes (tests lower it to stay fast).</summary>
    public int PasswordIterations { get; set; } = 100_000;
    /// <summary>Folder of plugin assemblies; null for none.</summary>
    public string? Plugins { get; set; }
    /// <summary>Public submissions (report, rate, upload) allowed per client address and minute.</summary>
    public int PublicRequestsPerMinute { get; set; } = 30;

    /// <summary>
    /// The outbox channel for case notifications (督办, overdue): a plugin's INotificationChannel of this name sends
    /// them (the city's SMS platform); "sms-sandbox" with the sample plugin writes them to a file instead.
    /// </summary>
    public string NotificationChannel { get; set; } = "sms";
    /// <summary>The largest request body a flow's HTTP endpoint accepts (under /workflows), in bytes.</summary>
    public long WorkflowRequestBytes { get; set; } = 1024 * 1024;
    /// <summary>How long a flow's outbound HTTP call (Elsa.FlowSendHttpRequest) may take.</summary>
    public TimeSpan OutboundHttpTimeout { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>Hosts flows may call; empty for any.</summary>
    public string[] OutboundHttpHosts { get; set; } = [];
    /// <summary>Map reads of the public pages (boundaries, locating a point, place names) per client address and minute.</summary>
    public int PublicReadsPerMinute { get; set; } = 300;

    /// <summary>
    /// A tile layer under the drawn grids for a real install, as a URL template with {z}/{x}/{y} (天地图 with the city's
    /// key, say); none by default: the map draws the boundaries as vectors and needs no tile server.
    /// </summary>
    public string? MapTiles { get; set; }
    public string? MapAttribution { get; set; }
    public int MapMaxZoom { get; set; } = 18;

    /// <summary>How often timers, warnings and the outbox are looked at.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>How often the server looks whether another server on the database published a new package version.</summary>
    public TimeSpan PackagePollInterval { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>How often the live feed looks for cases and alerts other servers took in (this server's own are pushed at once).</summary>
    public TimeSpan LivePollInterval { get; set; } = TimeSpan.FromSeconds(2);
}
