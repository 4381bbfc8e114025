using System.Buffers.Binary;

namespace Governance.Core.Cases.Attachments;

/// <summary>
/// Drops metadata segments and chunks from images byte by byte, keeping the pixels as they are (no decoding, no
/// image library). What stays is what a viewer needs to draw the picture: in JPEG the JFIF header, colour profile
/// and Adobe colour marker; in PNG every critical and drawing chunk; in WebP the image and animation chunks. The
/// EXIF orientation goes with the rest of EXIF, so a photo taken sideways may show sideways.
/// </summary>
internal static class ImageMetadata
{
    /// <summary>JPEG: copies every segment but APP1 (EXIF, XMP), APP3–APP13 (IPTC and the like), APP15 and comments.</summary>
    public static byte[]? Jpeg(byte[] b)
    {
        using var output = new MemoryStream(b.Length);
        output.Write(b, 0, 2); // SOI
        var i = 2;
        while (i + 4 <= b.Length)
        {
            if (b[i] != 0xFF) return null;
            var marker = b[i + 1];
            if (marker == 0xFF) { i++; continue; } // fill byte
            if (marker == 0xD9) { output.Write(b, i, 2); return output.ToArray(); } // EOI without a scan
            var length = (b[i + 2] << 8) | b[i + 3];
            if (length < 2 || i + 2 + length > b.Length) return null;
            if (marker == 0xDA)
            {
                output.Write(b, i, b.Length - i); // the scan and everything after it: entropy-coded data, then EOI
                return output.ToArray();
            }
            var metadata = marker is 0xE1 or (>= 0xE3 and <= 0xED) or 0xEF or 0xFE;
            if (!metadata) output.Write(b, i, 2 + length);
            i += 2 + length;
        }
        return null;
    }

    static readonly HashSet<string> PngMetadata = ["tEXt", "zTXt", "iTXt", "eXIf", "tIME"];

    /// <summary>PNG: copies every chunk up to IEND but text (tEXt, zTXt, iTXt), EXIF and time chunks.</summary>
    public static byte[]? Png(byte[] b)
    {
        using var output = new MemoryStream(b.Length);
        output.Write(FileContent.PngSignature);
        var i = 8;
        while (i + 12 <= b.Length)
        {
            var length = FileContent.BigEndian(b.AsSpan(i));
            if (length > int.MaxValue || i + 12 + (long)length > b.Length) return null;
            var type = FileContent.FourCc(b.AsSpan(i + 4));
            var size = 12 + (int)length;
            if (!PngMetadata.Contains(type)) output.Write(b, i, size);
            i += size;
            if (type == "IEND") return output.ToArray();
        }
        return null;
    }

    /// <summary>WebP: copies every RIFF chunk but EXIF and XMP, clears their flags in the extended header and fixes the RIFF size.</summary>
    public static byte[]? WebP(byte[] b)
    {
        var riffEnd = 8L + BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(4));
        if (riffEnd > b.Length || riffEnd < 12) return null;
        using var output = new MemoryStream(b.Length);
        output.Write(b, 0, 12);
        var i = 12;
        while (i + 8 <= riffEnd)
        {
            var type = FileContent.FourCc(b.AsSpan(i));
            var length = BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(i + 4));
            var padded = 8 + (long)length + (length & 1);
            if (i + 8 + (long)length > riffEnd) return null;
            var size = (int)Math.Min(padded, riffEnd - i);
            if (type is not ("EXIF" or "XMP "))
            {
                var start = (int)output.Position;
                output.Write(b, i, size);
                if (type == "VP8X" && length >= 1) output.GetBuffer()[start + 8] &= unchecked((byte)~0x0C); // no EXIF (0x08), no XMP (0x04)
            }
            i += size;
        }
        var result = output.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(result.AsSpan(4), (uint)(result.Length - 8));
        return result;
    }
}
