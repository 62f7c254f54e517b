using System;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using ClientTests.Models;
using EndpointConfigGen.Client.Tests.Moto;
using EndpointConfigGen.Client.Tests.Support;

namespace EndpointConfigGen.Client.Tests;

/// <summary>
/// The generated <see cref="SageMakerClient"/> (from <c>Shapes/EndpointConfigs.shape.json</c>) against moto with
/// signature checking: typed requests in, typed results out, each result equal to what boto3 gets from the same server.
/// </summary>
[Collection(MotoCollection.Name)]
public sealed class GeneratedClientTests
{
    private const string WrongSecret = "wRoNgSeCrEt0000000000000000000000000000x";

    private readonly MotoFixture _moto;

    public GeneratedClientTests(MotoFixture moto) => _moto = moto;

    [Fact]
    public async Task Create_describe_list_delete_give_typed_results_equal_to_boto3_s()
    {
        using var client = GeneratedClients.Moto(_moto);
        var prefix = GeneratedClients.UniqueName("gen");
        var model = await GeneratedClients.CreateModelAsync(client, prefix + "-model");
        Assert.Equal($"arn:aws:sagemaker:us-east-1:123456789012:model/{prefix}-model", model.ModelArn);

        var request = new CreateEndpointConfigInput
        {
            EndpointConfigName = prefix + "-a",
            ProductionVariants =
            [
                GeneratedClients.Variant("blue", prefix + "-model", weight: 0.25),
                GeneratedClients.Variant("green", prefix + "-model", weight: 0.75) with { InitialInstanceCount = 2 },
            ],
            DataCaptureConfig = new DataCaptureConfig
            {
                EnableCapture = true,
                InitialSamplingPercentage = 20,
                DestinationS3Uri = "s3://ecg-capture/" + prefix,
                CaptureOptions = [new CaptureOption { CaptureMode = CaptureMode.Input }, new CaptureOption { CaptureMode = CaptureMode.Output }],
            },
            KmsKeyId = "arn:aws:kms:us-east-1:123456789012:key/ecg",
            Tags = [new Tag { Key = "team", Value = "ecg" }],
        };
        var created = await client.CreateEndpointConfigAsync(request);
        Assert.Equal($"arn:aws:sagemaker:us-east-1:123456789012:endpoint-config/{prefix}-a", created.EndpointConfigArn);

        // boto3 creates a twin from the typed request's own JSON, then reads both back as the typed client does.
        var sorted = new ListEndpointConfigsInput { NameContains = prefix, SortBy = EndpointConfigSortKey.Name, SortOrder = OrderKey.Descending };
        var paged = new ListEndpointConfigsInput { NameContains = prefix, SortBy = EndpointConfigSortKey.Name, MaxResults = 1 };
        var boto3 = await AwsTools.Boto3Async(_moto.EndpointUrl, _moto.Key,
            ("CreateEndpointConfig", Json((request with { EndpointConfigName = prefix + "-b" }).ToJson())),
            ("DescribeEndpointConfig", new { EndpointConfigName = prefix + "-a" }),
            ("DescribeEndpointConfig", new { EndpointConfigName = prefix + "-b" }),
            ("ListEndpointConfigs", Json(sorted.ToJson())),
            ("ListEndpointConfigs", Json(paged.ToJson())));
        var describedA = await client.DescribeEndpointConfigAsync(new DescribeEndpointConfigInput { EndpointConfigName = prefix + "-a" });
        var describedB = await client.DescribeEndpointConfigAsync(new DescribeEndpointConfigInput { EndpointConfigName = prefix + "-b" });
        var listed = await client.ListEndpointConfigsAsync(sorted);
        var firstPage = await client.ListEndpointConfigsAsync(paged);

        // Named in full: the random prefix may itself contain "-a".
        Assert.Equal($"arn:aws:sagemaker:us-east-1:123456789012:endpoint-config/{prefix}-b", boto3[0].GetProperty("EndpointConfigArn").GetString());
        SameAsBoto3(boto3[1], describedA, DescribeEndpointConfigOutput.FromJson, o => o.ToJson());
        SameAsBoto3(boto3[2], describedB, DescribeEndpointConfigOutput.FromJson, o => o.ToJson());
        SameAsBoto3(boto3[3], listed, ListEndpointConfigsOutput.FromJson, o => o.ToJson());
        SameAsBoto3(boto3[4], firstPage, ListEndpointConfigsOutput.FromJson, o => o.ToJson());
        SameInstants(boto3[1].GetProperty("CreationTime"), describedA.CreationTime);
        foreach (var (summary, i) in listed.EndpointConfigs.Select((s, i) => (s, i)))
            SameInstants(boto3[3].GetProperty("EndpointConfigs")[i].GetProperty("CreationTime"), summary.CreationTime);

        // What the typed request asked for is what the server stored, for the typed client and for boto3 alike.
        Assert.Equal(request.ProductionVariants, describedA.ProductionVariants);
        Assert.Equal(request.DataCaptureConfig, describedA.DataCaptureConfig);
        Assert.Equal(request.KmsKeyId, describedA.KmsKeyId);
        Assert.Equal(describedA with { EndpointConfigName = describedB.EndpointConfigName, EndpointConfigArn = describedB.EndpointConfigArn, CreationTime = describedB.CreationTime }, describedB);
        Assert.Equal([prefix + "-b", prefix + "-a"], listed.EndpointConfigs.Select(c => c.EndpointConfigName));
        Assert.Equal(prefix + "-a", Assert.Single(firstPage.EndpointConfigs).EndpointConfigName);
        Assert.NotNull(firstPage.NextToken);
        Assert.Null(listed.NextToken);

        await client.DeleteEndpointConfigAsync(new DeleteEndpointConfigInput { EndpointConfigName = prefix + "-a" });
        await client.DeleteEndpointConfigAsync(new DeleteEndpointConfigInput { EndpointConfigName = prefix + "-b" });
        var gone = await client.ListEndpointConfigsAsync(new ListEndpointConfigsInput { NameContains = prefix });
        var missing = await Assert.ThrowsAsync<AwsServiceException>(() =>
            client.DescribeEndpointConfigAsync(new DescribeEndpointConfigInput { EndpointConfigName = prefix + "-a" }));
        var boto3Gone = await AwsTools.Boto3Async(_moto.EndpointUrl, _moto.Key,
            ("ListEndpointConfigs", new { NameContains = prefix }),
            ("DescribeEndpointConfig", new { EndpointConfigName = prefix + "-a" }));

        Assert.Empty(gone.EndpointConfigs);
        SameAsBoto3(boto3Gone[0], gone, ListEndpointConfigsOutput.FromJson, o => o.ToJson());
        var boto3Error = boto3Gone[1].GetProperty("Error");
        Assert.Equal((boto3Error.GetProperty("Code").GetString(), boto3Error.GetProperty("Message").GetString()), (missing.ErrorCode, missing.Message));
        Assert.Equal(("ValidationException", HttpStatusCode.BadRequest, "DescribeEndpointConfig"), (missing.ErrorCode, missing.StatusCode, missing.OperationName));
    }

    [Fact]
    public async Task A_wrong_secret_is_SignatureDoesNotMatch()
    {
        using var client = GeneratedClients.Moto(_moto, WrongSecret);

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => client.ListEndpointConfigsAsync(new ListEndpointConfigsInput()));

        Assert.Equal(("SignatureDoesNotMatch", HttpStatusCode.Forbidden, "ListEndpointConfigs"), (error.ErrorCode, error.StatusCode, error.OperationName));
        Assert.DoesNotContain(WrongSecret, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_the_model_s_pattern_refuses_is_not_sent_unless_validation_is_off()
    {
        using var client = GeneratedClients.Moto(_moto);
        var prefix = GeneratedClients.UniqueName("pattern");
        await GeneratedClients.CreateModelAsync(client, prefix + "-model");
        var request = new CreateEndpointConfigInput
        {
            EndpointConfigName = prefix + " spaced",
            ProductionVariants = [GeneratedClients.Variant("a", prefix + "-model")],
        };

        var wire = StubHandler.Forwarding();
        using (var validating = GeneratedClients.Moto(_moto, wire))
        {
            var error = await Assert.ThrowsAsync<EndpointConfigGen.Runtime.ValidationException>(() => validating.CreateEndpointConfigAsync(request));
            var problem = Assert.Single(error.Problems);
            Assert.Contains("EndpointConfigName", problem.Message, StringComparison.Ordinal);
            Assert.StartsWith("Parameter validation failed:\n", error.Message, StringComparison.Ordinal);
        }
        Assert.Equal(0, wire.Attempts);
        Assert.Empty((await client.ListEndpointConfigsAsync(new ListEndpointConfigsInput { NameContains = prefix })).EndpointConfigs);

        using (var trusting = GeneratedClients.Moto(_moto, wire, validateRequests: false))
        {
            // moto checks no name pattern: the request goes out as it is and the server takes it.
            var created = await trusting.CreateEndpointConfigAsync(request);
            Assert.Equal($"arn:aws:sagemaker:us-east-1:123456789012:endpoint-config/{prefix} spaced", created.EndpointConfigArn);
            Assert.Equal(1, wire.Attempts);
            Assert.Contains($"\"EndpointConfigName\":\"{prefix} spaced\"", Assert.Single(wire.Requests).Body, StringComparison.Ordinal);

            var listed = await client.ListEndpointConfigsAsync(new ListEndpointConfigsInput { NameContains = prefix });
            Assert.Equal([prefix + " spaced"], listed.EndpointConfigs.Select(c => c.EndpointConfigName));
            await trusting.DeleteEndpointConfigAsync(new DeleteEndpointConfigInput { EndpointConfigName = prefix + " spaced" });
        }
    }

    [Fact]
    public async Task Variants_that_all_weigh_zero_break_a_rule_and_are_not_sent_unless_validation_is_off()
    {
        using var client = GeneratedClients.Moto(_moto);
        var name = GeneratedClients.UniqueName("zero");
        await GeneratedClients.CreateModelAsync(client, name + "-model");
        var request = new CreateEndpointConfigInput
        {
            EndpointConfigName = name,
            ProductionVariants = [GeneratedClients.Variant("a", name + "-model", weight: 0), GeneratedClients.Variant("b", name + "-model", weight: 0)],
        };

        var wire = StubHandler.Forwarding();
        using (var validating = GeneratedClients.Moto(_moto, wire))
        {
            var error = await Assert.ThrowsAsync<EndpointConfigGen.Runtime.ValidationException>(() => validating.CreateEndpointConfigAsync(request));
            Assert.Contains(error.Problems, p => p.RuleId == "all-zero-weight");
        }
        Assert.Equal(0, wire.Attempts);
        var notThere = await Assert.ThrowsAsync<AwsServiceException>(() =>
            client.DescribeEndpointConfigAsync(new DescribeEndpointConfigInput { EndpointConfigName = name }));
        Assert.Equal("ValidationException", notThere.ErrorCode);

        using (var trusting = GeneratedClients.Moto(_moto, wire, validateRequests: false))
        {
            // moto has no such rule: it takes the request.
            var created = await trusting.CreateEndpointConfigAsync(request);
            Assert.Equal($"arn:aws:sagemaker:us-east-1:123456789012:endpoint-config/{name}", created.EndpointConfigArn);
            Assert.Equal(1, wire.Attempts);
        }
        var sent = JsonDocument.Parse(Assert.Single(wire.Requests).Body).RootElement;
        Assert.Equal([0.0, 0.0], sent.GetProperty("ProductionVariants").EnumerateArray().Select(v => v.GetProperty("InitialVariantWeight").GetDouble()));
        // moto describes a config created without a DataCaptureConfig with "DataCaptureConfig":{}, leaving out members
        // the model marks required; a client reads them as zero values, as botocore and Smithy clients do.
        var described = await client.DescribeEndpointConfigAsync(new DescribeEndpointConfigInput { EndpointConfigName = name });
        Assert.Equal(name, described.EndpointConfigName);
#pragma warning disable ECG007, ECG009 // zero values a response may hold, which no request may
        Assert.Equal(new DataCaptureConfig { InitialSamplingPercentage = 0, DestinationS3Uri = "", CaptureOptions = [] }, described.DataCaptureConfig);
#pragma warning restore ECG007, ECG009
        var listed = await client.ListEndpointConfigsAsync(new ListEndpointConfigsInput { NameContains = name });
        Assert.Equal([name], listed.EndpointConfigs.Select(c => c.EndpointConfigName));
        await client.DeleteEndpointConfigAsync(new DeleteEndpointConfigInput { EndpointConfigName = name });
    }

    /// <summary>
    /// boto3's result and the typed one agree two ways: boto3's JSON read into the typed output is equal to it
    /// (record equality, timestamps to the tick), and the typed output written as JSON has boto3's members and values,
    /// its timestamps (every <c>CreationTime</c> here) as botocore's serializer writes them: whole epoch seconds.
    /// </summary>
    private static void SameAsBoto3<T>(JsonElement boto3, T typed, Func<string, T> fromJson, Func<T, string> toJson)
    {
        Assert.False(boto3.TryGetProperty("Error", out var error), $"boto3 failed: {error}");
        Assert.Equal(fromJson(boto3.GetRawText()), typed);
        var written = JsonNode.Parse(boto3.GetRawText())!;
        WholeSeconds(written, "CreationTime");
        JsonAssert.Equivalent(JsonDocument.Parse(written.ToJsonString()).RootElement, JsonDocument.Parse(toJson(typed)).RootElement);
    }

    /// <summary>Floors the epoch-seconds values of the members named <paramref name="timestamp"/>, at any depth.</summary>
    private static void WholeSeconds(JsonNode? node, string timestamp)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToArray())
                {
                    if (name == timestamp && value is JsonValue seconds) obj[name] = Math.Floor(seconds.GetValue<double>());
                    else WholeSeconds(value, timestamp);
                }
                break;
            case JsonArray array:
                foreach (var item in array) WholeSeconds(item, timestamp);
                break;
        }
    }

    /// <summary>boto3's datetime, printed as epoch seconds, is the typed instant to the microsecond (datetime's resolution).</summary>
    private static void SameInstants(JsonElement boto3EpochSeconds, DateTimeOffset typed)
    {
        var expected = (long)Math.Round(boto3EpochSeconds.GetDouble() * 1e6);
        var actual = (long)Math.Round((typed.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10.0);
        Assert.Equal(expected, actual);
        Assert.Equal(TimeSpan.Zero, typed.Offset);
    }

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement;
}
