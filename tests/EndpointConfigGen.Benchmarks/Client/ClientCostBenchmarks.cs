using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using BenchmarkDotNet.Attributes;
using Bench.DynamoDB;
using Sdk = Amazon.DynamoDBv2.Model;

namespace EndpointConfigGen.Benchmarks.Client;

/// <summary>
/// Issue 18, "the client's own cost": one DynamoDB <c>GetItem</c> through our generated client against the official
/// <see cref="AmazonDynamoDBClient"/> (the baseline), both signing with the same credentials and answered by the same
/// canned in-process handler, per request and in bytes allocated.
/// </summary>
[MemoryDiagnoser]
public class ClientCostBenchmarks
{
    private static readonly byte[] Answer =
        """{"Item":{"pk":{"S":"user-1"},"name":{"S":"Ada"},"visits":{"N":"42"},"tags":{"L":[{"S":"a"},{"S":"b"}]}}}"""u8.ToArray();

    private readonly BasicAWSCredentials _credentials = new("AKIDBENCHBENCH000000", "bench/Secret+Key0000000000000000000000000");
    private DynamoDBClient _ours = null!;
    private DynamoDBClient _oursUnvalidated = null!;
    private AmazonDynamoDBClient _official = null!;
    private GetItemInput _ourRequest = null!;
    private Sdk.GetItemRequest _officialRequest = null!;

    [GlobalSetup]
    public void Setup()
    {
        _ours = new DynamoDBClient(_credentials, new DynamoDBConfig
        {
            RegionEndpoint = RegionEndpoint.USEast1,
            HttpClientFactory = new CannedHttpClientFactory(Answer),
        });
        _oursUnvalidated = new DynamoDBClient(_credentials, new DynamoDBConfig
        {
            RegionEndpoint = RegionEndpoint.USEast1,
            HttpClientFactory = new CannedHttpClientFactory(Answer),
            ValidateRequests = false,
        });
        _official = new AmazonDynamoDBClient(_credentials, new AmazonDynamoDBConfig
        {
            RegionEndpoint = RegionEndpoint.USEast1,
            HttpClientFactory = new CannedHttpClientFactory(Answer),
        });
        _ourRequest = new GetItemInput
        {
            TableName = "users",
            Key = new Dictionary<string, AttributeValue> { ["pk"] = new AttributeValue { S = "user-1" } },
            ConsistentRead = true,
        };
        _officialRequest = new Sdk.GetItemRequest
        {
            TableName = "users",
            Key = new Dictionary<string, Sdk.AttributeValue> { ["pk"] = new Sdk.AttributeValue { S = "user-1" } },
            ConsistentRead = true,
        };

        // Both must have read the same item, or the comparison means nothing.
        var ours = Ours().GetAwaiter().GetResult();
        var official = Official().GetAwaiter().GetResult();
        if (ours != "Ada/42/2" || official != ours || OursUnvalidated().GetAwaiter().GetResult() != ours)
        {
            throw new InvalidOperationException($"the clients read different items: {ours} vs {official}");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _ours.Dispose();
        _oursUnvalidated.Dispose();
        _official.Dispose();
    }

    [Benchmark(Baseline = true)]
    public async Task<string> Official()
    {
        var item = (await _official.GetItemAsync(_officialRequest).ConfigureAwait(false)).Item;
        return item["name"].S + "/" + item["visits"].N + "/" + item["tags"].L.Count;
    }

    /// <summary>As users get it: the request is checked against the model first (<c>ValidateRequests</c>, on by default).</summary>
    [Benchmark]
    public Task<string> Ours() => Get(_ours);

    /// <summary>With <c>ValidateRequests = false</c>: the same work as the official client does.</summary>
    [Benchmark]
    public Task<string> OursUnvalidated() => Get(_oursUnvalidated);

    private async Task<string> Get(DynamoDBClient client)
    {
        var item = (await client.GetItemAsync(_ourRequest).ConfigureAwait(false)).Item!;
        return item["name"].S + "/" + item["visits"].N + "/" + item["tags"].L!.Count;
    }
}
