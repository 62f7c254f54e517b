using System.Threading.Tasks;
using Amazon.Runtime;

namespace EndpointConfigGen.Client.Tests.Support;

/// <summary>Clients pointed at the shared moto server, and the SageMaker resources its calls need.</summary>
public static class MotoClients
{
    public static SageMakerTestClient SageMaker(MotoFixture moto, string? secretAccessKey = null) =>
        new(new BasicAWSCredentials(moto.Key.AccessKeyId, secretAccessKey ?? moto.Key.SecretAccessKey), Config(moto));

    public static SageMakerTestConfig Config(MotoFixture moto) => new()
    {
        ServiceURL = moto.EndpointUrl,
        AuthenticationRegion = AwsTools.Region,
        MaxErrorRetry = 0,
    };

    /// <summary>Creates the model an endpoint config names: moto's CreateEndpointConfig refuses unknown models.</summary>
    public static Task CreateModelAsync(SageMakerTestClient client, string modelName) =>
        client.CallAsync("CreateModel", $$$"""
            {"ModelName":"{{{modelName}}}","ExecutionRoleArn":"arn:aws:iam::123456789012:role/ecg",
             "PrimaryContainer":{"Image":"123456789012.dkr.ecr.us-east-1.amazonaws.com/ecg:latest"}}
            """);
}
