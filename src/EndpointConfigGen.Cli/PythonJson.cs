using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Cli
{
    /// <summary>
    /// JSON read as Python's <c>json.loads</c> reads it (the CLI's JSON values and <c>--cli-input-json</c>),
    /// failing with Python's messages: <c>Expecting ',' delimiter: line 1 column 15 (char 14)</c>.
    /// Duplicate keys keep their first position and last value. NaN and Infinity, which Python
    /// accepts and the typed model cannot send, are refused, or kept as number texts for botocore's body
    /// (which sends them as strings).
    /// </summary>
    internal sealed class PythonJson
    {
        private const int MaxDepth = 256;
        private readonly string _text;
        private readonly bool _anyNumber;
        private int _index;

        private PythonJson(string text, bool anyNumber)
        {
            _text = text;
            _anyNumber = anyNumber;
        }

        /// <summary>A failure, with Python's message (position included).</summary>
        public sealed class Error : Exception
        {
            public Error(string message)
                : base(message)
            {
            }
        }

        /// <param name="text">The JSON text.</param>
        /// <param name="anyNumber">Keep NaN, Infinity and -Infinity as number nodes with those texts, as Python does.</param>
        /// <exception cref="Error">The text is not JSON as Python reads it.</exception>
        public static ParamNode Parse(string text, bool anyNumber)
        {
            var reader = new PythonJson(text, anyNumber);
            reader.SkipWhitespace();
            var value = reader.Value(0);
            reader.SkipWhitespace();
            if (reader._index < text.Length)
            {
                throw reader.Fail("Extra data", reader._index);
            }

            return value;
        }

        private ParamNode Value(int depth)
        {
            if (depth > MaxDepth)
            {
                throw new Error("nesting deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels" + Location(_index));
            }

            if (_index >= _text.Length)
            {
                throw Fail("Expecting value", _index);
            }

            var start = _index;
            switch (_text[_index])
            {
                case '{':
                    return Object(depth);
                case '[':
                    return Array(depth);
                case '"':
                    return ParamNode.String(String(), fromShorthand: false, start);
                case 't' when Matches("true"):
                    _index += 4;
                    return ParamNode.Boolean(true, start);
                case 'f' when Matches("false"):
                    _index += 5;
                    return ParamNode.Boolean(false, start);
                case 'n' when Matches("null"):
                    _index += 4;
                    return ParamNode.Null(start);
                case 'N' when Matches("NaN"):
                case 'I' when Matches("Infinity"):
                case '-' when Matches("-Infinity"):
                    if (!_anyNumber)
                    {
                        throw new Error("NaN and Infinity are not valid request values" + Location(start));
                    }

                    var name = _text[_index] == 'N' ? "NaN" : _text[_index] == 'I' ? "Infinity" : "-Infinity";
                    _index += name.Length;
                    return ParamNode.Number(name, start);
                default:
                    return Number() ?? throw Fail("Expecting value", start);
            }
        }

        private ParamNode Object(int depth)
        {
            var start = _index++;
            var entries = new OrderedEntries();
            SkipWhitespace();
            if (Current == '}')
            {
                _index++;
                return ParamNode.Map(entries.ToList(), fromShorthand: false, start);
            }

            while (true)
            {
                if (Current != '"')
                {
                    throw Fail("Expecting property name enclosed in double quotes", _index);
                }

                var keyOffset = _index;
                var key = String();
                SkipWhitespace();
                if (Current != ':')
                {
                    throw Fail("Expecting ':' delimiter", _index);
                }

                _index++;
                SkipWhitespace();
                entries.Set(new ParamEntry(key, Value(depth + 1), keyOffset));

                SkipWhitespace();
                if (Current == '}')
                {
                    _index++;
                    return ParamNode.Map(entries.ToList(), fromShorthand: false, start);
                }

                if (Current != ',')
                {
                    throw Fail("Expecting ',' delimiter", _index);
                }

                _index++;
                SkipWhitespace();
            }
        }

        private ParamNode Array(int depth)
        {
            var start = _index++;
            var items = new List<ParamNode>();
            SkipWhitespace();
            if (Current == ']')
            {
                _index++;
                return ParamNode.List(items, fromShorthand: false, start);
            }

            while (true)
            {
                items.Add(Value(depth + 1));
                SkipWhitespace();
                if (Current == ']')
                {
                    _index++;
                    return ParamNode.List(items, fromShorthand: false, start);
                }

                if (Current != ',')
                {
                    throw Fail("Expecting ',' delimiter", _index);
                }

                _index++;
                SkipWhitespace();
            }
        }

        private string String()
        {
            var start = _index++;
            var text = new StringBuilder();
            while (true)
            {
                if (_index >= _text.Length)
                {
                    throw Fail("Unterminated string starting at", start);
                }

                var c = _text[_index];
                if (c == '"')
                {
                    _index++;
                    return text.ToString();
                }

                if (c < 0x20)
                {
                    throw Fail("Invalid control character at", _index);
                }

                if (c != '\\')
                {
                    text.Append(c);
                    _index++;
                    continue;
                }

                if (_index + 1 >= _text.Length)
                {
                    throw Fail("Unterminated string starting at", start);
                }

                var escape = _text[_index + 1];
                switch (escape)
                {
                    case '"':
                    case '\\':
                    case '/':
                        text.Append(escape);
                        break;
                    case 'b':
                        text.Append('\b');
                        break;
                    case 'f':
                        text.Append('\f');
                        break;
                    case 'n':
                        text.Append('\n');
                        break;
                    case 'r':
                        text.Append('\r');
                        break;
                    case 't':
                        text.Append('\t');
                        break;
                    case 'u':
                        text.Append(Hex4(_index + 2));
                        _index += 4;
                        break;
                    default:
                        throw Fail("Invalid \\escape", _index);
                }

                _index += 2;
            }
        }

        // Python pairs \uD83D\uDE00 itself; a lone surrogate stays as it is.
        private char Hex4(int at)
        {
            if (at + 4 > _text.Length || !int.TryParse(_text.Substring(at, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                || _text.Substring(at, 4).IndexOfAny(new[] { '+', '-', ' ' }) >= 0)
            {
                throw Fail("Invalid \\uXXXX escape", at - 1);
            }

            return (char)code;
        }

        // Python's NUMBER_RE: -?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?
        private ParamNode? Number()
        {
            var start = _index;
            var i = _index;
            if (i < _text.Length && _text[i] == '-')
            {
                i++;
            }

            if (i >= _text.Length || !IsDigit(_text[i]))
            {
                return null;
            }

            i = _text[i] == '0' ? i + 1 : SkipDigits(i);
            if (i + 1 < _text.Length && _text[i] == '.' && IsDigit(_text[i + 1]))
            {
                i = SkipDigits(i + 1);
            }

            if (i < _text.Length && (_text[i] == 'e' || _text[i] == 'E'))
            {
                var j = i + 1;
                if (j < _text.Length && (_text[j] == '+' || _text[j] == '-'))
                {
                    j++;
                }

                if (j < _text.Length && IsDigit(_text[j]))
                {
                    i = SkipDigits(j);
                }
            }

            _index = i;
            return ParamNode.Number(_text.Substring(start, i - start), start);
        }

        private int SkipDigits(int i)
        {
            while (i < _text.Length && IsDigit(_text[i]))
            {
                i++;
            }

            return i;
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private char Current => _index < _text.Length ? _text[_index] : '\0';

        private bool Matches(string word) => string.CompareOrdinal(_text, _index, word, 0, word.Length) == 0;

        private void SkipWhitespace()
        {
            while (_index < _text.Length && (_text[_index] == ' ' || _text[_index] == '\t' || _text[_index] == '\n' || _text[_index] == '\r'))
            {
                _index++;
            }
        }

        private Error Fail(string message, int at) => new Error(message + Location(at));

        // Python counts code points, so a surrogate pair is one character.
        private string Location(int at)
        {
            var position = 0;
            var lineStart = 0;
            var line = 1;
            for (var i = 0; i < at && i < _text.Length; i++)
            {
                if (char.IsLowSurrogate(_text[i]) && i > 0 && char.IsHighSurrogate(_text[i - 1]))
                {
                    continue;
                }

                position++;
                if (_text[i] == '\n')
                {
                    line++;
                    lineStart = position;
                }
            }

            var column = position - lineStart + 1;
            return ": line " + line.ToString(CultureInfo.InvariantCulture) + " column " + column.ToString(CultureInfo.InvariantCulture) + " (char " + position.ToString(CultureInfo.InvariantCulture) + ")";
        }
    }
}
