using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using System.Text.Json.Nodes;
using EndpointConfigGen.Tests.Analyzers;
using EndpointConfigGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace EndpointConfigGen.Tests.Generator;

/// <summary>
/// <c>ToAwsSdk()</c>/<c>FromAwsSdk()</c>: generated for every structure the referenced SDK has, compiled strictly
/// against the served packages, and, where the SDK and the shape file differ, an ECG113 per shape and conversions
/// that name what they left out.
/// </summary>
public class SdkConversionTests
{
    public static TheoryData<string, string> ServedModels() => new()
    {
        { Repo.Path("shapes", "cli", "dynamodb.shape.json"), "AWSSDK.DynamoDBv2" },
        { Repo.Path("shapes", "cli", "sqs.shape.json"), "AWSSDK.SQS" },
        { Repo.Path("tests", "EndpointConfigGen.Tests", "Analyzers", "SdkShapes", "kms.shape.json"), "AWSSDK.KeyManagementService" },
        { Repo.Path("tests", "EndpointConfigGen.Tests", "Analyzers", "SdkShapes", "ssm.shape.json"), "AWSSDK.SimpleSystemsManagement" },
        { Repo.Path("tests", "EndpointConfigGen.Tests", "Analyzers", "SdkShapes", "ec2.shape.json"), "AWSSDK.EC2" },
    };

    [Theory]
    [MemberData(nameof(ServedModels))]
    public void Conversions_compile_warning_free_against_the_served_SDK(string shapeFile, string package)
    {
        var result = Generate([GeneratorHarness.File(shapeFile)], SdkPackages.With(package));

        Assert.True(result.CompileDiagnostics.IsEmpty, string.Join("\n", result.CompileDiagnostics.Take(10)));
        var conversions = result.Sources.Count(s => s.SourceText.ToString().Contains(" ToAwsSdk()", StringComparison.Ordinal));
        Assert.True(conversions > 0, "no ToAwsSdk generated");
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity > DiagnosticSeverity.Info);
    }

    [Fact]
    public void The_SageMaker_stand_in_gets_conversions_and_an_ECG113_for_each_shape_it_lacks_members_of()
    {
        var result = Generate(GeneratorHarness.VendoredFiles(), [SdkTestSetup.SageMaker(), .. ClientPackages.Paths(Repo.Root).Select(p => MetadataReference.CreateFromFile(p))]);

        Assert.True(result.CompileDiagnostics.IsEmpty, string.Join("\n", result.CompileDiagnostics.Take(10)));
        var skew = result.GeneratorDiagnostics.Where(d => d.Id == "ECG113").ToList();
        Assert.All(skew, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        var variant = Assert.Single(skew, d => d.GetMessage().StartsWith("Shape 'ProductionVariant' ", StringComparison.Ordinal));
        Assert.Contains("CoreDumpConfig", variant.GetMessage(), StringComparison.Ordinal);
        Assert.EndsWith("CreateEndpointConfig.shape.json", variant.Location.GetLineSpan().Path, StringComparison.Ordinal);
        var instanceTypes = Assert.Single(skew, d => d.GetMessage().StartsWith("Shape 'ProductionVariantInstanceType' ", StringComparison.Ordinal));
        Assert.Matches(@"the SDK type has no constant for ml\.t2\.medium, ml\.t2\.large, (ml\.[a-z0-9.]+, ){9}ml\.[a-z0-9.]+ and \d+ more; these values still convert as their text$", instanceTypes.GetMessage());
    }

    [Fact]
    public void A_shape_file_newer_than_the_SDK_reports_its_extra_member_and_value_and_the_conversion_names_what_it_dropped()
    {
        // The served DynamoDB model, edited: a member and an enum value the SDK does not have.
        var model = JsonNode.Parse(File.ReadAllText(Repo.Path("shapes", "cli", "dynamodb.shape.json")))!;
        model["shapes"]!["ProvisionedThroughput"]!["members"]!["BurstCapacityUnits"] = new JsonObject { ["shape"] = "PositiveLongObject" };
        model["shapes"]!["BillingMode"]!["enum"]!.AsArray().Add("PAY_LATER");
        var result = Generate([new InMemoryAdditionalText("/project/dynamodb.shape.json", model.ToJsonString())], SdkPackages.With("AWSSDK.DynamoDBv2"),
            """
            internal static class Probe
            {
                public static string Run()
                {
                    var table = new Consumer.Models.CreateTableInput
                    {
                        TableName = "t",
                        BillingMode = "PAY_LATER",
                        ProvisionedThroughput = new() { ReadCapacityUnits = 1, WriteCapacityUnits = 2, BurstCapacityUnits = 3 },
                    };
                    var sdk = table.ToAwsSdk(out var dropped);
                    var back = Consumer.Models.CreateTableInput.FromAwsSdk(sdk);
                    return string.Join(",", dropped) + "|" + sdk.BillingMode.Value + "|" + sdk.ProvisionedThroughput.ReadCapacityUnits + "|" + (back == table with { ProvisionedThroughput = table.ProvisionedThroughput! with { BurstCapacityUnits = null } });
                }
            }
            """);

        Assert.True(result.CompileDiagnostics.IsEmpty, string.Join("\n", result.CompileDiagnostics.Take(10)));
        Assert.Equal(
            [
                "Shape 'BillingMode' and the AWS SDK's Amazon.DynamoDBv2.BillingMode differ: the SDK type has no constant for PAY_LATER; these values still convert as their text",
                "Shape 'ProvisionedThroughput' and the AWS SDK's Amazon.DynamoDBv2.Model.ProvisionedThroughput differ: the SDK type has no member of a matching type for BurstCapacityUnits (ToAwsSdk leaves them out)",
            ],
            Skew(result).Except(Skew(Unedited())).Order(StringComparer.Ordinal));
        Assert.Equal("ProvisionedThroughput.BurstCapacityUnits|PAY_LATER|1|True", Invoke(result, "Probe"));
    }

    [Fact]
    public void An_SDK_newer_than_the_shape_file_reports_the_members_the_model_lacks_and_FromAwsSdk_names_them()
    {
        // The served DynamoDB model, edited: without TableClass, which the SDK has.
        var model = JsonNode.Parse(File.ReadAllText(Repo.Path("shapes", "cli", "dynamodb.shape.json")))!;
        model["shapes"]!["CreateTableInput"]!["members"]!.AsObject().Remove("TableClass");
        var result = Generate([new InMemoryAdditionalText("/project/dynamodb.shape.json", model.ToJsonString())], SdkPackages.With("AWSSDK.DynamoDBv2"),
            """
            internal static class Probe
            {
                public static string Run()
                {
                    var sdk = new Amazon.DynamoDBv2.Model.CreateTableRequest
                    {
                        TableName = "t",
                        TableClass = Amazon.DynamoDBv2.TableClass.STANDARD,
                        KeySchema = [new() { AttributeName = "pk", KeyType = Amazon.DynamoDBv2.KeyType.HASH }],
                    };
                    var ours = Consumer.Models.CreateTableInput.FromAwsSdk(sdk, out var dropped);
                    var quiet = Consumer.Models.CreateTableInput.FromAwsSdk(new Amazon.DynamoDBv2.Model.CreateTableRequest { TableName = "t" }, out var none);
                    return string.Join(",", dropped) + "|" + ours.KeySchema![0].KeyType + "|" + none.Count + "|" + (quiet.KeySchema is null);
                }
            }
            """);

        Assert.True(result.CompileDiagnostics.IsEmpty, string.Join("\n", result.CompileDiagnostics.Take(10)));
        // The served model already lacks VectorIndexes, which the SDK has; the edit adds TableClass.
        Assert.Equal(
            ["Shape 'CreateTableInput' and the AWS SDK's Amazon.DynamoDBv2.Model.CreateTableRequest differ: the model has no member for TableClass, VectorIndexes (FromAwsSdk leaves them out)"],
            Skew(result).Except(Skew(Unedited())));
        Assert.Equal("TableClass|HASH|0|True", Invoke(result, "Probe"));
    }

    [Fact]
    public void Enums_convert_to_the_SDKs_constant_and_back_as_their_text_known_or_not()
    {
        var result = Generate([GeneratorHarness.File(Repo.Path("shapes", "cli", "dynamodb.shape.json"))], SdkPackages.With("AWSSDK.DynamoDBv2"),
            """
            internal static class Probe
            {
                public static string Run()
                {
                    var known = new Consumer.Models.BillingMode("PAY_PER_REQUEST").ToAwsSdk();
                    var unknown = new Consumer.Models.BillingMode("PAY_LATER").ToAwsSdk();
                    var back = Consumer.Models.BillingMode.FromAwsSdk(Amazon.DynamoDBv2.BillingMode.PROVISIONED);
                    var other = Consumer.Models.KeyType.FromAwsSdk(new Amazon.DynamoDBv2.KeyType("SORT"));
                    return ReferenceEquals(known, Amazon.DynamoDBv2.BillingMode.PAY_PER_REQUEST) + "|" + unknown.Value + "|" + back.Value + "|" + back.IsKnown + "|" + other.Value + "|" + other.IsKnown;
                }
            }
            """);

        Assert.True(result.CompileDiagnostics.IsEmpty, string.Join("\n", result.CompileDiagnostics.Take(10)));
        Assert.Equal("True|PAY_LATER|PROVISIONED|True|SORT|False", Invoke(result, "Probe"));
    }

    [Fact]
    public void Without_the_SDK_nothing_is_converted_and_nothing_is_reported()
    {
        var result = Generate([GeneratorHarness.File(Repo.Path("shapes", "cli", "dynamodb.shape.json"))], []);

        Assert.True(result.CompileDiagnostics.IsEmpty, string.Join("\n", result.CompileDiagnostics.Take(10)));
        Assert.DoesNotContain(result.Sources, s => s.SourceText.ToString().Contains("ToAwsSdk", StringComparison.Ordinal));
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "ECG113");
    }

    private static readonly Lazy<GeneratorResult> UneditedRun = new(() =>
        Generate([GeneratorHarness.File(Repo.Path("shapes", "cli", "dynamodb.shape.json"))], SdkPackages.With("AWSSDK.DynamoDBv2")));

    private static GeneratorResult Unedited() => UneditedRun.Value;

    private static IEnumerable<string> Skew(GeneratorResult result) =>
        result.GeneratorDiagnostics.Where(d => d.Id == "ECG113").Select(d => d.GetMessage());

    private static GeneratorResult Generate(IEnumerable<AdditionalText> files, IEnumerable<MetadataReference> references, params string[] sources)
    {
        var compilation = GeneratorHarness.Consumer(sources).AddReferences(references);
        var driver = GeneratorHarness.Driver(files).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorResult(driver, (Microsoft.CodeAnalysis.CSharp.CSharpCompilation)output, diagnostics);
    }

    /// <summary>Runs a probe's <c>Run()</c> in a collectible context, with the SDK's net8.0 assemblies beside it.</summary>
    private static string Invoke(GeneratorResult result, string type)
    {
        var context = new AssemblyLoadContext("sdk-conversion", isCollectible: true);
        try
        {
            var probe = context.LoadFromStream(new MemoryStream(result.Emit())).GetType(type, throwOnError: true)!;
            return (string)probe.GetMethod("Run")!.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }
}
