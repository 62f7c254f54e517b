using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace EndpointConfigGen.Tests.Cli;

/// <summary>The sending front end never prints a secret: not in errors, not in <c>--debug</c> output.</summary>
public class FrontEndSecretTests
{
    private const string Secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_failed_call_prints_no_secret(bool debug)
    {
        // Port 1 on loopback refuses at once: the call fails after signing, with everything in hand to leak.
        string[] args = ["--endpoint-url", "http://127.0.0.1:1", "--endpoint-config-name", "c", "--production-variants", "VariantName=v,ModelName=m,InstanceType=ml.m5.large,InitialInstanceCount=1"];
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "EndpointConfigCli.dll"));
        foreach (var arg in debug ? [.. args, "--debug"] : args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["AWS_ACCESS_KEY_ID"] = "AKIDEXAMPLE";
        info.Environment["AWS_SECRET_ACCESS_KEY"] = Secret;
        info.Environment["AWS_DEFAULT_REGION"] = "us-east-1";
        info.Environment["AWS_MAX_ATTEMPTS"] = "1";
        info.Environment.Remove("ENDPOINTCONFIGGEN_PRINT_REQUEST");
        // Nothing of the machine's own AWS setup takes part.
        info.Environment["AWS_CONFIG_FILE"] = "/dev/null";
        info.Environment["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null";
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using (var bound = new CancellationTokenSource(TimeSpan.FromMinutes(2)))
        {
            try
            {
                await process.WaitForExitAsync(bound.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("the front end did not exit within 2 minutes");
            }
        }

        Assert.Equal(255, process.ExitCode);
        Assert.EndsWith("\nCould not connect to the endpoint URL: \"http://127.0.0.1:1/\"\n", await stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, await stdout + await stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("EXAMPLEKEY", await stdout + await stderr, StringComparison.Ordinal);
        Assert.Equal(debug, (await stderr).Contains("DEBUG", StringComparison.Ordinal));
    }
}
