using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;
using Amazon.Util;

namespace EndpointConfigGen.Client.Pipeline;

/// <summary>
/// Feeds the configured region, FIPS / dual-stack flags and <c>ServiceURL</c> to the config's endpoint
/// provider; the base class then applies the endpoint to the request and sets the signing region.
/// </summary>
internal sealed class ServiceEndpointResolver : BaseEndpointResolver
{
    public static readonly ServiceEndpointResolver Instance = new();

    protected override EndpointParameters MapEndpointsParameters(IRequestContext requestContext)
    {
        var config = requestContext.ClientConfig;
        var alternate = requestContext.Request.AlternateEndpoint;
        var region = alternate?.SystemName ?? config.RegionEndpoint?.SystemName;

        // With only a ServiceURL (e.g. a local emulator) the SDK signs for the AuthenticationRegion or a
        // region read from the URL, falling back to us-east-1.
        if (region is null && !string.IsNullOrEmpty(config.ServiceURL))
        {
            region = !string.IsNullOrEmpty(config.AuthenticationRegion)
                ? config.AuthenticationRegion
                : RegionEndpoint.GetBySystemName(AWSSDKUtils.DetermineRegion(config.ServiceURL)).SystemName;
        }

        var parameters = new EndpointParameters();
        parameters[EndpointParameterNames.Region] = region;
        parameters[EndpointParameterNames.UseFips] = config.UseFIPSEndpoint;
        parameters[EndpointParameterNames.UseDualStack] = config.UseDualstackEndpoint;
        parameters[EndpointParameterNames.Endpoint] = config.ServiceURL;
        return parameters;
    }
}
