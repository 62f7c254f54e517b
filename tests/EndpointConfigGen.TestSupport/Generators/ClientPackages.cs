using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace EndpointConfigGen.TestSupport;

/// <summary>The references the net8.0 EndpointConfigGen.Client brings a consumer: AWSSDK.Core and its dependencies.</summary>
/// <remarks>
/// Not the copies in a net10.0 bin folder: AWSSDK.Core's net10.0 asset references System.Runtime 10
/// (CS1705 against net8.0). The compile assets of the client project's net8.0 restore are what a consumer gets.
/// </remarks>
public static class ClientPackages
{
    /// <summary>The compile-time assemblies, read from the restore of the repository at <paramref name="root"/>.</summary>
    public static IReadOnlyList<string> Paths(string root)
    {
        var assets = Path.Combine(root, "src", "EndpointConfigGen.Client", "obj", "project.assets.json");
        using var document = JsonDocument.Parse(File.ReadAllText(assets));
        var folder = document.RootElement.GetProperty("packageFolders").EnumerateObject().First().Name;
        var libraries = document.RootElement.GetProperty("libraries");
        var paths = new List<string>();
        foreach (var library in document.RootElement.GetProperty("targets").GetProperty("net8.0").EnumerateObject())
        {
            if (library.Value.GetProperty("type").GetString() != "package" || !library.Value.TryGetProperty("compile", out var compile))
            {
                continue;
            }

            var libraryPath = libraries.GetProperty(library.Name).GetProperty("path").GetString()!;
            paths.AddRange(compile.EnumerateObject()
                .Where(c => c.Name.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
                .Select(c => Path.Combine(folder, libraryPath, c.Name)));
        }

        if (!paths.Any(p => Path.GetFileName(p) == "AWSSDK.Core.dll"))
        {
            throw new InvalidOperationException("AWSSDK.Core not found in " + assets);
        }

        return paths;
    }
}
