using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace EndpointConfigGen.PackageTests;

/// <summary>
/// Packs the analyzer package and builds consumers from a local feed by PackageReference,
/// with nullable, warnings as errors and documentation on, as a careful user would.
/// </summary>
public sealed class PackageTests : IClassFixture<PackageFixture>
{
    private readonly PackageFixture _package;

    public PackageTests(PackageFixture package) => _package = package;

    [Fact]
    public void Package_layout_is_an_analyzer_package()
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(_package.NupkgPath);
        var entries = zip.Entries.Select(e => e.FullName).ToArray();

        Assert.Contains("analyzers/dotnet/cs/EndpointConfigGen.dll", entries);
        Assert.Contains("build/EndpointConfigGen.props", entries);
        Assert.Contains("build/EndpointConfigGen.targets", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
        var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open()).ReadToEnd();
        Assert.DoesNotContain("<dependency ", nuspec, StringComparison.Ordinal);
    }

    [Fact]
    public void Consumer_builds_and_runs_through_package_reference()
    {
        var project = _package.CreateConsumer("Runs", includeMistakes: false);

        var run = Tool.Run("dotnet", $"run --project \"{project}\"", _package.Environment);

        Assert.True(run.ExitCode == 0, run.Output);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("""{"EndpointConfigName":"pkg","ProductionVariants":[{"VariantName":"a","ModelName":"m","InitialInstanceCount":1,"InstanceType":"ml.m5.large"}]}""", lines[0]);
        Assert.Equal("0", lines[1]);
        Assert.Equal("{     \"EndpointConfigArn\": \"EndpointConfigArn\" } ", lines[2]);
    }

    [Fact]
    public void Consumer_build_reports_the_fixed_ids_at_their_places()
    {
        var project = _package.CreateConsumer("Mistakes", includeMistakes: true);

        var build = Tool.Run("dotnet", $"build \"{project}\"", _package.Environment);

        Assert.NotEqual(0, build.ExitCode);
        var found = Regex.Matches(build.Output, @"Mistakes\.cs\((\d+),(\d+)\): (?:error|warning) (ECG\d{3})")
            .Select(m => (Id: m.Groups[3].Value, Line: int.Parse(m.Groups[1].Value)))
            .Distinct()
            .ToArray();
        Assert.Contains(("ECG001", 14), found);
        Assert.Contains(("ECG003", 14), found);
        Assert.Contains(("ECG003", 15), found);
        Assert.Contains(("ECG004", 13), found);
        Assert.Contains(("ECG002", 17), found);
        Assert.Contains(("ECG005", 21), found);
    }
}
