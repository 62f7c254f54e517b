using System;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// Reads shorthand straight into generated types in one pass, allocating only the result. It
    /// follows the CLI's grammar and conversions for the input they accept plainly; anything else
    /// (any error, a hash or one-item list whose contents the CLI would leave unconverted, a comma
    /// the CLI's back-up rule could land on, a repeated key, <c>@=</c>, a timestamp, blob or
    /// document member) makes the cursor <see cref="Failed"/>, and the caller then runs the
    /// reference pipeline (<see cref="ShorthandBinding.TryParseTree{T}"/>), which gives the value or
    /// the CLI's exact error. So a value read here is always the value that pipeline would give.
    /// </summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public ref struct ShorthandCursor
    {
        private readonly ReadOnlySpan<char> _s;
        private int _i;
        private int _depth;
        private bool _topStarted;
        private ItemMode _mode;

        // The key LookAhead found after a top-level comma, so NextKey need not scan it again.
        private int _seenKeyStart;
        private int _seenKeyEnd;

        /// <summary>Starts at the beginning of <paramref name="text"/>.</summary>
        public ShorthandCursor(string text)
        {
            _s = text.AsSpan();
            _i = 0;
            _depth = 0;
            _topStarted = false;
            _mode = ItemMode.None;
            _seenKeyStart = -1;
            _seenKeyEnd = -1;
            Failed = false;
        }

        private enum ItemMode
        {
            None,
            CsvFirst,
            CsvSecond,
            Single,
        }

        /// <summary>True once the input left the plain path; every later call is a no-op.</summary>
        public bool Failed { get; private set; }

        private char Current => _i < _s.Length ? _s[_i] : '\0';

        /// <summary>Leaves the plain path.</summary>
        public void Fail() => Failed = true;

        /// <summary>Starts a structure: the whole input the first time, a <c>{...}</c> hash after that.</summary>
        /// <returns>The state <see cref="NextKey"/> keeps.</returns>
        public ShorthandKeys BeginStructure()
        {
            if (!_topStarted)
            {
                _topStarted = true;
                return new ShorthandKeys(top: true);
            }

            return BeginMap();
        }

        /// <summary>Starts a <c>{...}</c> hash at the current value.</summary>
        /// <returns>The state <see cref="NextKey"/> keeps.</returns>
        public ShorthandKeys BeginMap()
        {
            if (!Failed && (_mode != ItemMode.None || Current != '{' || !Open()))
            {
                Fail();
            }

            return new ShorthandKeys(top: false);
        }

        /// <summary>Moves to the next <c>key=</c> of a structure or hash.</summary>
        /// <param name="keys">The state from <see cref="BeginStructure"/> or <see cref="BeginMap"/>.</param>
        /// <param name="key">The key, when there is one.</param>
        /// <returns>False at the end of the structure, or when failed.</returns>
        public bool NextKey(ref ShorthandKeys keys, out ReadOnlySpan<char> key)
        {
            key = default;
            if (Failed || !Separate(ref keys))
            {
                return false;
            }

            int start = _i;
            _i = start == _seenKeyStart ? _seenKeyEnd : ShorthandLexer.ScanKey(_s, _i);
            key = _s.Slice(start, _i - start);
            _i = ShorthandLexer.SkipWhitespace(_s, _i);
            if (Current == '@' || !Expect('=', skipWhitespace: true))
            {
                Fail();
                return false;
            }

            return true;
        }

        /// <summary>Starts a list at the current value: <c>[...]</c>, a comma list at the top, or one scalar.</summary>
        /// <param name="itemsAreText">Whether the items are strings or enums, which the CLI's one-item wrapping leaves intact.</param>
        /// <returns>The state <see cref="NextItem"/> keeps.</returns>
        public ShorthandItems BeginList(bool itemsAreText)
        {
            var items = new ShorthandItems(ShorthandItems.ListMode.Single, itemsAreText);
            if (Failed || _mode != ItemMode.None || Current == '{')
            {
                Fail();
            }
            else if (Current == '[')
            {
                items.Mode = ShorthandItems.ListMode.Explicit;
                if (!Open())
                {
                    Fail();
                }
            }
            else if (_depth == 0)
            {
                items.Mode = ShorthandItems.ListMode.Csv;
            }

            return items;
        }

        /// <summary>Moves to the next item of a list.</summary>
        /// <param name="items">The state from <see cref="BeginList"/>.</param>
        /// <returns>False at the end of the list, or when failed.</returns>
        public bool NextItem(ref ShorthandItems items)
        {
            if (Failed)
            {
                return false;
            }

            bool more = items.Mode switch
            {
                ShorthandItems.ListMode.Explicit => NextExplicitItem(items.Count),
                ShorthandItems.ListMode.Csv => NextCsvItem(items.Count),
                _ => NextSingleItem(items.Count),
            };

            // A lone scalar where a list belongs is wrapped unconverted; only text survives that as is.
            if (!more && items.Count == 1 && items.Mode != ShorthandItems.ListMode.Explicit && !items.ItemsAreText)
            {
                Fail();
            }

            items.Count++;
            return more && !Failed;
        }

        /// <summary>Reads a string value.</summary>
        /// <returns>The text; empty when failed.</returns>
        public string ReadString() => TryReadScalar(out var token) ? TokenText(token) : string.Empty;

        /// <summary>Reads an integer member, as Python's <c>int()</c> reads the text.</summary>
        /// <returns>The number; 0 when failed.</returns>
        public int ReadInt32()
        {
            long value = ReadInt64();
            if (value < int.MinValue || value > int.MaxValue)
            {
                Fail();
                return 0;
            }

            return (int)value;
        }

        /// <summary>Reads a long member, as Python's <c>int()</c> reads the text.</summary>
        /// <returns>The number; 0 when failed.</returns>
        public long ReadInt64()
        {
            if (!TryReadScalar(out var token))
            {
                return 0;
            }

            if (token.IsPlain && PlainNumbers.TryParseInteger(_s.Slice(token.Start, token.Length), out long plain))
            {
                return plain;
            }

            if (PythonNumbers.TryParseInt(TokenText(token), out long value, out _))
            {
                return value;
            }

            Fail();
            return 0;
        }

        /// <summary>Reads a float or double member, as Python's <c>float()</c> reads the text.</summary>
        /// <returns>The number; 0 when failed.</returns>
        public double ReadDouble()
        {
            if (!TryReadScalar(out var token))
            {
                return 0;
            }

            if (token.IsPlain && PlainNumbers.TryParseDecimal(_s.Slice(token.Start, token.Length), out double plain))
            {
                return plain;
            }

            if (PythonNumbers.TryParseDouble(TokenText(token), out double value, out _))
            {
                return value;
            }

            Fail();
            return 0;
        }

        /// <summary>Reads a boolean member: <c>true</c> or <c>false</c> in any ASCII case.</summary>
        /// <returns>The flag; false when failed.</returns>
        public bool ReadBoolean()
        {
            if (!TryReadScalar(out var token))
            {
                return false;
            }

            if (token.IsPlain && PlainNumbers.TryParseBoolean(_s.Slice(token.Start, token.Length), out bool plain))
            {
                return plain;
            }

            if (PythonNumbers.TryParseBool(TokenText(token), out bool value))
            {
                return value;
            }

            // Anything else stays a string for the CLI, and its type check rejects it.
            Fail();
            return false;
        }

        private string TokenText(Token token)
        {
            var raw = _s.Slice(token.Start, token.Length);
            return token.Quote != '\0' ? ShorthandLexer.QuotedText(raw, token.Quote) : ShorthandLexer.UnquotedText(raw, token.HasEscape);
        }

        /// <summary>Between the entries of a structure or hash: the top level's <c>,</c>, or a hash's <c>,</c> and <c>}</c>.</summary>
        private bool Separate(ref ShorthandKeys keys)
        {
            bool first = keys.First;
            keys.First = false;
            if (keys.Top)
            {
                if (first)
                {
                    return true;
                }

                if (_i >= _s.Length)
                {
                    return false;
                }

                if (!Expect(',', skipWhitespace: true))
                {
                    Fail();
                    return false;
                }

                return true;
            }

            if (!first && !AfterNestedItem('}'))
            {
                return false;
            }

            return !Close('}');
        }

        private bool NextExplicitItem(int count) => (count == 0 || AfterNestedItem(']')) && !Close(']');

        private bool NextSingleItem(int count)
        {
            _mode = count == 0 ? ItemMode.Single : ItemMode.None;
            return count == 0;
        }

        /// <summary>
        /// The top level's comma list: after the first item, a comma followed by a second item that
        /// ends at a comma or the end. Otherwise the CLI backs up to the last comma before the point
        /// where reading stopped; that must be this comma, or the cursor fails.
        /// </summary>
        private bool NextCsvItem(int count)
        {
            if (count == 0)
            {
                _mode = ItemMode.CsvFirst;
                return true;
            }

            _i = ShorthandLexer.SkipWhitespace(_s, _i);
            if (Current != ',')
            {
                return false;
            }

            switch (LookAhead(_i, out int itemStart))
            {
                case Continuation.Item:
                    _i = itemStart;
                    _mode = ItemMode.CsvSecond;
                    return true;
                case Continuation.End:
                    return false;
                default:
                    Fail();
                    return false;
            }
        }

        private enum Continuation
        {
            Item,
            End,
            Unsure,
        }

        /// <summary>What follows the comma at <paramref name="comma"/> in a top-level comma list.</summary>
        private Continuation LookAhead(int comma, out int itemStart)
        {
            itemStart = ShorthandLexer.SkipWhitespace(_s, comma + 1);
            if (itemStart >= _s.Length)
            {
                return Continuation.Unsure;
            }

            // The usual case: the next key=. Key characters all continue a second item, which '=' ends.
            int keyEnd = ShorthandLexer.ScanKey(_s, itemStart);
            if (keyEnd < _s.Length && _s[keyEnd] == '=')
            {
                _seenKeyStart = itemStart;
                _seenKeyEnd = keyEnd;
                return Continuation.End;
            }

            int stop = itemStart;
            bool mayHoldComma = true;
            if (_s[itemStart] == '\'' || _s[itemStart] == '"')
            {
                int close = ShorthandLexer.FindClosingQuote(_s, itemStart);
                if (close >= 0)
                {
                    stop = ShorthandLexer.SkipWhitespace(_s, close + 1);
                }
            }
            else
            {
                int end = ShorthandLexer.ScanUnquoted(_s, itemStart, second: true, out mayHoldComma);
                if (end > itemStart)
                {
                    stop = ShorthandLexer.SkipWhitespace(_s, end);
                }
            }

            if (stop > itemStart && (stop == _s.Length || _s[stop] == ','))
            {
                return Continuation.Item;
            }

            // The CLI backs up from where reading stopped to the last comma at or before it. Only
            // quotes, escapes or a comma right at the start can put one after this comma.
            if (stop == itemStart)
            {
                return _s[stop] == ',' ? Continuation.Unsure : Continuation.End;
            }

            return mayHoldComma && _s.Slice(itemStart, stop - itemStart).IndexOf(',') >= 0 ? Continuation.Unsure : Continuation.End;
        }

        private bool TryReadScalar(out Token token)
        {
            token = default;
            if (Failed)
            {
                return false;
            }

            var mode = _mode;
            _mode = ItemMode.None;
            bool top = mode == ItemMode.None && _depth == 0;
            if (top && _i >= _s.Length)
            {
                token = new Token(_i, 0, '\0', false);
                return true;
            }

            if (mode == ItemMode.None && (Current == '[' || Current == '{'))
            {
                Fail();
                return false;
            }

            if (!TryReadToken(mode == ItemMode.CsvSecond, out token))
            {
                Fail();
                return false;
            }

            if (top)
            {
                // A scalar member's value must not turn out to be a comma list.
                _i = ShorthandLexer.SkipWhitespace(_s, _i);
                if (Current == ',' && LookAhead(_i, out _) != Continuation.End)
                {
                    Fail();
                    return false;
                }
            }

            return true;
        }

        private bool TryReadToken(bool second, out Token token)
        {
            int start = _i;
            char quote = Current;
            if (quote == '\'' || quote == '"')
            {
                int close = ShorthandLexer.FindClosingQuote(_s, start);
                token = new Token(start + 1, close - start - 1, quote, false);
                _i = close + 1;
                return close >= 0;
            }

            _i = ShorthandLexer.ScanUnquoted(_s, start, second, out bool hasEscape);
            token = new Token(start, _i - start, '\0', hasEscape);
            return !second || _i > start;
        }

        private bool Open()
        {
            if (_depth >= ShorthandParser.MaxNestingDepth)
            {
                return false;
            }

            _depth++;
            _i = ShorthandLexer.SkipWhitespace(_s, _i + 1);
            return true;
        }

        /// <summary>Consumes <paramref name="closer"/> if it is next.</summary>
        private bool Close(char closer)
        {
            if (Current != closer)
            {
                return false;
            }

            _i++;
            _depth--;
            return true;
        }

        /// <summary>After a nested item: whitespace, then the closer (left for <see cref="Close"/>) or a comma with no whitespace before it.</summary>
        private bool AfterNestedItem(char closer)
        {
            _i = ShorthandLexer.SkipWhitespace(_s, _i);
            if (Current == closer)
            {
                return true;
            }

            if (Current != ',')
            {
                Fail();
                return false;
            }

            _i = ShorthandLexer.SkipWhitespace(_s, _i + 1);
            return true;
        }

        private bool Expect(char c, bool skipWhitespace)
        {
            if (skipWhitespace)
            {
                _i = ShorthandLexer.SkipWhitespace(_s, _i);
            }

            if (Current != c)
            {
                return false;
            }

            _i++;
            if (skipWhitespace)
            {
                _i = ShorthandLexer.SkipWhitespace(_s, _i);
            }

            return true;
        }

        /// <summary>A scalar's place in the input: unquoted, or the content between quotes.</summary>
        private readonly struct Token
        {
            public Token(int start, int length, char quote, bool hasEscape)
            {
                Start = start;
                Length = length;
                Quote = quote;
                HasEscape = hasEscape;
            }

            public int Start { get; }

            public int Length { get; }

            public char Quote { get; }

            public bool HasEscape { get; }

            /// <summary>Unquoted and unescaped: the raw text is the value (up to trailing whitespace).</summary>
            public bool IsPlain => Quote == '\0' && !HasEscape;
        }
    }
}
