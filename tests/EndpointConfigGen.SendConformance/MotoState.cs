using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace EndpointConfigGen.SendConformance;

/// <summary>
/// moto_state.py, one long-lived boto3 process signed with the fixture's key: creates the model, creates the
/// setup configs, and describes and deletes a case's endpoint configs between the two sides. One request at a
/// time (a line of JSON each way).
/// </summary>
public sealed class MotoState : IAsyncDisposable
{
    private static readonly TimeSpan CallLimit = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly StringBuilder _stderr = new();

    private MotoState(Process process) => _process = process;

    public static async Task<MotoState> StartAsync(string python, string script, string endpoint, IReadOnlyDictionary<string, string> environment)
    {
        var psi = new ProcessStartInfo(python)
        {
            ArgumentList = { script, endpoint },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardInputEncoding = new UTF8Encoding(false),
        };
        psi.Environment.Clear();
        foreach (var (name, value) in environment) psi.Environment[name] = value;
        var process = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {python}");
        var state = new MotoState(process);
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (state._stderr) state._stderr.AppendLine(e.Data); };
        process.BeginErrorReadLine();
        try
        {
            if (await state.CallAsync(new JsonObject { ["op"] = "ping" }) is not JsonValue pong || pong.GetValue<string>() != "pong")
                throw new InvalidOperationException("moto_state.py did not answer ping");
            return state;
        }
        catch
        {
            await state.DisposeAsync();
            throw;
        }
    }

    public async Task<string> CreateModelAsync(string region, string name) =>
        (await CallAsync(new JsonObject { ["op"] = "create_model", ["region"] = region, ["name"] = name }))!.GetValue<string>();

    public async Task CreateConfigAsync(string region, JsonObject parameters) =>
        await CallAsync(new JsonObject { ["op"] = "create_config", ["region"] = region, ["params"] = parameters.DeepClone() });

    /// <summary>Describe (without CreationTime) plus Tags of each config that exists, keyed <c>region/name</c>.</summary>
    public async Task<JsonObject> SnapshotAsync(IReadOnlyList<string> regions, IReadOnlyList<string> names) =>
        names.Count == 0 ? new JsonObject() : (await CallAsync(Request("snapshot", regions, names)))!.AsObject();

    public async Task DeleteAsync(IReadOnlyList<string> regions, IReadOnlyList<string> names)
    {
        if (names.Count > 0) await CallAsync(Request("delete", regions, names));
    }

    private static JsonObject Request(string op, IReadOnlyList<string> regions, IReadOnlyList<string> names) => new()
    {
        ["op"] = op,
        ["regions"] = new JsonArray(regions.Select(r => (JsonNode?)JsonValue.Create(r)).ToArray()),
        ["names"] = new JsonArray(names.Select(n => (JsonNode?)JsonValue.Create(n)).ToArray()),
    };

    private async Task<JsonNode?> CallAsync(JsonObject request)
    {
        await _gate.WaitAsync();
        try
        {
            if (_process.HasExited) throw new InvalidOperationException($"moto_state.py exited ({_process.ExitCode}): {Stderr}");
            await _process.StandardInput.WriteLineAsync(request.ToJsonString());
            await _process.StandardInput.FlushAsync();
            var read = _process.StandardOutput.ReadLineAsync();
            if (await Task.WhenAny(read, Task.Delay(CallLimit)) != read)
            {
                // Its late answer would be read as the next request's: stop it, so later calls fail as "exited".
                _process.Kill(entireProcessTree: true);
                throw new TimeoutException($"moto_state.py did not answer {request.ToJsonString()} within {CallLimit}");
            }
            var line = await read ?? throw new InvalidOperationException($"moto_state.py closed its stdout: {Stderr}");
            var answer = JsonNode.Parse(line)!.AsObject();
            if (answer["ok"]?.GetValue<bool>() != true)
                throw new InvalidOperationException($"moto_state.py {request.ToJsonString()}: {answer["error"]}");
            return answer["result"];
        }
        finally
        {
            _gate.Release();
        }
    }

    private string Stderr
    {
        get { lock (_stderr) return _stderr.ToString(); }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.StandardInput.Close();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or InvalidOperationException or System.IO.IOException)
        {
            // Did not stop on EOF: killed below.
        }
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        _gate.Dispose();
    }
}
