using System.Text;

namespace Governance.Core.Expressions;

/// <summary>A text writer that refuses to grow past a length, so a template cannot fill memory with output.</summary>
internal sealed class BoundedWriter(int maxLength) : StringWriter(new StringBuilder(), System.Globalization.CultureInfo.InvariantCulture)
{
    public override void Write(char value)
    {
        Check(1);
        base.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        Check(count);
        base.Write(buffer, index, count);
    }

    public override void Write(string? value)
    {
        Check(value?.Length ?? 0);
        base.Write(value);
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        Check(buffer.Length);
        base.Write(buffer);
    }

    void Check(int adding)
    {
        if (GetStringBuilder().Length + adding > maxLength) throw new TooLongException();
    }

    public sealed class TooLongException : Exception;
}
