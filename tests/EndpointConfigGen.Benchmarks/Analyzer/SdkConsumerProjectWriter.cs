using System.IO;
using System.Text;

namespace EndpointConfigGen.Benchmarks.Analyzer;

/// <summary>
/// Issue 16: a consumer project with 1,000 constructions of AWS SDK requests (AWSSDK.DynamoDBv2, KeyManagementService
/// and SQS, with their shape files, the analyzer tests' slices): object initializers, convenience constructors,
/// enum constants and strings, later writes to a local and client convenience overloads, all of which our analyzers
/// check. Built and timed like <see cref="ConsumerProjectWriter"/>'s project (scripts/analyzer_overhead.py ... sdk),
/// with the SDK packages' own analyzers on, as a user has them.
/// </summary>
public static class SdkConsumerProjectWriter
{
    public const int Uses = 1000;

    public static void Write(string directory)
    {
        Directory.CreateDirectory(directory);
        var repo = Repo.Root;
        File.WriteAllText(Path.Combine(directory, "AnalyzerConsumer.csproj"), Project(repo));
        File.WriteAllText(Path.Combine(directory, "analyzers-off.globalconfig"), ConsumerProjectWriter.AnalyzersOff());
        File.WriteAllText(Path.Combine(directory, "Uses.cs"), UsesSource());
    }

    private static string Project(string repo)
    {
        var shapes = repo + "/tests/EndpointConfigGen.Tests/Analyzers/SdkShapes/";
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <NoWarn>$(NoWarn);NU1603</NoWarn>
              </PropertyGroup>
              <Import Project="{repo}/src/EndpointConfigGen/build/EndpointConfigGen.props" />
              <ItemGroup>
                <ProjectReference Include="{repo}/src/EndpointConfigGen/EndpointConfigGen.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <ProjectReference Include="{repo}/src/EndpointConfigGen.Runtime/EndpointConfigGen.Runtime.csproj" />
                <PackageReference Include="AWSSDK.DynamoDBv2" Version="4.1.0.1" />
                <PackageReference Include="AWSSDK.KeyManagementService" Version="4.1.1" />
                <PackageReference Include="AWSSDK.SQS" Version="4.1.0.1" />
                <AdditionalFiles Include="{shapes}dynamodb.shape.json" EndpointConfigGenNamespace="Consumer.DynamoDB" />
                <AdditionalFiles Include="{shapes}kms.shape.json" EndpointConfigGenNamespace="Consumer.Kms" />
                <AdditionalFiles Include="{shapes}sqs.shape.json" EndpointConfigGenNamespace="Consumer.Sqs" />
              </ItemGroup>
              <ItemGroup Condition="'$(EcgAnalyzersOff)' == 'true'">
                <GlobalAnalyzerConfigFiles Include="analyzers-off.globalconfig" />
              </ItemGroup>
              <Import Project="{repo}/src/EndpointConfigGen/build/EndpointConfigGen.targets" />
            </Project>
            """;
    }

    private static string UsesSource()
    {
        var sb = new StringBuilder("""
            using System.Collections.Generic;
            using Amazon.DynamoDBv2;
            using Amazon.DynamoDBv2.Model;
            using Kms = Amazon.KeyManagementService;
            using Sqs = Amazon.SQS.Model;

            namespace AnalyzerConsumer;

            public static class Uses
            {

            """);
        for (var i = 0; i < Uses; i++)
        {
            sb.Append("    public static object Use").Append(i).Append("(IAmazonDynamoDB db)\n    {\n").Append(Use(i)).Append("\n    }\n\n");
        }

        return sb.Append("}\n").ToString();
    }

    private static string Use(int i) => (i % 5) switch
    {
        0 => $$"""
                    return new CreateTableRequest
                    {
                        TableName = "table-{{i}}",
                        AttributeDefinitions = [new AttributeDefinition("pk", ScalarAttributeType.S), new AttributeDefinition("sk", "N")],
                        KeySchema = [new KeySchemaElement("pk", KeyType.HASH), new KeySchemaElement("sk", "RANGE")],
                        BillingMode = BillingMode.PROVISIONED,
                        ProvisionedThroughput = new ProvisionedThroughput { ReadCapacityUnits = {{1 + i % 50}}, WriteCapacityUnits = 5 },
                    };
            """,
        1 => $$"""
                    var q = new QueryRequest { TableName = "table-{{i}}", KeyConditionExpression = "pk = :pk" };
                    q.Limit = {{1 + i % 100}};
                    q.Select = "ALL_ATTRIBUTES";
                    return q;
            """,
        2 => $$"""
                    return new Kms.Model.CreateKeyRequest
                    {
                        Description = "key {{i}}",
                        KeySpec = Kms.KeySpec.RSA_2048,
                        KeyUsage = "SIGN_VERIFY",
                        Tags = new List<Kms.Model.Tag> { new Kms.Model.Tag { TagKey = "team", TagValue = "t{{i}}" } },
                    };
            """,
        3 => $$"""
                    return new Sqs.ReceiveMessageRequest { QueueUrl = "https://sqs.us-east-1.amazonaws.com/1/q{{i}}", MaxNumberOfMessages = {{1 + i % 10}}, MessageSystemAttributeNames = ["SenderId", "SentTimestamp"] };
            """,
        _ => $$"""
                    return db.GetItemAsync("table-{{i}}", new Dictionary<string, AttributeValue> { ["pk"] = new AttributeValue("k{{i}}") }, true);
            """,
    };
}
