using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using EndpointConfigGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EndpointConfigGen.Tests.Generator;

/// <summary>
/// <c>Validate()</c> on the AWS SDK's request and structure classes reports what <c>Validate()</c> on our
/// generated types reports for the same request: each case below is one initializer, written once and
/// compiled against both types.
/// </summary>
public class SdkValidationTests
{
    // $M is the types' namespace; $T a timestamp and $B bytes, which the two sides hold as different types.
    private static readonly (string Ours, string Sdk, string Body)[] Cases =
    [
        // Bad enum values, a minimum broken, a length broken: errors and warnings alike.
        ("CreateTableInput", "CreateTableRequest", """{ TableName = "t", BillingMode = "PAY_PER_REQUESTS", AttributeDefinitions = [new() { AttributeName = "pk", AttributeType = "Q" }], KeySchema = [new() { AttributeName = "pk", KeyType = "HASHED" }], ProvisionedThroughput = new() { ReadCapacityUnits = 0, WriteCapacityUnits = 1 } }"""),
        ("CreateTableInput", "CreateTableRequest", """{ TableName = "", Tags = [new() { Key = "", Value = "v" }], DeletionProtectionEnabled = true }"""),
        ("CreateTableInput", "CreateTableRequest", """{ TableName = "table", AttributeDefinitions = [new() { AttributeName = "pk", AttributeType = "S" }], KeySchema = [new() { AttributeName = "pk", KeyType = "HASH" }], BillingMode = "PAY_PER_REQUEST" }"""),
        ("CreateTableInput", "CreateTableRequest", """{ TableName = "t", GlobalSecondaryIndexes = [new() { IndexName = "i", KeySchema = [], Projection = new() { ProjectionType = "NONE", NonKeyAttributes = ["a", ""] } }] }"""),
        ("ProvisionedThroughput", "ProvisionedThroughput", """{ ReadCapacityUnits = 0, WriteCapacityUnits = -3 }"""),
        // Maps of strings and of structures, an enum inside a map, blobs in a map in a list.
        ("QueryInput", "QueryRequest", """{ TableName = "t", Limit = 0, Select = "ALL", ExpressionAttributeNames = new System.Collections.Generic.Dictionary<string, string> { ["#a"] = "x" }, KeyConditions = new System.Collections.Generic.Dictionary<string, $M.Condition> { ["pk"] = new() { ComparisonOperator = "EQUALS", AttributeValueList = [new() { M = new System.Collections.Generic.Dictionary<string, $M.AttributeValue> { ["n"] = new() { B = $B, BS = [$B], BOOL = true } } }] } } }"""),
        // A timestamp and longs, with bad members beside them.
        ("TableDescription", "TableDescription", """{ TableName = "", CreationDateTime = $T, TableStatus = "GONE", ItemCount = 3 }"""),
    ];

    [Fact]
    public void Sdk_requests_get_the_problems_and_messages_of_the_same_request_built_with_our_types()
    {
        static string Body(string body, bool sdk) => body
            .Replace("$M", sdk ? "global::Amazon.DynamoDBv2.Model" : "global::Consumer.Models", StringComparison.Ordinal)
            .Replace("$T", sdk ? "new System.DateTime(2024, 1, 2, 3, 4, 5, System.DateTimeKind.Utc)" : "new System.DateTimeOffset(2024, 1, 2, 3, 4, 5, System.TimeSpan.Zero)", StringComparison.Ordinal)
            .Replace("$B", sdk ? "new System.IO.MemoryStream(\"ab\"u8.ToArray())" : "\"ab\"u8.ToArray()", StringComparison.Ordinal);
        var source = "using System.Linq;\nusing Consumer.Models;\ninternal static class Cases\n{\n"
            + string.Join("\n", Cases.Select((c, i) =>
                $"    public static string[] Ours{i}() => Show(new global::Consumer.Models.{c.Ours} {Body(c.Body, false)}.Validate());\n"
                + $"    public static string[] Sdk{i}() => Show(new global::Amazon.DynamoDBv2.Model.{c.Sdk} {Body(c.Body, true)}.Validate());"))
            + "\n    private static string[] Show(System.Collections.Generic.IReadOnlyList<EndpointConfigGen.Runtime.ValidationProblem> problems) =>"
            + " problems.Select(p => p.Kind + \" \" + p.Path + \": \" + p.Message).ToArray();\n}\n";
        var compilation = GeneratorHarness.Consumer(source).AddReferences(SdkPackages.With("AWSSDK.DynamoDBv2"));
        GeneratorHarness.Driver([GeneratorHarness.File(Repo.Path("tests", "EndpointConfigGen.Tests", "Analyzers", "SdkShapes", "dynamodb.shape.json"))])
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var errors = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));

        using var stream = new MemoryStream();
        Assert.True(output.Emit(stream).Success);
        var context = new AssemblyLoadContext("sdk-validation", isCollectible: true);
        try
        {
            var cases = context.LoadFromStream(new MemoryStream(stream.ToArray())).GetType("Cases", throwOnError: true)!;
            var problemCounts = new List<int>();
            for (var i = 0; i < Cases.Length; i++)
            {
                var ours = (string[])cases.GetMethod("Ours" + i)!.Invoke(null, null)!;
                var sdk = (string[])cases.GetMethod("Sdk" + i)!.Invoke(null, null)!;
                Assert.Equal(ours, sdk);
                problemCounts.Add(ours.Length);
            }

            // The cases mean something: bad ones report, the good one is clean.
            Assert.All(new[] { 0, 1, 3, 4, 5, 6 }, i => Assert.True(problemCounts[i] > 0, "case " + i + " found nothing"));
            Assert.Equal(0, problemCounts[2]);
        }
        finally
        {
            context.Unload();
        }
    }
    /// <summary>A DynamoDB slice whose SDK stand-in holds one member as an AWS SDK before v4 did: a plain <c>long</c>.</summary>
    private const string OldSdkModel = """
        {
          "version": "2.0",
          "metadata": { "apiVersion": "2012-08-10", "endpointPrefix": "dynamodb", "jsonVersion": "1.0", "protocol": "json", "serviceId": "DynamoDB", "signatureVersion": "v4", "targetPrefix": "DynamoDB_20120810", "uid": "dynamodb-2012-08-10" },
          "operations": { "UpdateTable": { "name": "UpdateTable", "http": { "method": "POST", "requestUri": "/" }, "input": { "shape": "UpdateTableInput" } } },
          "shapes": {
            "UpdateTableInput": { "type": "structure", "required": ["TableName"], "members": { "TableName": { "shape": "TableName" }, "ProvisionedThroughput": { "shape": "ProvisionedThroughput" } } },
            "TableName": { "type": "string", "min": 3 },
            "ProvisionedThroughput": { "type": "structure", "members": { "ReadCapacityUnits": { "shape": "Units" }, "WriteCapacityUnits": { "shape": "Units" }, "Ratio": { "shape": "Ratio" }, "Share": { "shape": "Share" } } },
            "Units": { "type": "long", "min": 1 },
            "Ratio": { "type": "float", "min": 0.5 },
            "Share": { "type": "double", "max": 1 }
          }
        }
        """;

    private const string OldSdk = """
        namespace Amazon.DynamoDBv2.Model
        {
            public class UpdateTableRequest
            {
                public string TableName { get; set; }
                public ProvisionedThroughput ProvisionedThroughput { get; set; }
            }

            public class ProvisionedThroughput
            {
                public long ReadCapacityUnits { get; set; }
                public long? WriteCapacityUnits { get; set; }
                public float? Ratio { get; set; }
                public double? Share { get; set; }
            }
        }
        """;

    [Fact]
    public void A_value_an_SDK_before_v4_cannot_leave_unset_is_not_judged_and_ECG113_says_so_while_floats_and_doubles_are()
    {
        var sdkCompilation = CSharpCompilation.Create("AWSSDK.DynamoDBv2", [CSharpSyntaxTree.ParseText(OldSdk)], Basic.Reference.Assemblies.Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var sdkImage = new MemoryStream();
        Assert.True(sdkCompilation.Emit(sdkImage).Success);
        var source = """
            using System.Linq;
            using Consumer.Models;
            internal static class Cases
            {
                public static string Ours() => Show(new UpdateTableInput { TableName = "t", ProvisionedThroughput = new() { WriteCapacityUnits = 0, Ratio = 0.1, Share = 1.5 } }.Validate());
                public static string Sdk() => Show(new Amazon.DynamoDBv2.Model.UpdateTableRequest { TableName = "t", ProvisionedThroughput = new() { WriteCapacityUnits = 0, Ratio = 0.1f, Share = 1.5 } }.Validate());
                private static string Show(System.Collections.Generic.IReadOnlyList<EndpointConfigGen.Runtime.ValidationProblem> problems) => string.Join("\n", problems.Select(p => p.Path + ": " + p.Message));
            }
            """;
        var compilation = GeneratorHarness.Consumer(source)
            .AddReferences([MetadataReference.CreateFromImage(sdkImage.ToArray()), .. ClientPackages.Paths(Repo.Root).Select(p => MetadataReference.CreateFromFile(p))]);
        GeneratorHarness.Driver([new InMemoryAdditionalText("/p/dynamodb.shape.json", OldSdkModel)])
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var errors = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));

        var skew = Assert.Single(generatorDiagnostics, d => d.Id == "ECG113");
        Assert.Equal(
            "Shape 'ProvisionedThroughput' and the AWS SDK's Amazon.DynamoDBv2.Model.ProvisionedThroughput differ: the SDK type holds ReadCapacityUnits as a value type that cannot be unset (an AWS SDK before v4), so ToAwsSdk, FromAwsSdk and Validate() leave them out",
            skew.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        using var stream = new MemoryStream();
        Assert.True(output.Emit(stream).Success);
        var context = new AssemblyLoadContext("sdk-validation-v3", isCollectible: true);
        try
        {
            context.LoadFromStream(new MemoryStream(sdkImage.ToArray()));
            var cases = context.LoadFromStream(new MemoryStream(stream.ToArray())).GetType("Cases", throwOnError: true)!;
            var ours = (string)cases.GetMethod("Ours")!.Invoke(null, null)!;
            var sdk = (string)cases.GetMethod("Sdk")!.Invoke(null, null)!;

            // The SDK's ReadCapacityUnits is 0, below the minimum, but not set: only what our type has is judged.
            Assert.Equal(ours, sdk);
            // TableName is too short, WriteCapacityUnits below its minimum, Ratio (a float) below, Share (a double) above.
            Assert.Equal(4, sdk.Split('\n').Length);
            Assert.Contains("ProvisionedThroughput.Ratio: Invalid value for parameter ProvisionedThroughput.Ratio, value: 0.1", sdk, StringComparison.Ordinal);
            Assert.DoesNotContain("ReadCapacityUnits", sdk, StringComparison.Ordinal);
        }
        finally
        {
            context.Unload();
        }
    }
}
