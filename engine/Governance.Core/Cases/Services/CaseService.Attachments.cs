using Governance.Core.Cases.Attachments;
using Governance.Core.Cases.Model;
using Governance.Core.Definitions.Model;
using Governance.Core.Input;
using Governance.Core.Messages;

namespace Governance.Core.Cases.Services;

public sealed partial class CaseService
{
    public const long MaxAttachmentBytes = 10 * 1024 * 1024;
    public const int MaxAttachmentsPerCase = 30;

    /// <summary>
    /// Stores a file with the case: anyone who may see the case and has a task on it (or works at a center) may
    /// upload. Type, size and count are limited; the upload is one change with one journal entry.
    /// </summary>
    public async Task<Attachment> AttachAsync(string caseId, string fileName, byte[] content, string? step, Actor actor, CancellationToken ct = default)
    {
        var (c, tasks, _) = await GetAsync(caseId, actor, ct);
        var center = actor.Role is Role.Operator or Role.CityAdmin or Role.CountyAdmin or Role.Supervisor;
        if (!center && tasks.All(t => permissions.CannotAct(actor, t) is not null))
        {
            var reason = Text.Format("CASE-REASON-OUTSIDE", actor.UnitCode);
            audit.Refused(actor, "attach", c.Number, reason);
            throw new CaseException("CASE-FORBIDDEN-ACT", 403, reason);
        }
        return await StoreAttachmentAsync(c, fileName, content, step, actor, ct);
    }

    async Task<Attachment> StoreAttachmentAsync(Case c, string fileName, byte[] content, string? step, Actor actor, CancellationToken ct)
    {
        fileName = Path.GetFileName(fileName.Replace('\\', '/'));
        TextInput.Check(fileName, "file", "file.name");
        if (VisibleText.IsBlank(fileName) || fileName.Any(char.IsControl))
            throw new CaseException("ATTACHMENT-NAME", 400, fileName) { Field = "file" };
        var extension = Path.GetExtension(fileName);
        if (!FileContent.Extensions.TryGetValue(extension, out var contentType))
            throw new CaseException("CASE-ATTACHMENT-TYPE", 415, fileName, string.Join(" ", FileContent.Extensions.Keys)) { Field = "file" };
        if (content.Length == 0 || content.Length > MaxAttachmentBytes)
            throw new CaseException("CASE-ATTACHMENT-SIZE", 413, fileName, MaxAttachmentBytes / 1024 / 1024) { Field = "file" };
        // The bytes must be what the name says, and images lose what the camera wrote into them (a GPS position).
        if (FileContent.Sniff(content) != contentType || FileContent.WithoutMetadata(contentType, content) is not { } cleaned)
            throw new CaseException("ATTACHMENT-CONTENT", 415, fileName, contentType) { Field = "file" };
        content = cleaned;
        if ((await store.GetAttachmentsAsync(c.Id, ct)).Count >= MaxAttachmentsPerCase)
            throw new CaseException("CASE-ATTACHMENT-COUNT", 409, MaxAttachmentsPerCase) { Field = "file" };

        var now = clock.GetUtcNow();
        var attachment = new Attachment(Guid.NewGuid().ToString("N"), c.Id, fileName, contentType, content.Length, step, actor.Username, now) { Content = content };
        var journal = new CaseJournal(c, now);
        journal.Add(Text.Format("CASE-ACT-ATTACH"), actor, attachment.FileName, $"{{\"attachment\":\"{attachment.Id}\"}}");
        await SaveAsync(new CaseChange(c, c.Version, [], journal.Entries) { Attachments = [attachment] }, ct);
        return attachment with { Content = [] };
    }
}
