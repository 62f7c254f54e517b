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
[Collection(nameof(PackageCollection))]
public sealed class PackageTests
{
    private readonly PackageFixture _package;

    public PackageTests(PackageFixture package) => _package = package;

    [Fact]
    public void Package_carries_the_generator_and_the_runtime_and_depends_on_nothing()
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(_package.NupkgPath);
        var entries = zip.Entries.Select(e => e.FullName).ToArray();

        Assert.Contains("analyzers/dotnet/cs/EndpointConfigGen.dll", entries);
        Assert.Contains("lib/net8.0/EndpointConfigGen.Runtime.dll", entries);
        Assert.Contains("lib/net8.0/EndpointConfigGen.Runtime.xml", entries);
        Assert.Contains("build/EndpointConfigGen.props", entries);
        Assert.Contains("build/EndpointConfigGen.targets", entries);
        Assert.DoesNotContain(entries, e => e.Contains("EndpointConfigGen.Cli", StringComparison.Ordinal));
        Assert.DoesNotContain("<dependency ", Nuspec(zip), StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_package_is_one_library_that_depends_on_the_same_version_of_the_package()
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(_package.CliNupkgPath);
        var entries = zip.Entries.Select(e => e.FullName).Where(e => e.StartsWith("lib/", StringComparison.Ordinal)).ToArray();

        Assert.Equal(["lib/net8.0/EndpointConfigGen.Cli.dll", "lib/net8.0/EndpointConfigGen.Cli.xml"], entries.Order(StringComparer.Ordinal));
        Assert.Contains($"<dependency id=\"EndpointConfigGen\" version=\"{_package.Version}\"", Nuspec(zip), StringComparison.Ordinal);
    }

    [Fact]
    public void Client_package_is_one_library_on_AWSSDK_Core()
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(_package.ClientNupkgPath);
        var entries = zip.Entries.Select(e => e.FullName).Where(e => e.StartsWith("lib/", StringComparison.Ordinal)).ToArray();

        Assert.Equal(["lib/net8.0/EndpointConfigGen.Client.dll", "lib/net8.0/EndpointConfigGen.Client.xml"], entries.Order(StringComparer.Ordinal));
        Assert.Contains("<dependency id=\"AWSSDK.Core\" version=\"4.1.0\"", Nuspec(zip), StringComparison.Ordinal);
    }

    [Fact]
    public void Several_projects_with_shape_files_build_with_warnings_as_errors_and_run()
    {
        var root = _package.CreateSolution();

        var c = ProcessRunner.Run("dotnet", ["run", "--project", Path.Combine(root, "C", "C.csproj")], _package.Dotnet);
        Assert.True(c.ExitCode == 0, c.Output);
        Assert.DoesNotContain("warning", c.Output, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(
            [
                """{"EndpointConfigName":"from-a","ProductionVariants":[{"VariantName":"a","ModelName":"m","InitialInstanceCount":1,"InstanceType":"ml.m5.large"}]}""",
                """{"EndpointConfigName":"from-b","ProductionVariants":[{"VariantName":"b","ModelName":"m","InitialInstanceCount":1,"InstanceType":"ml.m5.large"}]}""",
                """{"EndpointConfigName":"from-c","ProductionVariants":[{"VariantName":"c","ModelName":"m","InitialInstanceCount":1,"InstanceType":"ml.m5.large"}]}""",
                "0",
            ],
            c.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));

        var d = ProcessRunner.Run("dotnet", ["run", "--project", Path.Combine(root, "D", "D.csproj")], _package.Dotnet);
        Assert.True(d.ExitCode == 0, d.Output);
        var lines = d.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("Expected: ", lines[0], StringComparison.Ordinal);
        Assert.Contains("$.EndpointConfigName", lines[1], StringComparison.Ordinal);
        Assert.Equal("""{"EndpointConfigName":"from-c","ProductionVariants":[{"VariantName":"c","ModelName":"m","InitialInstanceCount":1,"InstanceType":"ml.m5.large"}]}""", lines[2]);

        // Each project's generated files hold only its own model's types.
        var generated = Directory.GetFiles(Path.Combine(root, "C", "obj"), "*.g.cs", SearchOption.AllDirectories)
            .Where(f => f.Contains("EndpointConfigGen.Pipeline.EndpointConfigGenerator", StringComparison.Ordinal))
            .ToArray();
        Assert.NotEmpty(generated);
        Assert.All(generated, f => Assert.StartsWith("C.", Path.GetFileName(f), StringComparison.Ordinal));
    }

    [Fact]
    public void An_AWS_SDK_project_without_a_shape_file_builds_clean_and_gets_nothing()
    {
        var project = _package.CreateProject("SdkNoShapes", """<ItemGroup><PackageReference Include="AWSSDK.DynamoDBv2" Version="4.1.0.1" /></ItemGroup>""", PackageFixture.Program("""
                var request = new Amazon.DynamoDBv2.Model.CreateTableRequest { TableName = "t", BillingMode = "PAY_PER_REQUESTS" };
                Console.WriteLine(request.BillingMode.Value);
                Console.WriteLine(typeof(Program).Assembly.GetTypes().Length);
            """));

        var run = ProcessRunner.Run("dotnet", ["run", "--project", project], _package.Dotnet);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.DoesNotContain("ECG", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", run.Output, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["PAY_PER_REQUESTS", "1"], run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void A_SageMaker_SDK_project_without_a_shape_file_gets_the_checks_on_CreateEndpointConfigRequest()
    {
        // AWSSDK.SageMaker is not served: its stand-in (tests/EndpointConfigGen.SdkShapes.SageMaker), on AWSSDK.Core.
        var standIn = Path.Combine(AppContext.BaseDirectory, "AWSSDK.SageMaker.dll");
        var settings = $"""<ItemGroup><Reference Include="{standIn}" /><PackageReference Include="AWSSDK.Core" Version="4.1.1" /></ItemGroup>""";

        var mistake = _package.CreateProject("SageMakerMistake", settings, PackageFixture.Program("""
                var request = new Amazon.SageMaker.Model.CreateEndpointConfigRequest
                {
                    EndpointConfigName = "gpu",
                    KmsKeyId = "alias/key",
                    ProductionVariants = [new Amazon.SageMaker.Model.ProductionVariant { VariantName = "a", ModelName = "m", InitialInstanceCount = 1, InstanceType = "ml.g5.xlarge" }],
                };
                Console.WriteLine(request.EndpointConfigName);
            """));
        var build = ProcessRunner.Run("dotnet", ["build", mistake], _package.Dotnet);
        Assert.NotEqual(0, build.ExitCode);
        Assert.Matches(@"Program\.cs\(14,\d+\): error ECG002: ", build.Output);
        Assert.DoesNotMatch(@"error (?!ECG002)[A-Z]+\d+", build.Output);

        // The same request with values known only at run time: Validate() finds it, through the carried model's rules.
        var project = _package.CreateProject("SageMakerValidate", settings, PackageFixture.Program("""
                var request = new Amazon.SageMaker.Model.CreateEndpointConfigRequest
                {
                    EndpointConfigName = "gpu",
                    KmsKeyId = Environment.GetEnvironmentVariable("ECG_UNSET") ?? "alias/key",
                    ProductionVariants = [new Amazon.SageMaker.Model.ProductionVariant { VariantName = "a", ModelName = "m", InitialInstanceCount = 1, InstanceType = Environment.GetEnvironmentVariable("ECG_UNSET") ?? "ml.g5.xlarge" }],
                };
                Console.WriteLine(request.Validate().Count);
            """));
        var run = ProcessRunner.Run("dotnet", ["run", "--project", project], _package.Dotnet);
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal(["1"], run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static string Nuspec(System.IO.Compression.ZipArchive zip) =>
        new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open()).ReadToEnd();

    [Fact]
    public void Consumer_builds_and_runs_through_package_reference()
    {
        var project = _package.CreateConsumer("Runs", includeMistakes: false);

        var run = ProcessRunner.Run("dotnet", ["run", "--project", project], _package.Dotnet);

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

        var build = ProcessRunner.Run("dotnet", ["build", project], _package.Dotnet);

        Assert.NotEqual(0, build.ExitCode);
        var reported = Regex.Matches(build.Output, @"Mistakes\.cs\((\d+),(\d+)\): (?:error|warning) (ECG\d{3}): .*\((\S+)\) \[")
            .Select(m => (Id: m.Groups[3].Value, Line: int.Parse(m.Groups[1].Value), Link: m.Groups[4].Value))
            .ToArray();
        Assert.All(reported, r => Assert.EndsWith("/docs/diagnostics/" + r.Id + ".md", r.Link));
        var found = reported.Select(r => (r.Id, r.Line)).Distinct().ToArray();
        Assert.Contains(("ECG001", 14), found);
        Assert.Contains(("ECG003", 14), found);
        Assert.Contains(("ECG003", 15), found);
        Assert.Contains(("ECG004", 13), found);
        Assert.Contains(("ECG002", 17), found);
        Assert.Contains(("ECG005", 21), found);
    }
}
