using Amazon.Runtime;

namespace EndpointConfigGen.Client.Tests.Support;

/// <summary>Clients whose HTTP goes to a <see cref="StubHandler"/>: nothing leaves the process.</summary>
public static class StubClients
{
    public const string AccessKeyId = "AKIDSTUBSTUBSTUB0000";
    public const string SecretAccessKey = "stub/Secret+Key0000000000000000000000000";

    /// <summary>A client with fixed credentials; <paramref name="configure"/> adjusts the config first.</summary>
    public static SageMakerTestClient SageMaker(StubHandler handler, System.Action<SageMakerTestConfig>? configure = null)
    {
        var config = new SageMakerTestConfig { RegionEndpoint = Amazon.RegionEndpoint.USEast1, MaxErrorRetry = 0 };
        configure?.Invoke(config);
        config.HttpClientFactory = new HandlerHttpClientFactory(handler);
        return new SageMakerTestClient(new BasicAWSCredentials(AccessKeyId, SecretAccessKey), config);
    }
}
