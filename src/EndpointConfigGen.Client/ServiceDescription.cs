using System;

namespace EndpointConfigGen.Client;

/// <summary>
/// What a service client needs from a botocore model's <c>metadata</c> block, whatever its protocol.
/// Protocol-specific descriptions (<see cref="JsonServiceDescription"/>) add their own fields.
/// </summary>
public abstract class ServiceDescription
{
    /// <summary>Creates a description from the model's metadata values.</summary>
    /// <param name="serviceId"><c>metadata.serviceId</c>, e.g. <c>SageMaker</c>.</param>
    /// <param name="signingName"><c>metadata.signingName</c> (the SigV4 service name), e.g. <c>sagemaker</c>.</param>
    /// <param name="endpointPrefix"><c>metadata.endpointPrefix</c>, e.g. <c>api.sagemaker</c>.</param>
    /// <param name="apiVersion"><c>metadata.apiVersion</c>, e.g. <c>2017-07-24</c>.</param>
    protected ServiceDescription(string serviceId, string signingName, string endpointPrefix, string apiVersion)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceId);
        ArgumentException.ThrowIfNullOrWhiteSpace(signingName);
        ArgumentException.ThrowIfNullOrWhiteSpace(endpointPrefix);
        ArgumentException.ThrowIfNullOrWhiteSpace(apiVersion);
        ServiceId = serviceId;
        SigningName = signingName;
        EndpointPrefix = endpointPrefix;
        ApiVersion = apiVersion;
    }

    /// <summary>The model's <c>serviceId</c>: names the service in user agents and metrics.</summary>
    public string ServiceId { get; }

    /// <summary>The SigV4 service name the requests are signed for.</summary>
    public string SigningName { get; }

    /// <summary>The host prefix of the regional endpoint (<c>https://{EndpointPrefix}.{region}.{dnsSuffix}</c>).</summary>
    public string EndpointPrefix { get; }

    /// <summary>The model's API version.</summary>
    public string ApiVersion { get; }
}
