using System;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// The CLI's shorthand tokens, scanned over a span: the tree-building <see cref="ShorthandReader"/>
    /// and the typed <c>ShorthandCursor</c> share them, so both read values byte for byte alike.
    /// </summary>
    internal static class ShorthandLexer
    {
        /// <summary>Where whitespace starting at <paramref name="i"/> ends.</summary>
        public static int SkipWhitespace(ReadOnlySpan<char> s, int i)
        {
            while (i < s.Length && ShorthandCharTable.IsAscii(s[i], ShorthandCharTable.Skippable))
            {
                i++;
            }

            return i;
        }

        /// <summary>Where a key starting at <paramref name="i"/> ends (a key may be empty).</summary>
        public static int ScanKey(ReadOnlySpan<char> s, int i) => i + ShorthandCharTable.CountRun(s.Slice(i), ShorthandCharTable.Key);

        /// <summary>
        /// Where an unquoted value starting at <paramref name="start"/> ends: a start character or
        /// <c>\,</c>, then follow characters or <c>\,</c>; <paramref name="start"/> itself when nothing matches.
        /// </summary>
        /// <param name="s">The input.</param>
        /// <param name="start">Where the value starts.</param>
        /// <param name="second">Whether this is a second comma item (its own follow characters).</param>
        /// <param name="hasEscape">Whether the value holds a <c>\,</c>.</param>
        /// <returns>The end, exclusive.</returns>
        public static int ScanUnquoted(ReadOnlySpan<char> s, int start, bool second, out bool hasEscape)
        {
            hasEscape = false;
            int i = start;
            byte mask = ShorthandCharTable.Start;
            byte follow = second ? ShorthandCharTable.SecondFollow : ShorthandCharTable.FirstFollow;
            while (i < s.Length)
            {
                if (s[i] == '\\' && i + 1 < s.Length && s[i + 1] == ',')
                {
                    i += 2;
                    hasEscape = true;
                }
                else if (ShorthandCharTable.Admits(s, i, mask))
                {
                    i++;
                }
                else
                {
                    break;
                }

                mask = follow;

                // Plain ASCII follow characters in bulk; the loop handles escapes, non-ASCII and the end.
                i += ShorthandCharTable.CountRun(s.Slice(i), follow);
            }

            return i;
        }

        /// <summary>The value of an unquoted token: <c>\,</c> becomes <c>,</c> and trailing whitespace is dropped.</summary>
        public static string UnquotedText(ReadOnlySpan<char> raw, bool hasEscape)
        {
            if (hasEscape)
            {
                return ShorthandChars.PythonRStrip(raw.ToString().Replace("\\,", ","));
            }

            int end = raw.Length;
            while (end > 0 && ShorthandChars.IsPythonSpace(raw[end - 1]))
            {
                end--;
            }

            return end == 0 ? string.Empty : raw.Slice(0, end).ToString();
        }

        /// <summary>
        /// The closing quote of the quoted value at <paramref name="start"/>, or -1. A backslash before
        /// the quote always escapes it; if no unescaped quote follows, the CLI's regex backtracks and
        /// the last escaped quote closes the value instead.
        /// </summary>
        public static int FindClosingQuote(ReadOnlySpan<char> s, int start)
        {
            char quote = s[start];
            int lastEscapedQuote = -1;
            int j = start + 1;
            while (j < s.Length)
            {
                char c = s[j];
                if (c == '\\' && j + 1 < s.Length && s[j + 1] == quote)
                {
                    lastEscapedQuote = j + 1;
                    j += 2;
                }
                else if (c == quote)
                {
                    return j;
                }
                else
                {
                    j++;
                }
            }

            return lastEscapedQuote;
        }

        /// <summary>The value of a quoted token's content: <c>\q</c> becomes <c>q</c>, and after that <c>\\</c> becomes <c>\</c>.</summary>
        public static string QuotedText(ReadOnlySpan<char> content, char quote)
        {
            if (content.IndexOf('\\') < 0)
            {
                return content.Length == 0 ? string.Empty : content.ToString();
            }

            string q = quote.ToString();
            return content.ToString().Replace("\\" + q, q).Replace("\\\\", "\\");
        }
    }
}
