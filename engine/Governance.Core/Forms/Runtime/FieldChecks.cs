using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Governance.Core.Forms.Expressions;
using Governance.Core.Forms.Model;
using Governance.Core.Messages;
using static Governance.Core.Forms.Runtime.JsonValues;

namespace Governance.Core.Forms.Runtime;

/// <summary>
/// The checks of one non-empty value against its field's type and limits, in a fixed order that the browser
/// module (designer/src/forms/checks.ts) follows too. Required-ness and custom rules are checked by the caller.
/// </summary>
internal sealed partial class FieldChecks(FormField field)
{
    readonly Regex? pattern = field.Pattern is { } p ? new Regex(p, RegexOptions.ECMAScript, TimeSpan.FromMilliseconds(100)) : null;
    readonly HashSet<string>? options = field.Options?.Select(o => o.Value).ToHashSet(StringComparer.Ordinal);

    public void Check(string path, JsonNode value, IFormSources? sources, List<FieldError> errors)
    {
        var label = field.Label;
        void Add(string code, params object?[] args) => errors.Add(new FieldError(path, code, Text.Format(code, args)));
        void Type(string what) => Add("FORM-TYPE", label, Text.Format(what));

        switch (field.Type)
        {
            case FieldType.Text or FieldType.Textarea:
                if (!IsString(value)) { Type("FORM-TYPE-STRING"); return; }
                var s = Str(value);
                if (field.MinLength is { } minL && s.Length < minL) Add("FORM-MIN-LENGTH", label, minL);
                if (field.MaxLength is { } maxL && s.Length > maxL) Add("FORM-MAX-LENGTH", label, maxL);
                if (pattern is not null && !pattern.IsMatch(s))
                {
                    if (field.PatternMessage is { } m) errors.Add(new FieldError(path, "FORM-PATTERN", m));
                    else Add("FORM-PATTERN", label);
                }
                return;
            case FieldType.Number or FieldType.Money:
                if (!IsNumber(value)) { Type("FORM-TYPE-NUMBER"); return; }
                var d = Number(value);
                if (field.Integer && d != Math.Floor(d)) Add("FORM-INTEGER", label);
                if (field.Type == FieldType.Money && Math.Abs(d * 100 - Semantics.Round(d * 100)) > 1e-6) Add("FORM-MONEY", label);
                if (field.Min is { } min && d < min) Add("FORM-MIN", label, JsNumbers.Format(min));
                if (field.Max is { } max && d > max) Add("FORM-MAX", label, JsNumbers.Format(max));
                return;
            case FieldType.Date:
                if (!IsString(value) || !IsDate(Str(value))) Add("FORM-DATE", label);
                return;
            case FieldType.Datetime:
                if (!IsString(value) || !IsDateTime(Str(value))) Add("FORM-DATETIME", label);
                return;
            case FieldType.Select or FieldType.Radio:
                if (!IsString(value)) { Type("FORM-TYPE-STRING"); return; }
                if (!IsOption(Str(value), sources)) Add("FORM-OPTION", label, Str(value));
                return;
            case FieldType.Checkbox:
                if (value is not JsonArray picked) { Type("FORM-TYPE-ARRAY"); return; }
                foreach (var v in picked)
                    if (!IsString(v) || !IsOption(Str(v!), sources)) Add("FORM-OPTION", label, IsString(v) ? Str(v!) : v?.ToJsonString() ?? "null");
                Counts(picked.Count);
                return;
            case FieldType.Place:
                if (value is not JsonObject place) { Type("FORM-TYPE-OBJECT"); return; }
                if (!IsString(place["address"]) || IsEmpty(place["address"])) Add("FORM-PLACE", label);
                var lng = place["lng"]; var lat = place["lat"];
                if ((lng is not null || lat is not null)
                    && !(IsNumber(lng) && IsNumber(lat) && Math.Abs(Number(lng!)) <= 180 && Math.Abs(Number(lat!)) <= 90))
                    Add("FORM-PLACE-COORDINATES", label);
                if (place["grid"] is { } grid && !IsEmpty(grid))
                {
                    var code = IsString(grid) ? Str(grid) : grid.ToJsonString();
                    if (!IsString(grid) || sources?.Contains(Validation.FormSourceNames.Grids, code) == false) Add("FORM-PLACE-GRID", label, code);
                }
                return;
            case FieldType.Attachment:
                if (value is not JsonArray files) { Type("FORM-TYPE-ARRAY"); return; }
                for (var i = 0; i < files.Count; i++)
                {
                    if (files[i] is not JsonObject f || !IsString(f["name"]) || !IsString(f["type"]) || !IsNumber(f["size"]))
                    {
                        Add("FORM-FILE", label, i + 1);
                        continue;
                    }
                    var name = Str(f["name"]!); var type = Str(f["type"]!);
                    if (field.Accept.Count > 0 && !field.Accept.Any(a => Accepts(a, name, type)))
                        Add("FORM-FILE-TYPE", name, type, string.Join("、", field.Accept));
                    if (field.MaxSizeKb is { } kb && Number(f["size"]!) > kb * 1024.0) Add("FORM-FILE-SIZE", name, kb);
                }
                Counts(files.Count);
                return;
            case FieldType.Signature:
                const string Png = "data:image/png;base64,iVBORw0KGgo";
                if (!IsString(value) || !Str(value).StartsWith(Png, StringComparison.Ordinal)) { Add("FORM-SIGNATURE", label); return; }
                var payload = Str(value).Length - "data:image/png;base64,".Length;
                var padding = Str(value).EndsWith("==", StringComparison.Ordinal) ? 2 : Str(value).EndsWith('=') ? 1 : 0;
                var limit = field.MaxSizeKb ?? 200;
                if (Math.Floor(payload * 3 / 4.0) - padding > limit * 1024.0) Add("FORM-SIGNATURE-SIZE", label, limit);
                return;
            case FieldType.Table:
                if (value is not JsonArray rows) { Type("FORM-TYPE-ARRAY"); return; }
                Counts(rows.Count);
                return;
        }

        void Counts(int n)
        {
            if (field.MinCount is { } minC && n < minC) Add("FORM-MIN-COUNT", label, minC);
            if (field.MaxCount is { } maxC && n > maxC) Add("FORM-MAX-COUNT", label, maxC);
        }
    }

    bool IsOption(string value, IFormSources? sources) =>
        options is not null ? options.Contains(value) : field.OptionSource is not { } source || sources?.Contains(source, value) != false;

    /// <summary>An accept entry is a MIME type (<c>image/png</c>), a MIME family (<c>image/*</c>) or an extension (<c>.pdf</c>).</summary>
    static bool Accepts(string accept, string name, string type) =>
        accept.StartsWith('.') ? name.EndsWith(accept, StringComparison.OrdinalIgnoreCase)
        : accept.EndsWith("/*", StringComparison.Ordinal) ? type.StartsWith(accept[..^1], StringComparison.OrdinalIgnoreCase)
        : string.Equals(accept, type, StringComparison.OrdinalIgnoreCase);

    public static bool IsDate(string s)
    {
        var m = DatePattern().Match(s);
        return m.Success && ValidDay(m);
    }

    public static bool IsDateTime(string s)
    {
        var m = DateTimePattern().Match(s);
        return m.Success && ValidDay(m) && int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture) < 24
            && int.Parse(m.Groups[5].Value, CultureInfo.InvariantCulture) < 60
            && (!m.Groups[6].Success || int.Parse(m.Groups[6].Value, CultureInfo.InvariantCulture) < 60);
    }

    static bool ValidDay(Match m)
    {
        var y = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var mo = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        var d = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
        return y >= 1 && mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo);
    }

    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})$", RegexOptions.ECMAScript)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$", RegexOptions.ECMAScript)]
    private static partial Regex DateTimePattern();
}
