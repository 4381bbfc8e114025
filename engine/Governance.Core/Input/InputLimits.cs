namespace Governance.Core.Input;

/// <summary>
/// The one table of how long each text field of a request may be, in characters a person sees
/// (<see cref="VisibleText.Length"/>). Names are the fields as the API spells them: a JSON property of a request
/// body, a query or route parameter, or a path into an action's <c>data</c>. Every text field of every request has
/// an entry; the security suite fails on an endpoint whose field is not listed here.
/// </summary>
public static class InputLimits
{
    /// <summary>
    /// A hard cap on the UTF-16 length of any limited text, per allowed character: it bounds what one "character"
    /// may carry (an emoji sequence is up to 11 units; a character drowned in thousands of combining marks is not text).
    /// </summary>
    public const int UnitsPerCharacter = 16;

    static readonly Dictionary<string, int> Table = new(StringComparer.Ordinal)
    {
        // Intake (POST /api/cases) and the public pages
        ["Idempotency-Key"] = 100, ["channel"] = 20, ["itemCode"] = 10, ["urgency"] = 20, ["gridCode"] = 20,
        ["description"] = 2000, ["address"] = 200, ["reporterName"] = 50, ["reporterPhone"] = 20, ["phone"] = 20,
        ["satisfaction"] = 20,
        // Comments on actions, 督办 and ratings
        ["comment"] = 1000,
        // Action data (POST /api/tasks/{id}/actions/{action})
        ["data.item"] = 10, ["data.urgency"] = 20, ["data.target"] = 40, ["data.satisfaction"] = 20, ["data.unit"] = 20,
        ["data.departments[]"] = 40, ["data.*"] = 200,
        // Form data: text fields without a maxLength of their own, and any other string a form keeps
        ["form.text"] = 2000,
        // Sign-in and accounts
        ["username"] = 100, ["password"] = 200, ["currentPassword"] = 200, ["newPassword"] = 200, ["name"] = 50,
        ["role"] = 20, ["unit"] = 20, ["department"] = 40,
        // Route parameters
        ["id"] = 64, ["attachmentId"] = 64, ["number"] = 40, ["action"] = 40, ["code"] = 20, ["source"] = 40,
        // Query strings (filters, searches)
        ["q"] = 100, ["status"] = 20, ["item"] = 10, ["category"] = 10, ["warning"] = 20, ["county"] = 20, ["grid"] = 20,
        ["kind"] = 40, ["actor"] = 100, ["target"] = 100,
        // The unified report: a month, a report's id, a correction's reason
        ["period"] = 10, ["report"] = 64, ["reason"] = 1000,
        // Intake suggestions (what someone wrote) and duplicates (of a case id); the admin console's package paths.
        // The command center's figures: groupings, a ranking's level and indicator.
        ["by"] = 100, ["level"] = 20, ["indicator"] = 40, ["state"] = 20, ["definition"] = 64,
        ["text"] = 2000, ["case"] = 64, ["scope"] = 20, ["path"] = 200, ["from"] = 40, ["to"] = 40, ["key"] = 100,
        // Uploads (multipart form fields)
        ["step"] = 40, ["file.name"] = 100, ["file.type"] = 100,
        // API clients and Open311 GeoReport v2 (form fields and query parameters as the specification spells them)
        ["scopes"] = 20, ["format"] = 10, ["api_key"] = 100, ["jurisdiction_id"] = 20, ["service_code"] = 10, ["service_request_id"] = 1000,
        ["token"] = 64, ["start_date"] = 40, ["end_date"] = 40, ["lat"] = 40, ["long"] = 40, ["address_string"] = 200, ["address_id"] = 40,
        ["first_name"] = 25, ["last_name"] = 25, ["email"] = 100, ["device_id"] = 100, ["account_id"] = 100,
        ["media_url"] = 500, ["attribute[]"] = 2000,
    };

    /// <summary>The most characters a field may hold; an unlisted field gets the <c>data.*</c> limit.</summary>
    public static int For(string field) => Table.TryGetValue(field, out var n) ? n : Table["data.*"];

    public static bool Has(string field) => Table.ContainsKey(field);

    public static IReadOnlyDictionary<string, int> All => Table;

    /// <summary>Action data and form data: how deep and how many values one request's JSON may nest.</summary>
    public const int MaxJsonDepth = 8, MaxJsonValues = 2000;

    /// <summary>Ids and codes in lists (co-handling departments and the like).</summary>
    public const int MaxListLength = 50;

    /// <summary>The largest JSON request body; uploads have their own limit.</summary>
    public const long MaxJsonBodyBytes = 1024 * 1024;
}
