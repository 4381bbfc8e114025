using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;

namespace Governance.Server.Open311;

/// <summary>A record of an answer: its fields in the order the specification lists them.</summary>
public sealed class Open311Record : List<KeyValuePair<string, object?>>
{
    public Open311Record Add(string name, object? value)
    {
        Add(new KeyValuePair<string, object?>(name, value));
        return this;
    }
}

/// <summary>A list inside an answer: JSON writes an array, XML an element of <see cref="ItemName"/> elements.</summary>
public sealed record Open311List(string ItemName, IReadOnlyList<object?> Items);

/// <summary>
/// One answer written as the client asked (.json or .xml). The specification's XML is the JSON's shape with named
/// elements: a root (services, service_requests…) of items (service, request…), lists as elements of items.
/// </summary>
public sealed record Open311Document(string Root, object Content)
{
    public static bool IsFormat(string? format) => format is "json" or "xml";

    public IResult Result(string format, int status = 200) =>
        format == "xml"
            ? Results.Text(Xml(), "text/xml; charset=utf-8", Encoding.UTF8, status)
            : Results.Text(Json(), "application/json; charset=utf-8", Encoding.UTF8, status);

    public string Json()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            WriteJson(w, Content);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    static void WriteJson(Utf8JsonWriter w, object? value)
    {
        switch (value)
        {
            case null: w.WriteNullValue(); break;
            case Open311Record r:
                w.WriteStartObject();
                foreach (var (name, v) in r)
                {
                    w.WritePropertyName(name);
                    WriteJson(w, v);
                }
                w.WriteEndObject();
                break;
            case Open311List l:
                w.WriteStartArray();
                foreach (var item in l.Items) WriteJson(w, item);
                w.WriteEndArray();
                break;
            case bool b: w.WriteBooleanValue(b); break;
            case int i: w.WriteNumberValue(i); break;
            case double d: w.WriteNumberValue(d); break;
            case DateTimeOffset t: w.WriteStringValue(Time(t)); break;
            default: w.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }

    public string Xml()
    {
        var text = new StringBuilder();
        using (var w = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = false, Encoding = Encoding.UTF8 }))
        {
            w.WriteStartDocument();
            WriteXml(w, Root, Content);
            w.WriteEndDocument();
        }
        // StringBuilder output says utf-16; the bytes sent are UTF-8.
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    static void WriteXml(XmlWriter w, string name, object? value)
    {
        w.WriteStartElement(name);
        switch (value)
        {
            case null: break;
            case Open311Record r:
                foreach (var (field, v) in r) WriteXml(w, field, v);
                break;
            case Open311List l:
                foreach (var item in l.Items) WriteXml(w, l.ItemName, item);
                break;
            case bool b: w.WriteString(b ? "true" : "false"); break;
            case DateTimeOffset t: w.WriteString(Time(t)); break;
            case double d: w.WriteString(d.ToString("R", CultureInfo.InvariantCulture)); break;
            default: w.WriteString(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
        w.WriteEndElement();
    }

    /// <summary>ISO 8601 with the offset, as the specification's examples write it (2010-04-14T06:37:38-08:00).</summary>
    static string Time(DateTimeOffset t) => t.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
