using Governance.Core.Definitions.Model;

namespace Governance.Core.Forms.Model;

/// <summary>Which form a new case of a catalog item is reported with.</summary>
public static class IntakeForms
{
    /// <summary>The item's own intake form, else its category's, else null (the host's generic form).</summary>
    public static string? FormId(EffectivePackage package, CatalogItem item) =>
        item.Form ?? package.Categories.FirstOrDefault(c => c.Code == item.Category)?.Form;
}
