using System;
using System.IO;
using System.Linq;
using System.Threading;
using EndpointConfigGen.Emitters;
using EndpointConfigGen.Model;
using EndpointConfigGen.Reader;
using EndpointConfigGen.Tests.Infrastructure;

namespace EndpointConfigGen.Tests.Generator;

/// <summary>
/// The generated source for the vendored CreateEndpointConfig shape, one baseline per generated type in
/// Golden/ (before the pipeline packs types into files, so adding a shape adds one file). Every optional
/// emitter runs (CLI option tables, the client). Set ECG_UPDATE_GOLDEN=1 to rewrite them after an intended
/// change, then review the diff.
/// </summary>
public class GoldenFileTests
{
    private static readonly string Folder = Repo.Path("tests", "EndpointConfigGen.Tests", "Golden", "CreateEndpointConfig");

    private static readonly CompilationFacts Everything = new("0.1.0.0", HasCli: true, HasClient: true, SupportsRequiredMembers: true, LanguageVersion: "12.0");

    [Fact]
    public void Generated_types_match_their_golden_files()
    {
        // The shape file alone: its rules are the package's built-in ones.
        var shape = EndpointConfigGen.Rules.RulesAttachment.Attach(
            ShapeFileReader.Read(Repo.VendoredShape, File.ReadAllText(Repo.VendoredShape), CancellationToken.None), [], builtIn: true);
        Assert.Empty(shape.Diagnostics);
        var output = SourceBuilder.Build(Repo.VendoredShape, shape.Model!, new GeneratorOptions("Consumer.Models", EquatableArray<string>.Empty, BuiltInRules: true), EquatableArray<string>.Empty, Everything, CancellationToken.None);
        Assert.Empty(output.Diagnostics);
        var actual = output.Sources.ToDictionary(s => s.HintName, s => s.Text, StringComparer.Ordinal);

        if (Environment.GetEnvironmentVariable("ECG_UPDATE_GOLDEN") == "1")
        {
            if (Directory.Exists(Folder))
            {
                Directory.Delete(Folder, recursive: true);
            }

            Directory.CreateDirectory(Folder);
            foreach (var (name, text) in actual)
            {
                File.WriteAllText(Path.Combine(Folder, name), text);
            }
        }

        var expected = Directory.GetFiles(Folder, "*.g.cs").ToDictionary(f => Path.GetFileName(f), File.ReadAllText, StringComparer.Ordinal);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, text) in expected)
        {
            Assert.True(text.ReplaceLineEndings("\n") == actual[name], "Generated " + name + " differs from its golden file; rerun with ECG_UPDATE_GOLDEN=1 and review the diff.");
        }
    }
}
