using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace EndpointConfigGen.Benchmarks.Builds;

/// <summary>
/// Issue 11: three console apps built as a user builds them. The EndpointConfigGen package is packed from
/// this checkout into a local feed under a fresh version and restored into an isolated package folder
/// (as tests/EndpointConfigGen.PackageTests/PackageFixture.cs does); the apps live outside the repository,
/// so its Directory.Build.props does not apply.
/// <list type="bullet">
/// <item><c>Small</c>: PackageReference + CreateEndpointConfig.shape.json/.rules.json; Program builds a request and prints ToJson.</item>
/// <item><c>Full</c>: the same with botocore's whole SageMaker model as sagemaker.shape.json (+ the rules), every operation.</item>
/// <item><c>Without</c>: no package; Program prints a constant.</item>
/// </list>
/// Every build runs <c>dotnet build --no-restore</c> in Debug with the build servers on (MSBuild node reuse
/// and the shared compiler, the SDK defaults), whatever this machine's environment turns off.
/// </summary>
public sealed class BuildWorkspace
{
    /// <summary>Variables this environment sets to turn build servers off; a user's machine has none of them.</summary>
    private static readonly string[] ServerSwitches = ["UseSharedCompilation", "MSBUILDDISABLENODEREUSE", "DOTNET_CLI_USE_MSBUILD_SERVER"];

    private static BuildWorkspace? _current;
    private readonly Dictionary<string, string?> _environment;
    private int _edits;

    private BuildWorkspace(string work)
    {
        Work = work;
        Marker = Guid.NewGuid().ToString("N");
        _environment = new Dictionary<string, string?>
        {
            ["NUGET_PACKAGES"] = Path.Combine(work, "packages"),
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            // Inherited by the compiler server and MSBuild nodes these builds start, so Shutdown finds exactly those.
            ["ECG_BENCH_BUILD_MARKER"] = Marker,
        };
        foreach (var name in ServerSwitches)
        {
            _environment[name] = null;
        }
    }

    public string Work { get; }

    public string Marker { get; }

    public string Version { get; private set; } = "";

    public static string Root => Repo.Root;

    /// <summary>The apps by name: Small, Full, Without.</summary>
    public Dictionary<string, string> Projects { get; } = new();

    /// <summary>The workspace the benchmarks use, created on first use (ECG_BUILDS_WORK names its folder).</summary>
    public static BuildWorkspace Current => _current ??= Create(Environment.GetEnvironmentVariable("ECG_BUILDS_WORK"));

    public static BuildWorkspace Create(string? work)
    {
        work = string.IsNullOrEmpty(work) ? Directory.CreateTempSubdirectory("ecg-builds-").FullName : Directory.CreateDirectory(work).FullName;
        var workspace = new BuildWorkspace(work);
        workspace.Prepare();
        return workspace;
    }

    private void Prepare()
    {
        Version = "0.1.0-bench." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var feed = Directory.CreateDirectory(Path.Combine(Work, "feed")).FullName;
        Log($"packing EndpointConfigGen {Version} into {feed}");
        var project = Path.Combine(Root, "src", "EndpointConfigGen.Runtime", "EndpointConfigGen.Runtime.csproj");
        // Packing restores the repository's own project: the normal package folder, as PackageFixture does.
        Run("dotnet", ["pack", project, "-c", "Release", "-o", feed, $"-p:Version={Version}", "-nologo", "-v:q"], new Dictionary<string, string?>(), Root);
        File.WriteAllText(Path.Combine(Work, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
                <add key="machine" value="{MachinePackages}" />
              </packageSources>
            </configuration>
            """);

        var shapes = Path.Combine(Root, "shapes", "sagemaker");
        Projects["Small"] = WriteApp("Small", withPackage: true, new()
        {
            ["CreateEndpointConfig.shape.json"] = File.ReadAllText(Path.Combine(shapes, "CreateEndpointConfig.shape.json")),
            ["CreateEndpointConfig.rules.json"] = File.ReadAllText(Path.Combine(shapes, "CreateEndpointConfig.rules.json")),
        });
        Projects["Full"] = WriteApp("Full", withPackage: true, new()
        {
            ["sagemaker.shape.json"] = ReadBotocoreSageMaker(),
            ["sagemaker.rules.json"] = File.ReadAllText(Path.Combine(shapes, "CreateEndpointConfig.rules.json")),
        });
        Projects["Without"] = WriteApp("Without", withPackage: false, new());

        foreach (var (name, path) in Projects)
        {
            Log($"restore and first full build: {name}");
            Run("dotnet", ["restore", path, "-nologo", "-v:q"], _environment, Work);
            Build(path);
        }
    }

    /// <summary>Changes the constant in the app's Program.cs, so the next build recompiles it.</summary>
    public void Edit(string app)
    {
        var program = Path.Combine(Path.GetDirectoryName(Projects[app])!, "Program.cs");
        File.WriteAllText(program, ProgramSource(app != "Without", ++_edits));
    }

    /// <summary>One <c>dotnet build --no-restore</c>; returns its wall time. Fails if the build did not produce a new assembly.</summary>
    public TimeSpan Build(string project)
    {
        var output = OutputAssembly(project);
        var before = File.Exists(output) ? File.GetLastWriteTimeUtc(output) : DateTime.MinValue;
        var watch = Stopwatch.StartNew();
        Run("dotnet", ["build", project, "--no-restore", "-nologo", "-tl:off"], _environment, Path.GetDirectoryName(project)!);
        watch.Stop();
        if (File.GetLastWriteTimeUtc(output) <= before)
        {
            throw new InvalidOperationException($"{project}: the build did not recompile (assembly not rewritten)");
        }

        return watch.Elapsed;
    }

    /// <summary>Runs the built app; its output shows the last edit made it in.</summary>
    public string RunApp(string app) => Run("dotnet", [OutputAssembly(Projects[app])], _environment, Work);

    /// <summary>Stops the compiler server and MSBuild nodes these builds started (found by the marker in their environment), by process id.</summary>
    public void Shutdown()
    {
        foreach (var process in Process.GetProcesses())
        {
            try
            {
                if (process.Id != Environment.ProcessId && File.ReadAllText($"/proc/{process.Id}/environ").Contains("ECG_BENCH_BUILD_MARKER=" + Marker, StringComparison.Ordinal))
                {
                    Log($"stopping build server {process.Id} ({process.ProcessName})");
                    process.Kill();
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // Gone already, or not ours to read.
            }
        }
    }

    private static string OutputAssembly(string project) =>
        Path.Combine(Path.GetDirectoryName(project)!, "bin", "Debug", "net10.0", Path.GetFileNameWithoutExtension(project) + ".dll");

    private string WriteApp(string name, bool withPackage, Dictionary<string, string> shapeFiles)
    {
        var dir = Directory.CreateDirectory(Path.Combine(Work, name)).FullName;
        var reference = withPackage ? $"""

              <ItemGroup>
                <PackageReference Include="EndpointConfigGen" Version="{Version}" />
              </ItemGroup>
            """ : "";
        File.WriteAllText(Path.Combine(dir, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <RootNamespace>BuildBench</RootNamespace>
              </PropertyGroup>{reference}
            </Project>
            """);
        File.WriteAllText(Path.Combine(dir, "Program.cs"), ProgramSource(withPackage, 0));
        if (shapeFiles.Count > 0)
        {
            var shapes = Directory.CreateDirectory(Path.Combine(dir, "shapes")).FullName;
            foreach (var (file, text) in shapeFiles)
            {
                File.WriteAllText(Path.Combine(shapes, file), text);
            }
        }

        return Path.Combine(dir, name + ".csproj");
    }

    private static string ProgramSource(bool withPackage, int edit) => withPackage
        ? $$"""
            using System;
            using BuildBench;

            const string Name = "bench-{{edit}}";
            var request = new CreateEndpointConfigInput
            {
                EndpointConfigName = Name,
                ProductionVariants = ProductionVariant.ParseShorthandList("VariantName=a,ModelName=m,InitialInstanceCount=1,InstanceType=ml.m5.large"),
            };
            Console.WriteLine(request.ToJson());

            """
        : $$"""
            using System;

            const string Name = "bench-{{edit}}";
            Console.WriteLine(Name);

            """;

    private static string ReadBotocoreSageMaker()
    {
        var botocore = Run("python3", ["-c", "import botocore,os;print(os.path.dirname(botocore.__file__))"], new Dictionary<string, string?>(), Root).Trim();
        using var gzip = new GZipStream(File.OpenRead(Path.Combine(botocore, "data", "sagemaker", "2017-07-24", "service-2.json.gz")), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return reader.ReadToEnd();
    }

    private static string MachinePackages =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES")
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    private static string Run(string file, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment, string directory)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = directory };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            if (value is null)
            {
                info.Environment.Remove(key);
            }
            else
            {
                info.Environment[key] = value;
            }
        }

        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', info.ArgumentList)} failed ({process.ExitCode}):\n{Tail(stdout)}\n{Tail(stderr.Result)}");
        }

        return stdout;
    }

    private static string Tail(string text) => text.Length <= 6000 ? text : text[^6000..];

    internal static void Log(string message) => Console.Error.WriteLine($"[builds {DateTime.Now:HH:mm:ss}] {message}");
}
