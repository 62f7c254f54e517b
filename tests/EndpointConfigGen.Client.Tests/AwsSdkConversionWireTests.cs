using System.Linq;
using System.Net;
using System.Text;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Amazon.SQS;
using EndpointConfigGen.Client.Tests.Moto;
using EndpointConfigGen.Client.Tests.Support;
using Dynamo = ClientTests.DynamoDB;
using Sqs = ClientTests.Sqs;

namespace EndpointConfigGen.Client.Tests;

/// <summary>
/// A request built with our types and sent with the official AWS SDK client through <c>ToAwsSdk()</c> puts the same body
/// on the wire as our own generated client sends for it (bodies compared as canonical JSON), and moto accepts both;
/// <c>FromAwsSdk()</c> reads the SDK's response as our client reads the same answer.
/// </summary>
[Collection(MotoCollection.Name)]
public class AwsSdkConversionWireTests(MotoFixture moto)
{
    [Fact]
    public async Task A_DynamoDB_CreateTable_from_cli_input_json_and_shorthand_is_sent_by_AmazonDynamoDBClient_as_our_client_sends_it()
    {
        // As a program would take it from --cli-input-json, with two members from CLI shorthand.
        var request = Dynamo.CreateTableInput.FromJson("""
            {"TableName": "ecg-convert-ours",
             "AttributeDefinitions": [{"AttributeName": "pk", "AttributeType": "S"}, {"AttributeName": "sk", "AttributeType": "N"}, {"AttributeName": "g", "AttributeType": "S"}],
             "GlobalSecondaryIndexes": [{"IndexName": "by-g", "KeySchema": [{"AttributeName": "g", "KeyType": "HASH"}],
                                         "Projection": {"ProjectionType": "INCLUDE", "NonKeyAttributes": ["a", "b"]},
                                         "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 2}}],
             "BillingMode": "PROVISIONED",
             "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "NEW_AND_OLD_IMAGES"},
             "Tags": [{"Key": "team", "Value": "ml"}],
             "DeletionProtectionEnabled": false,
             "TableClass": "STANDARD"}
            """) with
        {
            KeySchema = Dynamo.KeySchemaElement.ParseShorthandList("AttributeName=pk,KeyType=HASH", "AttributeName=sk,KeyType=RANGE"),
            ProvisionedThroughput = Dynamo.ProvisionedThroughput.ParseShorthand("ReadCapacityUnits=5,WriteCapacityUnits=6"),
        };
        var wire = new RecordingHandler();

        using (var ours = new Dynamo.DynamoDBClient(Credentials(), Config(new Dynamo.DynamoDBConfig(), wire)))
        {
            await ours.CreateTableAsync(request);
        }

        using var official = new AmazonDynamoDBClient(Credentials(), Config(new AmazonDynamoDBConfig(), wire));
        var response = await official.CreateTableAsync((request with { TableName = "ecg-convert-sdk" }).ToAwsSdk());

        Assert.Equal(HttpStatusCode.OK, response.HttpStatusCode);
        var (oursSent, officialSent) = (Assert.Single(wire.Requests, r => r.Body.Contains("ecg-convert-ours")), Assert.Single(wire.Requests, r => r.Body.Contains("ecg-convert-sdk")));
        Assert.Equal("DynamoDB_20120810.CreateTable", oursSent.Target);
        Assert.Equal(oursSent.Target, officialSent.Target);
        Assert.Equal(CanonicalJson.Of(oursSent.Body), CanonicalJson.Of(officialSent.Body.Replace("ecg-convert-sdk", "ecg-convert-ours")));
        Assert.Contains("\"DeletionProtectionEnabled\":false", CanonicalJson.Of(officialSent.Body));
    }

    [Fact]
    public async Task An_SQS_SendMessageBatch_is_sent_by_AmazonSQSClient_as_our_client_sends_it()
    {
        var wire = new RecordingHandler();
        using var official = new AmazonSQSClient(Credentials(), Config(new AmazonSQSConfig(), wire));
        var queueUrl = (await official.CreateQueueAsync("ecg-convert")).QueueUrl;
        var request = new Sqs.SendMessageBatchRequest
        {
            QueueUrl = queueUrl,
            Entries =
            [
                new()
                {
                    Id = "a",
                    MessageBody = "héllo",
                    DelaySeconds = 0,
                    MessageAttributes = new System.Collections.Generic.Dictionary<string, Sqs.MessageAttributeValue>
                    {
                        ["text"] = new() { DataType = "String", StringValue = "v" },
                        ["count"] = new() { DataType = "Number", StringValue = "42" },
                        ["bytes"] = new() { DataType = "Binary", BinaryValue = Encoding.UTF8.GetBytes("\u0001raw") },
                    },
                },
                Sqs.SendMessageBatchRequestEntry.ParseShorthand("Id=b,MessageBody=plain"),
            ],
        };

        Sqs.SendMessageBatchResult oursAnswered;
        using (var ours = new Sqs.SQSClient(Credentials(), Config(new Sqs.SQSConfig(), wire)))
        {
            oursAnswered = await ours.SendMessageBatchAsync(request);
        }

        var response = await official.SendMessageBatchAsync(request.ToAwsSdk());

        // The SDK's response read back into our output type says what our client read: same ids and checksums.
        var officialAnswered = Sqs.SendMessageBatchResult.FromAwsSdk(response);
        Assert.Equal(["a", "b"], officialAnswered.Successful.Select(s => s.Id).Order());
        Assert.Equal(
            oursAnswered.Successful.Select(s => (s.Id, s.MD5OfMessageBody, s.MD5OfMessageAttributes)).Order(),
            officialAnswered.Successful.Select(s => (s.Id, s.MD5OfMessageBody, s.MD5OfMessageAttributes)).Order());
        var batches = wire.Requests.Where(r => r.Target == "AmazonSQS.SendMessageBatch").ToList();
        Assert.Equal(2, batches.Count);
        Assert.Equal(CanonicalJson.Of(batches[0].Body), CanonicalJson.Of(batches[1].Body));
        Assert.Contains("\"BinaryValue\":\"AXJhdw==\"", CanonicalJson.Of(batches[1].Body));
    }

    private BasicAWSCredentials Credentials() => new(moto.Key.AccessKeyId, moto.Key.SecretAccessKey);

    private T Config<T>(T config, RecordingHandler wire)
        where T : ClientConfig
    {
        config.ServiceURL = moto.EndpointUrl;
        config.AuthenticationRegion = AwsTools.Region;
        config.MaxErrorRetry = 0;
        config.HttpClientFactory = new HandlerHttpClientFactory(wire);
        return config;
    }
}
