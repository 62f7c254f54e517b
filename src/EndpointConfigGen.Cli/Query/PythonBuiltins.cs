using System.Collections.Generic;
using System.Linq;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Cli.Query
{
    /// <summary>The Python built-ins jmespath's functions lean on, with their quirks: <c>int()</c>/<c>float()</c> of text and <c>dict.update</c>.</summary>
    internal static class PythonBuiltins
    {
        // Python's int(text), then float(text); null for what neither reads.
        public static object? ToNumber(object? value)
        {
            switch (value)
            {
                case JmesNumber:
                    return value;
                case string s when PythonNumbers.TryParseBigInt(s, out var integer, out _):
                    return JmesNumber.ParseInteger(integer);
                case string s when PythonNumbers.TryParsePythonFloat(s, out var real, out _):
                    return JmesNumber.Of(real);
                default:
                    return null;
            }
        }

        // dict.update(x): a mapping's pairs, or a sequence of two-item sequences, with Python's errors otherwise.
        public static void Update(Dictionary<string, object?> target, object? source)
        {
            if (source is Dictionary<string, object?> map)
            {
                foreach (var pair in map)
                {
                    target[pair.Key] = pair.Value;
                }

                return;
            }

            var items = source switch
            {
                string s => PythonText.CodePoints(s).Cast<object?>().ToList(),
                List<object?> l => l,
                _ => throw JmesException.Runtime("'" + PythonText.TypeName(source) + "' object is not iterable"),
            };
            for (var i = 0; i < items.Count; i++)
            {
                var pair = items[i] switch
                {
                    string s => PythonText.CodePoints(s).Cast<object?>().ToList(),
                    List<object?> l => l,
                    Dictionary<string, object?> d => d.Keys.Cast<object?>().ToList(),
                    _ => throw JmesException.Runtime("cannot convert dictionary update sequence element #" + i + " to a sequence"),
                };
                if (pair.Count != 2)
                {
                    throw JmesException.Runtime("dictionary update sequence element #" + i + " has length " + pair.Count + "; 2 is required");
                }

                // A non-string key prints as json.dumps prints keys.
                target[pair[0] switch
                {
                    string key => key,
                    List<object?> or Dictionary<string, object?> => throw JmesException.Runtime("unhashable type: '" + PythonText.TypeName(pair[0]) + "'"),
                    _ => JmesJson.Write(pair[0]),
                }] = pair[1];
            }
        }
    }
}
