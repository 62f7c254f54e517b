using System;
using System.Text;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// Writes one string so that the CLI reads it back unchanged wherever a value may stand
    /// (after <c>key=</c>, as a list item or as a hash value), whatever follows: <c>,</c>, <c>]</c>, <c>}</c> or the end.
    /// </summary>
    internal static class ShorthandScalar
    {
        public static void Append(StringBuilder sb, string value)
        {
            if (IsPlain(value))
            {
                // Commas are written as "\,"; the CLI turns each back into ",".
                for (int i = 0; i < value.Length; i++)
                {
                    if (value[i] == ',')
                    {
                        sb.Append('\\');
                    }

                    sb.Append(value[i]);
                }

                // A final backslash would escape the following comma; the CLI drops trailing whitespace,
                // so a space keeps the two apart.
                if (value[value.Length - 1] == '\\')
                {
                    sb.Append(' ');
                }

                return;
            }

            // The CLI's quoted form cannot end in a backslash: "\'" always escapes the quote, so the
            // closing quote would be taken as content (the CLI only recovers from that at the end of input).
            if (value.Length > 0 && value[value.Length - 1] == '\\')
            {
                throw new ArgumentException(
                    "A value that needs quotes cannot end with a backslash in AWS CLI shorthand; use JSON input: "
                    + PythonRepr.Of(value), nameof(value));
            }

            // Inside quotes "\q" becomes q and then "\\" becomes "\", so escaping both is exact.
            char quote = value.IndexOf('\'') >= 0 && value.IndexOf('"') < 0 ? '"' : '\'';
            sb.Append(quote);
            foreach (char c in value)
            {
                if (c == '\\' || c == quote)
                {
                    sb.Append('\\');
                }

                sb.Append(c);
            }

            sb.Append(quote);
        }

        /// <summary>
        /// True when the value can be written unquoted: not empty, first character a start character
        /// (or a comma, written escaped) other than <c>]</c> and <c>}</c> (a list checks for its closer
        /// before reading an item), the rest follow characters or commas, no non-BMP character,
        /// and no trailing whitespace (which the CLI strips).
        /// </summary>
        private static bool IsPlain(string value)
        {
            if (value.Length == 0 || value[0] == ']' || value[0] == '}' || ShorthandChars.IsPythonSpace(value[value.Length - 1]))
            {
                return false;
            }

            ReadOnlySpan<char> s = value.AsSpan();
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c == ',')
                {
                    continue;
                }

                if (ShorthandChars.IsPairAt(s, i) || !(i == 0 ? ShorthandChars.IsStart(c) : ShorthandChars.IsFirstFollow(c)))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
