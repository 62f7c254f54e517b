using System;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// The character classes of the CLI's shorthand grammar. Python strings index code points,
    /// so a surrogate pair is one non-BMP character, which no unquoted class admits; a lone
    /// surrogate is a BMP code point and is admitted like any other.
    /// </summary>
    internal static class ShorthandChars
    {
        /// <summary>Key characters: <c>[A-Za-z0-9_.#/:-]</c>.</summary>
        public static bool IsKey(char c) =>
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '-' || c == '_' || c == '.' || c == '#' || c == '/' || c == ':';

        /// <summary>Whitespace skipped between tokens: Python's <c>string.whitespace</c> (ASCII only).</summary>
        public static bool IsSkippable(char c) => c == ' ' || (c >= '\t' && c <= '\r');

        /// <summary>Python <c>str.isspace</c>, which is also what <c>\s</c> and <c>rstrip()</c> use.</summary>
        public static bool IsPythonSpace(char c)
        {
            if (c <= ' ')
            {
                return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\x1c' && c <= '\x1f');
            }

            return c == '\x85' || c == '\xa0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200a')
                || c == '\u2028' || c == '\u2029' || c == '\u202f' || c == '\u205f' || c == '\u3000';
        }

        /// <summary>True when a surrogate pair (one non-BMP code point) starts at <paramref name="i"/>.</summary>
        public static bool IsPairAt(ReadOnlySpan<char> s, int i) =>
            char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]);

        /// <summary>First character of an unquoted value: printable BMP except <c>" ' , = [ {</c>.</summary>
        public static bool IsStart(char c) =>
            c > ' ' && c != '"' && c != '\'' && c != ',' && c != '=' && c != '[' && c != '{';

        /// <summary>Later characters of a top-level, list or hash value: also whitespace, <c>= [ {</c>; not <c>] }</c>.</summary>
        public static bool IsFirstFollow(char c) =>
            c > ' ' ? c != '"' && c != '\'' && c != ',' && c != ']' && c != '}' : IsPythonSpace(c);

        /// <summary>Later characters of a second comma item: also whitespace, <c>] } [ {</c>; not <c>=</c>.</summary>
        public static bool IsSecondFollow(char c) =>
            c > ' ' ? c != '"' && c != '\'' && c != ',' && c != '=' : IsPythonSpace(c);

        /// <summary>Python <c>rstrip()</c>.</summary>
        public static string PythonRStrip(string s)
        {
            int end = s.Length;
            while (end > 0 && IsPythonSpace(s[end - 1]))
            {
                end--;
            }

            return end == s.Length ? s : s.Substring(0, end);
        }
    }
}
