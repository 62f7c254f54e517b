using System;

namespace EndpointConfigGen.Conformance;

/// <summary>How the CLI's stderr and ours are compared.</summary>
public static class ErrorText
{
    /// <summary>The CLI prints a blank line before its message and a newline after it; neither is compared.</summary>
    public static string Normalise(string stderr) => stderr.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n');

    /// <summary>
    /// argparse errors (exit 2) and "Unknown options" (exit 255) come after a usage block that CLI v1
    /// pads with a v2 advertisement; only their last line, the message itself, is compared.
    /// </summary>
    public static bool IsUsageError(int exitCode, string stderr) =>
        exitCode == 2 || Normalise(stderr).StartsWith("usage:", StringComparison.Ordinal);

    public static string LastLine(string stderr) => Normalise(stderr).Split('\n')[^1];

    /// <summary>
    /// Checks that <paramref name="fixedRun"/> differs from <paramref name="cliRun"/> only where 1.45.11
    /// printed the error-location placeholder, and returns its text; null if they differ elsewhere.
    /// </summary>
    public static string? WithErrorLocation(string cliRun, string fixedRun)
    {
        const string marker = "for input:\n";
        var cli = Normalise(cliRun);
        var fix = Normalise(fixedRun);
        var at = cli.IndexOf(marker + AwsCliOracle.ErrorLocationBug, StringComparison.Ordinal);
        if (at < 0) return null;
        var prefix = cli[..(at + marker.Length)];
        var suffix = cli[(at + marker.Length + AwsCliOracle.ErrorLocationBug.Length)..];
        return fix.StartsWith(prefix, StringComparison.Ordinal) && fix.EndsWith(suffix, StringComparison.Ordinal) ? fix : null;
    }
}
