using System.Collections.Generic;
using System.Text;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Cli.Query
{
    /// <summary>Python's <c>str</c>, <c>repr</c> and type names of evaluator values, as jmespath's error messages print them.</summary>
    internal static class PythonText
    {
        /// <summary>Python's <c>type(value).__name__</c>.</summary>
        public static string TypeName(object? value) => value switch
        {
            null => "NoneType",
            bool => "bool",
            JmesNumber n => n.IsInteger ? "int" : "float",
            string => "str",
            List<object?> => "list",
            Dictionary<string, object?> => "dict",
            _ => "_Expression",
        };

        /// <summary>The JMESPath type name (<c>type()</c>'s answer, and what type errors say was received).</summary>
        public static string JmesType(object? value) => value switch
        {
            null => "null",
            bool => "boolean",
            JmesNumber => "number",
            string => "string",
            List<object?> => "array",
            Dictionary<string, object?> => "object",
            _ => "expref",
        };

        // A string's code points as Python indexes them: a surrogate pair is one, a lone surrogate is one.
        public static IEnumerable<string> CodePoints(string s)
        {
            for (var i = 0; i < s.Length; i++)
            {
                var pair = char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]);
                yield return pair ? s.Substring(i++, 2) : s[i].ToString();
            }
        }

        public static string Str(object? value) => value is string s ? s : Repr(value);

        public static string Repr(object? value)
        {
            var text = new StringBuilder();
            Repr(value, text);
            return text.ToString();
        }

        public static string Repr(string[] values)
        {
            var list = new List<object?>(values);
            return Repr(list);
        }

        private static void Repr(object? value, StringBuilder text)
        {
            switch (value)
            {
                case null:
                    text.Append("None");
                    break;
                case bool b:
                    text.Append(b ? "True" : "False");
                    break;
                case JmesNumber n:
                    text.Append(n.ToString());
                    break;
                case string s:
                    text.Append(PythonRepr.Of(s));
                    break;
                case List<object?> list:
                    text.Append('[');
                    for (var i = 0; i < list.Count; i++)
                    {
                        text.Append(i == 0 ? string.Empty : ", ");
                        Repr(list[i], text);
                    }

                    text.Append(']');
                    break;
                case Dictionary<string, object?> map:
                    text.Append('{');
                    var first = true;
                    foreach (var pair in map)
                    {
                        text.Append(first ? string.Empty : ", ");
                        first = false;
                        text.Append(PythonRepr.Of(pair.Key));
                        text.Append(": ");
                        Repr(pair.Value, text);
                    }

                    text.Append('}');
                    break;
                default:
                    // Python prints the object's address here; no two runs agree on it.
                    text.Append("<jmespath.visitor._Expression object>");
                    break;
            }
        }
    }
}
