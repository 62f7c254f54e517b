using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// Writes a string the way ruamel.yaml's emitter (CLI v2's YAML) does in block context: plain
    /// when that reads back as the same string, else single-quoted, else double-quoted; lines
    /// longer than 80 columns are folded at a single space, as ruamel does.
    /// </summary>
    internal static class YamlScalar
    {
        private const int BestWidth = 80;

        // YAML 1.2 implicit types of ruamel's resolver: a plain scalar matching one is not a string.
        private static readonly Regex NotAString = new Regex(
            "^(?:true|True|TRUE|false|False|FALSE"
            + "|[-+]?[0-9][0-9_]*\\.[0-9_]*(?:[eE][-+]?[0-9]+)?"
            + "|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+"
            + "|[-+]?\\.[0-9_]+(?:[eE][-+][0-9]+)?"
            + "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)"
            + "|[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+"
            + "|<<|~|null|Null|NULL|=|!|&|\\*"
            + "|[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
            + "|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \\t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?"
            + ")$",
            RegexOptions.CultureInvariant);

        private static readonly Dictionary<int, char> Escapes = new Dictionary<int, char>
        {
            [0] = '0', [7] = 'a', [8] = 'b', [9] = 't', [10] = 'n', [11] = 'v', [12] = 'f', [13] = 'r', [27] = 'e',
            ['"'] = '"', ['\\'] = '\\', [0x85] = 'N', [0xA0] = '_', [0x2028] = 'L', [0x2029] = 'P',
        };

        // indent is where a folded line continues; keys are never folded nor written plain when empty.
        public static void Write(YamlText output, string value, int indent, bool isKey)
        {
            var text = CodePoints(value);
            var analysis = new Analysis(text);
            if (text.Length > 0 && analysis.AllowPlain && !NotAString.IsMatch(value) && !(isKey && analysis.Multiline))
            {
                Plain(output, text, indent, !isKey);
            }
            else if (value.IndexOf('\'') >= 0 || value.IndexOf('\n') >= 0 || !analysis.AllowSingleQuoted || (isKey && analysis.Multiline))
            {
                DoubleQuoted(output, text, indent, !isKey);
            }
            else
            {
                SingleQuoted(output, text, indent, !isKey);
            }
        }

        private static void Plain(YamlText output, int[] text, int indent, bool split)
        {
            var spaces = false;
            var start = 0;
            for (var end = 0; end <= text.Length; end++)
            {
                var ch = end < text.Length ? text[end] : -1;
                if (spaces)
                {
                    if (ch != ' ')
                    {
                        if (start + 1 == end && output.Column > BestWidth && split)
                        {
                            output.Fold(indent);
                        }
                        else
                        {
                            output.Append(text, start, end);
                        }

                        start = end;
                    }
                }
                else if (ch == -1 || ch == ' ')
                {
                    output.Append(text, start, end);
                    start = end;
                }

                spaces = ch == ' ';
            }
        }

        private static void SingleQuoted(YamlText output, int[] text, int indent, bool split)
        {
            output.Append("'");
            var spaces = false;
            var breaks = false;
            var start = 0;
            for (var end = 0; end <= text.Length; end++)
            {
                var ch = end < text.Length ? text[end] : -1;
                if (spaces)
                {
                    if (ch != ' ')
                    {
                        if (start + 1 == end && output.Column > BestWidth && split && start != 0 && end != text.Length)
                        {
                            output.Fold(indent);
                        }
                        else
                        {
                            output.Append(text, start, end);
                        }

                        start = end;
                    }
                }
                else if (breaks)
                {
                    if (!IsBreak(ch))
                    {
                        if (text[start] == '\n')
                        {
                            output.LineBreak("\n");
                        }

                        for (var i = start; i < end; i++)
                        {
                            output.LineBreak(char.ConvertFromUtf32(text[i]));
                        }

                        output.Pad(indent);
                        start = end;
                    }
                }
                else if (ch == -1 || ch == ' ' || IsBreak(ch) || ch == '\'')
                {
                    output.Append(text, start, end);
                    start = end;
                }

                if (ch == '\'')
                {
                    output.Append("''");
                    start = end + 1;
                }

                spaces = ch == ' ';
                breaks = IsBreak(ch);
            }

            output.Append("'");
        }

        private static void DoubleQuoted(YamlText output, int[] text, int indent, bool split)
        {
            output.Append("\"");
            var start = 0;
            for (var end = 0; end <= text.Length; end++)
            {
                var ch = end < text.Length ? text[end] : -1;
                if (ch == -1 || ch == '"' || ch == '\\' || ch == 0x85 || ch == 0x2028 || ch == 0x2029 || ch == 0xFEFF
                    || !((ch >= 0x20 && ch <= 0x7E) || (ch >= 0xA0 && ch <= 0xD7FF) || (ch >= 0xE000 && ch <= 0xFFFD)))
                {
                    output.Append(text, start, end);
                    start = end;
                    if (ch != -1)
                    {
                        output.Append(Escape(ch));
                        start = end + 1;
                    }
                }

                if (end > 0 && end < text.Length - 1 && (ch == ' ' || start >= end) && output.Column + (end - start) > BestWidth && split)
                {
                    output.Append(text, start, end);
                    output.Append("\\");
                    start = end > start ? end : start;
                    output.Fold(indent);
                    if (text[start] == ' ')
                    {
                        output.Append("\\");
                    }
                }
            }

            output.Append("\"");
        }

        private static string Escape(int ch)
        {
            if (Escapes.TryGetValue(ch, out var letter))
            {
                return "\\" + letter;
            }

            return ch <= 0xFF ? "\\x" + ch.ToString("X2", CultureInfo.InvariantCulture)
                : ch <= 0xFFFF ? "\\u" + ch.ToString("X4", CultureInfo.InvariantCulture)
                : "\\U" + ch.ToString("X8", CultureInfo.InvariantCulture);
        }

        private static bool IsBreak(int ch) => ch == '\n' || ch == 0x85 || ch == 0x2028 || ch == 0x2029;

        private static bool IsSpaceOrBreak(int ch) => ch == 0 || ch == ' ' || ch == '\t' || ch == '\r' || IsBreak(ch);

        /// <summary>Python iterates code points, not UTF-16 units; column counts follow it.</summary>
        private static int[] CodePoints(string value)
        {
            var points = new List<int>(value.Length);
            for (var i = 0; i < value.Length; i++)
            {
                if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    points.Add(char.ConvertToUtf32(value[i], value[i + 1]));
                    i++;
                }
                else
                {
                    points.Add(value[i]);
                }
            }

            return points.ToArray();
        }

        /// <summary>ruamel's scalar analysis for block context, with unicode allowed.</summary>
        private readonly struct Analysis
        {
            public Analysis(int[] text)
            {
                AllowPlain = true;
                AllowSingleQuoted = true;
                Multiline = false;
                if (text.Length == 0)
                {
                    return;
                }

                var indicators = StartsWith(text, "---") || StartsWith(text, "...");
                var special = false;
                bool leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false;
                bool breakSpace = false, spaceBreak = false, previousSpace = false, previousBreak = false;
                var precededByWhitespace = true;
                var followedByWhitespace = text.Length == 1 || IsSpaceOrBreak(text[1]);
                for (var index = 0; index < text.Length; index++)
                {
                    var ch = text[index];
                    if (index == 0)
                    {
                        if ("#,[]{}&*!|>'\"%@`".IndexOf((char)ch) >= 0 && ch < 0x80)
                        {
                            indicators = true;
                        }

                        if ((ch == '?' || ch == ':' || ch == '-') && followedByWhitespace)
                        {
                            indicators = true;
                        }
                    }
                    else if ((ch == ':' && followedByWhitespace) || (ch == '#' && precededByWhitespace))
                    {
                        indicators = true;
                    }

                    if (IsBreak(ch))
                    {
                        Multiline = true;
                    }

                    if (!(ch == '\n' || (ch >= 0x20 && ch <= 0x7E))
                        && !((ch == 0x85 || (ch >= 0xA0 && ch <= 0xD7FF) || (ch >= 0xE000 && ch <= 0xFFFD) || (ch >= 0x10000 && ch <= 0x10FFFF)) && ch != 0xFEFF))
                    {
                        special = true;
                    }

                    if (ch == ' ')
                    {
                        leadingSpace |= index == 0;
                        trailingSpace |= index == text.Length - 1;
                        breakSpace |= previousBreak;
                        previousSpace = true;
                        previousBreak = false;
                    }
                    else if (IsBreak(ch))
                    {
                        leadingBreak |= index == 0;
                        trailingBreak |= index == text.Length - 1;
                        spaceBreak |= previousSpace;
                        previousSpace = false;
                        previousBreak = true;
                    }
                    else
                    {
                        previousSpace = false;
                        previousBreak = false;
                    }

                    precededByWhitespace = IsSpaceOrBreak(ch);
                    followedByWhitespace = index + 2 >= text.Length || IsSpaceOrBreak(text[index + 2]);
                }

                if (leadingSpace || leadingBreak || trailingSpace || trailingBreak || breakSpace || special || spaceBreak || Multiline || indicators)
                {
                    AllowPlain = false;
                }

                if (breakSpace || special || spaceBreak)
                {
                    AllowSingleQuoted = false;
                }
            }

            public bool AllowPlain { get; }

            public bool AllowSingleQuoted { get; }

            public bool Multiline { get; }

            private static bool StartsWith(int[] text, string prefix)
            {
                if (text.Length < prefix.Length)
                {
                    return false;
                }

                for (var i = 0; i < prefix.Length; i++)
                {
                    if (text[i] != prefix[i])
                    {
                        return false;
                    }
                }

                return true;
            }
        }
    }
}
