using System;

namespace EndpointConfigGen.Client;

/// <summary>
/// A service of the botocore <c>json</c> protocol (awsJson1_0 / awsJson1_1): every operation is a POST of a
/// JSON document to <c>/</c>, named by the <c>X-Amz-Target</c> header.
/// </summary>
public sealed class JsonServiceDescription : ServiceDescription
{
    /// <summary>Creates a description from the model's metadata values.</summary>
    /// <param name="serviceId"><c>metadata.serviceId</c>, e.g. <c>SageMaker</c>.</param>
    /// <param name="targetPrefix"><c>metadata.targetPrefix</c>, e.g. <c>SageMaker</c>.</param>
    /// <param name="jsonVersion"><c>metadata.jsonVersion</c>: <c>1.0</c> or <c>1.1</c>.</param>
    /// <param name="signingName"><c>metadata.signingName</c>, e.g. <c>sagemaker</c>.</param>
    /// <param name="endpointPrefix"><c>metadata.endpointPrefix</c>, e.g. <c>api.sagemaker</c>.</param>
    /// <param name="apiVersion"><c>metadata.apiVersion</c>, e.g. <c>2017-07-24</c>.</param>
    public JsonServiceDescription(
        string serviceId, string targetPrefix, string jsonVersion, string signingName, string endpointPrefix, string apiVersion)
        : base(serviceId, signingName, endpointPrefix, apiVersion)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(targetPrefix);
        ArgumentException.ThrowIfNullOrWhiteSpace(jsonVersion);
        TargetPrefix = targetPrefix;
        JsonVersion = jsonVersion;
        ContentType = "application/x-amz-json-" + JsonVersion;
    }

    /// <summary>Prefix of the <c>X-Amz-Target</c> header: <c>{TargetPrefix}.{Operation}</c>.</summary>
    public string TargetPrefix { get; }

    /// <summary>The awsJson version, <c>1.0</c> or <c>1.1</c>.</summary>
    public string JsonVersion { get; }

    /// <summary>The request <c>Content-Type</c>: <c>application/x-amz-json-{JsonVersion}</c>.</summary>
    public string ContentType { get; }
}
