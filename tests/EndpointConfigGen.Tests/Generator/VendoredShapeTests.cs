using System.Diagnostics;
using System.Threading.Tasks;
using EndpointConfigGen.Tests.Infrastructure;

namespace EndpointConfigGen.Tests.Generator;

/// <summary>The vendored shape file is exactly what shapes/extract.py makes from the installed botocore.</summary>
public class VendoredShapeTests
{
    [Fact]
    public async Task Vendored_shape_matches_a_fresh_extraction_from_botocore()
    {
        var info = new ProcessStartInfo("python3", "\"" + Repo.Path("shapes", "extract.py") + "\" --check")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Repo.Root,
        };
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        // Exit 1 is drift or an unclassified instance family; anything else (no botocore) fails too.
        Assert.True(process.ExitCode == 0, "extract.py --check failed:\n" + stdout + await stderr);
    }
}
