using System.Net.Http;
using Amazon.Runtime;

namespace EndpointConfigGen.Client.Tests.Support;

/// <summary>
/// Puts a test's <see cref="HttpMessageHandler"/> under the SDK pipeline (<see cref="ClientConfig.HttpClientFactory"/>).
/// A custom factory owns the client's settings: like the SDK's own factory, it applies <see cref="ClientConfig.Timeout"/>.
/// </summary>
public sealed class HandlerHttpClientFactory : HttpClientFactory
{
    private readonly HttpMessageHandler _handler;

    public HandlerHttpClientFactory(HttpMessageHandler handler) => _handler = handler;

    public override HttpClient CreateHttpClient(IClientConfig clientConfig)
    {
        var client = new HttpClient(_handler, disposeHandler: false);
        if (clientConfig.Timeout is { } timeout) client.Timeout = timeout;
        return client;
    }

    // The SDK caches clients by configuration; a test's handler must not leak into another test's client.
    public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => false;
}
