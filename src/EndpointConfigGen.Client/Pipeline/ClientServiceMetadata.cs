using System.Collections.Generic;
using Amazon.Runtime.Internal;

namespace EndpointConfigGen.Client.Pipeline;

/// <summary>The service id the pipeline reports in metrics and telemetry.</summary>
internal sealed class ClientServiceMetadata : IServiceMetadata
{
    private static readonly IDictionary<string, string> NoMapping = new Dictionary<string, string>();

    public ClientServiceMetadata(string serviceId) => ServiceId = serviceId;

    public string ServiceId { get; }

    // Request names already are operation names (see OperationRequest), so nothing needs mapping.
    public IDictionary<string, string> OperationNameMapping => NoMapping;
}
