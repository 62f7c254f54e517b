using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using EndpointConfigGen.Client.Tests.Support;

namespace EndpointConfigGen.Client.Tests;

/// <summary>What goes on the wire for a json-protocol operation.</summary>
public sealed class RequestTests
{
    [Fact]
    public async Task An_operation_is_a_signed_POST_of_its_JSON_to_slash_with_its_target()
    {
        var handler = StubHandler.Answering(_ => StubHandler.Respond(HttpStatusCode.OK, """{"EndpointConfigs":[]}"""));
        using var client = StubClients.SageMaker(handler);
        const string body = """{"NameContains":"é","MaxResults":5}""";

        var output = await client.CallAsync("ListEndpointConfigs", body);

        var sent = Assert.Single(handler.Requests);
        Assert.Equal(("POST", "https://api.sagemaker.us-east-1.amazonaws.com/"), (sent.Method, sent.Uri.ToString()));
        Assert.Equal("SageMaker.ListEndpointConfigs", sent.Headers["X-Amz-Target"]);
        Assert.Equal("application/x-amz-json-1.1", sent.Headers["Content-Type"]);
        Assert.Equal(body, sent.Body);
        Assert.Matches($"^AWS4-HMAC-SHA256 Credential={StubClients.AccessKeyId}/\\d{{8}}/us-east-1/sagemaker/aws4_request, SignedHeaders=[^ ]*x-amz-target", sent.Headers["Authorization"]);
        Assert.DoesNotContain(sent.Headers.Values, v => v.Contains(StubClients.SecretAccessKey, StringComparison.Ordinal));
        Assert.Equal("""{"EndpointConfigs":[]}""", output.GetRawText());
    }

    [Fact]
    public async Task An_awsJson1_0_service_gets_its_own_target_prefix_content_type_and_signing_name()
    {
        var handler = StubHandler.Answering(_ => StubHandler.Respond(HttpStatusCode.OK, "{}"));
        var description = new JsonServiceDescription("DynamoDB", "DynamoDB_20120810", "1.0", "dynamodb", "dynamodb", "2012-08-10");
        var config = new AnyJsonConfig(description) { RegionEndpoint = Amazon.RegionEndpoint.EUWest1, HttpClientFactory = new HandlerHttpClientFactory(handler) };
        using var client = new AnyJsonClient(config);

        await client.CallAsync("ListTables", "{}");

        var sent = Assert.Single(handler.Requests);
        Assert.Equal("https://dynamodb.eu-west-1.amazonaws.com/", sent.Uri.ToString());
        Assert.Equal(("DynamoDB_20120810.ListTables", "application/x-amz-json-1.0"), (sent.Headers["X-Amz-Target"], sent.Headers["Content-Type"]));
        Assert.Contains("/eu-west-1/dynamodb/aws4_request", sent.Headers["Authorization"], StringComparison.Ordinal);
    }

    [Fact]
    public void Requests_are_validated_unless_the_config_says_not_to()
    {
        using var validating = new SageMakerTestClient(new Amazon.Runtime.AnonymousAWSCredentials(), new SageMakerTestConfig { RegionEndpoint = Amazon.RegionEndpoint.USEast1 });
        using var trusting = new SageMakerTestClient(
            new Amazon.Runtime.AnonymousAWSCredentials(), new SageMakerTestConfig { RegionEndpoint = Amazon.RegionEndpoint.USEast1, ValidateRequests = false });

        Assert.Equal((true, false), (validating.WillValidate, trusting.WillValidate));
    }

    private sealed class AnyJsonConfig(JsonServiceDescription description) : JsonServiceConfig(description);

    private sealed class AnyJsonClient(AnyJsonConfig config)
        : JsonServiceClient(new Amazon.Runtime.BasicAWSCredentials(StubClients.AccessKeyId, StubClients.SecretAccessKey), config)
    {
        public Task<string> CallAsync(string operation, string json) =>
            InvokeAsync(new OperationDescription(operation), System.Text.Encoding.UTF8.GetBytes(json),
                static body => System.Text.Encoding.UTF8.GetString(body), default);
    }
}
