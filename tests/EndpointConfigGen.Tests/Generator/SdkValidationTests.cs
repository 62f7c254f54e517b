using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using EndpointConfigGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace EndpointConfigGen.Tests.Generator;

/// <summary>
/// <c>Validate()</c> on the AWS SDK's request and structure classes reports what <c>Validate()</c> on our
/// generated types reports for the same request: each case below is one initializer, written once and
/// compiled against both types.
/// </summary>
public class SdkValidationTests
{
    private static readonly (string Ours, string Sdk, string Body)[] Cases =
    [
        // Bad enum values, a minimum broken, a length broken: errors and warnings alike.
        ("CreateTableInput", "CreateTableRequest", """{ TableName = "t", BillingMode = "PAY_PER_REQUESTS", AttributeDefinitions = [new() { AttributeName = "pk", AttributeType = "Q" }], KeySchema = [new() { AttributeName = "pk", KeyType = "HASHED" }], ProvisionedThroughput = new() { ReadCapacityUnits = 0, WriteCapacityUnits = 1 } }"""),
        ("CreateTableInput", "CreateTableRequest", """{ TableName = "", Tags = [new() { Key = "", Value = "v" }], DeletionProtectionEnabled = true }"""),
        ("CreateTableInput", "CreateTableRequest", """{ TableName = "table", AttributeDefinitions = [new() { AttributeName = "pk", AttributeType = "S" }], KeySchema = [new() { AttributeName = "pk", KeyType = "HASH" }], BillingMode = "PAY_PER_REQUEST" }"""),
        ("CreateTableInput", "CreateTableRequest", """{ TableName = "t", GlobalSecondaryIndexes = [new() { IndexName = "i", KeySchema = [], Projection = new() { ProjectionType = "NONE", NonKeyAttributes = ["a", ""] } }] }"""),
        ("ProvisionedThroughput", "ProvisionedThroughput", """{ ReadCapacityUnits = 0, WriteCapacityUnits = -3 }"""),
    ];

    [Fact]
    public void Sdk_requests_get_the_problems_and_messages_of_the_same_request_built_with_our_types()
    {
        var source = "using System.Linq;\nusing Consumer.Models;\ninternal static class Cases\n{\n"
            + string.Join("\n", Cases.Select((c, i) =>
                $"    public static string[] Ours{i}() => Show(new global::Consumer.Models.{c.Ours} {c.Body}.Validate());\n"
                + $"    public static string[] Sdk{i}() => Show(new global::Amazon.DynamoDBv2.Model.{c.Sdk} {c.Body}.Validate());"))
            + "\n    private static string[] Show(System.Collections.Generic.IReadOnlyList<EndpointConfigGen.Runtime.ValidationProblem> problems) =>"
            + " problems.Select(p => p.Kind + \" \" + p.Path + \": \" + p.Message).ToArray();\n}\n";
        var compilation = GeneratorHarness.Consumer(source).AddReferences(SdkPackages.With("AWSSDK.DynamoDBv2"));
        GeneratorHarness.Driver([GeneratorHarness.File(Repo.Path("shapes", "cli", "dynamodb.shape.json"))])
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
            Assert.All(new[] { 0, 1, 3, 4 }, i => Assert.True(problemCounts[i] > 0, "case " + i + " found nothing"));
            Assert.Equal(0, problemCounts[2]);
        }
        finally
        {
            context.Unload();
        }
    }
}
