using System;
using System.Collections.Generic;
using System.Linq;
using EndpointConfigGen.Runtime;

namespace OtherServices.Tests;

/// <summary>
/// Inputs a new user might type, made from the schema with a fixed seed: shorthand for the structure with
/// scalars drawn from spellings the CLI reads in different ways (signs, underscores, exponents, out-of-range
/// integers, epoch and ISO timestamps, mixed-case booleans, quoting), sometimes an unknown key; then the same
/// with one to three random character edits.
/// </summary>
public static class Inputs
{
    private const string Mutations = ",=[]{}'\"\\ @.-_:aZ09";

    private static readonly string[] Integers = ["0", "7", "-1", "+7", "1_0", " 5 ", "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "abc", "1.5"];
    private static readonly string[] Floats = ["1.5", "1e3", "-0", "0.1", "7", "1_000.5", "x", ".5"];
    private static readonly string[] Booleans = ["true", "False", "TRUE", "yes", "0"];
    private static readonly string[] Timestamps =
    [
        "1700000000", "1700000000.5", "0", "-1", "-0.5", "1e3", " 1_0 ", "2024-01-02T03:04:05Z", "2024-01-02", "2024-01-02T03:04:05.123+02:00",
        "2024-01-02 03:04", "'Tue, 01 Dec 2026 10:00:00 GMT'", "garbage", "2024-13-01", "2024-01-02T24:00:00", "253402300800", "nan",
    ];
    private static readonly string[] Words = ["a", "b-1", "sg-123", "x y", "'a,b'", "\"q'uote\"", "i-0abc", "Name", "arn:aws:sns:us-east-1:1:t", "", "a\\,b"];

    /// <summary>Valid-looking inputs, then mutations of them; each input is the argument's tokens.</summary>
    public static IEnumerable<string[]> For(CliArgument argument, int count, int seed)
    {
        var random = new Random(seed);
        var plain = new List<string[]>();
        for (var i = 0; i < count; i++)
        {
            var tokens = argument.IsList ? Enumerable.Range(0, random.Next(1, 4)).Select(_ => Top(argument.Shape, random)).ToArray() : [Top(argument.Shape, random)];
            plain.Add(tokens);
        }

        foreach (var tokens in plain)
        {
            yield return tokens;
        }

        foreach (var tokens in plain)
        {
            var mutated = (string[])tokens.Clone();
            var at = random.Next(mutated.Length);
            mutated[at] = TextMutation.Edit(mutated[at], random, Mutations);
            yield return mutated;
        }
    }

    private static string Top(SchemaShape shape, Random random)
    {
        var text = Members(shape, random, 0);
        return text.Length == 0 ? shape.Members[0].Name + "=" + Value(shape.Members[0].Target, random, 1) : text;
    }

    private static string Members(SchemaShape shape, Random random, int depth)
    {
        var parts = new List<string>();
        foreach (var member in shape.Members)
        {
            if (member.Target.Kind == SchemaKind.Document || random.NextDouble() > (member.Required ? 0.9 : 0.4))
            {
                continue;
            }

            parts.Add(member.Name + "=" + Value(member.Target, random, depth + 1));
        }

        if (random.Next(12) == 0)
        {
            parts.Insert(random.Next(parts.Count + 1), "Bogus=1");
        }

        return string.Join(",", parts);
    }

    private static string Value(SchemaShape shape, Random random, int depth)
    {
        switch (shape.Kind)
        {
            case SchemaKind.Structure:
                return depth > 3 ? "{}" : "{" + Members(shape, random, depth) + "}";
            case SchemaKind.List:
                var items = Enumerable.Range(0, random.Next(0, 3)).Select(_ => Value(shape.Item!, random, depth + 1));
                return "[" + string.Join(",", items) + "]";
            case SchemaKind.Map:
                var entries = Enumerable.Range(0, random.Next(0, 3)).Select(i => "k" + i + "=" + Value(shape.Value!, random, depth + 1));
                return "{" + string.Join(",", entries) + "}";
            case SchemaKind.Enum:
                return random.Next(4) == 0 ? Pick(Words, random) : shape.EnumValues[random.Next(shape.EnumValues.Count)];
            case SchemaKind.Integer:
            case SchemaKind.Long:
                return Pick(Integers, random);
            case SchemaKind.Float:
            case SchemaKind.Double:
                return Pick(Floats, random);
            case SchemaKind.Boolean:
                return Pick(Booleans, random);
            case SchemaKind.Timestamp:
                return Pick(Timestamps, random);
            default:
                return Pick(Words, random);
        }
    }

    private static string Pick(string[] values, Random random) => values[random.Next(values.Length)];
}
