using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace EndpointConfigGen.Benchmarks.Parsing;

/// <summary>
/// The shorthand strings of parse-cases.json, which the Python anchor (scripts/awscli_anchor.py) reads too,
/// so both sides parse byte-identical input.
/// </summary>
public static class ParseCases
{
    public const string ProductionVariant = nameof(ProductionVariant);
    public const string DataCaptureConfig = nameof(DataCaptureConfig);

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Shorthands = new(Load);

    public static string Shorthand(string name) => Shorthands.Value[name];

    private static IReadOnlyDictionary<string, string> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "parse-cases.json");
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var result = new Dictionary<string, string>();
        foreach (var entry in document.RootElement.EnumerateObject())
        {
            result[entry.Name] = entry.Value.GetProperty("shorthand").GetString()!;
        }

        return result;
    }
}
