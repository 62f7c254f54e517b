using System;
using System.Runtime.CompilerServices;

namespace EndpointConfigGen.Client.Tests.Support;

internal static class NoInstanceMetadata
{
    /// <summary>
    /// The SDK's default chains end at the EC2 metadata service (169.254.169.254); tests must only ever
    /// talk to loopback, so the chains are told it is off before any test runs.
    /// </summary>
    [ModuleInitializer]
    internal static void Disable() => Environment.SetEnvironmentVariable("AWS_EC2_METADATA_DISABLED", "true");
}
