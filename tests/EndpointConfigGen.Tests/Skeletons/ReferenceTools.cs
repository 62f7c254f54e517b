using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.Json;
using EndpointConfigGen.Tests.Infrastructure;

namespace EndpointConfigGen.Tests.Skeletons;

/// <summary>The oracles: the machine's botocore and AWS CLI v2, run as processes.</summary>
internal static class ReferenceTools
{
    /// <summary>The Python with botocore 1.43.11 (CLI v1's); it has no ruamel.yaml.</summary>
    public const string Python = "python3";

    /// <summary>CLI v2's own Python, with its awscli, vendored botocore and ruamel.yaml.</summary>
    public const string CliV2Python = "/usr/bin/python3";

    public const string CliV2 = "/usr/bin/aws";

    public static string CliV2SageMakerModel => Path.Combine("/usr/lib/python3/dist-packages/awscli/botocore/data/sagemaker/2017-07-24", "service-2.json");

    private static string Script => Path.Combine(Repo.Root, "tests", "EndpointConfigGen.Tests", "Skeletons", "skeleton_reference.py");

    /// <summary>Skeleton texts by operation, from <c>skeleton_reference.py</c> (mode: input, output or yaml-input).</summary>
    public static Dictionary<string, string> Skeletons(string mode, string modelPath, params string[] operations)
    {
        var python = mode == "yaml-input" ? CliV2Python : Python;
        var json = Run(python, [Script, mode, modelPath, .. operations]);
        return JsonSerializer.Deserialize<Dictionary<string, string>>(json)!;
    }

    /// <summary>A shape file for the operations, extracted from botocore 1.43.11 by the repository's <c>shapes/extract.py</c>.</summary>
    public static string Extract(string directory, params string[] operations)
    {
        var path = Path.Combine(directory, string.Join("_", operations) + ".shape.json");
        Run(Python, [Repo.Path("shapes", "extract.py"), "--operations", string.Join(",", operations), "--out", path]);
        return path;
    }

    /// <summary>A shape file sliced from another model with its documentation kept (extract.py strips it and reads only its own botocore).</summary>
    public static string ExtractWithDocs(string modelPath, string directory, params string[] operations)
    {
        var path = Path.Combine(directory, string.Join("_", operations) + ".shape.json");
        Run(Python, [Script, "extract", modelPath, path, string.Join(",", operations)]);
        return path;
    }

    /// <summary>Standard output of AWS CLI v2; it must be installed (CI installs it), so its absence fails the test.</summary>
    public static string CliV2Output(params string[] arguments)
    {
        if (!File.Exists(CliV2))
        {
            throw new InvalidOperationException(CliV2 + " (AWS CLI v2 2.9.19) is not installed: apt-get install -y awscli");
        }

        return Run(CliV2, arguments);
    }

    public static string Run(string fileName, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Skeletons need no account: keep the developer's profile and region out of it.
        start.Environment["AWS_CONFIG_FILE"] = "/dev/null";
        start.Environment["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null";
        start.Environment["AWS_DEFAULT_REGION"] = "us-east-1";
        start.Environment["PYTHONIOENCODING"] = "utf-8";

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(" ", arguments)} exited with {process.ExitCode}: {stderr.Result}");
        }

        return stdout;
    }
}
