using System;
using System.Globalization;

namespace EndpointConfigGen.Cli
{
    /// <summary>
    /// botocore's " (reached max retries: N)" in a service error's line: in standard and adaptive mode whenever the
    /// last attempt was the last one allowed; in legacy mode only when the error was one its retry policy retries.
    /// </summary>
    public static class CliRetries
    {
        // botocore's data/_retry.json, the "__default__" policies of legacy mode: these statuses, and these codes on a 400.
        private static readonly int[] LegacyStatuses = { 429, 500, 502, 503, 504, 509 };
        private static readonly string[] LegacyCodes = { "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException", "ProvisionedThroughputExceededException" };

        /// <summary>The line the CLI prints for a service error after <paramref name="attempts"/> attempts.</summary>
        /// <param name="operationName">The operation, e.g. <c>CreateEndpointConfig</c>.</param>
        /// <param name="code">The error code as botocore reports it.</param>
        /// <param name="message">The message as botocore reports it.</param>
        /// <param name="status">The HTTP status.</param>
        /// <param name="settings">The retry mode and the attempts allowed (<see cref="CliSettings.Retries"/>).</param>
        /// <param name="attempts">The attempts made.</param>
        public static string ErrorLine(string operationName, string code, string message, int status, (string Mode, int MaxAttempts) settings, int attempts)
        {
            ArgumentNullException.ThrowIfNull(code);
            var reached = attempts >= settings.MaxAttempts
                && (settings.Mode != "legacy" || Array.IndexOf(LegacyStatuses, status) >= 0 || (status == 400 && Array.IndexOf(LegacyCodes, code) >= 0));
            var note = reached ? " (reached max retries: " + (attempts - 1).ToString(CultureInfo.InvariantCulture) + ")" : string.Empty;
            return "An error occurred (" + code + ") when calling the " + operationName + " operation" + note + ": " + message;
        }
    }
}
