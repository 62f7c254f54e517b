using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// How Python (and so botocore's messages and the AWS CLI's output) shows a <see cref="ParamNode"/> after
    /// <c>json.loads</c>: <c>str()</c> of the value and its <c>type()</c>. The one implementation for the runtime's
    /// messages and EndpointConfigGen.Cli's printing; support for those, not for application code.
    /// </summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static class PythonValue
    {
        /// <summary>
        /// True when <c>json.loads</c> makes an <c>int</c> of the number text (no fraction, no exponent; not
        /// <c>Infinity</c> or <c>NaN</c>, which a conversion keeping any number makes).
        /// </summary>
        public static bool IsInt(ParamNode number) =>
            number.Text.IndexOf('.') < 0 && number.Text.IndexOf('e') < 0 && number.Text.IndexOf('E') < 0
            && number.Text.Length > 0 && char.IsDigit(number.Text[number.Text.Length - 1]);

        /// <summary>Python's <c>type(value).__name__</c>: <c>str</c>, <c>int</c>, <c>float</c>, <c>bool</c>, <c>list</c>, <c>dict</c>, <c>NoneType</c>.</summary>
        public static string TypeName(ParamNode node)
        {
            switch (node.Kind)
            {
                case ParamNodeKind.String: return "str";
                case ParamNodeKind.Number: return IsInt(node) ? "int" : "float";
                case ParamNodeKind.Boolean: return "bool";
                case ParamNodeKind.List: return "list";
                case ParamNodeKind.Map: return "dict";
                default: return "NoneType";
            }
        }

        /// <summary>Python's <c>str(value)</c>: strings bare, everything inside containers as <c>repr()</c>.</summary>
        public static string Str(ParamNode node) =>
            node.Kind == ParamNodeKind.String ? node.Text : Repr(node);

        /// <summary>Python's <c>str()</c> of a number from its JSON text: <c>-0</c> → <c>0</c>, <c>1E2</c> → <c>100.0</c>.</summary>
        public static string NumberText(string jsonNumber)
        {
            if (jsonNumber.IndexOf('.') < 0 && jsonNumber.IndexOf('e') < 0 && jsonNumber.IndexOf('E') < 0
                && BigInteger.TryParse(jsonNumber, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
            {
                return integer.ToString(CultureInfo.InvariantCulture);
            }

            return double.TryParse(jsonNumber, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                ? PythonNumbers.FormatDouble(d)
                : jsonNumber;
        }

        /// <summary>Python's <c>repr()</c>, without recursion so any depth is safe.</summary>
        private static string Repr(ParamNode root)
        {
            var text = new StringBuilder();

            // Pending output: a string is appended as is, a node is expanded in place.
            var pending = new Stack<object>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                object next = pending.Pop();
                if (next is string literal)
                {
                    text.Append(literal);
                    continue;
                }

                var node = (ParamNode)next;
                switch (node.Kind)
                {
                    case ParamNodeKind.String: text.Append(PythonRepr.Of(node.Text)); break;
                    case ParamNodeKind.Number: text.Append(NumberText(node.Text)); break;
                    case ParamNodeKind.Boolean: text.Append(node.Text == "true" ? "True" : "False"); break;
                    case ParamNodeKind.Null: text.Append("None"); break;
                    case ParamNodeKind.List:
                        text.Append('[');
                        pending.Push("]");
                        for (int i = node.Items.Count - 1; i >= 0; i--)
                        {
                            pending.Push(node.Items[i]);
                            if (i > 0)
                            {
                                pending.Push(", ");
                            }
                        }

                        break;
                    default:
                        text.Append('{');
                        pending.Push("}");
                        var entries = DistinctEntries(node);
                        for (int i = entries.Count - 1; i >= 0; i--)
                        {
                            pending.Push(entries[i].Value);
                            pending.Push(PythonRepr.Of(entries[i].Key) + ": ");
                            if (i > 0)
                            {
                                pending.Push(", ");
                            }
                        }

                        break;
                }
            }

            return text.ToString();
        }

        /// <summary>
        /// The entries a Python dict built from the map holds: a repeated key keeps its first
        /// position and its last value, as <c>json.loads</c> does.
        /// </summary>
        public static IReadOnlyList<ParamEntry> DistinctEntries(ParamNode map)
        {
            var entries = map.Entries;
            if (entries.Count < 2 || (entries.Count <= 16 && !HasRepeatedKey(entries)))
            {
                return entries;
            }

            var distinct = new OrderedEntries();
            foreach (var entry in entries)
            {
                distinct.Set(entry);
            }

            return distinct.ToList();
        }

        // Small maps (every structure of a typical request) are checked in place: no table to allocate.
        private static bool HasRepeatedKey(IReadOnlyList<ParamEntry> entries)
        {
            for (int i = 1; i < entries.Count; i++)
            {
                for (int j = 0; j < i; j++)
                {
                    if (string.Equals(entries[i].Key, entries[j].Key, System.StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
