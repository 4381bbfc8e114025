using Governance.Core.Cases.Model;
using Governance.Core.Definitions.Model;
using Governance.Core.Forms.Model;

namespace Governance.Core.Cases.Disclosure;

/// <summary>
/// The one place that decides what of a case's personal data a viewer sees: the reporter's name and phone, the
/// fields forms mark <c>personal</c>, and the same values wherever they recur in free text (a description, a
/// comment, a notification). Every response that carries a case goes through the <see cref="CaseDisclosure"/> it hands out.
/// </summary>
public sealed class DisclosurePolicy(Func<string, int, FormDefinition?> forms)
{
    public DisclosurePolicy(FormLibrary library) : this(library.Get) { }

    /// <summary>
    /// The center calls reporters back, so its operators and the administrators see them in full, as does the person
    /// who reported the case; supervisors, departments, streets, communities and grid workers see them masked.
    /// </summary>
    public static bool SeesPersonalData(Actor viewer, Case c) =>
        viewer.IsSystem || viewer.Role is Role.Operator or Role.CityAdmin or Role.CountyAdmin
        || (c.Reporter.Username is { } reporter && reporter == viewer.Username && viewer.Role != Role.Citizen);

    public CaseDisclosure For(Actor viewer, Case c) => new(c, SeesPersonalData(viewer, c), forms);

    /// <summary>For a person known only by their user definition (the recipient of a notification).</summary>
    public CaseDisclosure For(UserDefinition recipient, Case c) =>
        For(new Actor(recipient.Username, recipient.Name, recipient.Role, recipient.Unit, recipient.Department), c);
}
