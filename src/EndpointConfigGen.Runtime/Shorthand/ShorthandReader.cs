using System;
using System.Collections.Generic;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// The shorthand grammar, one method per production, mirroring the CLI's parser.
    /// Failures return false and leave <see cref="Error"/> set; only the comma-list reader
    /// recovers from a failure (by backing up to a comma), as the CLI does.
    /// Nested lists and hashes use an explicit stack, so depth never grows the call stack.
    /// </summary>
    internal ref struct ShorthandReader
    {
        private readonly string _text;
        private readonly ReadOnlySpan<char> _s;
        private int _i;
        private ShorthandError? _error;

        // A syntax failure keeps only what its message needs: the comma-list reader backs up from one
        // failure per key=value pair and discards it, and formatting copies the whole input each time
        // (quadratic in the number of pairs). The message is built once, when Error is read.
        private string? _failExpected;
        private string? _failActual;
        private int _failIndex;

        public ShorthandReader(string text)
        {
            _text = text;
            _s = text.AsSpan();
            _i = 0;
            _error = null;
            _failExpected = null;
            _failActual = null;
            _failIndex = 0;
        }

        public ShorthandError? Error =>
            _error ?? (_failExpected == null ? null : ShorthandErrorText.Syntax(_text, _failExpected, _failActual!, _failIndex));

        private bool AtEof => _i >= _s.Length;

        private char Current => _i < _s.Length ? _s[_i] : '\0';

        private bool CurrentIs(char c) => _i < _s.Length && _s[_i] == c;

        /// <summary>parameter = keyval *("," keyval); a repeated key is an error here only.</summary>
        public bool TryReadParameter(out ParamNode map)
        {
            map = null!;
            var entries = new OrderedEntries();
            if (!TryReadKeyValue(out ParamEntry entry))
            {
                return false;
            }

            entries.Set(entry);
            int lastEnd = _i;
            while (!AtEof)
            {
                if (!Expect(',', true) || !TryReadKeyValue(out entry))
                {
                    return false;
                }

                if (entries.Contains(entry.Key))
                {
                    // The CLI points one past where the previous pair ended.
                    _error = ShorthandErrorText.DuplicateKey(_text, entry.Key, lastEnd + 1);
                    return false;
                }

                entries.Set(entry);
                lastEnd = _i;
            }

            map = ParamNode.Map(entries.ToList(), true, 0);
            return true;
        }

        private bool TryReadKeyValue(out ParamEntry entry)
        {
            entry = default;
            int keyStart = _i;
            string key = ReadKey();
            bool loadFiles = SkipAt();
            if (!Expect('=', true) || !TryReadValues(out ParamNode value))
            {
                return false;
            }

            entry = new ParamEntry(key, value, keyStart, loadFiles);
            return true;
        }

        private string ReadKey()
        {
            int start = _i;
            _i = ShorthandLexer.ScanKey(_s, _i);
            return _s.Slice(start, _i - start).ToString();
        }

        /// <summary>The optional <c>@</c> of <c>key@=</c>; whitespace before it is consumed either way.</summary>
        private bool SkipAt()
        {
            SkipWhitespace();
            if (!CurrentIs('@'))
            {
                return false;
            }

            _i++;
            SkipWhitespace();
            return true;
        }

        /// <summary>values = end-of-input (empty string) / explicit-list / hash / csv-value.</summary>
        private bool TryReadValues(out ParamNode value)
        {
            if (AtEof)
            {
                value = ParamNode.String(string.Empty, true, _i);
                return true;
            }

            if (Current == '[' || Current == '{')
            {
                return TryReadNested(out value);
            }

            return TryReadCsvValue(out value);
        }

        /// <summary>
        /// csv-value = first-value *("," second-value). A second item that fails to parse
        /// (typically the next <c>key=</c>) ends the list: the reader backs up to the last comma
        /// at or before the failure, even one inside an escape or quotes, as the CLI does.
        /// </summary>
        private bool TryReadCsvValue(out ParamNode value)
        {
            if (!TryReadFirstValue(out value))
            {
                return false;
            }

            SkipWhitespace();
            if (!CurrentIs(','))
            {
                return true;
            }

            Expect(',', true);
            var items = new List<ParamNode> { value };
            while (true)
            {
                if (TryReadSecondValue(out ParamNode item))
                {
                    SkipWhitespace();
                    if (AtEof)
                    {
                        items.Add(item);
                        break;
                    }

                    if (Expect(',', true))
                    {
                        items.Add(item);
                        continue;
                    }
                }

                if (AtEof)
                {
                    return false;
                }

                _failExpected = null;
                while (_i >= 0 && _s[_i] != ',')
                {
                    _i--;
                }

                break;
            }

            if (items.Count > 1)
            {
                value = ParamNode.List(items, true, value.Offset);
            }

            return true;
        }

        /// <summary>
        /// explicit-list and hash, iteratively. Each frame is one open <c>[</c> or <c>{</c>;
        /// a finished frame is handed to its parent like any scalar item.
        /// </summary>
        private bool TryReadNested(out ParamNode value)
        {
            value = null!;
            var stack = new NestedStack();
            if (!Open(stack))
            {
                return false;
            }

            while (true)
            {
                if (CurrentIs(stack.TopCloser))
                {
                    _i++;
                    ParamNode done = stack.Close();
                    if (stack.Count == 0)
                    {
                        value = done;
                        return true;
                    }

                    if (!Deliver(stack, done))
                    {
                        return false;
                    }

                    continue;
                }

                if (stack.TopIsHash)
                {
                    int keyStart = _i;
                    string key = ReadKey();
                    bool loadFiles = SkipAt();
                    if (!Expect('=', true))
                    {
                        return false;
                    }

                    stack.SetPendingKey(key, keyStart, loadFiles);
                }

                if (Current == '[' || Current == '{')
                {
                    if (!Open(stack))
                    {
                        return false;
                    }

                    continue;
                }

                if (!TryReadFirstValue(out ParamNode item) || !Deliver(stack, item))
                {
                    return false;
                }
            }
        }

        private bool Open(NestedStack stack)
        {
            if (stack.Count >= ShorthandParser.MaxNestingDepth)
            {
                _error = ShorthandErrorText.TooDeep(_text, _i);
                return false;
            }

            char opener = Current;
            stack.Open(opener == '{', _i);
            return Expect(opener, true);
        }

        /// <summary>After an item: optional whitespace, then the closer or a comma (no whitespace before it allowed).</summary>
        private bool Deliver(NestedStack stack, ParamNode item)
        {
            SkipWhitespace();
            if (!CurrentIs(stack.TopCloser))
            {
                if (!Expect(',', false))
                {
                    return false;
                }

                SkipWhitespace();
            }

            stack.Add(item);
            return true;
        }

        private bool TryReadFirstValue(out ParamNode value)
        {
            if (Current == '\'' || Current == '"')
            {
                return TryReadQuoted(out value);
            }

            int start = _i;
            string text = ReadUnquoted(false) ?? string.Empty;
            value = ParamNode.String(text, true, start);
            return true;
        }

        private bool TryReadSecondValue(out ParamNode value)
        {
            if (Current == '\'' || Current == '"')
            {
                return TryReadQuoted(out value);
            }

            int start = _i;
            string? text = ReadUnquoted(true);
            if (text == null)
            {
                value = null!;
                return Fail("<second>", "<none>", start);
            }

            value = ParamNode.String(text, true, start);
            return true;
        }

        /// <summary>An unquoted value (see <see cref="ShorthandLexer.ScanUnquoted"/>); null when nothing matches.</summary>
        private string? ReadUnquoted(bool second)
        {
            int start = _i;
            _i = ShorthandLexer.ScanUnquoted(_s, start, second, out bool hasEscape);
            return _i == start ? null : ShorthandLexer.UnquotedText(_s.Slice(start, _i - start), hasEscape);
        }

        /// <summary>A quoted value (see <see cref="ShorthandLexer.FindClosingQuote"/>).</summary>
        private bool TryReadQuoted(out ParamNode value)
        {
            int start = _i;
            char quote = _s[start];
            int close = ShorthandLexer.FindClosingQuote(_s, start);
            if (close < 0)
            {
                value = null!;
                return Fail(quote == '"' ? "<double quoted>" : "<singled quoted>", "<none>", start);
            }

            value = ParamNode.String(ShorthandLexer.QuotedText(_s.Slice(start + 1, close - start - 1), quote), true, start);
            _i = close + 1;
            return true;
        }

        private bool Expect(char c, bool skipWhitespace)
        {
            if (skipWhitespace)
            {
                SkipWhitespace();
            }

            if (AtEof)
            {
                return Fail(c.ToString(), "EOF", _i);
            }

            if (_s[_i] != c)
            {
                return Fail(c.ToString(), _s.Slice(_i, ShorthandChars.IsPairAt(_s, _i) ? 2 : 1).ToString(), _i);
            }

            _i++;
            if (skipWhitespace)
            {
                SkipWhitespace();
            }

            return true;
        }

        private void SkipWhitespace() => _i = ShorthandLexer.SkipWhitespace(_s, _i);

        private bool Fail(string expected, string actual, int index)
        {
            _failExpected = expected;
            _failActual = actual;
            _failIndex = index;
            return false;
        }
    }
}
