namespace Governance.Core.Cases.Services;

/// <summary>Masks personal data for roles that do not need it: 王** and 139****5678.</summary>
public static class Masking
{
    public static string? Name(string? name) =>
        string.IsNullOrEmpty(name) ? name : name[..1] + new string('*', Math.Max(1, name.Length - 1));

    public static string? Phone(string? phone) =>
        string.IsNullOrEmpty(phone) || phone.Length < 7 ? (phone is null ? null : new string('*', phone.Length)) : phone[..3] + new string('*', phone.Length - 7) + phone[^4..];
}
