using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Amazon.SQS;
using Amazon.SQS.Model;
using EndpointConfigGen.Client.Tests.Moto;
using EndpointConfigGen.Client.Tests.Support;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Client.Tests;

/// <summary>
/// The official AWS SDK clients with validation on, against moto: a request our checks refuse throws
/// <see cref="ValidationException"/> and never reaches the server; a good one goes through.
/// </summary>
[Collection(MotoCollection.Name)]
public class SdkSendValidationTests(MotoFixture moto)
{
    [Fact]
    public async Task Every_client_refuses_a_bad_DynamoDB_request_and_sends_nothing()
    {
        EndpointConfigGenValidation.RegisterForAllClients();
        var wire = new CountingHandler();
        using var client = new AmazonDynamoDBClient(Credentials(), new AmazonDynamoDBConfig
        {
            ServiceURL = moto.EndpointUrl, AuthenticationRegion = AwsTools.Region, MaxErrorRetry = 0, HttpClientFactory = new HandlerHttpClientFactory(wire),
        });
        var bad = Table("ecg-sdk-refused");
        bad.BillingMode = "PAY_PER_REQUESTS";

        var error = await Assert.ThrowsAsync<ValidationException>(() => client.CreateTableAsync(bad));

        Assert.Contains("PAY_PER_REQUESTS", error.Message, System.StringComparison.Ordinal);
        Assert.Equal(0, wire.Count);
        await client.CreateTableAsync(Table("ecg-sdk-accepted"));
        var tables = (await client.ListTablesAsync(new ListTablesRequest())).TableNames;
        Assert.Contains("ecg-sdk-accepted", tables);
        Assert.DoesNotContain("ecg-sdk-refused", tables);
    }

    [Fact]
    public async Task A_client_created_validating_refuses_a_bad_SQS_batch_and_sends_nothing()
    {
        var wire = new CountingHandler();
        using var client = EndpointConfigGenValidation.CreateValidatingClient(() => new AmazonSQSClient(Credentials(), new AmazonSQSConfig
        {
            ServiceURL = moto.EndpointUrl, AuthenticationRegion = AwsTools.Region, MaxErrorRetry = 0, HttpClientFactory = new HandlerHttpClientFactory(wire),
        }));
        var queueUrl = (await client.CreateQueueAsync(new CreateQueueRequest { QueueName = "ecg-sdk-validation" })).QueueUrl;
        var sent = wire.Count;

        var error = await Assert.ThrowsAsync<ValidationException>(() => client.SendMessageBatchAsync(new SendMessageBatchRequest
        {
            QueueUrl = queueUrl,
            Entries = [new SendMessageBatchRequestEntry { Id = "refused" }],
        }));

        Assert.Contains("MessageBody", error.Message, System.StringComparison.Ordinal);
        Assert.Equal(sent, wire.Count);
        var result = await client.SendMessageBatchAsync(new SendMessageBatchRequest
        {
            QueueUrl = queueUrl,
            Entries = [new SendMessageBatchRequestEntry { Id = "accepted", MessageBody = "hello" }],
        });
        Assert.Equal("accepted", Assert.Single(result.Successful).Id);
        Assert.Equal(sent + 1, wire.Count);
    }

    private BasicAWSCredentials Credentials() => new(moto.Key.AccessKeyId, moto.Key.SecretAccessKey);

    private static CreateTableRequest Table(string name) => new()
    {
        TableName = name,
        AttributeDefinitions = [new AttributeDefinition { AttributeName = "pk", AttributeType = "S" }],
        KeySchema = [new KeySchemaElement { AttributeName = "pk", KeyType = "HASH" }],
        BillingMode = "PAY_PER_REQUEST",
    };

    /// <summary>Counts the requests that reach the network.</summary>
    private sealed class CountingHandler() : DelegatingHandler(new HttpClientHandler())
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _count);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
