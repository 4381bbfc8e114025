using Governance.Core.Workflows.Model;

namespace Governance.Core.Workflows.Validation;

/// <summary>A built-in activity with rules of its own that publishing checks (beyond required inputs and expressions).</summary>
public interface IValidatingActivity
{
    /// <summary>The problems of one activity of this type; <paramref name="path"/> is its JSON path.</summary>
    IEnumerable<ValidationError> Validate(ActivityNode activity, string path);
}
