using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using EndpointConfigGen.Binding;
using EndpointConfigGen.Emitters;

namespace EndpointConfigGen.Tests.Robustness;

/// <summary>
/// Random CreateEndpointConfigInput requests written as C# made only of literals and object or
/// collection initializers, walked from the vendored shape file. Values are biased towards the
/// model's bounds and the operation rules: bad patterns, lengths and counts one past a bound,
/// zero and negative weights, KMS keys with local-storage instance types, unknown enum values,
/// serverless and instance mixes, shadow variants, repeated variant names.
/// </summary>
internal sealed class ConstantRequests
{
    // Values that fit the shape's pattern; any other string shape gets "x1".
    private static readonly Dictionary<string, string> Good = new()
    {
        ["EndpointConfigName"] = "cfg-1",
        ["ModelName"] = "model-a",
        ["KmsKeyId"] = "alias/mine",
        ["RoleArn"] = "arn:aws:iam::123456789012:role/SageMaker",
        ["DestinationS3Uri"] = "s3://b/capture",
        ["Url"] = "s3://bucket/baseline.csv",
        ["SnsTopicArn"] = "arn:aws:sns:us-east-1:123456789012:topic",
        ["MlReservationArn"] = "arn:aws:sagemaker:us-east-1:123456789012:ml-reservation/r1",
        ["SubnetId"] = "subnet-0abc",
        ["SecurityGroupId"] = "sg-0abc",
        ["TagKey"] = "team",
        ["TagValue"] = "ml ops",
        ["CsvContentType"] = "text/csv",
        ["JsonContentType"] = "application/json",
        ["ClarifyMimeType"] = "text/csv",
        ["ClarifyShapBaseline"] = "1,2,3",
    };

    private static readonly string[] Bad = ["bad name!", "_x", "end-", "-lead", "a--b", "é中", "tab\there", "quote\"back\\slash", "emoji😀", "x/y", "aws:key", "s3:/b"];
    private static readonly string[] VariantNames = ["a", "b", "gpu", "cpu", "a"];
    private static readonly string[] Weights = ["0.0", "1.0", "0.5", "2.5", "-1.0", "-0.0", "1E+20", "0.0", "3.0", "0", "2", "-3", "0.1f"];

    private readonly JsonElement _shapes;
    private readonly string[] _localStorage;
    private readonly string[] _plain;
    private readonly Random _random;

    public ConstantRequests(string shapeJson, string rulesJson, int seed)
    {
        _shapes = JsonDocument.Parse(shapeJson).RootElement.GetProperty("shapes").Clone();
        var families = JsonDocument.Parse(rulesJson).RootElement.GetProperty("localStorageInstanceFamilies");
        var local = families.GetProperty("withLocalStorage").EnumerateArray().Select(f => f.GetString()!).ToHashSet();
        var types = _shapes.GetProperty("ProductionVariantInstanceType").GetProperty("enum").EnumerateArray().Select(v => v.GetString()!).ToArray();
        _localStorage = types.Where(t => local.Contains(t.Split('.')[1])).ToArray();
        _plain = types.Where(t => !local.Contains(t.Split('.')[1])).ToArray();
        _random = new Random(seed);
    }

    /// <summary><c>public static CreateEndpointConfigInput {name}() => new() { ... };</c></summary>
    public string Method(string name)
    {
        var body = new StringBuilder();
        Structure(body, "CreateEndpointConfigInput", 0, 2, root: true);
        return $"    public static CreateEndpointConfigInput {name}() => {body};\n";
    }

    private JsonElement Shape(string name) => _shapes.GetProperty(name);

    private bool Chance(double p) => _random.NextDouble() < p;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private void Structure(StringBuilder text, string shapeName, int depth, int indent, bool root = false)
    {
        var shape = Shape(shapeName);
        var required = shape.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(e => e.GetString()!).ToHashSet() : [];
        var pad = new string(' ', indent * 4);
        text.Append(root || Chance(0.5) ? "new()" : "new " + shapeName).Append('\n').Append(pad).Append("{\n");
        foreach (var member in shape.GetProperty("members").EnumerateObject())
        {
            var target = member.Value.GetProperty("shape").GetString()!;
            if (!required.Contains(member.Name) && !Include(shapeName, member.Name, depth))
            {
                continue;
            }

            text.Append(pad).Append("    ").Append(member.Name).Append(" = ");
            if (!required.Contains(member.Name) && Chance(0.04))
            {
                text.Append("null"); // the constant null: not set, for the analyzer and at run time
            }
            else
            {
                Value(text, target, member.Name, depth + 1, indent + 1);
            }

            text.Append(",\n");
        }

        text.Append(pad).Append('}');
    }

    /// <summary>Whether an optional member is set: the rule-relevant members often, the rest less as nesting deepens.</summary>
    private bool Include(string structure, string member, int depth) => (structure, member) switch
    {
        ("CreateEndpointConfigInput", "KmsKeyId") => Chance(0.5),
        ("CreateEndpointConfigInput", "ShadowProductionVariants") => Chance(0.3),
        ("CreateEndpointConfigInput", "Tags") => Chance(0.4),
        ("CreateEndpointConfigInput", "DataCaptureConfig") => Chance(0.35),
        ("CreateEndpointConfigInput", "VpcConfig") => Chance(0.3),
        ("CreateEndpointConfigInput", _) => Chance(0.15),
        ("ProductionVariant", "InstanceType" or "InitialInstanceCount") => Chance(0.75),
        ("ProductionVariant", "ServerlessConfig") => Chance(0.3),
        ("ProductionVariant", "InitialVariantWeight") => Chance(0.8),
        ("ProductionVariant", _) => Chance(0.06),
        _ => Chance(depth < 3 ? 0.4 : 0.2),
    };

    private void Value(StringBuilder text, string shapeName, string memberName, int depth, int indent)
    {
        var shape = Shape(shapeName);
        switch (shape.GetProperty("type").GetString())
        {
            case "structure":
                Structure(text, shapeName, depth, indent);
                break;
            case "list":
                List(text, shape, shapeName, depth, indent);
                break;
            case "string" when shape.TryGetProperty("enum", out var values):
                EnumValue(text, shapeName, values.EnumerateArray().Select(v => v.GetString()!).ToArray());
                break;
            case "string":
                var value = String(shape, shapeName);
                var split = value.Length > 1 && !char.IsSurrogate(value[value.Length / 2]) && Chance(0.1) ? value.Length / 2 : 0;
                text.Append(split > 0 ? Literal(value[..split]) + " + " + Literal(value[split..]) : Literal(value)); // folded by the compiler
                break;
            case "integer":
                text.Append(Chance(0.1) ? "(int)" : string.Empty).Append(Integer(shape).ToString(CultureInfo.InvariantCulture));
                break;
            case "float":
            case "double":
                text.Append(Chance(0.1) ? "(double)" : string.Empty).Append(shapeName == "VariantWeight" ? Pick(Weights) : Pick(new[] { "0.0", "1.5", "-2.0", "100.0" }));
                break;
            case "boolean":
                text.Append(Chance(0.5) ? "true" : "false");
                break;
            default:
                throw new NotSupportedException(shapeName + " " + memberName);
        }
    }

    private void List(StringBuilder text, JsonElement shape, string shapeName, int depth, int indent)
    {
        var min = Bound(shape, "min") ?? 0;
        var max = Bound(shape, "max") ?? 20;
        var count = shapeName == "ProductionVariantList"
            ? Pick(new[] { 1, 1, 1, 2, 2, 2, 3, 0, 11, 1 })
            : Pick(new[] { 1, 1, 2, min, Math.Max(0, min - 1), max <= 16 ? max + 1 : 2 });
        var item = shape.GetProperty("member").GetProperty("shape").GetString()!;
        var itemShape = Shape(item);
        var isStructure = itemShape.GetProperty("type").GetString() == "structure";
        var isEnum = itemShape.TryGetProperty("enum", out _);
        var elementType = isStructure || isEnum ? item : "string";

        // The list literal forms the analyzer reads: collection expression, array and List<T> initializers.
        var form = _random.Next(isStructure || !isEnum ? 4 : 3);
        var (open, close) = form switch
        {
            0 or 1 => ("[", "]"),
            2 => ($"new List<{elementType}> {{", "}"),
            _ => ("new[] {", "}"),
        };
        if (form == 3 && count == 0)
        {
            (open, close) = ($"new {elementType}[] {{", "}");
        }

        var pad = new string(' ', indent * 4);
        text.Append(open);
        for (var i = 0; i < count; i++)
        {
            text.Append('\n').Append(pad).Append("    ");
            var at = text.Length;
            Value(text, item, item, depth + 1, indent + 1);
            if (form == 3 && isStructure && text.ToString(at, 5) == "new()")
            {
                text.Remove(at, 5).Insert(at, "new " + item); // new[] needs a natural element type
            }

            text.Append(',');
        }

        text.Append(count > 0 ? "\n" + pad : string.Empty).Append(close);
    }

    /// <summary>Mostly a string literal through the implicit conversion; sometimes a generated field or a constructor call.</summary>
    private void EnumValue(StringBuilder text, string shapeName, string[] known)
    {
        var value = Enum(shapeName, known);
        var at = Array.IndexOf(known, value);
        switch (_random.Next(10))
        {
            case 0 when at >= 0:
                text.Append(shapeName).Append('.').Append(Naming.EnumValueNames(known, shapeName)[at]);
                break;
            case 1:
                text.Append("new ").Append(shapeName).Append('(').Append(Literal(value)).Append(')');
                break;
            default:
                text.Append(Literal(value));
                break;
        }
    }

    private string Enum(string shapeName, string[] known)
    {
        if (shapeName == "ProductionVariantInstanceType" && Chance(0.8))
        {
            return Chance(0.5) ? Pick(_localStorage) : Pick(_plain);
        }

        var value = Pick(known);
        return _random.Next(6) switch
        {
            0 => value.ToUpperInvariant(),
            1 => value + "x",
            2 => value.Length > 1 ? value[..^1] : "?",
            3 when Chance(0.3) => string.Empty,
            _ => value,
        };
    }

    private string String(JsonElement shape, string shapeName)
    {
        if (shapeName == "VariantName" && Chance(0.8))
        {
            return Pick(VariantNames);
        }

        var max = Bound(shape, "max");
        return _random.Next(10) switch
        {
            < 6 => Good.GetValueOrDefault(shapeName, "x1"),
            6 or 7 => Pick(Bad),
            8 when max is <= 300 => new string('a', (int)max.Value + (Chance(0.5) ? 1 : 0)),
            _ => string.Empty,
        };
    }

    private long Integer(JsonElement shape)
    {
        var min = Bound(shape, "min");
        var max = Bound(shape, "max");
        var lo = min ?? -10;
        var hi = max ?? Math.Max(lo, 0) + 1000;
        return _random.Next(8) switch
        {
            < 4 => lo + (long)(_random.NextDouble() * (hi - lo)),
            4 => lo - 1,
            5 => hi + 1,
            6 => Pick(new long[] { 0, -1, int.MaxValue, int.MinValue }),
            _ => lo,
        };
    }

    private static long? Bound(JsonElement shape, string name) =>
        shape.TryGetProperty(name, out var value) ? value.GetInt64() : null;

    private static string Literal(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }
}
