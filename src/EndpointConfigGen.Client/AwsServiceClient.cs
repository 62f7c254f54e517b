using Amazon.Runtime;
using Amazon.Runtime.Internal;
using EndpointConfigGen.Client.Pipeline;

namespace EndpointConfigGen.Client;

/// <summary>
/// Base of the generated service clients: an AWSSDK.Core <see cref="AmazonServiceClient"/> whose pipeline
/// resolves endpoints from the model's metadata and signs with SigV4. Credentials come from the constructor
/// or, without them, from the SDK's default chain (environment, shared config and credentials files and
/// their profiles, SSO, web identity, container and instance metadata).
/// </summary>
public abstract class AwsServiceClient : AmazonServiceClient
{
    private IServiceMetadata? _metadata;

    /// <summary>Creates a client that resolves credentials from the default chain.</summary>
    /// <param name="config">The client's configuration.</param>
    protected AwsServiceClient(AwsServiceConfig config) : base(config) { }

    /// <summary>Creates a client that signs with <paramref name="credentials"/>.</summary>
    /// <param name="credentials">The credentials to sign with.</param>
    /// <param name="config">The client's configuration.</param>
    protected AwsServiceClient(AWSCredentials credentials, AwsServiceConfig config) : base(credentials, config) { }

    /// <summary>Whether generated operations validate requests before sending (<see cref="AwsServiceConfig.ValidateRequests"/>).</summary>
    protected bool ValidateRequests => ((AwsServiceConfig)Config).ValidateRequests;

    /// <summary>
    /// The exception to throw for a service error: a generated client returns the type it generated for the
    /// error shape <paramref name="errorShape"/> names, and <paramref name="error"/> itself for other codes.
    /// </summary>
    /// <param name="errorShape">The error's code as the body's <c>__type</c> (or <c>x-amzn-ErrorType</c>) gives it,
    /// without prefix: the shape name, also where an awsQueryCompatible service's query code is the <c>ErrorCode</c>.</param>
    /// <param name="error">The error as read from the response.</param>
    /// <returns>The exception the call throws.</returns>
    protected internal virtual AwsServiceException TypedError(string errorShape, AwsServiceException error) => error;

    /// <inheritdoc/>
    // Built on first use: the base constructor may ask before this class's fields are set.
    protected override IServiceMetadata ServiceMetadata =>
        _metadata ??= new ClientServiceMetadata(((AwsServiceConfig)Config).Description.ServiceId);

    /// <inheritdoc/>
    protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
    {
        // As the SDK's v4 clients: endpoint rules instead of the legacy resolver, then SigV4 auth resolution.
        pipeline.RemoveHandler<EndpointResolver>();
        pipeline.AddHandlerAfter<Marshaller>(new ServiceEndpointResolver());
        pipeline.AddHandlerAfter<Marshaller>(new SigV4AuthSchemeHandler());
    }
}
