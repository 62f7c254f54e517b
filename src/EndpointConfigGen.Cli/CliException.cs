using System;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Cli
{
    /// <summary>A command-line error with the AWS CLI's message; the runner prints it and exits non-zero.</summary>
    internal sealed class CliException : Exception
    {
        public CliException(string message, bool isUsageError = false, bool isAfterUsage = false)
            : base(message)
        {
            IsUsageError = isUsageError;
            IsAfterUsage = isAfterUsage;
        }

        /// <summary>True for argparse errors, which the CLI prints after a usage line as <c>aws: error: ...</c>.</summary>
        public bool IsUsageError { get; }

        /// <summary>True for errors the CLI prints after its usage text but not as argparse errors (<c>Unknown options</c>).</summary>
        public bool IsAfterUsage { get; }

        /// <summary>The CLI's <c>Error parsing parameter '--x': ...</c>.</summary>
        public static CliException Parameter(string cliName, string message) =>
            new CliException("Error parsing parameter '" + cliName + "': " + message);

        /// <summary>An error the CLI prints after its usage text.</summary>
        public static CliException AfterUsage(string message) => new CliException(message, isAfterUsage: true);

        /// <summary>An argparse error.</summary>
        public static CliException Usage(string message) => new CliException(message, isUsageError: true);
    }
}
