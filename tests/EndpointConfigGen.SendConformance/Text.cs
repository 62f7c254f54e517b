using System;
using System.Buffers;
using System.Globalization;
using System.Text;

namespace EndpointConfigGen.SendConformance;

/// <summary>Byte strings shown the way the notes show them: Python <c>repr()</c> of the UTF-8 text.</summary>
public static class Text
{
    private static readonly UTF8Encoding Strict = new(false, true);

    public static string Utf8(byte[] bytes) => new UTF8Encoding(false).GetString(bytes);

    public static byte[] Bytes(string text) => Strict.GetBytes(text);

    /// <summary>
    /// <c>'...'</c> with <c>\n</c>, <c>\r</c>, <c>\t</c>, <c>\\</c>, <c>\'</c> and other control characters
    /// escaped; printable non-ASCII kept; bytes that are not UTF-8 shown as <c>\xNN</c>.
    /// </summary>
    public static string Repr(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder(bytes.Length + 2).Append('\'');
        while (!bytes.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(bytes, out var rune, out var consumed) != OperationStatus.Done)
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\x{bytes[0]:x2}");
                bytes = bytes[1..];
                continue;
            }
            bytes = bytes[consumed..];
            switch (rune.Value)
            {
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\\': sb.Append("\\\\"); break;
                case '\'': sb.Append("\\'"); break;
                default:
                    var category = Rune.GetUnicodeCategory(rune);
                    if (rune.Value < 0x20 || rune.Value == 0x7f || (rune.Value is >= 0x80 and < 0xa0))
                        sb.Append(CultureInfo.InvariantCulture, $"\\x{rune.Value:x2}");
                    else if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                             or UnicodeCategory.ParagraphSeparator or UnicodeCategory.OtherNotAssigned)
                        sb.Append(rune.Value > 0xffff
                            ? string.Create(CultureInfo.InvariantCulture, $"\\U{rune.Value:x8}")
                            : string.Create(CultureInfo.InvariantCulture, $"\\u{rune.Value:x4}"));
                    else
                        sb.Append(rune.ToString());
                    break;
            }
        }
        return sb.Append('\'').ToString();
    }

    /// <summary>Null when equal; else where the first difference is (byte offset, line, column) and both sides around it.</summary>
    public static string? FirstDifference(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual, string expectedLabel, string actualLabel)
    {
        var common = expected.CommonPrefixLength(actual);
        if (common == expected.Length && common == actual.Length) return null;
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < common; i++)
        {
            if (expected[i] == (byte)'\n') (line, lineStart) = (line + 1, i + 1);
        }
        var from = Math.Max(lineStart, common - 30);
        string Around(ReadOnlySpan<byte> s) =>
            common >= s.Length ? $"(ends; {s.Length} bytes)" : Repr(s[from..Math.Min(s.Length, common + 40)]);
        var width = Math.Max(expectedLabel.Length, actualLabel.Length) + 1;
        return $"first difference at byte {common} (line {line}, column {common - lineStart + 1}); " +
               $"lengths {expected.Length} and {actual.Length}\n" +
               $"      {(expectedLabel + ":").PadRight(width)} {Around(expected)}\n      {(actualLabel + ":").PadRight(width)} {Around(actual)}";
    }
}
