using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace EndpointConfigGen.Tests.Analyzers;

/// <summary>Requests written with AWSSDK.DynamoDBv2's types, checked against DynamoDB's model.</summary>
public class SdkDynamoDBTests
{
    private const string Usings = "using Amazon.DynamoDBv2;\nusing Amazon.DynamoDBv2.Model;";

    private static Task Run(string body, params DiagnosticResult[] expected)
    {
        var test = new SdkAnalyzerTest(SdkTestSetup.InMethod(Usings, body), "dynamodb.shape.json", SdkTestSetup.Sdk<Amazon.DynamoDBv2.AmazonDynamoDBClient>());
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    [Fact]
    public Task Unknown_enum_values_as_strings_in_an_object_initializer() =>
        Run(
            """
            return new CreateTableRequest
            {
                TableName = "t",
                BillingMode = {|#0:"PAY_PER_REQUESTS"|},
                AttributeDefinitions = new List<AttributeDefinition> { new AttributeDefinition { AttributeName = "pk", AttributeType = {|#1:"Q"|} } },
                KeySchema = [new KeySchemaElement { AttributeName = "pk", KeyType = KeyType.HASH }],
            };
            """,
            new DiagnosticResult("ECG001", DiagnosticSeverity.Error).WithLocation(0)
                .WithArguments("Invalid value for parameter BillingMode, value: PAY_PER_REQUESTS, valid values: PROVISIONED, PAY_PER_REQUEST"),
            new DiagnosticResult("ECG001", DiagnosticSeverity.Error).WithLocation(1)
                .WithArguments("Invalid value for parameter AttributeDefinitions[0].AttributeType, value: Q, valid values: S, N, B"));
}
