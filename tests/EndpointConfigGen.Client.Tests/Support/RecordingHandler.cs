using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace EndpointConfigGen.Client.Tests.Support;

/// <summary>Passes requests on to the network and keeps each one's operation (<c>X-Amz-Target</c>) and body, as sent.</summary>
public sealed class RecordingHandler() : DelegatingHandler(new HttpClientHandler())
{
    private readonly List<(string Target, string Body)> _requests = [];

    public IReadOnlyList<(string Target, string Body)> Requests
    {
        get
        {
            lock (_requests) return _requests.ToArray();
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        var target = request.Headers.TryGetValues("X-Amz-Target", out var values) ? string.Join(",", values) : string.Empty;
        lock (_requests) _requests.Add((target, body));
        return await base.SendAsync(request, cancellationToken);
    }
}
