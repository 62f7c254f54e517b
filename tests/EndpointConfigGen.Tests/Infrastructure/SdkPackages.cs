using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.CodeAnalysis;

namespace EndpointConfigGen.Tests.Infrastructure;

/// <summary>
/// AWS SDK service assemblies as a net8.0 consumer gets them (this project restores them for net10.0, whose
/// assets reference System.Runtime 10), with AWSSDK.Core from the client's restore.
/// </summary>
internal static class SdkPackages
{
    public static MetadataReference[] With(string package)
    {
        var assets = Repo.Path("tests", "EndpointConfigGen.Tests", "obj", "project.assets.json");
        using var document = JsonDocument.Parse(File.ReadAllText(assets));
        var folder = document.RootElement.GetProperty("packageFolders").EnumerateObject().First().Name;
        var library = document.RootElement.GetProperty("libraries").EnumerateObject()
            .Single(l => l.Name.StartsWith(package + "/", StringComparison.OrdinalIgnoreCase));
        var dll = Path.Combine(folder, library.Value.GetProperty("path").GetString()!, "lib", "net8.0", package + ".dll");
        return [MetadataReference.CreateFromFile(dll), .. ClientPackages.Paths(Repo.Root).Select(p => MetadataReference.CreateFromFile(p))];
    }
}
