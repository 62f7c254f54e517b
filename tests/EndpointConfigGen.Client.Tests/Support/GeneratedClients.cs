using System;
using System.Net.Http;
using System.Threading.Tasks;
using Amazon.Runtime;
using ClientTests.Models;

namespace EndpointConfigGen.Client.Tests.Support;

/// <summary>
/// The client the generator emitted from <c>Shapes/EndpointConfigs.shape.json</c>, set up as a consumer would:
/// pointed at the shared moto server, or with a test's handler under the SDK pipeline.
/// </summary>
public static class GeneratedClients
{
    public static SageMakerClient Moto(MotoFixture moto, string? secretAccessKey = null, Action<SageMakerConfig>? configure = null)
    {
        var config = new SageMakerConfig
        {
            ServiceURL = moto.EndpointUrl,
            AuthenticationRegion = AwsTools.Region,
            MaxErrorRetry = 0,
        };
        configure?.Invoke(config);
        return new SageMakerClient(new BasicAWSCredentials(moto.Key.AccessKeyId, secretAccessKey ?? moto.Key.SecretAccessKey), config);
    }

    /// <summary>A client whose HTTP goes to <paramref name="handler"/> (a stub, or one forwarding to moto).</summary>
    public static SageMakerClient Moto(MotoFixture moto, HttpMessageHandler handler, bool validateRequests = true) =>
        Moto(moto, configure: config =>
        {
            config.HttpClientFactory = new HandlerHttpClientFactory(handler);
            config.ValidateRequests = validateRequests;
        });

    /// <summary>A client with fixed credentials whose HTTP never leaves the process.</summary>
    public static SageMakerClient Stub(StubHandler handler) =>
        new(new BasicAWSCredentials(StubClients.AccessKeyId, StubClients.SecretAccessKey), new SageMakerConfig
        {
            RegionEndpoint = Amazon.RegionEndpoint.USEast1,
            MaxErrorRetry = 0,
            HttpClientFactory = new HandlerHttpClientFactory(handler),
        });

    /// <summary>A unique resource name: the moto server is shared by every test of the run.</summary>
    public static string UniqueName(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>Creates, with the generated client, the model an endpoint config names (moto refuses unknown models).</summary>
    public static async Task<CreateModelOutput> CreateModelAsync(SageMakerClient client, string modelName) =>
        await client.CreateModelAsync(new CreateModelInput
        {
            ModelName = modelName,
            ExecutionRoleArn = "arn:aws:iam::123456789012:role/ecg",
            PrimaryContainer = new ContainerDefinition
            {
                Image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/ecg:latest",
                Environment = new System.Collections.Generic.Dictionary<string, string> { ["MODE"] = "test" },
            },
        });

    /// <summary>One variant on one ml.m5.large instance (an instance type moto accepts).</summary>
    public static ProductionVariant Variant(string name, string modelName, double? weight = null) => new()
    {
        VariantName = name,
        ModelName = modelName,
        InitialInstanceCount = 1,
        InstanceType = ProductionVariantInstanceType.MlM5Large,
        InitialVariantWeight = weight,
    };
}
