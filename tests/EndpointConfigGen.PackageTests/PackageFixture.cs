using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace EndpointConfigGen.PackageTests;

/// <summary>Packs once per run into an isolated feed and package cache, under a unique version.</summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        Version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        Work = Directory.CreateTempSubdirectory("ecg-package-").FullName;
        var feed = Directory.CreateDirectory(Path.Combine(Work, "feed")).FullName;
        Environment = new Dictionary<string, string>
        {
            ["NUGET_PACKAGES"] = Path.Combine(Work, "packages"),
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        };

        // Packing restores the repository's own project: it must use the normal package folder, or its
        // obj/ would point into this fixture's temporary one after the fixture is gone.
        var pack = Tool.Run("dotnet", $"pack \"{Path.Combine(Root, "src", "EndpointConfigGen", "EndpointConfigGen.csproj")}\" -c Release -o \"{feed}\" -p:Version={Version}", new Dictionary<string, string> { ["DOTNET_NOLOGO"] = "1" });
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack failed:\n" + pack.Output);
        }

        NupkgPath = Directory.GetFiles(feed, "EndpointConfigGen." + Version + ".nupkg").Single();
        File.WriteAllText(Path.Combine(Work, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
    }

    public string Version { get; }

    public string Work { get; }

    public string NupkgPath { get; }

    public IReadOnlyDictionary<string, string> Environment { get; }

    public static string Root { get; } = FindRoot();

    /// <summary>A consumer project with the vendored shape and rules files, as a user would add them.</summary>
    public string CreateConsumer(string name, bool includeMistakes)
    {
        var dir = Directory.CreateDirectory(Path.Combine(Work, name)).FullName;
        var templates = Path.Combine(Root, "tests", "EndpointConfigGen.PackageTests", "Consumer");
        File.WriteAllText(Path.Combine(dir, name + ".csproj"), File.ReadAllText(Path.Combine(templates, "Consumer.csproj.template")).Replace("$VERSION$", Version));
        File.Copy(Path.Combine(templates, "Program.cs.template"), Path.Combine(dir, "Program.cs"));
        if (includeMistakes)
        {
            File.Copy(Path.Combine(templates, "Mistakes.cs.template"), Path.Combine(dir, "Mistakes.cs"));
        }

        var shapes = Directory.CreateDirectory(Path.Combine(dir, "shapes")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(Root, "shapes", "sagemaker"), "CreateEndpointConfig.*.json"))
        {
            File.Copy(file, Path.Combine(shapes, Path.GetFileName(file)));
        }

        return Path.Combine(dir, name + ".csproj");
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

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EndpointConfigGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("EndpointConfigGen.sln not found");
    }
}
