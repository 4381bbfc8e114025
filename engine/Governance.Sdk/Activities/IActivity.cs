namespace Governance.Sdk.Activities;

/// <summary>
/// A workflow activity. Implementations are stateless: one instance serves every workflow, and all
/// state goes through the <see cref="IActivityContext"/>. Mark the class with <see cref="ActivityAttribute"/>
/// and declare inputs and outputs with <see cref="ActivityInputAttribute"/> and <see cref="ActivityOutputAttribute"/>.
/// </summary>
public interface IActivity
{
    /// <summary>
    /// Runs the activity. Call <see cref="IActivityContext.Complete"/> to continue through a port,
    /// <see cref="IActivityContext.CreateBookmark"/> to wait, or <see cref="IActivityContext.Fault"/> to fail.
    /// </summary>
    ValueTask ExecuteAsync(IActivityContext context);
}

/// <summary>An activity that waits on a bookmark and continues when the bookmark is resumed.</summary>
public interface IResumableActivity : IActivity
{
    /// <summary>
    /// Called when one of the activity's bookmarks is resumed; <see cref="IActivityContext.ResumeInput"/>
    /// holds what the resumer sent. Usually sets outputs and calls <see cref="IActivityContext.Complete"/>.
    /// </summary>
    ValueTask ResumeAsync(IActivityContext context, BookmarkInfo bookmark);
}
