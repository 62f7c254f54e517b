using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace EndpointConfigGen.Conformance;

/// <summary>What the real CLI did: exit code, stderr, and the request it sent (null when none).</summary>
public sealed record OracleResult(int ExitCode, string Stderr, string? Body, string? Target);

/// <summary>
/// Runs the real AWS CLI v1 against a one-shot HTTP listener on 127.0.0.1 and records the request.
/// Never points the CLI anywhere but loopback.
/// </summary>
public sealed class AwsCliOracle
{
    /// <summary>CLI v1 1.45.11 prints this literal instead of the input and caret (fixed upstream in 1.45.53).</summary>
    public const string ErrorLocationBug = "{self._error_location()}";

    private const string Response = """{"EndpointConfigArn":"arn:aws:sagemaker:us-east-1:123456789012:endpoint-config/x"}""";

    // Same CLI code with the upstream fix applied: the f-string prefix that 1.45.11 forgot.
    private const string FixedErrorLocationScript =
        "import sys, awscli.shorthand as s\n" +
        "s.ShorthandParseSyntaxError._construct_msg = lambda self: " +
        "f\"Expected: '{self.expected}', received: '{self.actual}' for input:\\n{self._error_location()}\"\n" +
        "import awscli.clidriver\n" +
        "sys.exit(awscli.clidriver.main())\n";

    private static ProcessOptions Options(string workDir) => new() { WorkingDirectory = workDir, Environment = Env };

    private static readonly Dictionary<string, string?> Env = new()
    {
        ["AWS_ACCESS_KEY_ID"] = "x",
        ["AWS_SECRET_ACCESS_KEY"] = "y",
        ["AWS_CONFIG_FILE"] = "/dev/null",
        ["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null",
        ["AWS_EC2_METADATA_DISABLED"] = "true",
        ["AWS_MAX_ATTEMPTS"] = "1",
        ["PYTHONIOENCODING"] = "utf-8",
    };

    private readonly string _aws;
    private readonly string _python;

    private AwsCliOracle(string aws, string python) => (_aws, _python) = (aws, python);

    public string Version { get; private set; } = "";

    public static async Task<AwsCliOracle> LocateAsync()
    {
        // Found past a pyenv shim, which costs ~0.4 s per call.
        var aws = ToolLocator.Find("aws");
        var oracle = new AwsCliOracle(aws, ToolLocator.InterpreterOf(aws));
        var version = await ProcessRunner.RunAsync(aws, ["--version"], Options(Path.GetTempPath()));
        oracle.Version = (version.Stdout + version.Stderr).Trim();
        return oracle;
    }

    public Task<OracleResult> RunAsync(IReadOnlyList<string> args, string workDir) =>
        RunWithListenerAsync(_aws, [], args, workDir);

    /// <summary>Runs the same CLI with the error-location fix, to learn the input and caret lines it should print.</summary>
    public Task<OracleResult> RunWithFixedErrorLocationAsync(IReadOnlyList<string> args, string workDir) =>
        RunWithListenerAsync(_python, ["-c", FixedErrorLocationScript], args, workDir);

    private static async Task<OracleResult> RunWithListenerAsync(
        string fileName, IReadOnlyList<string> prefix, IReadOnlyList<string> args, string workDir)
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        using var stop = new CancellationTokenSource();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var serving = ServeAsync(listener, stop.Token);
        try
        {
            var argv = prefix.Concat(["sagemaker", "create-endpoint-config"]).Concat(args)
                .Concat(["--endpoint-url", $"http://127.0.0.1:{port}", "--region", "us-east-1"]);
            var run = await ProcessRunner.RunAsync(fileName, argv, Options(workDir));
            stop.Cancel();
            var request = await serving;
            return new OracleResult(run.ExitCode, run.Stderr, request?.Body, request?.Target);
        }
        finally
        {
            stop.Cancel();
            listener.Stop();
        }
    }

    private sealed record Request(string Body, string? Target);

    /// <summary>Answers every POST with the canned response; returns the last request seen.</summary>
    private static async Task<Request?> ServeAsync(TcpListener listener, CancellationToken ct)
    {
        Request? last = null;
        try
        {
            while (true)
            {
                using var client = await listener.AcceptTcpClientAsync(ct);
                await HandleAsync(client.GetStream(), r => last = r, ct);
            }
        }
        catch (OperationCanceledException) { }
        catch (ObjectDisposedException) { }
        catch (SocketException) { }
        return last;
    }

    private static async Task HandleAsync(NetworkStream stream, Action<Request> record, CancellationToken ct)
    {
        var buffer = new List<byte>();
        var chunk = new byte[8192];
        int headerEnd;
        while ((headerEnd = IndexOf(buffer, "\r\n\r\n"u8)) < 0)
        {
            var n = await stream.ReadAsync(chunk, ct);
            if (n == 0) return;
            buffer.AddRange(chunk.AsSpan(0, n));
        }
        var headerLines = Encoding.ASCII.GetString(buffer.GetRange(0, headerEnd).ToArray()).Split("\r\n");
        var headers = headerLines.Skip(1).Select(l => l.Split(':', 2))
            .Where(kv => kv.Length == 2)
            .GroupBy(kv => kv[0].Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Last()[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var length = headers.TryGetValue("Content-Length", out var cl) ? int.Parse(cl) : 0;
        var bodyStart = headerEnd + 4;
        while (buffer.Count - bodyStart < length)
        {
            var n = await stream.ReadAsync(chunk, ct);
            if (n == 0) break;
            buffer.AddRange(chunk.AsSpan(0, n));
        }
        var body = Encoding.UTF8.GetString(buffer.GetRange(bodyStart, Math.Min(length, buffer.Count - bodyStart)).ToArray());

        // Recorded before answering: the CLI may exit as soon as it has the response.
        if (headerLines[0].StartsWith("POST ", StringComparison.Ordinal))
            record(new Request(body, headers.GetValueOrDefault("X-Amz-Target")));

        var payload = Encoding.UTF8.GetBytes(Response);
        var head = "HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.1\r\n" +
                   $"x-amzn-RequestId: conformance\r\nContent-Length: {payload.Length}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), ct);
        await stream.WriteAsync(payload, ct);
    }

    private static int IndexOf(List<byte> haystack, ReadOnlySpan<byte> needle)
    {
        for (var i = 0; i + needle.Length <= haystack.Count; i++)
        {
            var match = true;
            for (var j = 0; j < needle.Length && match; j++) match = haystack[i + j] == needle[j];
            if (match) return i;
        }
        return -1;
    }
}
