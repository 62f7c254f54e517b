using Amazon.Runtime;

namespace EndpointConfigGen.Client.Json;

/// <summary>What the pipeline carries from the generated method to the marshaller: the operation and its body.</summary>
internal sealed class JsonOperationRequest : AmazonWebServiceRequest
{
    public JsonOperationRequest(OperationDescription operation, byte[] body) => (Operation, Body) = (operation, body);

    public OperationDescription Operation { get; }

    public byte[] Body { get; }
}
