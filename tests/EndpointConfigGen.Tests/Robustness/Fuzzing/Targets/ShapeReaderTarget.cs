using System.Collections.Generic;
using System.Threading;
using EndpointConfigGen.Emitters;
using EndpointConfigGen.Model;
using EndpointConfigGen.Reader;

namespace EndpointConfigGen.Fuzzing.Targets;

/// <summary>
/// Shape reader, then the emitters on every model it accepts (an exception there would be
/// CS8785), then every 32nd accepted model through the whole generator in a Roslyn driver.
/// Problems must be ECG1xx diagnostics inside the file.
/// </summary>
internal sealed class ShapeReaderTarget : IFuzzTarget
{
    private const string Path = "/fuzz/Fuzz.shape.json";
    private static readonly GeneratorOptions Options = new("Fuzz.Models", EquatableArray<string>.Empty, BuiltInRules: true);

    // Every optional emitter runs: CLI option tables and clients.
    private static readonly CompilationFacts Everything = new("0.1.0.0", HasCli: true, HasClient: true, SupportsRequiredMembers: true, LanguageVersion: "12.0");
    private long _accepted;

    public string Name => "shapereader";

    public long DriverRuns { get; private set; }

    public IReadOnlyList<string> Tokens { get; } =
        [",", ":", "[", "]", "{", "}", "\"", "\\", "\r\n", "\uFEFF", "\"type\":", "\"structure\"", "\"list\"", "\"map\"", "\"string\"", "\"integer\"", "\"long\"", "\"float\"", "\"double\"", "\"boolean\"", "\"timestamp\"", "\"blob\"", "\"document\"", "\"union\":true",
         "\"members\":", "\"member\":", "\"key\":", "\"value\":", "\"shape\":", "\"required\":", "\"enum\":", "\"min\":", "\"max\":", "\"pattern\":", "\"deprecated\":true", "\"documentation\":", "\"input\":", "\"output\":",
         "\"Equals\"", "\"ToJson\"", "\"Value\"", "\"class\"", "\"1st\"", "\"a-b\"", "\"\"", "-1", "1e3", "2147483648", "\"^[a-z]+$\"", "\"[\"", "\"(?i)\""];

    public FuzzOutcome Run(string input)
    {
        var result = ShapeFileReader.Read(Path, input, CancellationToken.None);
        foreach (var diagnostic in result.Diagnostics)
        {
            FuzzChecks.Require(diagnostic.Id.StartsWith("ECG1", System.StringComparison.Ordinal), "reader reported " + diagnostic.Id);
            FuzzChecks.Require(diagnostic.Start >= 0 && diagnostic.Length >= 0 && diagnostic.Start + diagnostic.Length <= input.Length, diagnostic.Id + " span outside the file");
        }

        if (result.Model is null)
        {
            return FuzzOutcome.Rejected;
        }

        var output = SourceBuilder.Build(Path, result.Model, Options, EquatableArray<string>.Empty, Everything, CancellationToken.None);
        foreach (var diagnostic in output.Diagnostics)
        {
            FuzzChecks.Require(diagnostic.Id.StartsWith("ECG1", System.StringComparison.Ordinal), "emitters reported " + diagnostic.Id);
        }

        if (++_accepted % 32 == 1)
        {
            DriverRuns++;
            GeneratorRun.Check(Path, input);
        }

        return FuzzOutcome.Accepted;
    }
}
