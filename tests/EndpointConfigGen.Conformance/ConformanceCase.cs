using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EndpointConfigGen.Conformance;

/// <summary>
/// One line of cases.jsonl. <c>{tmp}</c> in args stands for the case's own temp directory, where
/// <see cref="Files"/> are written first (a value starting with <c>b64:</c> is base64 bytes); <c>{repo}</c> for the repository.
/// </summary>
public sealed record ConformanceCase
{
    [JsonPropertyName("name")] public required string Name { get; init; }

    /// <summary>The real CLI's exit code, pinned so a changed CLI shows up as a failure here.</summary>
    [JsonPropertyName("cliExit")] public required int CliExit { get; init; }

    [JsonPropertyName("args")] public required string[] Args { get; init; }

    /// <summary>
    /// <c>same</c> (default): compare with the CLI exactly. <c>same-value</c>: the same, but numbers compare by
    /// value only (our typed model writes <c>1.0</c> for a double the CLI forwards as <c>1</c>). <c>reject</c>:
    /// a deliberate difference, we fail with <see cref="Ours"/> where the CLI sends the request (or fails otherwise).
    /// </summary>
    [JsonPropertyName("expect")] public string Expect { get; init; } = Same;

    [JsonPropertyName("files")] public Dictionary<string, string> Files { get; init; } = new();

    /// <summary>Files written from our front end's stdout for these args, before the case runs (e.g. a skeleton).</summary>
    [JsonPropertyName("fromOurs")] public Dictionary<string, string[]> FromOurs { get; init; } = new();

    /// <summary>Environment for our front end only (e.g. its escape hatches); the CLI never sees it.</summary>
    [JsonPropertyName("oursEnv")] public Dictionary<string, string> OursEnv { get; init; } = new();

    /// <summary>
    /// Our exact stderr (leading/trailing newlines trimmed, <c>{tmp}</c> expanded) where it differs from the CLI's:
    /// the error of a <c>reject</c> case, or the warnings of a request we print. Null: ours is empty or the CLI's.
    /// </summary>
    [JsonPropertyName("ours")] public string? Ours { get; init; }

    /// <summary>Why the case is not compared exactly; required unless <see cref="Expect"/> is <c>same</c>.</summary>
    [JsonPropertyName("note")] public string? Note { get; init; }

    public const string Same = "same";
    public const string SameValue = "same-value";
    public const string Reject = "reject";

    public bool Rejected => Expect == Reject;

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
        return Expand(Args, dir);
    }

    /// <summary>Replaces <c>{tmp}</c> with the case's directory and <c>{repo}</c> with the repository root.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> args, string dir) =>
        args.Select(a => a.Replace("{tmp}", dir, StringComparison.Ordinal).Replace("{repo}", Repo.Root, StringComparison.Ordinal)).ToList();

    public override string ToString() => Name;
}
