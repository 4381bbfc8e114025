using Governance.Core.Input;

namespace Governance.Core.Cases.Services;

public sealed partial class CaseService
{
    /// <summary>
    /// An action's comment and data as the service takes them: the comment within its limit and trimmed (blank or
    /// invisible-only text is no comment), the data bounded in size and depth, each string by its field's limit.
    /// The form in the data is checked by its own rules.
    /// </summary>
    static ActionRequest Checked(ActionRequest request)
    {
        JsonInput.Bound(request.Data, "data", skip: "form");
        if (request.Data?["form"] is { } form) JsonInput.Bound(form, "data.form", strings: false);
        return request with { Comment = TextInput.Optional(request.Comment, "comment") };
    }
}
