using System.Xml.Linq;
using Governance.Storage;
using Governance.Storage.Security;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Governance.Server.Security;

/// <summary>
/// The data protection key ring in the database: cookies and bearer tokens are protected with these keys, so a
/// sign-in on one server is read by every other server of the same database, and survives a restart.
/// </summary>
public sealed class DatabaseKeyRing(StorageOptions storage) : IXmlRepository
{
    readonly PooledDbContextFactory<GovernanceDbContext> factory = new(storage.DbContextOptions());

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = factory.CreateDbContext();
        return db.Set<DataProtectionKeyRecord>().AsNoTracking().Select(k => k.Xml).ToList().Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var db = factory.CreateDbContext();
        db.Add(new DataProtectionKeyRecord { Name = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        try { db.SaveChanges(); }
        catch (DbUpdateException) { /* another server stored a key of that name at the same moment; the ring reads both */ }
    }
}
