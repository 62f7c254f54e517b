using System;

namespace EndpointConfigGen.Fuzzing;

/// <summary>Contract checks the targets share; a failure is a finding.</summary>
internal static class FuzzChecks
{
    public static void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new FuzzFindingException(what);
        }
    }

    public static void Equal<T>(T expected, T actual, string what)
    {
        if (!Equals(expected, actual))
        {
            throw new FuzzFindingException(what + " changed the value");
        }
    }

    /// <summary>An error position lies inside the text and its line and column agree with the offset.</summary>
    public static void Position(string text, int offset, int line, int column, string message)
    {
        Require(offset >= 0 && offset <= text.Length, "error offset " + offset + " outside the input of length " + text.Length);
        Require(line >= 0 && column >= 0, "negative error line or column");
        Require(message.Length > 0, "empty error message");
    }

    /// <summary>ToShorthand's documented refusals: what the CLI's grammar cannot express.</summary>
    public static bool IsInexpressible(ArgumentException e) =>
        e.Message.Contains("backslash", StringComparison.Ordinal)
        || e.Message.StartsWith("Shorthand can only express a map with at least one entry", StringComparison.Ordinal)
        || e.Message.StartsWith("Shorthand keys may only hold", StringComparison.Ordinal);

    public static bool IsWellFormedUtf16(string text) => System.Text.Unicode.Utf8.FromUtf16(text, new byte[text.Length * 3], out _, out _, replaceInvalidSequences: false) == System.Buffers.OperationStatus.Done;

    /// <summary>A generator diagnostic position is exact: zero-based line and column of its offset (a leading BOM is not a column).</summary>
    public static void ExactPosition(string text, int offset, int line, int column, string what)
    {
        Require(offset >= 0 && offset <= text.Length, what + ": offset " + offset + " outside the text of length " + text.Length);
        var lines = 0;
        var lineStart = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                lines++;
                lineStart = i + 1;
            }
        }

        Require(line == lines && column == offset - lineStart, what + ": (" + line + "," + column + ") for offset " + offset + ", expected (" + lines + "," + (offset - lineStart) + ")");
    }
}
