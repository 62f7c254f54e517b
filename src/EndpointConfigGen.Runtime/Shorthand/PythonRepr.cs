using System.Globalization;
using System.Text;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// Python 3 <c>repr(str)</c>. Support for EndpointConfigGen.Cli, which prints values as the AWS CLI does; not for application code.
    /// </summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static class PythonRepr
    {
        /// <summary>The text as Python's <c>repr()</c> shows it: quoted, with what <c>str.isprintable()</c> refuses escaped.</summary>
        public static string Of(string s)
        {
            // Python picks double quotes only when that avoids escaping.
            char quote = s.IndexOf('\'') >= 0 && s.IndexOf('"') < 0 ? '"' : '\'';
            var sb = new StringBuilder(s.Length + 2);
            sb.Append(quote);
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c == quote || c == '\\')
                {
                    sb.Append('\\').Append(c);
                }
                else if (c == '\t')
                {
                    sb.Append("\\t");
                }
                else if (c == '\n')
                {
                    sb.Append("\\n");
                }
                else if (c == '\r')
                {
                    sb.Append("\\r");
                }
                else if (c >= ' ' && c < '\x7f')
                {
                    sb.Append(c);
                }
                else if (char.IsSurrogatePair(s, i))
                {
                    AppendIfPrintable(sb, s, i, char.ConvertToUtf32(s, i));
                    i++;
                }
                else
                {
                    AppendIfPrintable(sb, s, i, c);
                }
            }

            return sb.Append(quote).ToString();
        }

        private static void AppendIfPrintable(StringBuilder sb, string s, int i, int codePoint)
        {
            if (IsPrintable(CharUnicodeInfo.GetUnicodeCategory(s, i)))
            {
                sb.Append(s, i, codePoint > 0xffff ? 2 : 1);
            }
            else if (codePoint <= 0xff)
            {
                sb.Append("\\x").Append(codePoint.ToString("x2", CultureInfo.InvariantCulture));
            }
            else if (codePoint <= 0xffff)
            {
                sb.Append("\\u").Append(codePoint.ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append("\\U").Append(codePoint.ToString("x8", CultureInfo.InvariantCulture));
            }
        }

        /// <summary>Python's <c>str.isprintable</c> for non-ASCII: not Other (Cc Cf Cs Co Cn) and not a separator (Zl Zp Zs).</summary>
        private static bool IsPrintable(UnicodeCategory category)
        {
            switch (category)
            {
                case UnicodeCategory.Control:
                case UnicodeCategory.Format:
                case UnicodeCategory.Surrogate:
                case UnicodeCategory.PrivateUse:
                case UnicodeCategory.OtherNotAssigned:
                case UnicodeCategory.LineSeparator:
                case UnicodeCategory.ParagraphSeparator:
                case UnicodeCategory.SpaceSeparator:
                    return false;
                default:
                    return true;
            }
        }
    }
}
