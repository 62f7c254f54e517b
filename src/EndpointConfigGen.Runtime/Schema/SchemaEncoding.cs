using System.Globalization;
using System.Text;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// The text form of a <see cref="SchemaModel"/>, written by the generator and read by <see cref="SchemaDecoder"/>
    /// (both use these names, so the two cannot drift). One record per line, fields split by <see cref="Field"/>:
    /// <list type="bullet">
    /// <item>the header: <see cref="Version"/>, then the service id;</item>
    /// <item>a shape: its kind's code (<see cref="KindCodes"/>) and name, then tagged fields: <see cref="Min"/>,
    /// <see cref="Max"/>, <see cref="Pattern"/>, <see cref="Union"/>, <see cref="TypeName"/> (when not the shape
    /// name), <see cref="EnumValue"/> per value, <see cref="Item"/>, <see cref="Key"/>, <see cref="Value"/>, and
    /// <see cref="Summary"/> (what members without documentation of their own show);</item>
    /// <item>a member of the shape above: <see cref="MemberLine"/> and wire name, the target's position, then
    /// <see cref="Required"/>, <see cref="Property"/> (when not the wire name), <see cref="Summary"/> (when not the
    /// target's; empty for none);</item>
    /// <item>an operation: <see cref="OperationLine"/> and name, the input's and output's positions (empty for none);</item>
    /// <item>the rules of a structure: <see cref="RulesLine"/> and the structure's position, then one line per rule:
    /// <see cref="RuleLine"/> and id, the kind's name, then <see cref="Warning"/> and the
    /// <see cref="OperationRule"/> settings by the tags below.</item>
    /// </list>
    /// Shapes are referred to by position among the shape lines. Values escape <see cref="Escape"/>'s characters.
    /// </summary>
    internal static class SchemaEncoding
    {
        public const string Version = "ecg1";
        public const char Field = '`';
        public const char EscapeChar = '~';

        /// <summary>One code per <see cref="SchemaKind"/>, in its order.</summary>
        public const string KindCodes = "SLMsEilfdbtBD";

        public const char MemberLine = '.';
        public const char OperationLine = '@';
        public const char RulesLine = 'R';
        public const char RuleLine = 'r';

        public const char Min = '<';
        public const char Max = '>';
        public const char Pattern = '/';
        public const char Union = 'U';
        public const char TypeName = 'T';
        public const char EnumValue = '=';
        public const char Item = '*';
        public const char Key = 'k';
        public const char Value = 'v';
        public const char Summary = '#';
        public const char Required = '!';
        public const char Property = 'P';

        public const char Warning = 'w';
        public const char Lists = 'L';
        public const char NameMember = 'N';
        public const char Member = 'M';
        public const char ItemMember = 'I';
        public const char Members = 'm';
        public const char Values = '=';
        public const char Count = 'c';
        public const char Subject = 'S';
        public const char Reason = 'W';

        /// <summary>
        /// The value with <see cref="EscapeChar"/>, <see cref="Field"/>, control characters, surrogates and the
        /// Unicode line separators escaped, so that it splits cleanly and sits in a C# verbatim string unchanged.
        /// </summary>
        public static string Escape(string value)
        {
            StringBuilder? text = null;
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                string? escaped = c switch
                {
                    EscapeChar => "~~",
                    Field => "~b",
                    '\n' => "~n",
                    '\r' => "~r",
                    _ => char.IsControl(c) || char.IsSurrogate(c) || c == '\u2028' || c == '\u2029'
                        ? "~u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture)
                        : null,
                };
                if (escaped is null)
                {
                    text?.Append(c);
                    continue;
                }

                text ??= new StringBuilder(value, 0, i, value.Length + 8);
                text.Append(escaped);
            }

            return text?.ToString() ?? value;
        }

        /// <summary>Undoes <see cref="Escape"/> on the part of <paramref name="line"/> from <paramref name="start"/> to <paramref name="end"/>.</summary>
        public static string Unescape(string line, int start, int end)
        {
            var at = line.IndexOf(EscapeChar, start, end - start);
            if (at < 0)
            {
                return line.Substring(start, end - start);
            }

            var text = new StringBuilder(end - start);
            text.Append(line, start, at - start);
            for (var i = at; i < end; i++)
            {
                var c = line[i];
                if (c != EscapeChar)
                {
                    text.Append(c);
                    continue;
                }

                if (++i >= end)
                {
                    throw new System.FormatException("A model encoding ends inside an escape.");
                }

                switch (line[i])
                {
                    case EscapeChar: text.Append(EscapeChar); break;
                    case 'b': text.Append(Field); break;
                    case 'n': text.Append('\n'); break;
                    case 'r': text.Append('\r'); break;
                    case 'u' when i + 4 < end:
                        text.Append((char)int.Parse(line.Substring(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                        i += 4;
                        break;
                    default: throw new System.FormatException("A model encoding has an unknown escape.");
                }
            }

            return text.ToString();
        }
    }
}
