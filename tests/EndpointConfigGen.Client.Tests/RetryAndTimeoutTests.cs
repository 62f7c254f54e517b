using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using EndpointConfigGen.Client.Tests.Support;

namespace EndpointConfigGen.Client.Tests;

/// <summary>Retries are bounded by MaxErrorRetry, attempts by Timeout, and cancellation stops everything.</summary>
public sealed class RetryAndTimeoutTests
{
    private static readonly TimeSpan Quick = TimeSpan.FromSeconds(10);

    /// <summary>Not a speed bound: a call still running after this long is stuck.</summary>
    private static readonly TimeSpan Hang = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task A_server_that_always_fails_gets_MaxErrorRetry_retries_then_its_error()
    {
        var handler = StubHandler.Answering(_ => StubHandler.Respond(HttpStatusCode.InternalServerError, ""));
        using var client = StubClients.SageMaker(handler, c => c.MaxErrorRetry = 2);
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => client.CallAsync("ListEndpointConfigs", "{}"));

        Assert.Equal(3, handler.Attempts);
        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Equal("An error occurred (500) when calling the ListEndpointConfigs operation: Internal Server Error", error.CliErrorLine);
        Assert.True(clock.Elapsed < Quick, $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Throttling_is_retried_and_an_empty_success_body_reads_as_an_empty_object()
    {
        var handler = StubHandler.Answering(attempt => attempt == 1
            ? StubHandler.Respond(HttpStatusCode.BadRequest, """{"__type":"ThrottlingException","message":"Rate exceeded"}""")
            : StubHandler.Respond(HttpStatusCode.OK, ""));
        using var client = StubClients.SageMaker(handler, c => c.MaxErrorRetry = 3);

        var output = await client.CallAsync("DeleteEndpointConfig", """{"EndpointConfigName":"c"}""");

        Assert.Equal((2, "{}"), (handler.Attempts, output.GetRawText()));
    }

    [Fact]
    public async Task A_validation_error_is_not_retried()
    {
        var handler = StubHandler.Answering(_ =>
            StubHandler.Respond(HttpStatusCode.BadRequest, """{"__type":"ValidationException","message":"no"}"""));
        using var client = StubClients.SageMaker(handler, c => c.MaxErrorRetry = 3);

        await Assert.ThrowsAsync<AwsServiceException>(() => client.CallAsync("ListEndpointConfigs", "{}"));

        Assert.Equal(1, handler.Attempts);
    }

    [Fact]
    public async Task An_injected_handler_that_never_answers_times_out_per_attempt()
    {
        var handler = StubHandler.NeverAnswering();
        using var client = StubClients.SageMaker(handler, c => (c.Timeout, c.MaxErrorRetry) = (TimeSpan.FromMilliseconds(500), 1));
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAsync<TimeoutException>(() => client.CallAsync("ListEndpointConfigs", "{}"));

        Assert.Equal(2, handler.Attempts);
        Assert.True(clock.Elapsed < Quick, $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task The_SDK_s_own_HttpClient_times_out_on_a_server_that_accepts_and_never_answers()
    {
        // Only what holds however loaded the machine is: the call ends in the SDK's TimeoutException, not before one
        // Timeout has passed, after at most MaxErrorRetry + 1 attempts. Attempts are told apart by the SDK's own
        // amz-sdk-request header, not by heads: a starved attempt may time out before it writes one, and the socket
        // handler may write one attempt twice on a fresh connection. How soon it ends is not pinned either: the bound
        // below only catches a hang.
        var timeout = TimeSpan.FromMilliseconds(500);
        using var silent = new SilentServer("SageMaker.ListEndpointConfigs");
        var config = new SageMakerTestConfig
        {
            ServiceURL = silent.Url, AuthenticationRegion = "us-east-1", Timeout = timeout, MaxErrorRetry = 1,
        };
        using var client = new SageMakerTestClient(new BasicAWSCredentials(StubClients.AccessKeyId, StubClients.SecretAccessKey), config);
        var clock = Stopwatch.StartNew();

        var call = client.CallAsync("ListEndpointConfigs", "{}");
        Assert.Same(call, await Task.WhenAny(call, Task.Delay(Hang)));

        await Assert.ThrowsAsync<TimeoutException>(() => call);

        // Timers may fire a tick early; 50 ms is far above that and far below the timeout.
        Assert.True(clock.Elapsed >= timeout - TimeSpan.FromMilliseconds(50), $"ended after {clock.Elapsed}, before the {timeout} timeout");
        var attempts = await silent.AttemptsSettledAsync();
        Assert.Subset(new HashSet<string> { "attempt=1; max=2", "attempt=2; max=2" }, attempts);
    }

    [Fact]
    public async Task Cancellation_stops_a_call_that_would_otherwise_wait_and_retry()
    {
        // Cancelled once the request is on the wire, however long a cold first call takes to get there.
        using var cancel = new CancellationTokenSource();
        var sinceSent = new Stopwatch();
        var handler = StubHandler.NeverAnswering(onAttempt: () =>
        {
            sinceSent.Start();
            cancel.CancelAfter(TimeSpan.FromMilliseconds(100));
        });
        using var client = StubClients.SageMaker(handler, c => (c.Timeout, c.MaxErrorRetry) = (TimeSpan.FromSeconds(30), 5));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.CallAsync("ListEndpointConfigs", "{}", cancel.Token));

        Assert.Equal(1, handler.Attempts);
        Assert.True(sinceSent.Elapsed < TimeSpan.FromSeconds(5), $"took {sinceSent.Elapsed} after the request was sent");
    }

    /// <summary>
    /// A loopback TCP server that reads requests and never writes a byte. It records the SDK's attempt header
    /// (amz-sdk-request) of each head that carries the operation's X-Amz-Target, not connections (the socket
    /// handler may open a spare one).
    /// </summary>
    private sealed class SilentServer : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly List<TcpClient> _connections = [];
        private readonly string _targetHeader;
        private const string AttemptHeader = "amz-sdk-request:";
        private readonly HashSet<string> _attempts = [];

        public SilentServer(string target)
        {
            _targetHeader = "X-Amz-Target: " + target;
            _listener.Start();
            _ = AcceptAsync();
        }

        public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

        /// <summary>The attempts seen once they have stopped changing for a moment (heads may still be in flight).</summary>
        public async Task<HashSet<string>> AttemptsSettledAsync()
        {
            var last = -1;
            for (var i = 0; i < 20 && Count() != last; i++)
            {
                last = Count();
                await Task.Delay(100);
            }
            lock (_attempts) return [.. _attempts];
        }

        private int Count()
        {
            lock (_attempts) return _attempts.Count;
        }

        public void Dispose()
        {
            _listener.Stop();
            lock (_connections) _connections.ForEach(c => c.Dispose());
        }

        private async Task AcceptAsync()
        {
            try
            {
                while (true)
                {
                    var connection = await _listener.AcceptTcpClientAsync();
                    lock (_connections) _connections.Add(connection);
                    _ = ReadHeadAsync(connection);
                }
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                // Stopped.
            }
        }

        private async Task ReadHeadAsync(TcpClient connection)
        {
            try
            {
                using var reader = new System.IO.StreamReader(connection.GetStream(), leaveOpen: true);
                var ours = false;
                var attempt = "(no amz-sdk-request header)";
                while (await reader.ReadLineAsync() is { } line)
                {
                    ours |= line.Equals(_targetHeader, StringComparison.OrdinalIgnoreCase);
                    if (line.StartsWith(AttemptHeader, StringComparison.OrdinalIgnoreCase)) attempt = line[AttemptHeader.Length..].Trim();
                    if (line.Length == 0)
                    {
                        if (ours) lock (_attempts) _attempts.Add(attempt);
                        return;
                    }
                }
            }
            catch (Exception e) when (e is System.IO.IOException or SocketException or ObjectDisposedException)
            {
                // Closed by the client's timeout or by Dispose.
            }
        }
    }
}
