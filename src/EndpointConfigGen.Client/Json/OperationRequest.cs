using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace EndpointConfigGen.Client.Json;

/// <summary>
/// The HTTP request, named after the operation: the SDK otherwise names requests after their .NET type
/// (here always <c>JsonOperationRequest</c>), and that name shows in its logs, metrics and telemetry.
/// </summary>
internal sealed class OperationRequest : DefaultRequest, IRequest
{
    private readonly string _operationName;

    public OperationRequest(AmazonWebServiceRequest request, string serviceName, string operationName)
        : base(request, serviceName) => _operationName = operationName;

    // DefaultRequest.RequestName is not virtual; re-implementing the interface member is how to rename it.
    string IRequest.RequestName => _operationName;
}
