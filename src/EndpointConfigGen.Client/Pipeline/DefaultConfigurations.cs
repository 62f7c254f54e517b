using System;
using System.Collections.Generic;
using Amazon.Runtime;

namespace EndpointConfigGen.Client.Pipeline;

/// <summary>
/// The SDK-wide defaults modes (<c>AWS_DEFAULTS_MODE</c> / <c>defaults_mode</c>), with the values of AWS's
/// <c>sdk-default-configuration.json</c>: standard retries, and connect / TLS timeouts per mode.
/// </summary>
internal static class DefaultConfigurations
{
    public static readonly IReadOnlyList<IDefaultConfiguration> All =
    [
        Mode(DefaultConfigurationMode.Standard, connectMilliseconds: 3100),
        Mode(DefaultConfigurationMode.InRegion, connectMilliseconds: 1100),
        Mode(DefaultConfigurationMode.CrossRegion, connectMilliseconds: 3100),
        Mode(DefaultConfigurationMode.Mobile, connectMilliseconds: 30000),
        Mode(DefaultConfigurationMode.Auto, connectMilliseconds: 1100),
    ];

    private static DefaultConfiguration Mode(DefaultConfigurationMode name, int connectMilliseconds) => new()
    {
        Name = name,
        RetryMode = RequestRetryMode.Standard,
        S3UsEast1RegionalEndpoint = S3UsEast1RegionalEndpointValue.Regional,
        ConnectTimeout = TimeSpan.FromMilliseconds(connectMilliseconds),
        TlsNegotiationTimeout = TimeSpan.FromMilliseconds(connectMilliseconds),
    };
}
