using System;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace SdkConsumer;

/// <summary>
/// SdkConsumer ENDPOINT_URL TABLE_NAME: builds a typed request, creates the table with the official client
/// (credentials and region from the SDK's default chain) and prints its ARN.
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        if (args.Length != 2)
        {
            Console.Error.WriteLine("usage: SdkConsumer ENDPOINT_URL TABLE_NAME");
            return 2;
        }

        var request = new CreateTableRequest
        {
            TableName = args[1],
            AttributeDefinitions = [new AttributeDefinition("pk", ScalarAttributeType.S)],
            KeySchema = [new KeySchemaElement("pk", KeyType.HASH)],
            BillingMode = BillingMode.PAY_PER_REQUEST,
            Tags = [new Tag { Key = "built-by", Value = "native-aot" }],
        };
        var region = Environment.GetEnvironmentVariable("AWS_DEFAULT_REGION") ?? "us-east-1";
        using var client = new AmazonDynamoDBClient(new AmazonDynamoDBConfig { ServiceURL = args[0], AuthenticationRegion = region });
        var created = await client.CreateTableAsync(request);
        Console.WriteLine(created.TableDescription.TableArn);
        return 0;
    }
}
