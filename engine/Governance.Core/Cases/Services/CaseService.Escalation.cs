using Governance.Core.Definitions.Model;
using Governance.Core.Cases.Model;
using Governance.Core.Messages;

namespace Governance.Core.Cases.Services;

public sealed partial class CaseService
{
    /// <summary>
    /// Raises a case's urgency for an early-warning rule (e.g. 特急 for escalation words): one journal entry by the
    /// system in the same transaction. Does nothing when the case already has that urgency or has ended; retries once
    /// when someone acted on the case meanwhile. Returns whether it changed the case.
    /// </summary>
    public async Task<bool> RaiseUrgencyAsync(string caseId, string urgency, string reason, CancellationToken ct = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            var c = await store.GetAsync(caseId, ct) ?? throw new CaseException("CASE-NOT-FOUND", 404, caseId);
            if (c.Urgency == urgency || c.IsFinished) return false;
            var expected = c.Version;
            var definitions = packages.Current;
            var before = definitions.For(c.Place.GridCode).Urgencies.FirstOrDefault(u => u.Code == c.Urgency)?.Name ?? c.Urgency;
            var after = definitions.For(c.Place.GridCode).Urgencies.FirstOrDefault(u => u.Code == urgency)?.Name ?? urgency;
            c.RaiseUrgency(urgency);
            var journal = new CaseJournal(c, clock.GetUtcNow());
            journal.Add(Text.Format("CASE-ACT-RAISE-URGENCY"), Actor.System, Text.Format("CASE-URGENCY-RAISED", before, after, reason),
                $"{{\"urgency\":\"{urgency}\"}}");
            try
            {
                await store.SaveAsync(new CaseChange(c, expected, [], journal.Entries), ct);
                return true;
            }
            catch (ConcurrencyException) when (attempt == 0)
            {
                // Someone acted on the case at the same moment: read it again and raise on top of that.
            }
        }
    }
}
