using System.IO.Compression;
using System.Text;
using Governance.Core.Intake.Model;
using Governance.Core.Intake.Features;

namespace Governance.Core.Intake.Learning;

/// <summary>
/// What registrations taught, as evidence per item, and its stored form: a compressed binary of the counts. The catalog
/// part of a model is not stored; it is rebuilt from the running catalog, so a new synonym counts at once and a version
/// is the learned part alone.
/// </summary>
public static class LearnedLayer
{
    const string Magic = "GVIL";
    const int Format = 1;

    public static ItemEvidence From(IEnumerable<IntakeExample> examples, ITextFeatures features)
    {
        var evidence = new ItemEvidence();
        var buffer = new List<string>();
        foreach (var e in examples)
        {
            buffer.Clear();
            features.Extract(e.Text, buffer);
            evidence.Add(e.Item, buffer, isExample: true);
        }
        return evidence;
    }

    public static byte[] Write(ItemEvidence evidence)
    {
        using var memory = new MemoryStream();
        using (var zip = new GZipStream(memory, CompressionLevel.Optimal, leaveOpen: true))
        using (var w = new BinaryWriter(zip, Encoding.UTF8))
        {
            w.Write(Magic);
            w.Write(Format);
            w.Write(evidence.Items.Count);
            foreach (var (code, counts) in evidence.Items.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                w.Write(code);
                w.Write(counts.Examples);
                w.Write(counts.Features.Count);
                foreach (var (feature, n) in counts.Features)
                {
                    w.Write(feature);
                    w.Write(n);
                }
            }
        }
        return memory.ToArray();
    }

    public static ItemEvidence Read(byte[] payload)
    {
        var evidence = new ItemEvidence();
        if (payload.Length == 0) return evidence;
        using var zip = new GZipStream(new MemoryStream(payload), CompressionMode.Decompress);
        using var r = new BinaryReader(zip, Encoding.UTF8);
        if (r.ReadString() != Magic || r.ReadInt32() != Format) throw new InvalidDataException("not a learned layer of format " + Format);
        var items = r.ReadInt32();
        for (var i = 0; i < items; i++)
        {
            var counts = evidence.For(r.ReadString());
            counts.Examples = r.ReadInt32();
            var features = r.ReadInt32();
            for (var f = 0; f < features; f++) counts.Add(r.ReadString(), r.ReadSingle());
        }
        return evidence;
    }
}
