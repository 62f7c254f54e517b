using System;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Text.Json;

namespace EndpointConfigGen.Conformance;

/// <summary>
/// Compares two request bodies as JSON trees. Numbers must match in value and in form
/// (<c>1</c> and <c>1.0</c> differ: Python sends an int for integer members, a float for float members).
/// </summary>
public static class JsonTree
{
    /// <summary>Null when equal, else the first difference with its path.</summary>
    /// <param name="orderedTopLevel">
    /// Compare the order of top-level members (the CLI sends them in model order). Nested members are
    /// compared as sets: the CLI keeps the order the user typed them in.
    /// </param>
    /// <param name="numbersByValue">Compare numbers by value only, so <c>1</c> equals <c>1.0</c>.</param>
    public static string? Difference(JsonElement expected, JsonElement actual, bool orderedTopLevel, bool numbersByValue = false) =>
        Diff(expected, actual, "$", orderedTopLevel, numbersByValue);

    private static string? Diff(JsonElement e, JsonElement a, string path, bool ordered, bool byValue)
    {
        if (e.ValueKind != a.ValueKind) return Mismatch(path, e, a);
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                var en = e.EnumerateObject().Select(p => p.Name).ToList();
                var an = a.EnumerateObject().Select(p => p.Name).ToList();
                if (an.Distinct(StringComparer.Ordinal).Count() != an.Count)
                    return $"{path}: duplicate member in ours: {a.GetRawText()}";
                var missing = en.Except(an, StringComparer.Ordinal).ToList();
                var extra = an.Except(en, StringComparer.Ordinal).ToList();
                if (missing.Count > 0 || extra.Count > 0)
                    return $"{path}: members missing in ours [{string.Join(", ", missing)}], extra in ours [{string.Join(", ", extra)}]";
                if (ordered && !en.SequenceEqual(an, StringComparer.Ordinal))
                    return $"{path}: member order: expected [{string.Join(", ", en)}], got [{string.Join(", ", an)}]";
                foreach (var name in en)
                {
                    if (Diff(e.GetProperty(name), a.GetProperty(name), $"{path}.{name}", false, byValue) is { } d) return d;
                }
                return null;
            case JsonValueKind.Array:
                if (e.GetArrayLength() != a.GetArrayLength())
                    return $"{path}: expected {e.GetArrayLength()} items, got {a.GetArrayLength()}";
                return e.EnumerateArray().Zip(a.EnumerateArray())
                    .Select((pair, i) => Diff(pair.First, pair.Second, $"{path}[{i}]", false, byValue))
                    .FirstOrDefault(d => d != null);
            case JsonValueKind.String:
                return string.Equals(e.GetString(), a.GetString(), StringComparison.Ordinal) ? null : Mismatch(path, e, a);
            case JsonValueKind.Number:
                var equal = byValue ? e.GetDouble() == a.GetDouble() : NumbersEqual(e.GetRawText(), a.GetRawText());
                return equal ? null : Mismatch(path, e, a);
            default:
                return null; // true, false, null: equal kinds are equal values
        }
    }

    private static bool NumbersEqual(string e, string a)
    {
        var eFloat = IsFloatForm(e);
        if (eFloat != IsFloatForm(a)) return false;
        if (!eFloat) return BigInteger.Parse(e, CultureInfo.InvariantCulture) == BigInteger.Parse(a, CultureInfo.InvariantCulture);
        // Bitwise, so -0.0 and 0.0 differ as they do in Python's float().
        return BitConverter.DoubleToInt64Bits(double.Parse(e, CultureInfo.InvariantCulture))
            == BitConverter.DoubleToInt64Bits(double.Parse(a, CultureInfo.InvariantCulture));
    }

    private static bool IsFloatForm(string raw) => raw.IndexOfAny(['.', 'e', 'E']) >= 0;

    private static string Mismatch(string path, JsonElement e, JsonElement a) =>
        $"{path}: expected {e.GetRawText()}, got {a.GetRawText()}";
}
