using Amazon.Runtime;

namespace EndpointConfigGen.Client.Json;

/// <summary>What the pipeline carries from the generated method to the marshaller: the operation, its target and its body.</summary>
internal sealed class JsonOperationRequest : AmazonWebServiceRequest
{
    public JsonOperationRequest(OperationDescription operation, string target, byte[] body) =>
        (Operation, Target, Body) = (operation, target, body);

    public OperationDescription Operation { get; }

    /// <summary>The <c>X-Amz-Target</c> header, made once per operation and client.</summary>
    public string Target { get; }

    public byte[] Body { get; }
}
