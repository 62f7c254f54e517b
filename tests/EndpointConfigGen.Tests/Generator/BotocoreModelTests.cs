using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using EndpointConfigGen.Model;
using EndpointConfigGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Abstractions;

namespace EndpointConfigGen.Tests.Generator;

/// <summary>
/// The most demanding real models of the installed botocore, compiled in CI as a strict consumer compiles
/// them: the all-models long run (tests/EndpointConfigGen.Fuzz/run-models.sh, MODELS.md) in small.
/// </summary>
/// <remarks>
/// Chosen by tests/EndpointConfigGen.Fuzz/demanding-models.py, which ranks botocore's 424 models (newest
/// version per service) by input depth (structures, lists and maps; a cycle counts once), shapes on a reference
/// cycle, unions, documents, members named like C# keywords or like generated locals (<c>entries</c>), and
/// members both required and deprecated. Each row is the top model (or one of the top few) of a measure,
/// narrowed with <c>EndpointConfigGenOperations</c> to the operations that carry the feature where the whole
/// model would not fit the budget: about 90 seconds for the class on an idle 2-core machine (MODELS.md has
/// each whole model's time; the rows print their wall and processor time).
/// References are those of the all-models run: runtime, CLI (option tables) and client (json-protocol clients).
/// </remarks>
public class BotocoreModelTests(ITestOutputHelper output)
{
    [Theory]
    // The deepest input of all models (21 levels, tied with QuickSight's other dashboard, analysis and template
    // operations; CreateDashboard reaches the most shapes, 994 with its output): the whole model (2,474 shapes) takes 50 s.
    [InlineData("quicksight", "CreateDashboard", "CreateDashboardRequest,DashboardVersionDefinition,Visual")]
    // The largest model (4,014 shapes, the ec2 protocol; 80 s whole): RunInstances, the big everyday request,
    // and DescribeInstances with the Instance result (166 shapes together).
    [InlineData("ec2", "RunInstances;DescribeInstances", "RunInstancesRequest,DescribeInstancesResult,Instance")]
    // json protocol with a client; AttributeValue is recursive through lists and maps. Its errors are exception
    // types, TransactionCanceledException with a list of structures, ConditionalCheckFailedException with an item.
    [InlineData("dynamodb", "", "AttributeValue,DynamoDBClient,ResourceNotFoundException,TransactionCanceledException,ConditionalCheckFailedException")]
    // awsQueryCompatible: error shapes with an error.code of the query protocol (QueueDoesNotExist).
    [InlineData("sqs", "", "QueueDoesNotExist,SQSClient")]
    // The most recursive model (55 shapes on cycles: search criteria nest AndConditions/OrConditions).
    [InlineData("connect", "SearchContactFlows", "SearchContactFlowsRequest,ContactFlowSearchCriteria")]
    // 29 unions and 2 documents in 343 shapes (ContentBlock, ToolInputSchema's document), depth 14 under CountTokens.
    [InlineData("bedrock-runtime", "", "ContentBlock,ToolInputSchema,ConverseRequest")]
    // 34 unions and 4 documents; InvokeInlineAgent is its deepest input (13 levels) and reaches 17 of the
    // unions, all 4 documents and members named event and in (299 shapes).
    [InlineData("bedrock-agent-runtime", "InvokeInlineAgent", "InvokeInlineAgentRequest,InlineAgentResponseStream")]
    // Members named 'entries' like the shorthand emitter's local (found by the all-models run): the transformer processors.
    [InlineData("logs", "PutTransformer;TestTransformer", "PutTransformerRequest,SubstituteString,CloudWatchLogsClient")]
    [InlineData("iottwinmaker", "BatchPutPropertyValues", "BatchPutPropertyValuesRequest")]
    // Members named like C# keywords (else, event, operator here) on the recursive ComponentChild and
    // ComponentProperty (12 shapes on cycles); the whole model takes 11 s.
    [InlineData("amplifyuibuilder", "CreateComponent", "ComponentProperty,ComponentChild")]
    // json with a client; members named like C# types (decimal, long, string) on a recursive AttributeValue and 4 unions.
    [InlineData("verifiedpermissions", "IsAuthorized", "AttributeValue,VerifiedPermissionsClient")]
    // Required and deprecated at once, the only two such members: MemberDataSourceConfiguration.DataSources, reached
    // by this output only, and MemoryStrategy.namespaces in the model with the most unions (71; UpdateMemory reaches
    // 19 of them and is its deepest input, 16 levels).
    [InlineData("guardduty", "GetMemberDetectors", "GetMemberDetectorsResponse,MemberDataSourceConfiguration")]
    [InlineData("bedrock-agentcore-control", "UpdateMemory", "UpdateMemoryInput,MemoryStrategy")]
    // rest-xml, narrowed to its deepest inputs (8 levels).
    [InlineData("s3", "PutBucketReplication;PutBucketLifecycleConfiguration", "PutBucketReplicationRequest,LifecycleRule")]
    // query protocol (sqs is json now), narrowed to its deepest inputs.
    [InlineData("cloudformation", "CreateChangeSet;CreateStack", "CreateChangeSetInput,CreateStackInput")]
    public void Model_compiles_clean_as_a_strict_consumer(string service, string operations, string types)
    {
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var text = Botocore.ModelText(service);
        var result = Generate(service, text, operations);

        AssertExpectedGeneratorDiagnostics(result, text);
        var problems = result.CompileDiagnostics;
        Assert.True(problems.Length == 0, problems.Length + " compile diagnostics, the first:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Take(10)));
        foreach (var type in types.Split(','))
        {
            Assert.True(result.Output.GetTypeByMetadataName("Consumer.Models." + type) is not null, "no type " + type);
        }

        Report(service + " " + operations, watch, cpu);
    }

    /// <summary>The two largest models whole, declarations only (their full compiles take 80 and 50 s), as FullModelTests does for SageMaker.</summary>
    [Theory]
    [InlineData("ec2", "RunInstancesRequest")]
    [InlineData("quicksight", "CreateDashboardRequest")]
    public void Whole_model_declares_clean(string service, string type)
    {
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var text = Botocore.ModelText(service);
        var result = Generate(service, text, string.Empty);

        AssertExpectedGeneratorDiagnostics(result, text);
        Assert.NotNull(result.Output.GetTypeByMetadataName("Consumer.Models." + type));
        var problems = result.Output.GetDeclarationDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
        Assert.True(problems.Length == 0, problems.Length + " declaration diagnostics, the first:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Take(10)));
        Report(service + " whole, declarations", watch, cpu);
    }

    /// <summary>Wall and processor time: on a shared machine the processor time is what tells whether the class stays within its budget.</summary>
    private void Report(string row, Stopwatch watch, TimeSpan cpu) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row}: {watch.Elapsed.TotalSeconds:F1} s, processor {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F1} s"));

    private static GeneratorResult Generate(string service, string text, string operations)
    {
        var options = new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer.Models" };
        if (operations.Length > 0)
        {
            options["build_property.EndpointConfigGenOperations"] = operations;
        }

        var compilation = GeneratorHarness.Consumer().AddReferences([GeneratorHarness.Client, .. ClientPackages.Paths(Repo.Root).Select(p => MetadataReference.CreateFromFile(p))]);
        var driver = GeneratorHarness.Driver([new InMemoryAdditionalText("/p/" + service + ".shape.json", text)], options)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorResult(driver, (CSharpCompilation)output, diagnostics);
    }

    /// <summary>As in the all-models run: ECG111 (info) exactly once for a protocol without a client, nothing for json, which gets a client.</summary>
    private static void AssertExpectedGeneratorDiagnostics(GeneratorResult result, string text)
    {
        using var model = JsonDocument.Parse(text);
        var json = model.RootElement.GetProperty("metadata").GetProperty("protocol").GetString() == ServiceMetadata.JsonProtocol;
        var diagnostics = result.GeneratorDiagnostics.AddRange(result.RunResult.Diagnostics).Distinct().ToArray();
        var unexpected = diagnostics.Where(d => json || d.Id != "ECG111" || d.Severity != DiagnosticSeverity.Info).ToArray();
        Assert.True(unexpected.Length == 0, string.Join(Environment.NewLine, unexpected.Take(10)));
        Assert.Equal(json ? 0 : 1, diagnostics.Length);
        var client = result.Sources.Any(s => s.SourceText.ToString().Contains(": global::EndpointConfigGen.Client.JsonServiceClient", StringComparison.Ordinal));
        Assert.True(client == json, json ? "no client for a json-protocol model" : "a client for a model of another protocol");
    }
}
