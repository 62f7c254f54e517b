using System;
using System.Linq;
using System.Reflection;
using Xunit;

namespace EndpointConfigGen.Runtime.Tests.Validation;

/// <summary>
/// The metadata attributes are the analyzers' copy of the run-time data, written by one emitter helper
/// for both: their settable properties must be the data types' properties, by name and type.
/// </summary>
public class MetadataAttributeTests
{
    [Fact]
    public void AwsRule_sets_exactly_what_an_OperationRule_sets()
    {
        Assert.Equal(Settable(typeof(OperationRule)), Settable(typeof(AwsRuleAttribute)).Where(p => p != "Severity:ProblemSeverity"));
        // Id and Kind are constructor arguments of both.
        Assert.Equal(Parameters(typeof(OperationRule)).Take(2), Parameters(typeof(AwsRuleAttribute)));
    }

    [Fact]
    public void AwsMember_constraints_are_the_schema_shape_constraints()
    {
        var schema = Settable(typeof(SchemaShape)).ToHashSet();
        foreach (var name in new[] { "Min", "Max", "Pattern" })
        {
            var member = typeof(AwsMemberAttribute).GetProperty(name)!;
            var item = typeof(AwsMemberAttribute).GetProperty("Item" + name)!;
            Assert.Contains(name + ":" + member.PropertyType.Name, schema);
            Assert.Equal(member.PropertyType, item.PropertyType);
        }
    }

    private static string[] Settable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => p.Name + ":" + Nullable(p.PropertyType))
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static string[] Parameters(Type type) =>
        type.GetConstructors().Single().GetParameters().Select(p => p.Name + ":" + p.ParameterType.Name).ToArray();

    // Attributes hold arrays where the data holds read-only lists: the same strings either way.
    private static string Nullable(Type type) => type == typeof(string[]) || type == typeof(System.Collections.Generic.IReadOnlyList<string>) ? "strings" : type.Name;
}
