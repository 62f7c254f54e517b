using System.Linq;
using EndpointConfigGen.Binding;
using EndpointConfigGen.Model;
using EndpointConfigGen.Pipeline;
using EndpointConfigGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EndpointConfigGen.Tests.Generator;

/// <summary>The SDK types of a shape file's service, read as plain data only when the SDK assembly is referenced.</summary>
public class SdkSurfaceTests
{
    private static AdditionalText DynamoDb => GeneratorHarness.File(Repo.Path("shapes", "cli", "dynamodb.shape.json"));

    [Fact]
    public void The_surface_maps_inputs_to_requests_and_other_structures_to_their_shape_names()
    {
        var sdk = Surface(Run(GeneratorHarness.Consumer().AddReferences(SdkPackages.With("AWSSDK.DynamoDBv2"))));

        Assert.NotNull(sdk);
        Assert.Equal("DynamoDBv2", sdk.Service);
        var request = sdk.Structures.Single(s => s.Shape == "CreateTableInput");
        Assert.Equal("global::Amazon.DynamoDBv2.Model.CreateTableRequest", request.TypeName);
        Assert.Contains(new SdkProperty("BillingMode", "BillingMode", SdkValueKind.Constant, "global::Amazon.DynamoDBv2.BillingMode", SdkValueKind.Constant, "global::Amazon.DynamoDBv2.BillingMode"), request.Properties);
        Assert.Contains(new SdkProperty("KeySchema", "KeySchema", SdkValueKind.List, "global::System.Collections.Generic.List<global::Amazon.DynamoDBv2.Model.KeySchemaElement>", SdkValueKind.Structure, "global::Amazon.DynamoDBv2.Model.KeySchemaElement"), request.Properties);
        Assert.Contains(request.Properties, p => p.Member == "AttributeDefinitions" && p.Kind == SdkValueKind.List);
        Assert.Contains(sdk.Structures, s => s.Shape == "ProvisionedThroughput" && s.TypeName == "global::Amazon.DynamoDBv2.Model.ProvisionedThroughput");
        Assert.Contains(sdk.Enums, e => e.Shape == "KeyType" && e.TypeName == "global::Amazon.DynamoDBv2.KeyType");
        Assert.DoesNotContain(sdk.Structures, s => s.TypeName.EndsWith("Exception", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Without_the_SDK_assembly_there_is_no_surface_and_no_extensions()
    {
        var driver = Run(GeneratorHarness.Consumer());

        Assert.Null(Surface(driver));
        Assert.DoesNotContain(driver.GetRunResult().GeneratedTrees, t => t.ToString().Contains("AwsSdkValidation", System.StringComparison.Ordinal));
    }

    [Fact]
    public void An_unrelated_edit_leaves_the_surface_unchanged_and_the_emit_cached()
    {
        var compilation = GeneratorHarness.Consumer("namespace Consumer { public class A { } }").AddReferences(SdkPackages.With("AWSSDK.DynamoDBv2"));
        var driver = Run(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { public class B { } }", GeneratorHarness.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Unchanged, result.TrackedSteps[TrackingNames.SdkSurface].Single().Outputs.Single().Reason);
        Assert.Equal(IncrementalStepRunReason.Cached, result.TrackedSteps[TrackingNames.EmitSources].Single().Outputs.Single().Reason);
    }

    [Fact]
    public void Adding_the_SDK_reference_reads_a_surface_without_binding_again()
    {
        var compilation = GeneratorHarness.Consumer();
        var driver = Run(compilation);

        var result = driver.RunGenerators(compilation.AddReferences(SdkPackages.With("AWSSDK.DynamoDBv2"))).GetRunResult().Results.Single();

        Assert.All(result.TrackedSteps[TrackingNames.BindNames].SelectMany(run => run.Outputs),
            output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "BindNames was " + output.Reason));
        Assert.Equal(IncrementalStepRunReason.Modified, result.TrackedSteps[TrackingNames.SdkSurface].Single().Outputs.Single().Reason);
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("this global::Amazon.DynamoDBv2.Model.CreateTableRequest value", System.StringComparison.Ordinal));
    }

    private static GeneratorDriver Run(Compilation compilation) => GeneratorHarness.Driver([DynamoDb]).RunGenerators(compilation);

    private static SdkSurface? Surface(GeneratorDriver driver) =>
        (((BoundFile File, SdkSurface? Sdk))driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.SdkSurface].Single().Outputs.Single().Value).Sdk;
}

/// <summary>The SDK's service names the served packages show, from the models' serviceIds.</summary>
public class SdkNamingTests
{
    [Theory]
    [InlineData("DynamoDB", "DynamoDBv2")]
    [InlineData("KMS", "KeyManagementService")]
    [InlineData("SSM", "SimpleSystemsManagement")]
    [InlineData("SQS", "SQS")]
    [InlineData("EC2", "EC2")]
    [InlineData("SageMaker", "SageMaker")]
    [InlineData("Application Auto Scaling", "ApplicationAutoScaling")]
    public void ServiceIds_map_to_the_SDKs_names(string serviceId, string sdkName) =>
        Assert.Equal(sdkName, SdkNaming.Service(serviceId));
}
