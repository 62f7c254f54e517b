using System.Net.Http;
using Amazon.Runtime;
using EndpointConfigGen.Cli;

namespace EndpointConfigCli;

/// <summary>Gives the SDK's pipeline an <see cref="HttpClient"/> over the CLI's HTTP settings, one per client.</summary>
internal sealed class CliHttpClientFactory(CliHttp http) : HttpClientFactory
{
    public override HttpClient CreateHttpClient(IClientConfig clientConfig) =>
        new(http.CreateHandler()) { Timeout = http.AttemptTimeout };

    // One client per command: the SDK's cache would share handlers between processes' configs for nothing.
    public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => false;

    public override bool DisposeHttpClientsAfterUse(IClientConfig clientConfig) => false;
}
