using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace EndpointConfigGen.PackageTests;

/// <summary>Packs once per run (PackageCollection) into an isolated feed and package cache, under a unique version.</summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        Version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        Work = Directory.CreateTempSubdirectory("ecg-package-").FullName;
        var feed = Directory.CreateDirectory(Path.Combine(Work, "feed")).FullName;
        Dotnet = new ProcessOptions
        {
            Environment = new Dictionary<string, string?>
            {
                ["NUGET_PACKAGES"] = Path.Combine(Work, "packages"),
                ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
                ["DOTNET_NOLOGO"] = "1",
            },
            HangLimit = BuildHangLimit,
        };

        // Packing restores the repository's own project: it must use the normal package folder, or its
        // obj/ would point into this fixture's temporary one after the fixture is gone.
        // The EndpointConfigGen package is the runtime project, which carries the generator; the CLI package depends on it.
        foreach (var project in new[] { "EndpointConfigGen.Runtime", "EndpointConfigGen.Cli", "EndpointConfigGen.Client" })
        {
            var pack = ProcessRunner.Run(
                "dotnet",
                ["pack", Repo.Path("src", project, project + ".csproj"), "-c", "Release", "-o", feed, $"-p:Version={Version}"],
                new ProcessOptions { Environment = new Dictionary<string, string?> { ["DOTNET_NOLOGO"] = "1" }, HangLimit = BuildHangLimit });
            if (pack.ExitCode != 0)
            {
                throw new InvalidOperationException("dotnet pack failed:\n" + pack.Output);
            }
        }

        NupkgPath = Directory.GetFiles(feed, "EndpointConfigGen." + Version + ".nupkg").Single();
        CliNupkgPath = Directory.GetFiles(feed, "EndpointConfigGen.Cli." + Version + ".nupkg").Single();
        ClientNupkgPath = Directory.GetFiles(feed, "EndpointConfigGen.Client." + Version + ".nupkg").Single();
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
    }

    public string Version { get; }

    /// <summary>
    /// The machine's package folder, as a second feed: net8.0 projects need the targeting packs that building
    /// the repository restored there. Everything of ours still comes from the local feed, under a fresh version.
    /// </summary>
    private static string MachinePackages =>
        System.Environment.GetEnvironmentVariable("NUGET_PACKAGES")
        ?? Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    public string Work { get; }

    public string NupkgPath { get; }

    public string CliNupkgPath { get; }

    public string ClientNupkgPath { get; }

    /// <summary>
    /// How the tests run dotnet: this fixture's package folder and feed. Restores and builds on a loaded machine take
    /// minutes, so only a run far past that counts as hung.
    /// </summary>
    public ProcessOptions Dotnet { get; }

    private static readonly TimeSpan BuildHangLimit = TimeSpan.FromMinutes(20);

    /// <summary>A consumer project with the vendored shape file only, as a new user adds it: the SageMaker rules come with the package.</summary>
    public string CreateConsumer(string name, bool includeMistakes)
    {
        var dir = Directory.CreateDirectory(Path.Combine(Work, name)).FullName;
        var templates = Path.Combine(Repo.Root, "tests", "EndpointConfigGen.PackageTests", "Consumer");
        File.WriteAllText(Path.Combine(dir, name + ".csproj"), File.ReadAllText(Path.Combine(templates, "Consumer.csproj.template")).Replace("$VERSION$", Version));
        File.Copy(Path.Combine(templates, "Program.cs.template"), Path.Combine(dir, "Program.cs"));
        if (includeMistakes)
        {
            File.Copy(Path.Combine(templates, "Mistakes.cs.template"), Path.Combine(dir, "Mistakes.cs"));
        }

        var shapes = Directory.CreateDirectory(Path.Combine(dir, "shapes")).FullName;
        File.Copy(Path.Combine(Repo.Root, "shapes", "sagemaker", "CreateEndpointConfig.shape.json"), Path.Combine(shapes, "CreateEndpointConfig.shape.json"));

        return Path.Combine(dir, name + ".csproj");
    }

    /// <summary>
    /// A console project with nullable, warnings as errors and documentation on, the package, the given MSBuild
    /// <paramref name="settings"/> (XML inside the project element) and shape files copied from the repository
    /// (repository path, path in the project). Returns the project file.
    /// </summary>
    public string CreateProject(string name, string settings, string program, params (string From, string To)[] files)
    {
        var dir = Directory.CreateDirectory(Path.Combine(Work, name)).FullName;
        File.WriteAllText(Path.Combine(dir, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <ImplicitUsings>disable</ImplicitUsings>
                <RootNamespace>App</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="EndpointConfigGen" Version="{Version}" />
              </ItemGroup>
            {settings}
            </Project>
            """);
        File.WriteAllText(Path.Combine(dir, "Program.cs"), program);
        foreach (var (from, to) in files)
        {
            var target = Path.Combine(dir, to);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(Repo.Root, from), target);
        }

        return Path.Combine(dir, name + ".csproj");
    }

    /// <summary>
    /// Libraries A and B, each with the package and a shape file; app C with its own shape file referencing
    /// both; app D referencing C, with no shape file. Returns the folder holding the four projects.
    /// </summary>
    public string CreateSolution()
    {
        var root = Directory.CreateDirectory(Path.Combine(Work, "solution")).FullName;
        var templates = Path.Combine(Repo.Root, "tests", "EndpointConfigGen.PackageTests", "Solution");
        foreach (var name in new[] { "A", "B", "C", "D" })
        {
            var dir = Directory.CreateDirectory(Path.Combine(root, name)).FullName;
            var project = name is "A" or "B" ? Path.Combine(templates, "Library.csproj.template") : Path.Combine(templates, name, name + ".csproj.template");
            File.WriteAllText(Path.Combine(dir, name + ".csproj"), File.ReadAllText(project).Replace("$VERSION$", Version).Replace("$NAME$", name));
            foreach (var source in Directory.GetFiles(Path.Combine(templates, name), "*.cs.template"))
            {
                File.Copy(source, Path.Combine(dir, Path.GetFileName(source)[..^".template".Length]));
            }

            if (name != "D")
            {
                File.Copy(Path.Combine(Repo.Root, "shapes", "sagemaker", "CreateEndpointConfig.shape.json"), Path.Combine(dir, name + ".shape.json"));
            }
        }

        return root;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Work, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temp folder is cleaned by the OS.
        }
    }

    /// <summary>A consumer's Program.cs whose Main runs <paramref name="body"/>.</summary>
    public static string Program(string body) => $$"""
        using System;

        namespace App;

        /// <summary>Prints what the package gave.</summary>
        public static class Program
        {
            /// <summary>Entry point.</summary>
            public static void Main()
            {
        {{body}}
            }
        }
        """;
}
