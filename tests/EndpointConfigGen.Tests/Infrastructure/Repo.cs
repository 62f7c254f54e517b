using System;
using System.IO;

namespace EndpointConfigGen.Tests.Infrastructure;

internal static class Repo
{
    /// <summary>The repository root, found from the test binaries upwards.</summary>
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static string VendoredShape => Path("shapes", "sagemaker", "CreateEndpointConfig.shape.json");

    public static string VendoredRules => Path("shapes", "sagemaker", "CreateEndpointConfig.rules.json");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "EndpointConfigGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("EndpointConfigGen.sln not found above " + AppContext.BaseDirectory);
    }
}
