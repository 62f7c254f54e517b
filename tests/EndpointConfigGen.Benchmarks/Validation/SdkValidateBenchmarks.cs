using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Bench.DynamoDB;
using Sdk = Amazon.DynamoDBv2.Model;

namespace EndpointConfigGen.Benchmarks.Validation;

/// <summary>
/// Issue 16: <c>Validate()</c> on an AWS SDK request (the generated extension, which builds the parameter tree from
/// the SDK object) against <c>Validate()</c> on the same request built with our generated type (the baseline), side
/// by side in one run. Target: the SDK path within 1.5x. The two requests are checked equal before timing.
/// </summary>
[MemoryDiagnoser]
public class SdkValidateBenchmarks
{
    private readonly CreateTableInput _ours = new()
    {
        TableName = "orders",
        AttributeDefinitions = [new AttributeDefinition { AttributeName = "pk", AttributeType = "S" }, new AttributeDefinition { AttributeName = "sk", AttributeType = "N" }],
        KeySchema = [new KeySchemaElement { AttributeName = "pk", KeyType = "HASH" }, new KeySchemaElement { AttributeName = "sk", KeyType = "RANGE" }],
        BillingMode = "PROVISIONED",
        ProvisionedThroughput = new ProvisionedThroughput { ReadCapacityUnits = 5, WriteCapacityUnits = 5 },
        Tags = [new Tag { Key = "team", Value = "orders" }],
    };

    private readonly Sdk.CreateTableRequest _sdk = new()
    {
        TableName = "orders",
        AttributeDefinitions = [new Sdk.AttributeDefinition("pk", "S"), new Sdk.AttributeDefinition("sk", "N")],
        KeySchema = [new Sdk.KeySchemaElement("pk", "HASH"), new Sdk.KeySchemaElement("sk", "RANGE")],
        BillingMode = "PROVISIONED",
        ProvisionedThroughput = new Sdk.ProvisionedThroughput { ReadCapacityUnits = 5, WriteCapacityUnits = 5 },
        Tags = [new Sdk.Tag { Key = "team", Value = "orders" }],
    };

    private readonly QueryInput _oursQuery = new()
    {
        TableName = "orders",
        KeyConditionExpression = "pk = :pk",
        ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":pk"] = new AttributeValue { S = "customer-1" } },
        Limit = 25,
        Select = "ALL_ATTRIBUTES",
        ConsistentRead = true,
    };

    private readonly Sdk.QueryRequest _sdkQuery = new()
    {
        TableName = "orders",
        KeyConditionExpression = "pk = :pk",
        ExpressionAttributeValues = new Dictionary<string, Sdk.AttributeValue> { [":pk"] = new Sdk.AttributeValue("customer-1") },
        Limit = 25,
        Select = "ALL_ATTRIBUTES",
        ConsistentRead = true,
    };

    // Not a constant, so the analyzers leave the deliberately bad value of Setup's check alone.
    private static readonly string EmptyName = string.Empty;

    [Params("CreateTable", "Query")]
    public string Case { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        // Same checks on the same values: both valid, and a change to one member is reported the same way by both.
        if (Ours().Count != 0 || Sdk().Count != 0
            || (_ours with { TableName = EmptyName }).Validate()[0].Message != new Sdk.CreateTableRequest { TableName = EmptyName, AttributeDefinitions = _sdk.AttributeDefinitions, KeySchema = _sdk.KeySchema, BillingMode = _sdk.BillingMode, ProvisionedThroughput = _sdk.ProvisionedThroughput, Tags = _sdk.Tags }.Validate()[0].Message)
        {
            throw new InvalidOperationException("benchmark inputs disagree");
        }
    }

    [Benchmark(Baseline = true)]
    public IReadOnlyList<EndpointConfigGen.Runtime.ValidationProblem> Ours() => Case == "CreateTable" ? _ours.Validate() : _oursQuery.Validate();

    [Benchmark]
    public IReadOnlyList<EndpointConfigGen.Runtime.ValidationProblem> Sdk() => Case == "CreateTable" ? _sdk.Validate() : _sdkQuery.Validate();
}
