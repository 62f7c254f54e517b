using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace EndpointConfigGen.Analyzers
{
    /// <summary>
    /// Maps offsets in a string literal's value to positions in the source: escapes (<c>\n</c>,
    /// <c>\u0041</c>, <c>\U0001F600</c>, <c>\x41</c>), verbatim <c>""</c> and raw literals' removed
    /// indentation make them differ. The map is checked against the compiler's value; a literal it
    /// cannot map exactly gets none, and problems are then reported on the whole literal.
    /// </summary>
    internal sealed class StringLiteralMap
    {
        // _starts[i] is the source position of value char i; _starts[length] is the end of the content.
        private readonly int[] _starts;
        private readonly int[] _ends;

        private StringLiteralMap(int[] starts, int[] ends)
        {
            _starts = starts;
            _ends = ends;
        }

        public static StringLiteralMap? Create(SyntaxToken token)
        {
            var value = token.ValueText;
            var map = new Builder(value.Length);
            var text = token.Text;
            var origin = token.SpanStart;
            bool ok;
            switch (token.Kind())
            {
                case SyntaxKind.StringLiteralToken when text.StartsWith("@", System.StringComparison.Ordinal):
                    ok = map.Verbatim(text, origin);
                    break;
                case SyntaxKind.StringLiteralToken:
                    ok = map.Regular(text, origin);
                    break;
                case SyntaxKind.SingleLineRawStringLiteralToken:
                    ok = map.SingleLineRaw(text, origin);
                    break;
                case SyntaxKind.MultiLineRawStringLiteralToken:
                    ok = map.MultiLineRaw(text, origin);
                    break;
                default:
                    return null;
            }

            return ok && map.Matches(value, token.SyntaxTree?.GetText()) ? new StringLiteralMap(map.Starts, map.Ends) : null;
        }

        /// <summary>The source span of value chars [<paramref name="start"/>, <paramref name="end"/>); an empty range at the end gives the closing delimiter's first char.</summary>
        public TextSpan Span(int start, int end)
        {
            int length = _starts.Length - 1;
            start = start < 0 ? 0 : start > length ? length : start;
            end = end < start ? start : end > length ? length : end;
            if (start == end)
            {
                return start == length ? new TextSpan(_starts[length], 1) : new TextSpan(_starts[start], _ends[start] - _starts[start]);
            }

            return TextSpan.FromBounds(_starts[start], _ends[end - 1]);
        }

        private sealed class Builder
        {
            private int _count;

            public Builder(int length)
            {
                Starts = new int[length + 1];
                Ends = new int[length + 1];
            }

            public int[] Starts { get; }

            public int[] Ends { get; }

            public bool Regular(string text, int origin)
            {
                int i = 1;
                int close = text.Length - 1;
                while (i < close)
                {
                    int start = i;
                    int chars = 1;
                    if (text[i] == '\\' && i + 1 < close)
                    {
                        char kind = text[i + 1];
                        i += 2;
                        if (kind == 'u')
                        {
                            i += 4;
                        }
                        else if (kind == 'U')
                        {
                            chars = int.Parse(text.Substring(i, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture) > 0xFFFF ? 2 : 1;
                            i += 8;
                        }
                        else if (kind == 'x')
                        {
                            int digits = 0;
                            while (digits < 4 && i < close && Uri.IsHexDigit(text[i]))
                            {
                                i++;
                                digits++;
                            }
                        }
                    }
                    else
                    {
                        i++;
                    }

                    for (int c = 0; c < chars; c++)
                    {
                        if (!Add(origin + start, origin + i))
                        {
                            return false;
                        }
                    }
                }

                return End(origin + close);
            }

            public bool Verbatim(string text, int origin)
            {
                int i = 2;
                int close = text.Length - 1;
                while (i < close)
                {
                    int width = text[i] == '"' ? 2 : 1;
                    if (!Add(origin + i, origin + i + width))
                    {
                        return false;
                    }

                    i += width;
                }

                return End(origin + close);
            }

            public bool SingleLineRaw(string text, int origin)
            {
                int quotes = 0;
                while (quotes < text.Length && text[quotes] == '"')
                {
                    quotes++;
                }

                for (int i = quotes; i < text.Length - quotes; i++)
                {
                    if (!Add(origin + i, origin + i + 1))
                    {
                        return false;
                    }
                }

                return End(origin + text.Length - quotes);
            }

            public bool MultiLineRaw(string text, int origin)
            {
                int quotes = 0;
                while (quotes < text.Length && text[quotes] == '"')
                {
                    quotes++;
                }

                // Content runs from the line after the opening quotes to the line break before the closing line.
                int first = text.IndexOf('\n', quotes) + 1;
                int closeAt = text.Length - quotes;
                int lastBreak = text.LastIndexOf('\n', closeAt - 1);
                if (first <= 0 || lastBreak < first - 1)
                {
                    return false;
                }

                int indent = closeAt - lastBreak - 1;
                int contentEnd = lastBreak > 0 && text[lastBreak - 1] == '\r' ? lastBreak - 1 : lastBreak;
                int i = first;
                while (i < contentEnd)
                {
                    int lineEnd = text.IndexOf('\n', i);
                    lineEnd = lineEnd < 0 || lineEnd >= contentEnd ? contentEnd : lineEnd + 1;
                    int skip = 0;
                    while (skip < indent && i + skip < lineEnd && (text[i + skip] == ' ' || text[i + skip] == '\t'))
                    {
                        skip++;
                    }

                    for (int c = i + skip; c < lineEnd; c++)
                    {
                        if (!Add(origin + c, origin + c + 1))
                        {
                            return false;
                        }
                    }

                    i = lineEnd;
                }

                return End(origin + contentEnd);
            }

            /// <summary>True when the mapped source text, decoded the same way, spells the value (verified on plain chars).</summary>
            public bool Matches(string value, SourceText? source)
            {
                if (_count != value.Length)
                {
                    return false;
                }

                if (source is null)
                {
                    return true;
                }

                for (int i = 0; i < value.Length; i++)
                {
                    // A one-char source run must be the value char itself; escapes span more.
                    if (Ends[i] - Starts[i] == 1 && source[Starts[i]] != value[i])
                    {
                        return false;
                    }
                }

                return true;
            }

            private bool Add(int start, int end)
            {
                if (_count >= Starts.Length - 1)
                {
                    return false;
                }

                Starts[_count] = start;
                Ends[_count] = end;
                _count++;
                return true;
            }

            private bool End(int position)
            {
                Starts[_count] = position;
                Ends[_count] = position;
                return true;
            }
        }
    }
}
