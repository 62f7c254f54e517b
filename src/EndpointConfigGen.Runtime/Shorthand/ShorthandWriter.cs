using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// Builds shorthand text that <see cref="ShorthandParser"/> (and the AWS CLI) reads back as the
    /// same tree. Lists are always written explicitly (<c>[a,b]</c>), so comma-list rules never apply;
    /// keys are never quoted (the grammar has no quoted keys), so a key outside <c>[A-Za-z0-9_.#/:-]</c>
    /// or a repeated key is rejected. Usage: <c>Key("A").Value("x").Key("B").StartList().Value("y").EndList().Complete()</c>.
    /// </summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class ShorthandWriter
    {
        private readonly StringBuilder _text = new StringBuilder();
        private readonly List<Scope> _scopes = new List<Scope> { new Scope(ScopeKind.Top) };
        private bool _afterKey;

        private enum ScopeKind
        {
            Top,
            List,
            Hash,
        }

        /// <summary>Writes <c>key=</c> (or <c>key@=</c>) at the top level or inside a hash; a value must follow.</summary>
        /// <param name="key">The key: characters <c>[A-Za-z0-9_.#/:-]</c>, possibly empty.</param>
        /// <param name="loadFiles">Write <c>key@=</c>, asking the CLI to load <c>file://</c> values under this key.</param>
        /// <returns>This writer.</returns>
        /// <exception cref="ArgumentException">The key has other characters or was already written in this map.</exception>
        /// <exception cref="InvalidOperationException">A key is not allowed here.</exception>
        public ShorthandWriter Key(string key, bool loadFiles = false)
        {
            Scope scope = _scopes[_scopes.Count - 1];
            if (_afterKey || scope.Kind == ScopeKind.List)
            {
                throw new InvalidOperationException("A key is only allowed at the top level or inside a hash, before its value.");
            }

            foreach (char c in key)
            {
                if (!ShorthandChars.IsKey(c))
                {
                    throw new ArgumentException("Shorthand keys may only hold [A-Za-z0-9_.#/:-]: " + PythonRepr.Of(key), nameof(key));
                }
            }

            if (!scope.Keys!.Add(key))
            {
                throw new ArgumentException("Key written twice in one map: " + PythonRepr.Of(key), nameof(key));
            }

            if (scope.Count++ > 0)
            {
                _text.Append(',');
            }

            _text.Append(key).Append(loadFiles ? "@=" : "=");
            _afterKey = true;
            return this;
        }

        /// <summary>Writes a string value, quoted and escaped only where needed.</summary>
        /// <param name="value">The string.</param>
        /// <returns>This writer.</returns>
        /// <exception cref="ArgumentException">The value needs quotes and ends with a backslash, which shorthand cannot express.</exception>
        public ShorthandWriter Value(string value)
        {
            BeginValue();
            ShorthandScalar.Append(_text, value);
            return this;
        }

        /// <summary>Writes an integer value.</summary>
        /// <returns>This writer.</returns>
        public ShorthandWriter Value(long value) => Value(value.ToString(CultureInfo.InvariantCulture));

        /// <summary>Writes a floating-point value as Python's <c>repr</c> would.</summary>
        /// <returns>This writer.</returns>
        /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
        public ShorthandWriter Value(double value)
        {
            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                throw new ArgumentOutOfRangeException(nameof(value), "Only finite numbers can be written.");
            }

            return Value(PythonNumbers.FormatDouble(value));
        }

        /// <summary>Writes <c>true</c> or <c>false</c>.</summary>
        /// <returns>This writer.</returns>
        public ShorthandWriter Value(bool value) => Value(value ? "true" : "false");

        /// <summary>Opens an explicit list <c>[</c> as a value or list item.</summary>
        /// <returns>This writer.</returns>
        public ShorthandWriter StartList() => Open(ScopeKind.List, '[');

        /// <summary>Closes the innermost list.</summary>
        /// <returns>This writer.</returns>
        public ShorthandWriter EndList() => Close(ScopeKind.List, ']');

        /// <summary>Opens a hash <c>{</c> as a value or list item.</summary>
        /// <returns>This writer.</returns>
        public ShorthandWriter StartHash() => Open(ScopeKind.Hash, '{');

        /// <summary>Closes the innermost hash.</summary>
        /// <returns>This writer.</returns>
        public ShorthandWriter EndHash() => Close(ScopeKind.Hash, '}');

        /// <summary>Returns the finished text.</summary>
        /// <exception cref="InvalidOperationException">No key was written, a list or hash is open, or a key lacks its value.</exception>
        public string Complete()
        {
            if (_scopes.Count != 1 || _afterKey || _scopes[0].Count == 0)
            {
                throw new InvalidOperationException("Shorthand needs at least one key, every key a value, and every list and hash closed.");
            }

            return _text.ToString();
        }

        /// <summary>Writes a whole map node (as produced by <see cref="ShorthandParser.Parse(string)"/>) as shorthand.</summary>
        /// <param name="map">A map node; numbers and booleans are written as their text (shorthand has only strings).</param>
        /// <returns>Text that parses back to the same keys, strings, lists, maps and <c>@=</c> flags.</returns>
        /// <exception cref="ArgumentException">The tree holds something shorthand cannot express (see <see cref="Key"/> and <see cref="Value(string)"/>, null values, empty top-level map).</exception>
        /// <exception cref="InvalidOperationException">The tree nests deeper than <see cref="ShorthandParser.MaxNestingDepth"/>.</exception>
        public static string Write(ParamNode map)
        {
            if (map.Kind != ParamNodeKind.Map || map.Entries.Count == 0)
            {
                throw new ArgumentException("Shorthand can only express a map with at least one entry.", nameof(map));
            }

            var writer = new ShorthandWriter();
            writer.WriteEntries(map);
            return writer.Complete();
        }

        // Recursion is bounded: Open refuses to nest deeper than the parser accepts.
        private void WriteNode(ParamNode node)
        {
            switch (node.Kind)
            {
                case ParamNodeKind.List:
                    StartList();
                    foreach (ParamNode item in node.Items)
                    {
                        WriteNode(item);
                    }

                    EndList();
                    break;
                case ParamNodeKind.Map:
                    StartHash();
                    WriteEntries(node);
                    EndHash();
                    break;
                case ParamNodeKind.Null:
                    throw new ArgumentException("Shorthand cannot express null.", nameof(node));
                default:
                    Value(node.Text);
                    break;
            }
        }

        private void WriteEntries(ParamNode map)
        {
            foreach (ParamEntry entry in map.Entries)
            {
                Key(entry.Key, entry.LoadFiles);
                WriteNode(entry.Value);
            }
        }

        private void BeginValue()
        {
            Scope scope = _scopes[_scopes.Count - 1];
            if (scope.Kind == ScopeKind.List)
            {
                if (scope.Count++ > 0)
                {
                    _text.Append(',');
                }
            }
            else if (!_afterKey)
            {
                throw new InvalidOperationException("A value needs a key first, except inside a list.");
            }

            _afterKey = false;
        }

        private ShorthandWriter Open(ScopeKind kind, char opener)
        {
            if (_scopes.Count > ShorthandParser.MaxNestingDepth)
            {
                throw new InvalidOperationException("Shorthand nesting is limited to " + ShorthandParser.MaxNestingDepth + " levels.");
            }

            BeginValue();
            _scopes.Add(new Scope(kind));
            _text.Append(opener);
            return this;
        }

        private ShorthandWriter Close(ScopeKind kind, char closer)
        {
            if (_scopes[_scopes.Count - 1].Kind != kind || _afterKey)
            {
                throw new InvalidOperationException("Nothing to close here: " + closer);
            }

            _scopes.RemoveAt(_scopes.Count - 1);
            _text.Append(closer);
            return this;
        }

        private sealed class Scope
        {
            public Scope(ScopeKind kind)
            {
                Kind = kind;
                Keys = kind == ScopeKind.List ? null : new HashSet<string>(StringComparer.Ordinal);
            }

            public ScopeKind Kind { get; }

            public HashSet<string>? Keys { get; }

            public int Count { get; set; }
        }
    }
}
