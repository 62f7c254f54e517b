using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Consumer.Models;
using CsCheck;
using EndpointConfigGen.Runtime;

namespace Consumer.Tests.Properties;

/// <summary>
/// For every generated structure type of the vendored model (not only the request), random
/// values round-trip through ToShorthand/ParseShorthand and ToJson/FromJson. ToShorthand may
/// refuse only what the CLI's grammar cannot express.
/// </summary>
public class EveryShapeProperties
{
    private const long IterationsPerShape = 300;

    public static TheoryData<string> Structures()
    {
        var data = new TheoryData<string>();
        foreach (var shape in GeneratedStructures.All.Keys)
        {
            data.Add(shape);
        }

        return data;
    }

    [Fact]
    public void Every_structure_shape_has_a_generated_type()
    {
        // Generated structures are the namespace's classes with a static ParseShorthand; the model names the same types.
        var generatedTypes = typeof(CreateEndpointConfigInput).Assembly.GetTypes()
            .Where(t => t.IsClass && t.Namespace == typeof(CreateEndpointConfigInput).Namespace && t.GetMethod("ParseShorthand", BindingFlags.Public | BindingFlags.Static) is not null)
            .Select(t => t.Name);
        var schemaTypes = CreateEndpointConfigModelSchema.Model.Shapes.Where(s => s.Kind == SchemaKind.Structure).Select(s => s.TypeName!);
        Assert.Equal(schemaTypes.Order(StringComparer.Ordinal), generatedTypes.Order(StringComparer.Ordinal));
        Assert.Contains("ProductionVariant", GeneratedStructures.All.Keys);
    }

    [Theory]
    [MemberData(nameof(Structures))]
    public void Values_round_trip_through_shorthand(string shape)
    {
        var type = GeneratedStructures.All[shape];
        RandomRequests.Tree(type.Schema).Sample(tree =>
        {
            var value = type.FromParamNode(tree);
            string text;
            try
            {
                text = type.ToShorthand(value);
            }
            catch (ArgumentException e) when (IsInexpressible(e))
            {
                return;
            }

            Assert.Equal(value, type.ParseShorthand(text));
        }, iter: IterationsPerShape);
    }

    [Theory]
    [MemberData(nameof(Structures))]
    public void Values_round_trip_through_json(string shape)
    {
        var type = GeneratedStructures.All[shape];
        RandomRequests.Tree(type.Schema).Sample(tree =>
        {
            var value = type.FromParamNode(tree);
            var back = type.FromJson(type.ToJson(value));
            Assert.Equal(value, back);
            Assert.Equal(value.GetHashCode(), back.GetHashCode());
        }, iter: IterationsPerShape);
    }

    /// <summary>
    /// The CLI's grammar has no form for a quoted value ending in a backslash, nor for a structure
    /// with no member set at the top; nothing else may be refused.
    /// </summary>
    private static bool IsInexpressible(ArgumentException e) =>
        e.Message.Contains("backslash", StringComparison.Ordinal)
        || e.Message.StartsWith("Shorthand can only express a map with at least one entry", StringComparison.Ordinal);
}
