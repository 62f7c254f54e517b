using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal.Endpoints.StandardLibrary;

namespace EndpointConfigGen.Client.Pipeline;

/// <summary>
/// The endpoint rules most AWS services share (the smithy "standard regional" rule set): a configured
/// endpoint wins, otherwise <c>https://{prefix}[-fips].{region}.{dnsSuffix | dualStackDnsSuffix}</c> from
/// the region's partition. Services with custom rule sets (global endpoints, S3) need their own provider.
/// </summary>
internal sealed class StandardEndpointProvider : IEndpointProvider
{
    private readonly string _endpointPrefix;

    public StandardEndpointProvider(string endpointPrefix) => _endpointPrefix = endpointPrefix;

    public Endpoint ResolveEndpoint(EndpointParameters parameters)
    {
        var region = parameters[EndpointParameterNames.Region] as string;
        var useFips = parameters[EndpointParameterNames.UseFips] is true;
        var useDualStack = parameters[EndpointParameterNames.UseDualStack] is true;

        if (parameters[EndpointParameterNames.Endpoint] is string endpoint && endpoint.Length > 0)
        {
            // The same refusals as the SDK's generated rule sets: a custom endpoint cannot honour these flags.
            if (useFips)
            {
                throw new AmazonClientException("Invalid Configuration: FIPS and custom endpoint are not supported");
            }

            if (useDualStack)
            {
                throw new AmazonClientException("Invalid Configuration: Dualstack and custom endpoint are not supported");
            }

            return new Endpoint(endpoint);
        }

        if (string.IsNullOrEmpty(region))
        {
            throw new AmazonClientException("Invalid Configuration: Missing Region");
        }

        var partition = Fn.Partition(region)
            ?? throw new AmazonClientException($"Invalid Configuration: no partition is known for region '{region}'");
        if (useFips && !partition.supportsFIPS)
        {
            throw new AmazonClientException("FIPS is enabled but this partition does not support FIPS");
        }

        if (useDualStack && !partition.supportsDualStack)
        {
            throw new AmazonClientException("DualStack is enabled but this partition does not support DualStack");
        }

        var host = useFips ? _endpointPrefix + "-fips" : _endpointPrefix;
        var suffix = useDualStack ? partition.dualStackDnsSuffix : partition.dnsSuffix;
        return new Endpoint($"https://{host}.{region}.{suffix}");
    }
}
