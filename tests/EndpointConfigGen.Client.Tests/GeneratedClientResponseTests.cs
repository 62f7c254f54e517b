using System;
using System.Net;
using System.Text;
using System.Threading.Tasks;
using ClientTests.Models;
using EndpointConfigGen.Client.Tests.Support;

namespace EndpointConfigGen.Client.Tests;

/// <summary>How the generated <see cref="SageMakerClient"/> reads responses and what it sends, with canned HTTP.</summary>
public sealed class GeneratedClientResponseTests
{
    [Fact]
    public async Task A_response_with_members_the_model_does_not_know_is_read()
    {
        // A newer service: unknown members at the top, inside a variant and inside a nested config, and an
        // instance type the model's enum does not list yet.
        const string body = """
            {"EndpointConfigName":"future","Shiny":{"deep":[1,{"x":null}],"s":"t"},
             "EndpointConfigArn":"arn:aws:sagemaker:us-east-1:123456789012:endpoint-config/future",
             "ProductionVariants":[{"VariantName":"a","FutureKnob":7,"InstanceType":"ml.q9.48xlarge","InitialVariantWeight":1.5,
               "ServerlessConfig":{"MemorySizeInMB":2048,"MaxConcurrency":3,"Turbo":true}}],
             "CreationTime":1735689600.125,"NotYetModelled":[]}
            """;
        var handler = StubHandler.Answering(_ => StubHandler.Respond(HttpStatusCode.OK, body));
        using var client = GeneratedClients.Stub(handler);

        var described = await client.DescribeEndpointConfigAsync(new DescribeEndpointConfigInput { EndpointConfigName = "future" });

        var expected = new DescribeEndpointConfigOutput
        {
            EndpointConfigName = "future",
            EndpointConfigArn = "arn:aws:sagemaker:us-east-1:123456789012:endpoint-config/future",
            ProductionVariants =
            [
                new ProductionVariant
                {
                    VariantName = "a",
#pragma warning disable ECG001 // an instance type the model does not know is the point
                    InstanceType = new ProductionVariantInstanceType("ml.q9.48xlarge"),
#pragma warning restore ECG001
                    InitialVariantWeight = 1.5,
                    ServerlessConfig = new ProductionVariantServerlessConfig { MemorySizeInMB = 2048, MaxConcurrency = 3 },
                },
            ],
            CreationTime = new DateTimeOffset(2025, 1, 1, 0, 0, 0, 125, TimeSpan.Zero),
        };
        Assert.Equal(expected, described);
        Assert.False(described.ProductionVariants[0].InstanceType!.Value.IsKnown);
        // The model's own reader stays strict: only the client, reading a response, skips what it does not know.
        // (The analyzers see the constant and say so at build time, ECG016 and ECG001: here that is the point.)
#pragma warning disable ECG001, ECG016
        Assert.Throws<EndpointConfigGen.Runtime.JsonRequestException>(() => DescribeEndpointConfigOutput.FromJson(body));
#pragma warning restore ECG001, ECG016

        var sent = Assert.Single(handler.Requests);
        Assert.Equal(("SageMaker.DescribeEndpointConfig", """{"EndpointConfigName":"future"}"""), (sent.Headers["X-Amz-Target"], sent.Body));
    }

    [Fact]
    public async Task Null_members_are_absent_and_missing_required_members_read_as_zero_values()
    {
        const string body = """
            {"EndpointConfigName":"z","KmsKeyId":null,"ProductionVariants":[{"VariantName":null,"InstanceType":"ml.m5.large"}],
             "DataCaptureConfig":{},"CreationTime":1735689600}
            """;
        using var client = GeneratedClients.Stub(StubHandler.Answering(_ => StubHandler.Respond(HttpStatusCode.OK, body)));

        var described = await client.DescribeEndpointConfigAsync(new DescribeEndpointConfigInput { EndpointConfigName = "z" });

        Assert.Null(described.KmsKeyId);
        Assert.Equal("", described.EndpointConfigArn);
#pragma warning disable ECG007, ECG009 // zero values a response may hold, which no request may
        Assert.Equal(new ProductionVariant { VariantName = "", InstanceType = "ml.m5.large" }, Assert.Single(described.ProductionVariants));
        Assert.Equal(new DataCaptureConfig { InitialSamplingPercentage = 0, DestinationS3Uri = "", CaptureOptions = [] }, described.DataCaptureConfig);
#pragma warning restore ECG007, ECG009
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?><ListAllMyBucketsResult/>")]
    [InlineData("{\"EndpointConfigArn\": ")]
    public async Task A_success_body_that_is_not_JSON_reads_as_an_empty_output_as_botocore_reads_it(string body)
    {
        using var client = GeneratedClients.Stub(StubHandler.Answering(_ => StubHandler.Respond(HttpStatusCode.OK, body)));
        string? seen = null;

        await client.InvokeAsync(new OperationDescription("CreateEndpointConfig"), "{}"u8.ToArray(), json => seen = Encoding.UTF8.GetString(json), default);

        Assert.Equal("{}", seen);
    }

    [Fact]
    public async Task An_operation_without_output_completes_on_an_empty_body_and_sends_its_typed_request()
    {
        var handler = StubHandler.Answering(_ => StubHandler.Respond(HttpStatusCode.OK, ""));
        using var client = GeneratedClients.Stub(handler);

        await client.DeleteEndpointConfigAsync(new DeleteEndpointConfigInput { EndpointConfigName = "gone" });

        var sent = Assert.Single(handler.Requests);
        Assert.Equal(("POST", "https://api.sagemaker.us-east-1.amazonaws.com/"), (sent.Method, sent.Uri.ToString()));
        Assert.Equal(("SageMaker.DeleteEndpointConfig", "application/x-amz-json-1.1"), (sent.Headers["X-Amz-Target"], sent.Headers["Content-Type"]));
        Assert.Equal("""{"EndpointConfigName":"gone"}""", sent.Body);
    }

    [Fact]
    public void The_config_carries_the_model_s_service_metadata()
    {
        var service = SageMakerConfig.Service;
        Assert.Equal(("SageMaker", "SageMaker", "1.1", "sagemaker", "api.sagemaker", "2017-07-24"),
            (service.ServiceId, service.TargetPrefix, service.JsonVersion, service.SigningName, service.EndpointPrefix, service.ApiVersion));
        Assert.True(new SageMakerConfig().ValidateRequests);
    }

    [Fact]
    public void The_built_in_SageMaker_rules_apply_without_a_rules_file_beside_the_shape_file()
    {
        // The analyzer already reports this at compile time (ECG002); the run-time check is the point here.
#pragma warning disable ECG002
        var input = new CreateEndpointConfigInput
        {
            EndpointConfigName = "c",
            KmsKeyId = "alias/k",
            ProductionVariants = [new ProductionVariant { VariantName = "v", ModelName = "m", InstanceType = "ml.g5.xlarge", InitialInstanceCount = 1 }],
        };
#pragma warning restore ECG002

        Assert.Contains(input.Validate(), p => p.RuleId == "kms-local-storage");
    }
}
