using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;

namespace EndpointConfigGen.Benchmarks.Client;

/// <summary>
/// The same in-process answer for every request, given to both clients through <c>ClientConfig.HttpClientFactory</c>:
/// what is measured is the client's own work (marshal, sign, send through the pipeline, unmarshal), not a network.
/// </summary>
public sealed class CannedHttpClientFactory : HttpClientFactory
{
    private readonly HttpClient _client;

    public CannedHttpClientFactory(byte[] body) => _client = new HttpClient(new CannedHandler(body));

    public override HttpClient CreateHttpClient(IClientConfig clientConfig) => _client;

    // One HttpClient for every request, as the SDK's own factory caches its clients.
    public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => true;

    public override bool DisposeHttpClientsAfterUse(IClientConfig clientConfig) => false;

    private sealed class CannedHandler(byte[] body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(body), RequestMessage = request };
            response.Content.Headers.TryAddWithoutValidation("Content-Type", "application/x-amz-json-1.0");
            response.Headers.TryAddWithoutValidation("x-amzn-RequestId", "bench-request");
            return Task.FromResult(response);
        }
    }
}
