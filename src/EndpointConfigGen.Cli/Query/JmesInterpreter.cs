using System.Collections.Generic;
using System.Numerics;

namespace EndpointConfigGen.Cli.Query
{
    /// <summary>Python jmespath 1.1.0's <c>TreeInterpreter</c>: evaluates a parsed expression against a value.</summary>
    internal static class JmesInterpreter
    {
        public static object? Evaluate(JmesNode node, object? value)
        {
            switch (node.Type)
            {
                case "subexpression" or "index_expression" or "pipe":
                    var result = value;
                    foreach (var child in node.Children)
                    {
                        result = Evaluate(child, result);
                    }

                    return result;
                case "field":
                    return value is Dictionary<string, object?> map && map.TryGetValue((string)node.Value!, out var field) ? field : null;
                case "comparator":
                    return Compare((string)node.Value!, Evaluate(node.Children[0], value), Evaluate(node.Children[1], value));
                case "current" or "identity":
                    return value;
                case "expref":
                    return new JmesExpref(node.Children[0]);
                case "function_expression":
                    var arguments = new List<object?>();
                    foreach (var child in node.Children)
                    {
                        arguments.Add(Evaluate(child, value));
                    }

                    return JmesFunctions.Call((string)node.Value!, arguments);
                case "filter_projection":
                    return FilterProjection(node, value);
                case "flatten":
                    return Flatten(Evaluate(node.Children[0], value));
                case "index":
                    return Index(value, (JmesNumber)node.Value!);
                case "slice":
                    return value is List<object?> list ? Slice(list, (JmesNumber?[])node.Value!) : null;
                case "key_val_pair":
                    return Evaluate(node.Children[0], value);
                case "literal":
                    return node.Value;
                case "multi_select_dict":
                    return value is null ? null : MultiSelectDict(node, value);
                case "multi_select_list":
                    return value is null ? null : MultiSelectList(node, value);
                case "or_expression":
                    var left = Evaluate(node.Children[0], value);
                    return JmesCompare.IsTrue(left) ? left : Evaluate(node.Children[1], value);
                case "and_expression":
                    var first = Evaluate(node.Children[0], value);
                    return JmesCompare.IsTrue(first) ? Evaluate(node.Children[1], value) : first;
                case "not_expression":
                    return JmesCompare.Not(Evaluate(node.Children[0], value));
                case "projection":
                    return Evaluate(node.Children[0], value) is List<object?> items ? Project(items, node.Children[1]) : null;
                default:
                    // value_projection: over a mapping's values.
                    return Evaluate(node.Children[0], value) is Dictionary<string, object?> values ? Project(values.Values, node.Children[1]) : null;
            }
        }

        private static object? Compare(string op, object? left, object? right)
        {
            switch (op)
            {
                case "eq":
                    return JmesCompare.JmesEquals(left, right);
                case "ne":
                    return !JmesCompare.JmesEquals(left, right);
                default:
                    // Ordering applies to numbers and strings only; anything else gives null.
                    if (!JmesCompare.IsComparable(left) || !JmesCompare.IsComparable(right))
                    {
                        return null;
                    }

                    return JmesCompare.Ordered(op switch { "lt" => "<", "lte" => "<=", "gt" => ">", _ => ">=" }, left, right);
            }
        }

        private static List<object?> Project(IEnumerable<object?> items, JmesNode right)
        {
            var collected = new List<object?>();
            foreach (var item in items)
            {
                var current = Evaluate(right, item);
                if (current is not null)
                {
                    collected.Add(current);
                }
            }

            return collected;
        }

        private static List<object?>? FilterProjection(JmesNode node, object? value)
        {
            if (Evaluate(node.Children[0], value) is not List<object?> items)
            {
                return null;
            }

            var collected = new List<object?>();
            foreach (var item in items)
            {
                if (JmesCompare.IsTrue(Evaluate(node.Children[2], item)))
                {
                    var current = Evaluate(node.Children[1], item);
                    if (current is not null)
                    {
                        collected.Add(current);
                    }
                }
            }

            return collected;
        }

        private static List<object?>? Flatten(object? value)
        {
            if (value is not List<object?> items)
            {
                return null;
            }

            var merged = new List<object?>();
            foreach (var item in items)
            {
                if (item is List<object?> inner)
                {
                    merged.AddRange(inner);
                }
                else
                {
                    merged.Add(item);
                }
            }

            return merged;
        }

        private static object? Index(object? value, JmesNumber number)
        {
            if (value is not List<object?> list)
            {
                return null;
            }

            var at = number.Integer < 0 ? number.Integer + list.Count : number.Integer;
            return at >= 0 && at < list.Count ? list[(int)at] : null;
        }

        private static Dictionary<string, object?> MultiSelectDict(JmesNode node, object? value)
        {
            var collected = new Dictionary<string, object?>();
            foreach (var pair in node.Children)
            {
                collected[(string)pair.Value!] = Evaluate(pair, value);
            }

            return collected;
        }

        private static List<object?> MultiSelectList(JmesNode node, object? value)
        {
            var collected = new List<object?>();
            foreach (var child in node.Children)
            {
                collected.Add(Evaluate(child, value));
            }

            return collected;
        }

        // Python's list[start:stop:step], bounds as slice.indices computes them.
        private static List<object?> Slice(List<object?> list, JmesNumber?[] parts)
        {
            var length = list.Count;
            var step = parts[2] is null ? 1 : Clamp(parts[2]!.Integer, length);
            if (step == 0)
            {
                throw JmesException.Runtime("slice step cannot be zero");
            }

            var (lower, upper) = step > 0 ? (0, length) : (-1, length - 1);
            var start = Bound(parts[0], length, lower, upper, step < 0 ? upper : lower);
            var stop = Bound(parts[1], length, lower, upper, step < 0 ? lower : upper);
            var sliced = new List<object?>();
            for (var i = start; step > 0 ? i < stop : i > stop; i += step)
            {
                sliced.Add(list[i]);
            }

            return sliced;
        }

        private static int Bound(JmesNumber? part, int length, int lower, int upper, int missing)
        {
            if (part is null)
            {
                return missing;
            }

            var at = Clamp(part.Integer, length);
            if (at < 0)
            {
                at += length;
                return at < lower ? lower : at;
            }

            return at > upper ? upper : at;
        }

        // Any value beyond the list's length acts as the length itself (keeping the sign), so ints stay small.
        private static int Clamp(BigInteger value, int length) =>
            value > length + 1 ? length + 1 : value < -length - 1 ? -length - 1 : (int)value;
    }
}
