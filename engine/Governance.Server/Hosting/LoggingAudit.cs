using Governance.Core.Definitions.Model;
using Governance.Core.Cases.Model;
using Governance.Core.Cases.Services;

namespace Governance.Server.Hosting;

/// <summary>Case refusals and actions, written to the server's log.</summary>
public sealed class LoggingAudit(ILogger<LoggingAudit> log) : ICaseAudit
{
    public void Refused(Actor actor, string what, string target, string reason) =>
        log.LogWarning("refused {User} ({Role}@{Unit}) {What} {Target}: {Reason}", actor.Username, actor.Role, actor.UnitCode, what, target, reason);

    public void Acted(Actor actor, string action, string target) =>
        log.LogInformation("{User} {Action} {Target}", actor.Username, action, target);
}
