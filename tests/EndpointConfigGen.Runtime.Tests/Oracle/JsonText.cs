using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace EndpointConfigGen.Runtime.Tests.Oracle
{
    /// <summary>One canonical JSON text for our trees and for Python's, so they compare as strings.</summary>
    public static class JsonText
    {
        /// <summary>A JSON string literal with every non-ASCII character escaped (works for lone surrogates too).</summary>
        public static string Quote(string s)
        {
            var sb = new StringBuilder("\"");
            foreach (char c in s)
            {
                if (c == '"' || c == '\\')
                {
                    sb.Append('\\').Append(c);
                }
                else if (c < ' ' || c > '~')
                {
                    sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                }
                else
                {
                    sb.Append(c);
                }
            }

            return sb.Append('"').ToString();
        }

        public static string Of(ParamNode node)
        {
            switch (node.Kind)
            {
                case ParamNodeKind.List:
                    return "[" + string.Join(",", Each(node.Items, Of)) + "]";
                case ParamNodeKind.Map:
                    return "{" + string.Join(",", Each(node.Entries, e => Quote(e.Key) + ":" + Of(e.Value))) + "}";
                default:
                    return Quote(node.Text);
            }
        }

        public static string Of(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Array:
                    return "[" + string.Join(",", Each(element.EnumerateArray(), Of)) + "]";
                case JsonValueKind.Object:
                    return "{" + string.Join(",", Each(element.EnumerateObject(), p => Quote(p.Name) + ":" + Of(p.Value))) + "}";
                default:
                    return Quote(element.GetString()!);
            }
        }

        private static IEnumerable<TOut> Each<TIn, TOut>(IEnumerable<TIn> items, System.Func<TIn, TOut> f)
        {
            foreach (TIn item in items)
            {
                yield return f(item);
            }
        }
    }
}
