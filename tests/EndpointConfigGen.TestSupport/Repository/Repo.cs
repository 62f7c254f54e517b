using System;
using System.IO;

namespace EndpointConfigGen.TestSupport;

/// <summary>The repository the tests were built from, found from the test binaries upwards.</summary>
public static class Repo
{
    /// <summary>The folder holding <c>EndpointConfigGen.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path under the repository root.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>The vendored SageMaker CreateEndpointConfig shape file.</summary>
    public static string VendoredShape => Path("shapes", "sagemaker", "CreateEndpointConfig.shape.json");

    /// <summary>The rules file beside <see cref="VendoredShape"/>.</summary>
    public static string VendoredRules => Path("shapes", "sagemaker", "CreateEndpointConfig.rules.json");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "EndpointConfigGen.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("EndpointConfigGen.sln not found above " + AppContext.BaseDirectory + ": run from the repository's build output");
    }
}
