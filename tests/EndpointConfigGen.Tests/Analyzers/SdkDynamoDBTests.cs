using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace EndpointConfigGen.Tests.Analyzers;

/// <summary>Requests written with AWSSDK.DynamoDBv2's types, checked against DynamoDB's model (a CreateTable, Query and GetItem slice).</summary>
public class SdkDynamoDBTests
{
    private const string Usings = "using Amazon.DynamoDBv2;\nusing Amazon.DynamoDBv2.Model;";

    private static Task Run(string body, params DiagnosticResult[] expected) => Run(body, "dynamodb.shape.json", expected);

    private static Task Run(string body, string? shapeFile, params DiagnosticResult[] expected)
    {
        var test = new SdkAnalyzerTest(SdkTestSetup.InMethod(Usings, body), shapeFile, SdkTestSetup.Sdk<Amazon.DynamoDBv2.AmazonDynamoDBClient>());
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

    [Fact]
    public Task Known_values_as_text_static_fields_new_and_FindValue_are_fine() =>
        Run("""
            return new CreateTableRequest
            {
                TableName = "t",
                BillingMode = BillingMode.PAY_PER_REQUEST,
                AttributeDefinitions = [new AttributeDefinition("pk", ScalarAttributeType.S), new AttributeDefinition("sk", "N"), new AttributeDefinition { AttributeName = "x", AttributeType = ScalarAttributeType.FindValue("B") }],
                KeySchema = [new KeySchemaElement("pk", new KeyType("HASH"))],
            };
            """);

    [Fact]
    public Task Constructor_arguments_new_and_FindValue_are_judged_at_the_value() =>
        Run("""
            return new CreateTableRequest
            {
                TableName = "t",
                AttributeDefinitions = [new AttributeDefinition("pk", {|ECG001:"Q"|}), new AttributeDefinition { AttributeName = "sk", AttributeType = {|ECG001:ScalarAttributeType.FindValue("X")|} }],
                KeySchema = [new KeySchemaElement("pk", {|ECG001:"HASHED"|}), new KeySchemaElement("sk", {|ECG001:new KeyType("SORT")|})],
            };
            """);

    [Fact]
    public Task Lengths_and_ranges_in_collection_expressions_and_nested_structures() =>
        Run("""
            return new CreateTableRequest
            {
                TableName = "t",
                AttributeDefinitions = [new AttributeDefinition({|ECG006:""|}, "S")],
                KeySchema = [new KeySchemaElement("pk", KeyType.HASH)],
                ProvisionedThroughput = new ProvisionedThroughput { ReadCapacityUnits = {|ECG008:0|}, WriteCapacityUnits = 1 },
            };
            """);

    [Fact]
    public Task Property_assignments_on_a_local_and_List_Add() =>
        Run("""
            var q = new QueryRequest { TableName = "table" };
            q.Limit = {|ECG008:0|};
            q.Select = {|ECG001:"EVERYTHING"|};
            var t = new CreateTableRequest { TableName = "table" };
            t.AttributeDefinitions = new List<AttributeDefinition>();
            t.AttributeDefinitions.Add(new AttributeDefinition("pk", {|ECG001:"Q"|}));
            t.KeySchema = [];
            t.KeySchema.Add(new KeySchemaElement("pk", KeyType.HASH));
            return (q, t);
            """);

    [Fact]
    public Task Item_count_counts_the_items_added_to_a_local() =>
        Run("""
            var empty = new CreateTableRequest { TableName = "table", AttributeDefinitions = [new AttributeDefinition("pk", "S")] };
            empty.KeySchema = {|ECG009:[]|};
            var filled = new CreateTableRequest { TableName = "table", AttributeDefinitions = [new AttributeDefinition("pk", "S")] };
            filled.KeySchema = new List<KeySchemaElement>();
            filled.KeySchema.Add(new KeySchemaElement("pk", KeyType.HASH));
            return (empty, filled);
            """);

    [Fact]
    public Task Values_known_only_at_run_time_are_not_judged() =>
        Run("""
            var q = new QueryRequest { TableName = name, Limit = count, Select = name };
            q.Limit = count;
            var t = new CreateTableRequest { TableName = "table", BillingMode = name };
            t.AttributeDefinitions = new List<AttributeDefinition>();
            for (var i = 0; i < count; i++) t.AttributeDefinitions.Add(new AttributeDefinition(name, name));
            var u = new QueryRequest { TableName = "table" };
            u.Limit = 0;
            u.Limit = 5;
            return (q, t, u);
            """);

    [Fact]
    public Task Without_a_shape_file_SDK_code_gets_nothing_and_nothing_crashes() =>
        Run(
            """
            return new CreateTableRequest { TableName = "t", BillingMode = "PAY_PER_REQUESTS", AttributeDefinitions = [new AttributeDefinition("pk", "Q")] };
            """,
            shapeFile: null);
}
