using System;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace EndpointConfigGen.Tests.Infrastructure;

/// <summary>The service models of the installed botocore, the python package the AWS CLI v1 uses.</summary>
internal static class Botocore
{
    /// <summary>botocore's data folder: data/&lt;service&gt;/&lt;version&gt;/service-2.json.gz.</summary>
    public static string Data { get; } = FindData();

    /// <summary>A service's model at its newest version (versions are dates, so ordinal order), as botocore ships it.</summary>
    public static string ModelText(string service)
    {
        var newest = Directory.GetDirectories(Path.Combine(Data, service))
            .Where(v => File.Exists(Path.Combine(v, "service-2.json.gz")))
            .Order(StringComparer.Ordinal)
            .Last();
        using var gzip = new GZipStream(File.OpenRead(Path.Combine(newest, "service-2.json.gz")), CompressionMode.Decompress);
        return new StreamReader(gzip).ReadToEnd();
    }

    private static string FindData()
    {
        var info = new ProcessStartInfo("python3", "-c \"import botocore,os;print(os.path.dirname(botocore.__file__))\"") { RedirectStandardOutput = true };
        using var process = Process.Start(info)!;
        var folder = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0 && folder.Length > 0, "botocore (AWS CLI v1) is not installed for python3");
        return Path.Combine(folder, "data");
    }
}
