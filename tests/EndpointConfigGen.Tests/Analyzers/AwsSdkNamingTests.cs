using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using EndpointConfigGen.Analyzers;
using EndpointConfigGen.Binding;
using EndpointConfigGen.Tests.Infrastructure;

namespace EndpointConfigGen.Tests.Analyzers;

/// <summary>The SDK naming conventions the analyzers map by, checked by reflection on the served packages.</summary>
public class AwsSdkNamingTests
{
    public static TheoryData<string, Type> Services => new()
    {
        { "dynamodb.shape.json", typeof(Amazon.DynamoDBv2.AmazonDynamoDBClient) },
        { "kms.shape.json", typeof(Amazon.KeyManagementService.AmazonKeyManagementServiceClient) },
        { "ssm.shape.json", typeof(Amazon.SimpleSystemsManagement.AmazonSimpleSystemsManagementClient) },
        { "sqs.shape.json", typeof(Amazon.SQS.AmazonSQSClient) },
        { "ec2.shape.json", typeof(Amazon.EC2.AmazonEC2Client) },
    };

    [Theory]
    [MemberData(nameof(Services))]
    public void The_service_name_from_the_models_serviceId_is_the_SDKs_namespace_and_assembly(string shapeFile, Type client)
    {
        using var model = JsonDocument.Parse(File.ReadAllText(Repo.Path("tests", "EndpointConfigGen.Tests", "Analyzers", "SdkShapes", shapeFile)));
        var serviceId = model.RootElement.GetProperty("metadata").GetProperty("serviceId").GetString()!;

        var name = SdkNaming.Service(serviceId);

        Assert.Equal(client.Namespace, "Amazon." + name);
        Assert.Equal(client.Assembly.GetName().Name, "AWSSDK." + name);
    }

    /// <summary>
    /// Every enum field of the served DynamoDB, KMS, SSM, SQS and EC2 packages is named by the convention. A field
    /// a later SDK customizes would map to nothing (not checked, never misread); the count makes such a change show here.
    /// </summary>
    [Theory]
    [InlineData(typeof(Amazon.DynamoDBv2.AmazonDynamoDBClient), 0)]
    [InlineData(typeof(Amazon.KeyManagementService.AmazonKeyManagementServiceClient), 0)]
    [InlineData(typeof(Amazon.SimpleSystemsManagement.AmazonSimpleSystemsManagementClient), 0)]
    [InlineData(typeof(Amazon.SQS.AmazonSQSClient), 0)]
    [InlineData(typeof(Amazon.EC2.AmazonEC2Client), 0)]
    public void Enum_fields_are_named_by_the_convention(Type client, int customized)
    {
        var fields = client.Assembly.GetExportedTypes()
            .Where(t => t.IsSubclassOf(typeof(Amazon.Runtime.ConstantClass)))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == t))
            .ToList();
        var misnamed = fields.Where(f => AwsSdkTypeMapping.FieldName(((Amazon.Runtime.ConstantClass)f.GetValue(null)!).Value) != f.Name)
            .Select(f => f.DeclaringType!.Name + "." + f.Name + "=" + ((Amazon.Runtime.ConstantClass)f.GetValue(null)!).Value)
            .ToList();

        Assert.True(fields.Count > 0);
        Assert.True(misnamed.Count == customized, string.Join(", ", misnamed.Take(30)) + " (" + misnamed.Count + " of " + fields.Count + ")");
    }
}
