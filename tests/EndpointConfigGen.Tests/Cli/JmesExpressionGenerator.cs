using System;
using System.Text;

namespace EndpointConfigGen.Tests.Cli;

/// <summary>
/// Seeded random JMESPath: well-formed expressions built from the grammar's productions (over the test
/// documents' names), and token soup that is mostly malformed, for the differential test.
/// </summary>
internal sealed class JmesExpressionGenerator(int seed)
{
    private static readonly string[] Fields = ["a", "b", "c", "d", "people", "name", "age", "tags", "nums", "strs", "mixed", "nested", "ProductionVariants", "VariantName", "InitialInstanceCount", "Tags", "Key", "missing", "t", "f", "n", "zero", "\"with space\""];
    private static readonly string[] Literals = ["`1`", "`2.5`", "`-3`", "`0`", "`true`", "`false`", "`null`", "`\"x\"`", "`[1, 2]`", "`{\"a\": 1}`", "'bob'", "''", "`[]`", "`{}`", "@"];
    private static readonly string[] Unary = ["abs", "avg", "ceil", "floor", "keys", "length", "max", "min", "reverse", "sort", "sum", "to_array", "to_number", "to_string", "type", "values", "not_null", "merge"];
    private static readonly string[] Binary = ["contains", "ends_with", "starts_with", "join"];
    private static readonly string[] ByFunctions = ["max_by", "min_by", "sort_by", "map"];
    private static readonly string[] Comparators = ["==", "!=", "<", "<=", ">", ">="];
    private static readonly string[] Tokens = ["a", "b", "\"q\"", ".", "*", "[", "]", "[]", "[?", "?", "{", "}", "(", ")", ",", ":", "|", "||", "&&", "&", "!", "@", "==", "!=", "<", ">=", "1", "-1", "`1`", "'s'", "length", " "];

    private readonly Random random = new(seed);

    public string Expression(int depth)
    {
        if (depth == 0)
        {
            return Pick(random.Next(3) == 0 ? Literals : Fields);
        }

        var sub = depth - 1;
        return random.Next(20) switch
        {
            0 => Expression(sub) + "." + Pick(Fields),
            1 => Expression(sub) + "[" + (random.Next(7) - 3) + "]",
            2 => Expression(sub) + "[" + Slice() + "]",
            3 => Expression(sub) + "[*]." + Pick(Fields),
            4 => Expression(sub) + "[]",
            5 => Expression(sub) + ".*",
            6 => Expression(sub) + "[?" + Expression(sub) + " " + Pick(Comparators) + " " + Expression(sub) + "]",
            7 => "[" + Expression(sub) + ", " + Expression(sub) + "]",
            8 => "{k1: " + Expression(sub) + ", k2: " + Expression(sub) + "}",
            9 => Expression(sub) + " | " + Expression(sub),
            10 => Expression(sub) + " || " + Expression(sub),
            11 => Expression(sub) + " && " + Expression(sub),
            12 => "!" + Expression(sub),
            13 => "(" + Expression(sub) + ")",
            14 => Pick(Unary) + "(" + Expression(sub) + ")",
            15 => Pick(Binary) + "(" + Expression(sub) + ", " + Expression(sub) + ")",
            16 => Pick(ByFunctions) + "(" + (random.Next(2) == 0 ? "people, &" + Pick(Fields) : "&" + Expression(sub) + ", " + Expression(sub)) + ")",
            17 => Expression(sub) + " " + Pick(Comparators) + " " + Expression(sub),
            18 => "merge(" + Expression(sub) + ", " + Expression(sub) + ")",
            _ => Pick(Fields) + "." + Expression(sub),
        };
    }

    public string Soup()
    {
        var text = new StringBuilder();
        var length = 1 + random.Next(6);
        for (var i = 0; i < length; i++)
        {
            text.Append(Pick(Tokens));
        }

        return text.ToString();
    }

    private string Slice()
    {
        string Part() => random.Next(3) == 0 ? string.Empty : (random.Next(9) - 4).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Part() + ":" + Part() + (random.Next(2) == 0 ? ":" + Part() : string.Empty);
    }

    private string Pick(string[] items) => items[random.Next(items.Length)];
}
