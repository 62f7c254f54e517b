using System.Threading.Tasks;
using EndpointConfigGen.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace EndpointConfigGen.Tests.Analyzers;

/// <summary>
/// Requests written with the served SDK packages of KMS, SSM, SQS and EC2 (the SDK names their namespaces
/// KeyManagementService and SimpleSystemsManagement), checked against slices of their botocore models.
/// </summary>
public class SdkServiceTests
{
    private static Task Run(string usings, string body, string shapeFile, MetadataReference sdk, params DiagnosticResult[] expected)
    {
        var test = new SdkAnalyzerTest(SdkTestSetup.InMethod(usings, body), shapeFile, sdk);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    [Fact]
    public Task Kms_unknown_key_spec_and_empty_policy() =>
        Run(
            "using Amazon.KeyManagementService;\nusing Amazon.KeyManagementService.Model;",
            """
            return new CreateKeyRequest { KeySpec = {|#0:"RSA_9999"|}, Policy = {|#1:""|}, KeyUsage = KeyUsageType.SIGN_VERIFY };
            """,
            "kms.shape.json",
            SdkTestSetup.Sdk<Amazon.KeyManagementService.AmazonKeyManagementServiceClient>(),
            new DiagnosticResult("ECG001", DiagnosticSeverity.Error).WithLocation(0)
                .WithArguments("Invalid value for parameter KeySpec, value: RSA_9999, not one of the 17 known KeySpec values; closest: RSA_4096, RSA_2048, RSA_3072"),
            new DiagnosticResult("ECG006", DiagnosticSeverity.Error).WithLocation(1)
                .WithArguments("Invalid length for parameter Policy, value: 0, valid min length: 1"),
            new DiagnosticResult("ECG007", DiagnosticSeverity.Error).WithLocation(1)
                .WithArguments("Invalid value for parameter Policy, value: , valid pattern: [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"));

    [Fact]
    public Task Ssm_enum_fields_with_punctuation_and_lengths() =>
        Run(
            "using Amazon.SimpleSystemsManagement;\nusing Amazon.SimpleSystemsManagement.Model;",
            """
            var ok = new PutParameterRequest { Name = "n", Value = "v", Tier = ParameterTier.IntelligentTiering, Type = ParameterType.SecureString };
            var bad = new PutParameterRequest { Name = {|ECG006:""|}, Value = "v", Tier = "Intelligent-Tiering", Type = {|ECG001:"SecureStrin"|} };
            bad.Tier = {|ECG001:ParameterTier.FindValue("Premium")|};
            return (ok, bad);
            """,
            "ssm.shape.json",
            SdkTestSetup.Sdk<Amazon.SimpleSystemsManagement.AmazonSimpleSystemsManagementClient>());

    [Fact]
    public Task Ssm_union_with_no_member_set() =>
        Run(
            "using Amazon.SimpleSystemsManagement;\nusing Amazon.SimpleSystemsManagement.Model;",
            """
            var none = new StartExecutionPreviewRequest { DocumentName = "doc", ExecutionInputs = {|#0:new ExecutionInputs()|} };
            var one = new StartExecutionPreviewRequest { DocumentName = "doc", ExecutionInputs = new ExecutionInputs { Automation = new AutomationExecutionInputs() } };
            var unknown = new StartExecutionPreviewRequest { DocumentName = "doc", ExecutionInputs = new ExecutionInputs { Automation = count > 0 ? new AutomationExecutionInputs() : null } };
            return (none, one, unknown);
            """,
            "ssm.shape.json",
            SdkTestSetup.Sdk<Amazon.SimpleSystemsManagement.AmazonSimpleSystemsManagementClient>(),
            new DiagnosticResult("ECG015", DiagnosticSeverity.Error).WithLocation(0)
                .WithArguments("Must set one of the following keys for tagged unionstructure ExecutionInputs: Automation."));

    [Fact]
    public Task Sqs_list_of_enum_strings_and_collection_expression() =>
        Run(
            "using Amazon.SQS;\nusing Amazon.SQS.Model;",
            """
            return new ReceiveMessageRequest { QueueUrl = "q", MessageSystemAttributeNames = ["SenderId", {|ECG001:"SenderIdd"|}] };
            """,
            "sqs.shape.json",
            SdkTestSetup.Sdk<Amazon.SQS.AmazonSQSClient>());

    [Fact]
    public Task Ec2_instance_type_fields_and_convenience_constructor() =>
        Run(
            "using Amazon.EC2;\nusing Amazon.EC2.Model;",
            """
            var ok = new RunInstancesRequest("ami-1", 1, 1) { InstanceType = InstanceType.M5Large };
            var bad = new RunInstancesRequest("ami-1", 1, 1) { InstanceType = {|ECG001:"m5.huge"|} };
            return (ok, bad);
            """,
            "ec2.shape.json",
            SdkTestSetup.Sdk<Amazon.EC2.AmazonEC2Client>());

    [Fact]
    public Task Code_fix_offers_the_SDK_constant() =>
        new SdkCodeFixTest<UnknownEnumValueCodeFix>(
            SdkTestSetup.InMethod("using Amazon.DynamoDBv2;\nusing Amazon.DynamoDBv2.Model;", """        return new CreateTableRequest { TableName = "table", BillingMode = {|ECG001:"PAY_PER_REQUESTS"|} };"""),
            SdkTestSetup.InMethod("using Amazon.DynamoDBv2;\nusing Amazon.DynamoDBv2.Model;", """        return new CreateTableRequest { TableName = "table", BillingMode = BillingMode.PAY_PER_REQUEST };"""),
            "ECG001 Use BillingMode.PAY_PER_REQUEST",
            "dynamodb.shape.json",
            SdkTestSetup.Sdk<Amazon.DynamoDBv2.AmazonDynamoDBClient>()).RunAsync();
}
