using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using CsCheck;

namespace EndpointConfigGen.Tests.Robustness;

/// <summary>
/// Random botocore models: every shape type, recursion, lists of lists, maps of lists, empty
/// structures, names that are C# keywords, start with digits or clash with generated members,
/// and enum values that differ only in case or punctuation.
/// </summary>
internal static class SyntheticModels
{
    private static readonly string[] OddNames =
        ["class", "string", "event", "Equals", "GetHashCode", "ToString", "ToJson", "FromJson", "ToShorthand", "ParseShorthand", "Value", "Values", "IsKnown", "Validate", "EqualityContract", "1st", "2", "a-b", "a.b", "Item", "Node", "Input", "Operation", "System", "Consumer", "_", "__"];

    private static readonly string[] EnumValues = ["a", "A", "a-b", "a_b", "a.b", "A B", "1", "class", "Value", "é", "ml.m5.large", "ML.M5.LARGE", ""];

    private static readonly string[] Scalars = ["string", "integer", "long", "float", "double", "boolean", "timestamp", "blob"];

    public static Gen<string> Model { get; } = Gen.Int.Select(seed => Build(new Random(seed)));

    private static string Build(Random random)
    {
        // Fixed helpers the random shapes can point at: a list of lists, a map of lists, an empty structure.
        var names = new List<string> { "OpInput", "OpOutput", "Str", "Row", "Grid", "Index", "Nothing" };
        var count = random.Next(names.Count + 1, names.Count + 12);
        while (names.Count < count)
        {
            var name = random.Next(2) == 0 ? OddNames[random.Next(OddNames.Length)] : "S" + names.Count.ToString(CultureInfo.InvariantCulture);
            if (!names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }

        var shapes = new JsonObject();
        foreach (var name in names)
        {
            shapes[name] = name switch
            {
                "OpOutput" or "Nothing" => new JsonObject { ["type"] = "structure", ["members"] = new JsonObject() },
                "Str" => new JsonObject { ["type"] = "string", ["min"] = 1, ["max"] = 32 },
                "Row" => new JsonObject { ["type"] = "list", ["member"] = new JsonObject { ["shape"] = "Str" } },
                "Grid" => new JsonObject { ["type"] = "list", ["member"] = new JsonObject { ["shape"] = "Row" } },
                "Index" => new JsonObject { ["type"] = "map", ["key"] = new JsonObject { ["shape"] = "Str" }, ["value"] = new JsonObject { ["shape"] = "Row" } },
                _ => Shape(random, names),
            };
        }

        // The input is a structure; keep it one so the operation generates.
        if (shapes["OpInput"]!["type"]!.GetValue<string>() != "structure")
        {
            shapes["OpInput"] = Structure(random, names);
        }

        return new JsonObject
        {
            ["version"] = "2.0",
            ["metadata"] = new JsonObject { ["apiVersion"] = "2020-01-01", ["protocol"] = "json", ["serviceId"] = "Synthetic" },
            ["operations"] = new JsonObject { ["Op"] = new JsonObject { ["name"] = "Op", ["input"] = new JsonObject { ["shape"] = "OpInput" }, ["output"] = new JsonObject { ["shape"] = "OpOutput" } } },
            ["shapes"] = shapes,
        }.ToJsonString();
    }

    private static JsonObject Shape(Random random, List<string> names) => random.Next(10) switch
    {
        < 4 => Structure(random, names),
        4 => new JsonObject { ["type"] = "list", ["member"] = Ref(random, names), ["min"] = random.Next(2) },
        5 => new JsonObject { ["type"] = "map", ["key"] = new JsonObject { ["shape"] = "Str" }, ["value"] = Ref(random, names) },
        6 => new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(EnumValues.OrderBy(_ => random.Next()).Take(random.Next(1, EnumValues.Length)).Select(v => (JsonNode)v!).ToArray()) },
        _ => new JsonObject { ["type"] = Scalars[random.Next(Scalars.Length)] },
    };

    private static JsonObject Structure(Random random, List<string> names)
    {
        var members = new JsonObject();
        var required = new JsonArray();
        for (var i = random.Next(5); i > 0; i--)
        {
            var member = random.Next(2) == 0 ? OddNames[random.Next(OddNames.Length)] : "M" + i.ToString(CultureInfo.InvariantCulture);
            if (!members.ContainsKey(member))
            {
                // Any target, the structure itself included: recursion is allowed.
                members[member] = Ref(random, names);
                if (random.Next(3) == 0)
                {
                    required.Add(member);
                }
            }
        }

        return new JsonObject { ["type"] = "structure", ["required"] = required, ["members"] = members };
    }

    private static JsonObject Ref(Random random, List<string> names) => new() { ["shape"] = names[random.Next(names.Count)] };
}
