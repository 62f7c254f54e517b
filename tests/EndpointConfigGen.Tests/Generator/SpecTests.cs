using System;
using System.Linq;
using System.Reflection;
using EndpointConfigGen.Binding;
using EndpointConfigGen.Model;
using EndpointConfigGen.Tests.Infrastructure;

namespace EndpointConfigGen.Tests.Generator;

/// <summary>The specs the emitters read are complete when constructed: no C# name can be left for a later step to fill in.</summary>
public sealed class SpecTests
{
    [Theory]
    [InlineData(typeof(ShapeSpec), new[] { "EnumValueNames", "TypeName" })]
    [InlineData(typeof(MemberSpec), new[] { "CliOption", "Local", "Property" })]
    [InlineData(typeof(OperationSpec), new[] { "ClassName", "CommandName", "MethodName" })]
    public void Every_csharp_name_is_required(Type spec, string[] names)
    {
        var required = spec.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CustomAttributes.Any(a => a.AttributeType.Name == "RequiredMemberAttribute"))
            .Select(p => p.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(names, required);
    }

    [Fact]
    public void Shapes_the_selection_does_not_reach_carry_their_names_too()
    {
        const string Path = "/p/sagemaker.shape.json";
        var read = Reader.ShapeFileReader.Read(Path, Botocore.ModelText("sagemaker"), default);
        var bound = ModelBinder.Bind(Path, read.Model!, new GeneratorOptions("Consumer.Models", new[] { "CreateEndpointConfig" }.ToEquatableArray(), BuiltInRules: true),
            new FileSettings(EquatableArray<string>.Empty, null)).Bound!;

        Assert.True(bound.Model.Shapes.Count > 10 * bound.Generated.Count);
        Assert.All(bound.Model.Shapes, shape =>
        {
            Assert.Equal(Naming.TypeName(shape.Name), shape.TypeName);
            Assert.Equal(shape.EnumValues.Count, shape.EnumValueNames.Count);
            Assert.All(shape.Members, member => Assert.All(new[] { member.Property, member.Local, member.CliOption }, name => Assert.NotEmpty(name)));
        });
        Assert.All(bound.Model.Operations, op => Assert.All(new[] { op.ClassName, op.CommandName, op.MethodName }, name => Assert.NotEmpty(name)));
        Assert.Equal("CreateEndpointConfigOperation", Assert.Single(bound.Operations).ClassName);
    }
}
