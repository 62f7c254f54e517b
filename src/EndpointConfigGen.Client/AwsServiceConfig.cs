using System;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;
using Amazon.Util.Internal;
using EndpointConfigGen.Client.Pipeline;

namespace EndpointConfigGen.Client;

/// <summary>
/// Configuration of a generated service client: an AWSSDK.Core <see cref="ClientConfig"/>, so region,
/// <see cref="ClientConfig.ServiceURL"/>, <see cref="ClientConfig.RetryMode"/>, <see cref="ClientConfig.MaxErrorRetry"/>,
/// <see cref="ClientConfig.Timeout"/>, <see cref="ClientConfig.HttpClientFactory"/> and the shared config file
/// and environment settings work as for any AWS SDK for .NET client.
/// </summary>
public abstract class AwsServiceConfig : ClientConfig
{
    private static readonly string LibraryVersion =
        typeof(AwsServiceConfig).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";

    private readonly string _userAgent;

    /// <summary>Creates the configuration of the service <paramref name="description"/> describes.</summary>
    /// <param name="description">The service's model metadata.</param>
    protected AwsServiceConfig(ServiceDescription description)
        : base(new DefaultConfigurationProvider(DefaultConfigurations.All))
    {
        ArgumentNullException.ThrowIfNull(description);
        Description = description;
        _userAgent = InternalSDKUtils.BuildUserAgentString(description.ServiceId, LibraryVersion);
        // ServiceId also selects AWS_ENDPOINT_URL_<SERVICE> and the config file's `services` section.
        base.ServiceId = description.ServiceId;
        AuthenticationServiceName = description.SigningName;
        EndpointProvider = new StandardEndpointProvider(description.EndpointPrefix);
    }

    /// <summary>The service's model metadata.</summary>
    public ServiceDescription Description { get; }

    /// <summary>
    /// Whether generated operations check each request against the model's constraints
    /// (<c>ThrowIfInvalid()</c>) before sending it. Default <see langword="true"/>.
    /// </summary>
    public bool ValidateRequests { get; set; } = true;

    /// <inheritdoc/>
    public override string RegionEndpointServiceName => Description.EndpointPrefix;

    /// <inheritdoc/>
    public override string ServiceVersion => Description.ApiVersion;

    /// <inheritdoc/>
    public override string UserAgent => _userAgent;

    /// <inheritdoc/>
    public override Endpoint DetermineServiceOperationEndpoint(ServiceOperationEndpointParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var requestContext = new RequestContext(false)
        {
            ClientConfig = this,
            OriginalRequest = parameters.Request,
            Request = new DefaultRequest(parameters.Request, Description.ServiceId) { AlternateEndpoint = parameters.AlternateEndpoint },
        };
        return ServiceEndpointResolver.Instance.GetEndpoint(new ExecutionContext(requestContext, null));
    }
}
