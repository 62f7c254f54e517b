using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;

namespace EndpointConfigGen.Client.Tests.Support;

/// <summary>
/// A client shaped like the generated ones (constructors plus one line per operation), taking hand-written
/// JSON and returning the response as a <see cref="JsonElement"/>.
/// </summary>
public sealed class SageMakerTestClient : JsonServiceClient
{
    public SageMakerTestClient() : this(new SageMakerTestConfig()) { }

    public SageMakerTestClient(SageMakerTestConfig config) : base(config) { }

    public SageMakerTestClient(AWSCredentials credentials, SageMakerTestConfig config) : base(credentials, config) { }

    /// <summary>What a generated method would consult before calling <c>ThrowIfInvalid()</c>.</summary>
    public bool WillValidate => ValidateRequests;

    public Task<JsonElement> CallAsync(string operation, string json, CancellationToken cancellationToken = default) =>
        InvokeAsync(new OperationDescription(operation), Encoding.UTF8.GetBytes(json), static body => Read(body), cancellationToken);

    private static JsonElement Read(System.ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        return JsonElement.ParseValue(ref reader);
    }
}

/// <summary>The configuration a generator would emit from SageMaker's <c>metadata</c>.</summary>
public sealed class SageMakerTestConfig : JsonServiceConfig
{
    public static readonly JsonServiceDescription SageMaker = new(
        serviceId: "SageMaker", targetPrefix: "SageMaker", jsonVersion: "1.1",
        signingName: "sagemaker", endpointPrefix: "api.sagemaker", apiVersion: "2017-07-24");

    public SageMakerTestConfig() : base(SageMaker) { }
}
