using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// Writes JSON text exactly as Python's <c>json.dumps</c> does, for whatever walks a value: with <c>indent=4</c>
    /// (each item on its own line, <c>": "</c> between key and value, <c>{}</c> and <c>[]</c> when empty) or with
    /// <c>separators=(',', ':')</c>, and with or without <c>ensure_ascii</c>. The one implementation behind the
    /// skeletons and EndpointConfigGen.Cli's output; support for those, not for application code.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class PythonJsonWriter
    {
        private readonly StringBuilder _text;
        private readonly bool _indented;
        private readonly bool _ensureAscii;

        // One entry per open container: whether it holds an item yet.
        private readonly List<bool> _open = new List<bool>();
        private bool _afterKey;

        /// <summary>A writer appending to <paramref name="text"/>.</summary>
        /// <param name="text">Receives the JSON.</param>
        /// <param name="indented"><c>indent=4</c>; otherwise <c>separators=(',', ':')</c>.</param>
        /// <param name="ensureAscii">Python's <c>ensure_ascii</c>: everything outside <c>' '</c>..<c>'~'</c> escaped.</param>
        public PythonJsonWriter(StringBuilder text, bool indented, bool ensureAscii)
        {
            _text = text;
            _indented = indented;
            _ensureAscii = ensureAscii;
        }

        /// <summary>Opens a JSON object.</summary>
        public void StartObject() => Open('{');

        /// <summary>Opens a JSON array.</summary>
        public void StartArray() => Open('[');

        /// <summary>Closes the innermost JSON object.</summary>
        public void EndObject() => Close('}');

        /// <summary>Closes the innermost JSON array.</summary>
        public void EndArray() => Close(']');

        /// <summary>Writes a member's key; its value comes next.</summary>
        public void PropertyName(string name)
        {
            NextItem();
            WriteQuoted(name);
            _text.Append(_indented ? ": " : ":");
            _afterKey = true;
        }

        /// <summary>Writes a string value, escaped as Python escapes it.</summary>
        public void StringValue(string value)
        {
            BeforeValue();
            WriteQuoted(value);
        }

        /// <summary>Writes a value's text as it is: a number as Python prints it, <c>true</c>, <c>false</c>, <c>null</c>.</summary>
        public void RawValue(string text)
        {
            BeforeValue();
            _text.Append(text);
        }

        private void Open(char bracket)
        {
            BeforeValue();
            _text.Append(bracket);
            _open.Add(false);
        }

        private void Close(char bracket)
        {
            var holdsItems = _open[_open.Count - 1];
            _open.RemoveAt(_open.Count - 1);
            if (holdsItems && _indented)
            {
                _text.Append('\n').Append(' ', _open.Count * 4);
            }

            _text.Append(bracket);
        }

        private void BeforeValue()
        {
            if (_afterKey)
            {
                _afterKey = false;
            }
            else if (_open.Count > 0)
            {
                NextItem();
            }
        }

        private void NextItem()
        {
            var depth = _open.Count;
            if (_open[depth - 1])
            {
                _text.Append(',');
            }

            _open[depth - 1] = true;
            if (_indented)
            {
                _text.Append('\n').Append(' ', depth * 4);
            }
        }

        private void WriteQuoted(string value)
        {
            _text.Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': _text.Append("\\\""); break;
                    case '\\': _text.Append("\\\\"); break;
                    case '\n': _text.Append("\\n"); break;
                    case '\r': _text.Append("\\r"); break;
                    case '\t': _text.Append("\\t"); break;
                    case '\b': _text.Append("\\b"); break;
                    case '\f': _text.Append("\\f"); break;
                    default:
                        // Python escapes controls always, and with ensure_ascii everything outside ' '..'~'
                        // (UTF-16 units, so astral characters come out as surrogate pairs, as in Python).
                        if (c < ' ' || (_ensureAscii && c > '~'))
                        {
                            _text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            _text.Append(c);
                        }

                        break;
                }
            }

            _text.Append('"');
        }
    }
}
