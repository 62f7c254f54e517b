using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace EndpointConfigGen.Tests.Analyzers;

/// <summary>
/// Arguments of the AWS SDK clients' convenience overloads (<c>GetItemAsync(tableName, key)</c>): each argument is the
/// operation input's member its parameter names (camel case), judged as in the request object, located at the argument.
/// </summary>
public class SdkClientCallTests
{
    private static Task Run(string usings, string body, string shapeFile, MetadataReference sdk, params DiagnosticResult[] expected)
    {
        var test = new SdkAnalyzerTest(SdkTestSetup.InMethod(usings + "\nusing System.Threading;", body), shapeFile, sdk);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static Task DynamoDB(string body, params DiagnosticResult[] expected) =>
        Run("using Amazon.DynamoDBv2;\nusing Amazon.DynamoDBv2.Model;", body, "dynamodb.shape.json", SdkTestSetup.Sdk<Amazon.DynamoDBv2.AmazonDynamoDBClient>(), expected);

    [Fact]
    public Task DynamoDB_arguments_on_the_interface_and_the_client_class() =>
        DynamoDB(
            """
            IAmazonDynamoDB db = new AmazonDynamoDBClient();
            var client = new AmazonDynamoDBClient();
            var key = new Dictionary<string, AttributeValue> { ["pk"] = new AttributeValue("a") };
            _ = db.GetItemAsync({|#0:""|}, key);
            _ = client.GetItemAsync("table", key, true, CancellationToken.None);
            _ = client.DeleteItemAsync("table", key, {|#1:"ALL_NEWS"|});
            _ = db.DeleteItemAsync("table", key, ReturnValue.ALL_OLD, default);
            return client.UpdateTableAsync("table", new ProvisionedThroughput { ReadCapacityUnits = {|#2:0|}, WriteCapacityUnits = 1 });
            """,
            new DiagnosticResult("ECG006", DiagnosticSeverity.Error).WithLocation(0)
                .WithArguments("Invalid length for parameter TableName, value: 0, valid min length: 1"),
            new DiagnosticResult("ECG001", DiagnosticSeverity.Error).WithLocation(1)
                .WithArguments("Invalid value for parameter ReturnValues, value: ALL_NEWS, valid values: NONE, ALL_OLD, UPDATED_OLD, ALL_NEW, UPDATED_NEW"),
            new DiagnosticResult("ECG008", DiagnosticSeverity.Error).WithLocation(2)
                .WithArguments("Invalid value for parameter ProvisionedThroughput.ReadCapacityUnits, value: 0, valid min value: 1"));

    [Fact]
    public Task DynamoDB_named_arguments_and_locals_assigned_once() =>
        DynamoDB("""
            IAmazonDynamoDB db = new AmazonDynamoDBClient();
            const string empty = "";
            var throughput = new ProvisionedThroughput { ReadCapacityUnits = 1, WriteCapacityUnits = {|ECG008:0|} };
            _ = db.UpdateTableAsync(provisionedThroughput: throughput, tableName: {|ECG006:empty|});
            return db.GetItemAsync(key: new Dictionary<string, AttributeValue>(), tableName: {|ECG006:""|}, consistentRead: false);
            """);

    [Fact]
    public Task Values_known_only_at_run_time_are_not_judged() =>
        DynamoDB("""
            IAmazonDynamoDB db = new AmazonDynamoDBClient();
            var key = new Dictionary<string, AttributeValue>();
            var table = name;
            table = "";
            _ = db.GetItemAsync(name, key);
            _ = db.GetItemAsync(table, key);
            _ = db.DeleteItemAsync("table", key, name);
            _ = db.UpdateTableAsync("table", new ProvisionedThroughput { ReadCapacityUnits = count, WriteCapacityUnits = count });
            return db.GetItemAsync(new GetItemRequest { TableName = name, Key = key });
            """);

    [Fact]
    public Task The_overload_taking_the_request_is_judged_at_the_request() =>
        DynamoDB("""
            IAmazonDynamoDB db = new AmazonDynamoDBClient();
            return db.GetItemAsync(new GetItemRequest { TableName = {|ECG006:""|}, Key = new Dictionary<string, AttributeValue>() }, CancellationToken.None);
            """);

    [Fact]
    public Task Kms_ranges_lengths_and_patterns() =>
        Run(
            "using Amazon.KeyManagementService;\nusing Amazon.KeyManagementService.Model;",
            """
            IAmazonKeyManagementService kms = new AmazonKeyManagementServiceClient();
            _ = kms.GenerateRandomAsync({|#0:2048|});
            _ = kms.GenerateRandomAsync(32);
            _ = kms.ScheduleKeyDeletionAsync("alias/k", {|ECG008:0|});
            return kms.PutKeyPolicyAsync("alias/k", {|#1:""|}, {|ECG007:"my-policy"|});
            """,
            "kms.shape.json",
            SdkTestSetup.Sdk<Amazon.KeyManagementService.AmazonKeyManagementServiceClient>(),
            new DiagnosticResult("ECG008", DiagnosticSeverity.Error).WithLocation(0)
                .WithArguments("Invalid value for parameter NumberOfBytes, value: 2048, valid max value: 1024"),
            new DiagnosticResult("ECG006", DiagnosticSeverity.Error).WithLocation(1)
                .WithArguments("Invalid length for parameter Policy, value: 0, valid min length: 1"),
            new DiagnosticResult("ECG007", DiagnosticSeverity.Error).WithLocation(1)
                .WithArguments("Invalid value for parameter Policy, value: , valid pattern: [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"));

    [Fact]
    public Task Ssm_lengths_patterns_and_list_counts() =>
        Run(
            "using Amazon.SimpleSystemsManagement;\nusing Amazon.SimpleSystemsManagement.Model;",
            """
            var ssm = new AmazonSimpleSystemsManagementClient();
            _ = ssm.CancelCommandAsync({|ECG006:"not-a-command-id"|});
            _ = ssm.CancelCommandAsync("0b9d1ad6-1d1b-4b1c-9d5c-4d1c2b3a4f5e", ["i-0123456789abcdef0"]);
            return ssm.SendCommandAsync({|ECG007:"x"|}, new List<string> { "i-0123456789abcdef0" });
            """,
            "ssm.shape.json",
            SdkTestSetup.Sdk<Amazon.SimpleSystemsManagement.AmazonSimpleSystemsManagementClient>());

    [Fact]
    public Task Sqs_enum_strings_in_a_list_argument_and_plain_strings() =>
        Run(
            "using Amazon.SQS;\nusing Amazon.SQS.Model;",
            """
            IAmazonSQS sqs = new AmazonSQSClient();
            _ = sqs.SendMessageAsync("https://sqs.us-east-1.amazonaws.com/1/q", "hello");
            _ = sqs.SendMessageAsync(name, name);
            return sqs.GetQueueAttributesAsync("q", ["All", {|#0:"ApproximateNumberOfMessage"|}]);
            """,
            "sqs.shape.json",
            SdkTestSetup.Sdk<Amazon.SQS.AmazonSQSClient>(),
            new DiagnosticResult("ECG001", DiagnosticSeverity.Error).WithLocation(0)
                .WithArguments("Invalid value for parameter AttributeNames[1], value: ApproximateNumberOfMessage, not one of the 22 known QueueAttributeName values; closest: ApproximateNumberOfMessages, ApproximateNumberOfMessagesDelayed, ApproximateNumberOfMessagesNotVisible"));

    [Fact]
    public Task Without_a_shape_file_client_calls_get_nothing() =>
        Run(
            "using Amazon.KeyManagementService;\nusing Amazon.KeyManagementService.Model;",
            """
            IAmazonKeyManagementService kms = new AmazonKeyManagementServiceClient();
            return kms.GenerateRandomAsync(2048);
            """,
            shapeFile: null!,
            SdkTestSetup.Sdk<Amazon.KeyManagementService.AmazonKeyManagementServiceClient>());
}
