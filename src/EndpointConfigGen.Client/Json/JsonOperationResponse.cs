using Amazon.Runtime;

namespace EndpointConfigGen.Client.Json;

/// <summary>Carries the output the reader delegate made back through the pipeline.</summary>
/// <remarks>The SDK's <c>InvokeAsync</c> requires a parameterless constructor, hence the init-only property.</remarks>
internal sealed class JsonOperationResponse<T> : AmazonWebServiceResponse
{
    public T Output { get; init; } = default!;
}
