using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace EndpointConfigGen.Client.Tests.Support;

/// <summary>
/// Answers every request with what <c>respond</c> returns (or forwards to a real handler), recording each
/// request with its body, so tests see exactly what the pipeline sent and how often.
/// </summary>
public sealed class StubHandler : DelegatingHandler
{
    private readonly Func<HttpRequestMessage, int, CancellationToken, Task<HttpResponseMessage>>? _respond;
    private int _attempts;

    private StubHandler(Func<HttpRequestMessage, int, CancellationToken, Task<HttpResponseMessage>>? respond, HttpMessageHandler? inner)
    {
        _respond = respond;
        if (inner is not null) InnerHandler = inner;
    }

    /// <summary>Answers attempt n (from 1) with <paramref name="respond"/>.</summary>
    public static StubHandler Answering(Func<int, HttpResponseMessage> respond) =>
        new((_, attempt, _) => Task.FromResult(respond(attempt)), null);

    /// <summary>Accepts requests and never answers (until cancelled).</summary>
    public static StubHandler NeverAnswering(Action? onAttempt = null) =>
        new((_, _, token) =>
        {
            onAttempt?.Invoke();
            return new TaskCompletionSource<HttpResponseMessage>().Task.WaitAsync(token);
        }, null);

    /// <summary>Sends requests on to a real server, recording them.</summary>
    public static StubHandler Forwarding() => new(null, new SocketsHttpHandler());

    public int Attempts => Volatile.Read(ref _attempts);

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public static HttpResponseMessage Respond(HttpStatusCode status, string body, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8) };
        response.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.1");
        foreach (var (name, value) in headers) response.Headers.TryAddWithoutValidation(name, value);
        return response;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var attempt = Interlocked.Increment(ref _attempts);
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Enqueue(new RecordedRequest(request.Method.Method, request.RequestUri!, Headers(request), body));
        return _respond is null
            ? await base.SendAsync(request, cancellationToken)
            : await _respond(request, attempt, cancellationToken);
    }

    private static Dictionary<string, string> Headers(HttpRequestMessage request)
    {
        var all = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in request.Headers) all[name] = string.Join(",", values);
        if (request.Content is not null)
            foreach (var (name, values) in request.Content.Headers) all[name] = string.Join(",", values);
        return all;
    }
}

/// <summary>One request as the handler saw it.</summary>
public sealed record RecordedRequest(string Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string Body);
