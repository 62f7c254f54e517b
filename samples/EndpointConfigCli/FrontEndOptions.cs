using System;
using EndpointConfigGen.Cli;

namespace EndpointConfigCli;

/// <summary>
/// This front end's settings beyond the AWS CLI's, from its environment variables (README, "Settings"):
/// ENDPOINTCONFIGGEN_PRINT_REQUEST, ENDPOINTCONFIGGEN_VALIDATION and ENDPOINTCONFIGGEN_ALLOW_UNKNOWN_ENUM_VALUES.
/// </summary>
internal static class FrontEndOptions
{
    /// <summary>The options the variables ask for; unset variables leave the defaults (send, full validation).</summary>
    /// <param name="environment">Reads an environment variable (null when unset).</param>
    public static CliRunOptions Read(Func<string, string?> environment) => new()
    {
        PrintRequest = IsSet(environment(CliRunner.PrintRequestVariable)),
        ValidationMode = environment(CliRunner.ValidationVariable),
        AllowUnknownEnumValues = IsSet(environment(CliRunner.AllowUnknownEnumValuesVariable)),
    };

    // A flag is on for 1 or true (any case); anything else, or unset, is off.
    private static bool IsSet(string? value) => value == "1" || string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
}
