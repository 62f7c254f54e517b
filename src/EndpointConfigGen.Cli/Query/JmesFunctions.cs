using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Text;

namespace EndpointConfigGen.Cli.Query
{
    /// <summary>JMESPath's built-in functions as Python jmespath 1.1.0 implements them (results, types and errors).</summary>
    internal static class JmesFunctions
    {
        private static readonly string[] Any = [];
        private static readonly string[] Number = ["number"];
        private static readonly string[] Text = ["string"];
        private static readonly string[] Array = ["array"];
        private static readonly string[] Object = ["object"];
        private static readonly string[] Expref = ["expref"];

        private static readonly Dictionary<string, (string[][] Signature, bool Variadic, Func<List<object?>, object?> Body)> Table = new()
        {
            ["abs"] = ([Number], false, a => Abs((JmesNumber)a[0]!)),
            ["avg"] = ([["array-number"]], false, a => Numbers(a[0]) is { Count: > 0 } n ? JmesNumber.Of(Sum(n).Real / n.Count) : null),
            ["ceil"] = ([Number], false, a => Round((JmesNumber)a[0]!, Math.Ceiling)),
            ["contains"] = ([["array", "string"], Any], false, a => Contains(a[0], a[1])),
            ["ends_with"] = ([Text, Text], false, a => ((string)a[0]!).EndsWith((string)a[1]!, StringComparison.Ordinal)),
            ["floor"] = ([Number], false, a => Round((JmesNumber)a[0]!, Math.Floor)),
            ["join"] = ([Text, ["array-string"]], false, a => string.Join((string)a[0]!, ((List<object?>)a[1]!).Cast<string>())),
            ["keys"] = ([Object], false, a => ((Dictionary<string, object?>)a[0]!).Keys.Cast<object?>().ToList()),
            ["length"] = ([["string", "array", "object"]], false, a => JmesNumber.Of(new BigInteger(Length(a[0])))),
            ["map"] = ([Expref, Array], false, a => ((List<object?>)a[1]!).Select(e => JmesInterpreter.Evaluate(((JmesExpref)a[0]!).Expression, e)).ToList()),
            ["max"] = ([["array-number", "array-string"]], false, a => Extreme((List<object?>)a[0]!, ">", e => e)),
            ["max_by"] = ([Array, Expref], false, a => Extreme((List<object?>)a[0]!, ">", KeyOf(a[1], "max_by", ["number", "string"]))),
            ["merge"] = ([Object], true, Merge),
            ["min"] = ([["array-number", "array-string"]], false, a => Extreme((List<object?>)a[0]!, "<", e => e)),
            ["min_by"] = ([Array, Expref], false, a => Extreme((List<object?>)a[0]!, "<", KeyOf(a[1], "min_by", ["number", "string"]))),
            ["not_null"] = ([Any], true, a => a.FirstOrDefault(v => v is not null)),
            ["reverse"] = ([["array", "string"]], false, a => Reverse(a[0])),
            ["sort"] = ([["array-string", "array-number"]], false, a => Sort((List<object?>)a[0]!, e => e)),
            ["sort_by"] = ([Array, Expref], false, a => SortBy((List<object?>)a[0]!, (JmesExpref)a[1]!)),
            ["starts_with"] = ([Text, Text], false, a => ((string)a[0]!).StartsWith((string)a[1]!, StringComparison.Ordinal)),
            ["sum"] = ([["array-number"]], false, a => Sum(Numbers(a[0]))),
            ["to_array"] = ([Any], false, a => a[0] is List<object?> ? a[0] : new List<object?> { a[0] }),
            ["to_number"] = ([Any], false, a => PythonBuiltins.ToNumber(a[0])),
            ["to_string"] = ([Any], false, a => a[0] as string ?? JmesJson.Write(a[0])),
            ["type"] = ([Any], false, a => a[0] is JmesExpref ? null : PythonText.JmesType(a[0])),
            ["values"] = ([Object], false, a => ((Dictionary<string, object?>)a[0]!).Values.ToList()),
        };

        public static object? Call(string name, List<object?> arguments)
        {
            if (!Table.TryGetValue(name, out var function))
            {
                throw JmesException.Runtime("Unknown function: " + name + "()");
            }

            JmesSignatures.Check(name, arguments, function.Signature, function.Variadic);
            return function.Body(arguments);
        }

        private static List<JmesNumber> Numbers(object? value) => ((List<object?>)value!).Cast<JmesNumber>().ToList();

        // Python's sum(): left to right from the int 0, so ints stay ints.
        private static JmesNumber Sum(List<JmesNumber> numbers) => numbers.Aggregate(JmesNumber.Of(BigInteger.Zero), JmesNumber.Add);

        private static JmesNumber Abs(JmesNumber n) => n.IsInteger ? JmesNumber.Of(BigInteger.Abs(n.Integer)) : JmesNumber.Of(Math.Abs(n.Real));

        // math.ceil and math.floor return ints, and refuse what no int can hold.
        private static JmesNumber Round(JmesNumber n, Func<double, double> round)
        {
            if (n.IsInteger)
            {
                return n;
            }

            if (double.IsNaN(n.Real))
            {
                throw JmesException.Runtime("cannot convert float NaN to integer");
            }

            if (double.IsInfinity(n.Real))
            {
                throw JmesException.Runtime("cannot convert float infinity to integer");
            }

            return JmesNumber.Of(new BigInteger(round(n.Real)));
        }

        private static bool Contains(object? subject, object? search)
        {
            if (subject is string text)
            {
                return search is string s
                    ? text.Contains(s, StringComparison.Ordinal)
                    : throw JmesException.Runtime("'in <string>' requires string as left operand, not " + PythonText.TypeName(search));
            }

            return ((List<object?>)subject!).Any(e => ReferenceEquals(e, search) || JmesCompare.PythonEquals(e, search));
        }

        // Python's len(): code points for a string.
        private static int Length(object? value) => value switch
        {
            string s => PythonText.CodePoints(s).Count(),
            List<object?> l => l.Count,
            _ => ((Dictionary<string, object?>)value!).Count,
        };

        private static object Reverse(object? value)
        {
            if (value is string s)
            {
                var reversed = new StringBuilder();
                foreach (var unit in PythonText.CodePoints(s).Reverse())
                {
                    reversed.Append(unit);
                }

                return reversed.ToString();
            }

            var list = new List<object?>((List<object?>)value!);
            list.Reverse();
            return list;
        }

        // Python checks only the first argument of a variadic function; later ones go to dict.update as they are.
        private static Dictionary<string, object?> Merge(List<object?> arguments)
        {
            var merged = new Dictionary<string, object?>();
            foreach (var argument in arguments)
            {
                PythonBuiltins.Update(merged, argument);
            }

            return merged;
        }

        private static Func<object?, object?> KeyOf(object? expref, string name, string[] allowed) => element =>
        {
            var key = JmesInterpreter.Evaluate(((JmesExpref)expref!).Expression, element);
            var type = PythonText.JmesType(key);
            return System.Array.IndexOf(allowed, type) >= 0 ? key : throw JmesException.Type(name, key, type, allowed);
        };

        // Python's min()/max() with a key: the first extreme element wins; keys compare with < or >.
        private static object? Extreme(List<object?> items, string op, Func<object?, object?> key)
        {
            if (items.Count == 0)
            {
                return null;
            }

            var best = items[0];
            var bestKey = key(best);
            for (var i = 1; i < items.Count; i++)
            {
                var candidateKey = key(items[i]);
                if (JmesCompare.Ordered(op, candidateKey, bestKey))
                {
                    (best, bestKey) = (items[i], candidateKey);
                }
            }

            return best;
        }

        private static List<object?> SortBy(List<object?> items, JmesExpref expref)
        {
            if (items.Count == 0)
            {
                return items;
            }

            var required = PythonText.JmesType(JmesInterpreter.Evaluate(expref.Expression, items[0]));
            if (required is not ("number" or "string"))
            {
                throw JmesException.Type("sort_by", items[0], required, ["string", "number"]);
            }

            return Sort(items, KeyOf(expref, "sort_by", [required]));
        }

        // Python's sorted(): stable, keys computed once per element in order, compared with <.
        private static List<object?> Sort(List<object?> items, Func<object?, object?> key)
        {
            var keyed = items.Select((item, i) => (Item: item, Key: key(item), Index: i)).ToList();
            keyed.Sort((x, y) =>
                JmesCompare.Ordered("<", x.Key, y.Key) ? -1
                : JmesCompare.Ordered("<", y.Key, x.Key) ? 1
                : x.Index.CompareTo(y.Index));
            return keyed.Select(k => k.Item).ToList();
        }
    }
}
