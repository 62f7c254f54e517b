using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace EndpointConfigGen.Reader
{
    /// <summary>
    /// A strict RFC 8259 reader with positions. Ours rather than System.Text.Json because a
    /// netstandard2.0 generator gets whichever System.Text.Json its compiler host (csc, an IDE) has
    /// loaded, if any, and diagnostics need character positions in the text, not UTF-8 byte offsets.
    /// Iterative, so depth is bounded by <see cref="MaxDepth"/> and never by the thread's stack.
    /// </summary>
    internal sealed class JsonTextParser
    {
        public const int MaxDepth = 64;

        private readonly string _text;
        private int _pos;
        private int _line;
        private int _lineStart;

        private JsonTextParser(string text)
        {
            _text = text;
        }

        /// <summary>Parses a whole document; on failure returns null with the message and where.</summary>
        public static JsonNode? Parse(string text, out string? error, out TextPosition errorAt)
        {
            var parser = new JsonTextParser(text);
            try
            {
                var node = parser.ParseDocument();
                error = null;
                errorAt = default;
                return node;
            }
            catch (JsonTextException e)
            {
                error = e.Message;
                errorAt = e.Position;
                return null;
            }
        }

        private TextPosition Here => new TextPosition(_pos, _line, _pos - _lineStart);

        private JsonNode ParseDocument()
        {
            // A byte-order mark is tolerated: editors on Windows write one.
            if (_text.Length > 0 && _text[0] == '\uFEFF')
            {
                _pos = 1;
                _lineStart = 1;
            }

            var root = ParseValue();
            SkipWhitespace();
            if (_pos < _text.Length)
            {
                throw Error("Unexpected text after the JSON value");
            }

            return root;
        }

        private sealed class Frame
        {
            public Frame(JsonKind kind, TextPosition start)
            {
                Kind = kind;
                Start = start;
                if (kind == JsonKind.Array)
                {
                    Items = new List<JsonNode>();
                }
                else
                {
                    Properties = new List<JsonProperty>();
                }
            }

            public JsonKind Kind { get; }

            public TextPosition Start { get; }

            public List<JsonNode>? Items { get; }

            public List<JsonProperty>? Properties { get; }

            public string? PendingName { get; set; }

            public TextPosition PendingNameStart { get; set; }

            public TextPosition PendingNameEnd { get; set; }
        }

        private JsonNode ParseValue()
        {
            var stack = new List<Frame>();
            while (true)
            {
                SkipWhitespace();
                JsonNode? completed;
                if (_pos >= _text.Length)
                {
                    throw Error("Unexpected end of file");
                }

                var c = _text[_pos];
                if (c == '{' || c == '[')
                {
                    if (stack.Count >= MaxDepth)
                    {
                        throw Error("JSON nesting is deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels");
                    }

                    var frame = new Frame(c == '{' ? JsonKind.Object : JsonKind.Array, Here);
                    _pos++;
                    SkipWhitespace();
                    var close = c == '{' ? '}' : ']';
                    if (Peek() == close)
                    {
                        _pos++;
                        completed = Complete(frame);
                    }
                    else
                    {
                        stack.Add(frame);
                        if (frame.Kind == JsonKind.Object)
                        {
                            ReadPropertyName(frame);
                        }

                        continue;
                    }
                }
                else
                {
                    completed = ParseScalar();
                }

                // Attach the finished value to its parent, closing every container it completes.
                while (true)
                {
                    if (stack.Count == 0)
                    {
                        return completed;
                    }

                    var parent = stack[stack.Count - 1];
                    if (parent.Kind == JsonKind.Array)
                    {
                        parent.Items!.Add(completed);
                    }
                    else
                    {
                        parent.Properties!.Add(new JsonProperty(parent.PendingName!, parent.PendingNameStart, parent.PendingNameEnd, completed));
                    }

                    SkipWhitespace();
                    var next = Peek();
                    var close = parent.Kind == JsonKind.Array ? ']' : '}';
                    if (next == ',')
                    {
                        _pos++;
                        if (parent.Kind == JsonKind.Object)
                        {
                            SkipWhitespace();
                            ReadPropertyName(parent);
                        }

                        break;
                    }

                    if (next == close)
                    {
                        _pos++;
                        stack.RemoveAt(stack.Count - 1);
                        completed = Complete(parent);
                        continue;
                    }

                    throw Error(next == '\0' && _pos >= _text.Length
                        ? "Unexpected end of file"
                        : "Expected ',' or '" + close + "'");
                }
            }
        }

        private JsonNode Complete(Frame frame) =>
            new JsonNode(frame.Kind, frame.Start, Here, string.Empty, frame.Items, frame.Properties);

        private void ReadPropertyName(Frame frame)
        {
            if (Peek() != '"')
            {
                throw Error("Expected a property name in double quotes");
            }

            var start = Here;
            frame.PendingName = ReadString();
            frame.PendingNameStart = start;
            frame.PendingNameEnd = Here;
            SkipWhitespace();
            if (Peek() != ':')
            {
                throw Error("Expected ':' after a property name");
            }

            _pos++;
        }

        private JsonNode ParseScalar()
        {
            var start = Here;
            var c = _text[_pos];
            switch (c)
            {
                case '"':
                    var s = ReadString();
                    return new JsonNode(JsonKind.String, start, Here, s, null, null);
                case 't':
                    ExpectWord("true");
                    return new JsonNode(JsonKind.True, start, Here, "true", null, null);
                case 'f':
                    ExpectWord("false");
                    return new JsonNode(JsonKind.False, start, Here, "false", null, null);
                case 'n':
                    ExpectWord("null");
                    return new JsonNode(JsonKind.Null, start, Here, "null", null, null);
                default:
                    if (c == '-' || (c >= '0' && c <= '9'))
                    {
                        var number = ReadNumber();
                        return new JsonNode(JsonKind.Number, start, Here, number, null, null);
                    }

                    throw Error("Unexpected character '" + Printable(c) + "'");
            }
        }

        private void ExpectWord(string word)
        {
            if (string.CompareOrdinal(_text, _pos, word, 0, word.Length) != 0)
            {
                throw Error("Invalid literal; expected '" + word + "'");
            }

            _pos += word.Length;
        }

        private string ReadNumber()
        {
            var begin = _pos;
            if (Peek() == '-')
            {
                _pos++;
            }

            if (Peek() == '0')
            {
                _pos++;
            }
            else if (IsDigit(Peek()))
            {
                SkipDigits();
            }
            else
            {
                throw Error("Invalid number");
            }

            if (Peek() == '.')
            {
                _pos++;
                if (!IsDigit(Peek()))
                {
                    throw Error("Invalid number: digits expected after '.'");
                }

                SkipDigits();
            }

            if (Peek() == 'e' || Peek() == 'E')
            {
                _pos++;
                if (Peek() == '+' || Peek() == '-')
                {
                    _pos++;
                }

                if (!IsDigit(Peek()))
                {
                    throw Error("Invalid number: digits expected in the exponent");
                }

                SkipDigits();
            }

            return _text.Substring(begin, _pos - begin);
        }

        private void SkipDigits()
        {
            while (IsDigit(Peek()))
            {
                _pos++;
            }
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private string ReadString()
        {
            _pos++; // opening quote
            var builder = (StringBuilder?)null;
            var runStart = _pos;
            while (true)
            {
                if (_pos >= _text.Length)
                {
                    throw Error("Unterminated string");
                }

                var c = _text[_pos];
                if (c == '"')
                {
                    var tail = _text.Substring(runStart, _pos - runStart);
                    _pos++;
                    return builder is null ? tail : builder.Append(tail).ToString();
                }

                if (c < ' ')
                {
                    throw Error("Control character in a string; escape it");
                }

                if (c != '\\')
                {
                    _pos++;
                    continue;
                }

                builder ??= new StringBuilder();
                builder.Append(_text, runStart, _pos - runStart);
                _pos++;
                if (_pos >= _text.Length)
                {
                    throw Error("Unterminated string");
                }

                var e = _text[_pos++];
                switch (e)
                {
                    case '"': builder.Append('"'); break;
                    case '\\': builder.Append('\\'); break;
                    case '/': builder.Append('/'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'u':
                        if (_pos + 4 > _text.Length
                            || !int.TryParse(_text.Substring(_pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                        {
                            throw Error("Invalid \\u escape");
                        }

                        builder.Append((char)code);
                        _pos += 4;
                        break;
                    default:
                        _pos--;
                        throw Error("Invalid escape '\\" + Printable(e) + "'");
                }

                runStart = _pos;
            }
        }

        private void SkipWhitespace()
        {
            while (_pos < _text.Length)
            {
                var c = _text[_pos];
                if (c == '\n')
                {
                    _line++;
                    _lineStart = _pos + 1;
                }
                else if (c != ' ' && c != '\t' && c != '\r')
                {
                    return;
                }

                _pos++;
            }
        }

        private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

        private static string Printable(char c) =>
            c < ' ' || c == 0x7F ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString();

        private JsonTextException Error(string message) => new JsonTextException(message, Here);

        private sealed class JsonTextException : Exception
        {
            public JsonTextException(string message, TextPosition position)
                : base(message)
            {
                Position = position;
            }

            public TextPosition Position { get; }
        }
    }
}
