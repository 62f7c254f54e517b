using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EndpointConfigGen.SendConformance;

/// <summary>What the real CLI did for a case on the machine the pins were taken on (moto 5.2.1, auth on).</summary>
public sealed record CliPin(int Exit, string Stdout, string Stderr, JsonObject State, int? Attempts);

/// <summary>A fault proxy in front of moto for the case: the first <c>Fail</c> requests (all for -1) get a 503; TLS when <c>Tls</c>.</summary>
public sealed record ProxySpec(int Fail, bool Tls);

/// <summary>
/// One line of cases.jsonl: the argv after <c>create-endpoint-config</c> (with <c>{endpoint}</c> and
/// <c>{model}</c>), environment overrides (a null value removes the variable), an optional config created with
/// boto3 before each side, the endpoint-config names the case may create and the regions to look in, and the pin.
/// </summary>
public sealed record SendCase(
    string Name,
    IReadOnlyList<string> Args,
    IReadOnlyDictionary<string, string?> Env,
    JsonObject? Setup,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Configs,
    string? Note,
    CliPin Cli,
    ProxySpec? Proxy = null,
    string? Config = null,
    string? OursStderr = null)
{
    public const string FileName = "cases.jsonl";
    public const string ModelName = "m";

    private static readonly string[] Known = ["name", "args", "env", "setup", "regions", "configs", "note", "cli", "proxy", "config", "ours"];
    private static readonly string[] KnownPin = ["exit", "stdout", "stderr", "state", "attempts"];
    private static readonly Lazy<IReadOnlyList<SendCase>> All = new(() => Parse(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, FileName))));

    /// <summary>The cases next to the test assembly (parsed once; strict: unknown keys are errors).</summary>
    public static IReadOnlyList<SendCase> Load() => All.Value;

    /// <summary><c>{endpoint}</c>, <c>{model}</c> and <c>{cert}</c> (the fault proxies' CA bundle) replaced.</summary>
    public static string Expand(string text, string endpoint, string cert = "") =>
        text.Replace("{endpoint}", endpoint, StringComparison.Ordinal).Replace("{model}", ModelName, StringComparison.Ordinal)
            .Replace("{cert}", cert, StringComparison.Ordinal);

    public IReadOnlyList<string> ExpandArgs(string endpoint, string cert = "") => Args.Select(a => Expand(a, endpoint, cert)).ToList();

    public JsonObject? ExpandSetup(string endpoint) =>
        Setup is null ? null : JsonNode.Parse(Expand(Setup.ToJsonString(), endpoint))!.AsObject();

    public static IReadOnlyList<SendCase> Parse(IEnumerable<string> lines)
    {
        var cases = new List<SendCase>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (line.Trim().Length == 0) continue;
            try
            {
                cases.Add(ParseOne(JsonNode.Parse(line)?.AsObject() ?? throw new FormatException("not an object")));
            }
            catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
            {
                throw new FormatException($"{FileName} line {number}: {e.Message}", e);
            }
        }
        return cases;
    }

    private static SendCase ParseOne(JsonObject o)
    {
        if (o.Select(p => p.Key).FirstOrDefault(k => !Known.Contains(k)) is { } unknownKey)
            throw new FormatException($"unknown key '{unknownKey}'");
        var pin = o["cli"]?.AsObject() ?? throw new FormatException("no 'cli' pin");
        if (pin.Select(p => p.Key).FirstOrDefault(k => !KnownPin.Contains(k)) is { } unknownPin)
            throw new FormatException($"unknown key 'cli.{unknownPin}'");
        return new SendCase(
            Name: Required(o, "name").GetValue<string>(),
            Args: Required(o, "args").AsArray().Select(a => a!.GetValue<string>()).ToList(),
            Env: o["env"]?.AsObject().ToDictionary(p => p.Key, p => p.Value?.GetValue<string>()) ?? new Dictionary<string, string?>(),
            Setup: o["setup"]?.AsObject(),
            Regions: o["regions"]?.AsArray().Select(a => a!.GetValue<string>()).ToList() ?? ["us-east-1"],
            Configs: Required(o, "configs").AsArray().Select(a => a!.GetValue<string>()).ToList(),
            Note: o["note"]?.GetValue<string>(),
            Cli: new CliPin(
                Required(pin, "exit").GetValue<int>(),
                Required(pin, "stdout").GetValue<string>(),
                Required(pin, "stderr").GetValue<string>(),
                Required(pin, "state").AsObject(),
                pin["attempts"]?.GetValue<int>()),
            Proxy: o["proxy"] is JsonObject proxy
                ? new ProxySpec(proxy["fail"]?.GetValue<int>() ?? 0, proxy["tls"]?.GetValue<bool>() ?? false)
                : null,
            Config: o["config"]?.GetValue<string>(),
            OursStderr: o["ours"]?.AsObject()["stderr"]?.GetValue<string>());
    }

    private static JsonNode Required(JsonObject o, string key) => o[key] ?? throw new FormatException($"missing '{key}'");

    public override string ToString() => Name;
}
