using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace EndpointConfigGen.Client.Json;

/// <summary>
/// Builds the awsJson request: the operation's method and URI (<c>POST /</c>), <c>X-Amz-Target</c>,
/// <c>Content-Type: application/x-amz-json-{version}</c> and the UTF-8 JSON body as given.
/// </summary>
internal sealed class JsonRequestMarshaller : IMarshaller<IRequest, AmazonWebServiceRequest>
{
    private readonly JsonServiceDescription _service;

    public JsonRequestMarshaller(JsonServiceDescription service) => _service = service;

    /// <summary>The <c>X-Amz-Target</c> header of <paramref name="operation"/>: <c>{TargetPrefix}.{Operation}</c>.</summary>
    public string Target(OperationDescription operation) => _service.TargetPrefix + "." + operation.Name;

    public IRequest Marshall(AmazonWebServiceRequest input)
    {
        var call = (JsonOperationRequest)input;
        var request = new OperationRequest(call, _service.ServiceId, call.Operation.Name)
        {
            HttpMethod = call.Operation.HttpMethod,
            ResourcePath = call.Operation.RequestUri,
            Content = call.Body,
        };
        request.Headers["X-Amz-Target"] = call.Target;
        request.Headers["Content-Type"] = _service.ContentType;
        return request;
    }
}
