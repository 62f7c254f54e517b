using System;
using System.Collections.Generic;
using System.Net;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using ClientTests.DynamoDBItems;
using EndpointConfigGen.Client.Tests.Moto;
using EndpointConfigGen.Client.Tests.Support;

namespace EndpointConfigGen.Client.Tests;

/// <summary>
/// The generated clients throw the exception type generated for an error shape of their model when the error's
/// code is that shape's (with the shape's members read from the body), and <see cref="AwsServiceException"/> itself
/// for codes the model does not name. The CLI's view of the error stays the same.
/// </summary>
[Collection(MotoCollection.Name)]
public sealed class TypedServiceErrorTests
{
    private readonly MotoFixture _moto;

    public TypedServiceErrorTests(MotoFixture moto) => _moto = moto;

    [Fact]
    public async Task GetItem_on_a_missing_table_is_ResourceNotFoundException_as_for_the_official_client()
    {
        var table = GeneratedClients.UniqueName("missing");
        using var ours = DynamoDB();
        using var official = new AmazonDynamoDBClient(
            new BasicAWSCredentials(_moto.Key.AccessKeyId, _moto.Key.SecretAccessKey),
            new AmazonDynamoDBConfig { ServiceURL = _moto.EndpointUrl, AuthenticationRegion = AwsTools.Region, MaxErrorRetry = 0 });

        // moto's __type carries the namespace prefix: com.amazonaws.dynamodb.v20120810#ResourceNotFoundException.
        var error = await Assert.ThrowsAsync<ResourceNotFoundException>(() => ours.GetItemAsync(GetItem(table)));
        var theirs = await Assert.ThrowsAsync<Amazon.DynamoDBv2.Model.ResourceNotFoundException>(() =>
            official.GetItemAsync(new Amazon.DynamoDBv2.Model.GetItemRequest
            {
                TableName = table,
                Key = new() { ["pk"] = new Amazon.DynamoDBv2.Model.AttributeValue { S = "a" } },
            }));

        // The official client leaves ErrorType Unknown here; ours says Sender for a 4xx, as documented.
        Assert.Equal((theirs.ErrorCode, theirs.Message, theirs.StatusCode), (error.ErrorCode, error.Message, error.StatusCode));
        Assert.Equal("ResourceNotFoundException", error.ErrorCode);
        Assert.False(string.IsNullOrEmpty(error.RequestId));
        Assert.Equal("An error occurred (ResourceNotFoundException) when calling the GetItem operation: " + error.Message, error.CliErrorLine);
    }

    [Fact]
    public async Task A_SageMaker_compilation_job_that_does_not_exist_is_ResourceNotFound()
    {
        var name = GeneratedClients.UniqueName("no-job");
        using var client = GeneratedClients.Moto(_moto);

        var error = await Assert.ThrowsAsync<ClientTests.Models.ResourceNotFound>(() =>
            client.DescribeCompilationJobAsync(new ClientTests.Models.DescribeCompilationJobRequest { CompilationJobName = name }));

        Assert.Equal(("ResourceNotFound", $"Could not find compilation job '{name}'.", HttpStatusCode.BadRequest),
            (error.ErrorCode, error.Message, error.StatusCode));
        Assert.Equal("DescribeCompilationJob", error.OperationName);
    }

    [Fact]
    public async Task A_code_the_model_does_not_name_stays_AwsServiceException()
    {
        // moto answers a missing endpoint config with ValidationException, which no SageMaker error shape is.
        using var client = GeneratedClients.Moto(_moto);

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => client.DescribeEndpointConfigAsync(
            new ClientTests.Models.DescribeEndpointConfigInput { EndpointConfigName = GeneratedClients.UniqueName("none") }));

        Assert.Equal("ValidationException", error.ErrorCode);
    }

    [Fact]
    public async Task The_error_shape_s_members_are_typed_properties_read_from_the_body()
    {
        var handler = StubHandler.Answering(_ => StubHandler.Respond(HttpStatusCode.BadRequest, """
            {"__type":"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException","message":"slow down",
             "ThrottlingReasons":[{"reason":"TableReadProvisionedThroughputExceeded","resource":"arn:t"},{"reason":"r2"}],
             "Unmodeled":{"x":[1]}}
            """, ("x-amzn-RequestId", "req-1")));
        using var client = DynamoDB(handler);

        var error = await Assert.ThrowsAsync<ProvisionedThroughputExceededException>(() => client.GetItemAsync(GetItem("t")));

        Assert.Equal(("ProvisionedThroughputExceededException", "slow down", "req-1"), (error.ErrorCode, error.Message, error.RequestId));
        Assert.Equal(
            [new ThrottlingReason { reason = "TableReadProvisionedThroughputExceeded", resource = "arn:t" }, new ThrottlingReason { reason = "r2" }],
            error.ThrottlingReasons);
        Assert.Equal(1, handler.Attempts);
    }

    [Fact]
    public async Task An_awsQueryCompatible_query_code_is_the_ErrorCode_and_the_type_still_follows_the_shape()
    {
        var handler = StubHandler.Answering(_ => StubHandler.Respond(HttpStatusCode.BadRequest,
            """{"__type":"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException","message":"gone"}""",
            ("x-amzn-query-error", "Legacy.NotFound;Sender")));
        using var client = DynamoDB(handler);

        var error = await Assert.ThrowsAsync<ResourceNotFoundException>(() => client.GetItemAsync(GetItem("t")));

        Assert.Equal(("Legacy.NotFound", "gone"), (error.ErrorCode, error.Message));
    }

    [Fact]
    public async Task A_modeled_code_whose_body_is_not_its_JSON_stays_AwsServiceException()
    {
        // The code comes from the header; the body is a proxy's page, which holds none of the shape's members.
        var handler = StubHandler.Answering(_ => StubHandler.Respond(HttpStatusCode.BadRequest, "<html>busy</html>",
            ("x-amzn-ErrorType", "ProvisionedThroughputExceededException:http://internal")));
        using var client = DynamoDB(handler);

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => client.GetItemAsync(GetItem("t")));

        Assert.Equal("ProvisionedThroughputExceededException", error.ErrorCode);
        Assert.Equal("An error occurred (400) when calling the GetItem operation: <html>busy</html>", error.CliErrorLine);
    }

    [Fact]
    public async Task A_modeled_error_with_only_a_message_reads_any_body()
    {
        var handler = StubHandler.Answering(_ => StubHandler.Respond(HttpStatusCode.BadRequest, "not json",
            ("x-amzn-ErrorType", "ResourceNotFoundException")));
        using var client = DynamoDB(handler);

        var error = await Assert.ThrowsAsync<ResourceNotFoundException>(() => client.GetItemAsync(GetItem("t")));

        Assert.Equal(("ResourceNotFoundException", "not json"), (error.ErrorCode, error.Message));
    }

    private DynamoDBClient DynamoDB(StubHandler? handler = null)
    {
        var config = new DynamoDBConfig { MaxErrorRetry = 0 };
        if (handler is null)
        {
            config.ServiceURL = _moto.EndpointUrl;
            config.AuthenticationRegion = AwsTools.Region;
            return new DynamoDBClient(new BasicAWSCredentials(_moto.Key.AccessKeyId, _moto.Key.SecretAccessKey), config);
        }

        config.RegionEndpoint = Amazon.RegionEndpoint.USEast1;
        config.HttpClientFactory = new HandlerHttpClientFactory(handler);
        return new DynamoDBClient(new BasicAWSCredentials(StubClients.AccessKeyId, StubClients.SecretAccessKey), config);
    }

    private static GetItemInput GetItem(string table) => new()
    {
        TableName = table,
        Key = new Dictionary<string, AttributeValue> { ["pk"] = new AttributeValue { S = "a" } },
    };
}
