using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EndpointConfigGen.Conformance;

/// <summary>
/// One line of cases.jsonl. <c>{tmp}</c> in args stands for the case's own temp directory, where
/// <see cref="Files"/> are written first (a value starting with <c>b64:</c> is base64 bytes).
/// </summary>
public sealed record ConformanceCase
{
    [JsonPropertyName("name")] public required string Name { get; init; }

    /// <summary>The real CLI's exit code, pinned so a changed CLI shows up as a failure here.</summary>
    [JsonPropertyName("cliExit")] public required int CliExit { get; init; }

    [JsonPropertyName("args")] public required string[] Args { get; init; }

    /// <summary><c>same</c> (default): compare with the CLI. <c>reject</c>: the CLI accepts, we deliberately fail.</summary>
    [JsonPropertyName("expect")] public string Expect { get; init; } = "same";

    [JsonPropertyName("files")] public Dictionary<string, string> Files { get; init; } = new();

    [JsonPropertyName("note")] public string? Note { get; init; }

    public bool Rejected => Expect == "reject";

    public static IReadOnlyList<ConformanceCase> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "cases.jsonl");
        return File.ReadLines(path)
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonSerializer.Deserialize<ConformanceCase>(l) ?? throw new InvalidDataException(l))
            .ToList();
    }

    /// <summary>Writes the case's files under <paramref name="dir"/> and returns the concrete argv.</summary>
    public IReadOnlyList<string> Prepare(string dir)
    {
        Directory.CreateDirectory(dir);
        foreach (var (name, content) in Files)
        {
            var bytes = content.StartsWith("b64:", StringComparison.Ordinal)
                ? Convert.FromBase64String(content[4..])
                : System.Text.Encoding.UTF8.GetBytes(content);
            File.WriteAllBytes(Path.Combine(dir, name), bytes);
        }
        return Args.Select(a => a.Replace("{tmp}", dir, StringComparison.Ordinal)).ToList();
    }

    public override string ToString() => Name;
}
