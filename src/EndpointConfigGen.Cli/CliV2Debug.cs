using System;
using System.IO;

namespace EndpointConfigGen.Cli
{
    /// <summary>
    /// <c>--v2-debug</c> (or AWS_CLI_UPGRADE_DEBUG_MODE=true): the AWS CLI v1's warnings about what would break
    /// under v2, those that can apply to a JSON-protocol command without blob members or timestamps in its output,
    /// printed on stderr as the CLI prints them once the global options are read.
    /// </summary>
    internal static class CliV2Debug
    {
        private const string Guide = "https://docs.aws.amazon.com/cli/latest/userguide/cliv2-migration-changes.html";

        public static bool IsOn(CliGlobalOptions options, Func<string, string?> environment) =>
            options.V2Debug || string.Equals(environment("AWS_CLI_UPGRADE_DEBUG_MODE"), "true", StringComparison.OrdinalIgnoreCase);

        public static void Warn(CliSettings settings, Func<string, string?> environment, TextWriter stderr)
        {
            if (!settings.PagerDisabledInProfile && environment("AWS_PAGER") is null)
            {
                stderr.Write("\nAWS CLI v2 UPGRADE WARNING: By default, the AWS CLI v2 returns all output through your operating system\u2019s default pager program. This is different from v1 behavior, where the system pager is not used by default. To retain AWS CLI v1 behavior in AWS CLI v2, set the `cli_pager` configuration setting, or the `AWS_PAGER` environment variable, to the empty string. See " + Guide + "#cliv2-migration-output-pager.\n");
            }

            // The CLI looks at its own Python's variables; a script that sets them for it gets the same warning here.
            if ((environment("PYTHONUTF8") is not null || environment("PYTHONIOENCODING") is not null) && environment("AWS_CLI_FILE_ENCODING") is null)
            {
                stderr.Write("\nThe AWS CLI v2 does not support The `PYTHONUTF8` and `PYTHONIOENCODING` environment variables, and instead uses the `AWS_CLI_FILE_ENCODING` variable. This is different from v1 behavior, where the former two variables are used instead. To retain AWS CLI v1 behavior in AWS CLI v2, set the `AWS_CLI_FILE_ENCODING` environment variable instead. See " + Guide + "#cliv2-migration-encodingenvvar.\n");
            }

            if (settings.HasApiVersions)
            {
                stderr.Write("\nAWS CLI v2 UPGRADE WARNING: AWS CLI v2 UPGRADE WARNING: The AWS CLI v2 does not support calling older versions of AWS service APIs via the `api_versions` configuration file setting. This is different from v1 behavior, where this configuration setting can be used to pin older API versions. To migrate to v2 behavior, remove the `api_versions` configuration setting, and test against the latest service API versions. See " + Guide + "#cliv2-migration-api-versions.\n");
            }

            if (settings.HasPlugins)
            {
                stderr.Write("\nAWS CLI v2 UPGRADE WARNING: In AWS CLI v2, plugins are disabled by default, and support for plugins is provisional. This is different from v1 behavior, where plugin support is URL below to update your configuration to enable plugins in AWS CLI v2. Also, be sure to lock into a particular version of the AWS CLI and test the functionality of your plugins every time AWS CLI v2 is upgraded. See " + Guide + "#cliv2-migration-profile-plugins.\n");
            }
        }

        /// <summary>
        /// The warning the CLI prints for each option whose value it loads from a <c>file://</c> or <c>fileb://</c> file
        /// (with Python's <c>print</c>, which adds a newline to the text's own: a blank line follows).
        /// </summary>
        public static void WarnParamFile(TextWriter stderr) =>
            stderr.Write("\nAWS CLI v2 UPGRADE WARNING: For input parameters that have a prefix of `http://` or `https://`, AWS CLI v2 will not automatically request the content of the URL for the parameter, and the `cli_follow_urlparam` option has been removed. For guidance on how to adapt this command to AWS CLI v2 usage, see " + Guide + "#cliv2-migration-paramfile.\n\n");
    }
}
