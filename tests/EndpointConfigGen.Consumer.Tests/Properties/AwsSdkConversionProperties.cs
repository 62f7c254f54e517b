using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using Consumer.Models;
using CsCheck;
using EndpointConfigGen.Runtime;

namespace Consumer.Tests.Properties;

/// <summary>
/// The vendored CreateEndpointConfig model against the SageMaker stand-in (AWSSDK.SageMaker's surface for a few of its
/// types, so far behind the model): values the SDK can hold round-trip exactly, and of any value,
/// <c>ToAwsSdk(out dropped)</c> names exactly the set values the SDK has no member for, and converting back gives the
/// value without them.
/// </summary>
public class AwsSdkConversionProperties
{
    private const long Iterations = 300;

    private static readonly string[] ConvertedShapes = GeneratedStructures.All.Keys.Where(s => SdkType(s) is not null).Order(StringComparer.Ordinal).ToArray();

    public static TheoryData<string> Converted() => new(ConvertedShapes);

    [Fact]
    public void The_stand_in_s_five_classes_are_converted()
    {
        Assert.Equal(["CaptureOption", "CreateEndpointConfigInput", "DataCaptureConfig", "ProductionVariant", "ProductionVariantServerlessConfig"], ConvertedShapes);
        Assert.Equal(typeof(Amazon.SageMaker.Model.CreateEndpointConfigRequest), SdkType("CreateEndpointConfigInput"));
    }

    [Theory]
    [MemberData(nameof(Converted))]
    public void Values_the_SDK_can_hold_round_trip(string shape)
    {
        var type = GeneratedStructures.All[shape];
        RandomRequests.Tree(type.Schema, (owner, member) => SdkProperty(owner.Name, member.Name)).Sample(tree =>
        {
            var value = type.FromParamNode(tree);
            var (sdk, dropped) = ToAwsSdk(shape, value);
            Assert.Empty(dropped);
            Assert.Equal(value, FromAwsSdk(shape, sdk));
        }, iter: Iterations);
    }

    [Fact]
    public void Any_request_names_what_the_SDK_cannot_hold_and_comes_back_without_it()
    {
        var type = GeneratedStructures.All["CreateEndpointConfigInput"];
        var sawDrops = 0;
        RandomRequests.Tree(type.Schema).Sample(tree =>
        {
            var expectedDropped = new List<string>();
            var kept = Prune(type.Schema, tree, string.Empty, expectedDropped);
            var (sdk, dropped) = ToAwsSdk("CreateEndpointConfigInput", type.FromParamNode(tree));
            Assert.Equal(expectedDropped.Order(StringComparer.Ordinal), dropped.Order(StringComparer.Ordinal));
            Assert.Equal(type.FromParamNode(kept), FromAwsSdk("CreateEndpointConfigInput", sdk));
            sawDrops += dropped.Count > 0 ? 1 : 0;
        }, iter: Iterations, threads: 1);
        Assert.True(sawDrops > 0, "no value had a member the SDK lacks");
    }

    [Fact]
    public void Float_members_keep_their_shortest_text_and_enum_values_newer_than_the_SDK_convert_as_text()
    {
        var variant = ProductionVariant.ParseShorthand("VariantName=a,InitialVariantWeight=0.1,InstanceType=ml.p5.48xlarge");

        var sdk = variant.ToAwsSdk();

        Assert.Equal(0.1f, sdk.InitialVariantWeight);
        Assert.Equal("ml.p5.48xlarge", sdk.InstanceType.Value);
        Assert.Same(Amazon.SageMaker.ProductionVariantInstanceType.MlM5Large, (variant with { InstanceType = "ml.m5.large" }).ToAwsSdk().InstanceType);
        Assert.Equal(0.1, ProductionVariant.FromAwsSdk(sdk).InitialVariantWeight);
    }

    [Fact]
    public void A_required_member_the_SDK_value_lacks_is_an_error_naming_its_path()
    {
        var sdk = new Amazon.SageMaker.Model.CreateEndpointConfigRequest
        {
            EndpointConfigName = "c",
            ProductionVariants = [new Amazon.SageMaker.Model.ProductionVariant { ModelName = "m", InstanceType = Amazon.SageMaker.ProductionVariantInstanceType.MlM5Large }],
        };

        var error = Assert.Throws<ArgumentException>(() => CreateEndpointConfigInput.FromAwsSdk(sdk));

        Assert.Equal("FromAwsSdk: ProductionVariants[0].VariantName is required by the model but not set in the AWS SDK value", error.Message);
    }

    /// <summary>The tree without the entries the SDK has no member for, whose paths go to <paramref name="dropped"/>.</summary>
    private static ParamNode Prune(SchemaShape shape, ParamNode node, string path, List<string> dropped)
    {
        switch (shape.Kind)
        {
            case SchemaKind.Structure:
                var entries = new List<ParamEntry>();
                foreach (var member in shape.Members)
                {
                    if (node.Entries.FirstOrDefault(e => e.Key == member.Name) is not { Value: not null } entry)
                    {
                        continue;
                    }

                    var at = path.Length == 0 ? member.Name : path + "." + member.Name;
                    if (SdkProperty(shape.Name, member.Name))
                    {
                        entries.Add(new ParamEntry(member.Name, Prune(member.Target, entry.Value, at, dropped)));
                    }
                    else
                    {
                        dropped.Add(at);
                    }
                }

                return ParamNode.Map(entries, fromShorthand: false);
            case SchemaKind.List:
                return ParamNode.List(node.Items.Select((item, i) => Prune(shape.Item!, item, path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", dropped)).ToList(), fromShorthand: false);
            case SchemaKind.Map:
                return ParamNode.Map(node.Entries.Select(e => new ParamEntry(e.Key, Prune(shape.Value!, e.Value, path + "[\"" + e.Key + "\"]", dropped))).ToList(), fromShorthand: false);
            default:
                return node;
        }
    }

    private static Type? SdkType(string shape) =>
        GeneratedType(shape).GetMethod("ToAwsSdk", Type.EmptyTypes)?.ReturnType;

    private static bool SdkProperty(string shape, string member) => SdkType(shape)?.GetProperty(member) is not null;

    private static Type GeneratedType(string shape) =>
        typeof(CreateEndpointConfigInput).Assembly.GetType(typeof(CreateEndpointConfigInput).Namespace + "." + GeneratedStructures.All[shape].Schema.TypeName, throwOnError: true)!;

    private static (object Sdk, IReadOnlyList<string> Dropped) ToAwsSdk(string shape, object value)
    {
        object?[] arguments = [null];
        var sdk = GeneratedType(shape).GetMethod("ToAwsSdk", [typeof(IReadOnlyList<string>).MakeByRefType()])!.Invoke(value, arguments)!;
        return (sdk, (IReadOnlyList<string>)arguments[0]!);
    }

    private static object FromAwsSdk(string shape, object sdk) =>
        GeneratedType(shape).GetMethod("FromAwsSdk", BindingFlags.Public | BindingFlags.Static, [SdkType(shape)!])!.Invoke(null, [sdk])!;
}
