using System;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace EndpointConfigGen.TestSupport;

/// <summary>
/// One <c>moto_server</c> process on a free loopback port. Disposing kills it and its children.
/// </summary>
public sealed class MotoServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    /// <summary>What werkzeug prints once it listens: <c> * Running on http://127.0.0.1:PORT</c>.</summary>
    private static readonly Regex BoundLine = new(@"Running on http://127\.0\.0\.1:(\d+)", RegexOptions.CultureInvariant);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private readonly TaskCompletionSource<Uri> _bound = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private MotoServer(Process process) => _process = process;

    /// <summary>The server's base URL, <c>http://127.0.0.1:PORT/</c>: every service, any region.</summary>
    public Uri Endpoint => _bound.Task.IsCompletedSuccessfully
        ? _bound.Task.Result
        : throw new InvalidOperationException("moto_server has not bound its port yet");

    /// <summary>
    /// Starts <c>moto_server</c> from PATH on a port the kernel picks (it prints the port it bound, so no other
    /// process can take it in between) and returns once it answers HTTP.
    /// </summary>
    public static async Task<MotoServer> StartAsync()
    {
        var executable = ToolLocator.Find("moto_server");
        var psi = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-H", "127.0.0.1", "-p", "0" })
            psi.ArgumentList.Add(arg);

        var process = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {executable}");
        var server = new MotoServer(process);
        process.OutputDataReceived += (_, e) => server.Record(e.Data);
        process.ErrorDataReceived += (_, e) => server.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilAnsweringAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(wait.Token);
        }
        finally
        {
            _process.Dispose();
        }
    }

    private async Task WaitUntilAnsweringAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"moto_server exited with {_process.ExitCode}: {Output}");
            try
            {
                if (!_bound.Task.IsCompleted)
                {
                    await Task.Delay(100);
                    continue;
                }
                using var response = await http.GetAsync(new Uri(Endpoint, "moto-api/"));
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Bound but not accepting yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but not answering yet.
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"moto_server did not answer within {StartTimeout}: {Output}");
    }

    private string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    private void Record(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
        var match = BoundLine.Match(line);
        if (match.Success) _bound.TrySetResult(new Uri($"http://127.0.0.1:{match.Groups[1].Value}/"));
    }
}

