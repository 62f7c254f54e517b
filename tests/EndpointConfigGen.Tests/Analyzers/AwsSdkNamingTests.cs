using System;
using System.Collections.Generic;
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

    /// <summary>
    /// Every parameter of the served packages' convenience constructors and client overloads (but the cancellation
    /// token) names a property of the type or request it sets by <see cref="SdkNaming.Parameter"/>: the convention the
    /// analyzers map arguments by. Client methods of no operation (SQS's AuthorizeS3ToSendMessageAsync) are not asked.
    /// </summary>
    [Theory]
    [InlineData(typeof(Amazon.DynamoDBv2.AmazonDynamoDBClient))]
    [InlineData(typeof(Amazon.KeyManagementService.AmazonKeyManagementServiceClient))]
    [InlineData(typeof(Amazon.SimpleSystemsManagement.AmazonSimpleSystemsManagementClient))]
    [InlineData(typeof(Amazon.SQS.AmazonSQSClient))]
    [InlineData(typeof(Amazon.EC2.AmazonEC2Client))]
    public void Parameters_are_the_members_in_camel_case(Type client)
    {
        var types = client.Assembly.GetExportedTypes().Where(t => t.Namespace == client.Namespace + ".Model").ToDictionary(t => t.Name);
        var constructors = types.Values.SelectMany(t => t.GetConstructors().Select(c => (Owner: t, Where: "new " + t.Name, c.GetParameters())));
        var overloads = client.GetInterfaces().Single(i => i.Name == "I" + client.Name[..^"Client".Length]).GetMethods()
            .Where(m => !m.GetParameters().Any(p => p.ParameterType.Name.EndsWith(SdkNaming.RequestSuffix, StringComparison.Ordinal)))
            .Select(m => (Owner: types.GetValueOrDefault(m.Name.Replace(SdkNaming.AsyncSuffix, "") + SdkNaming.RequestSuffix), Where: m.Name, m.GetParameters()))
            .Where(m => m.Owner is not null);
        var parameters = constructors.Concat(overloads!)
            .SelectMany(m => m.Item3.Where(p => p.ParameterType != typeof(System.Threading.CancellationToken)).Select(p => (m.Owner, m.Where, Parameter: p.Name!)))
            .ToList();
        var misnamed = parameters.Where(p => !p.Owner!.GetProperties().Any(property => SdkNaming.Parameter(property.Name) == p.Parameter))
            .Select(p => p.Where + "(" + p.Parameter + ")")
            .ToList();

        Assert.True(parameters.Count > 0);
        Assert.True(misnamed.Count == 0, string.Join(", ", misnamed.Take(30)) + " (" + misnamed.Count + " of " + parameters.Count + ")");
    }

    [Theory]
    [InlineData("TableName", "tableName")]
    [InlineData("SS", "ss")]
    [InlineData("AWSAccountIds", "awsAccountIds")]
    [InlineData("accountId", "accountId")]
    [InlineData("S", "s")]
    public void Parameter_names_lowercase_a_leading_acronym_whole(string member, string parameter) =>
        Assert.Equal(parameter, SdkNaming.Parameter(member));
}
