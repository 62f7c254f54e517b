using System;
using System.IO;
using System.Linq;
using EndpointConfigGen.Tests.Infrastructure;

namespace EndpointConfigGen.Tests.Generator;

/// <summary>
/// The generated source for the vendored CreateEndpointConfig shape, file by file, against
/// baselines in Golden/. Set ECG_UPDATE_GOLDEN=1 to rewrite them after an intended change,
/// then review the diff.
/// </summary>
public class GoldenFileTests
{
    private static readonly string Folder = Repo.Path("tests", "EndpointConfigGen.Tests", "Golden", "CreateEndpointConfig");

    [Fact]
    public void Generated_sources_match_the_golden_files()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.VendoredFiles());
        var actual = result.Sources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

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
