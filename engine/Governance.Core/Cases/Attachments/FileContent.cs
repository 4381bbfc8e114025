using System.Buffers.Binary;
using System.Text;

namespace Governance.Core.Cases.Attachments;

/// <summary>
/// What a file really is, from its first bytes, whatever its name says: an executable called .jpg or a web page
/// called .png is neither. Only these kinds are stored with a case.
/// </summary>
public static class FileContent
{
    public const string Jpeg = "image/jpeg", Png = "image/png", WebP = "image/webp", Pdf = "application/pdf", Mp4 = "video/mp4";

    /// <summary>The allowed file name extensions and the content each must have.</summary>
    public static IReadOnlyDictionary<string, string> Extensions { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".jpg"] = Jpeg, [".jpeg"] = Jpeg, [".png"] = Png, [".webp"] = WebP, [".pdf"] = Pdf, [".mp4"] = Mp4,
    };

    /// <summary>The content type the bytes are, by their signature; null for anything else.</summary>
    public static string? Sniff(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF) return Jpeg;
        if (b.Length >= 8 && b[..8].SequenceEqual(PngSignature)) return Png;
        if (b.Length >= 12 && b[..4].SequenceEqual("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8)) return WebP;
        if (b.Length >= 5 && b[..5].SequenceEqual("%PDF-"u8)) return Pdf;
        if (b.Length >= 12 && b[4..8].SequenceEqual("ftyp"u8)) return Mp4;
        return null;
    }

    internal static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>
    /// The file without the metadata a camera or phone writes into images (EXIF with GPS position, XMP, IPTC,
    /// comments, PNG text chunks); null when the image's structure is broken. Other kinds pass unchanged.
    /// </summary>
    public static byte[]? WithoutMetadata(string contentType, byte[] bytes) => contentType switch
    {
        Jpeg => ImageMetadata.Jpeg(bytes),
        Png => ImageMetadata.Png(bytes),
        WebP => ImageMetadata.WebP(bytes),
        _ => bytes,
    };

    internal static string FourCc(ReadOnlySpan<byte> b) => Encoding.ASCII.GetString(b[..4]);

    internal static uint BigEndian(ReadOnlySpan<byte> b) => BinaryPrimitives.ReadUInt32BigEndian(b);
}
