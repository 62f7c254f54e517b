using System;

namespace EndpointConfigGen.Cli
{
    /// <summary>
    /// A failure while sending, with the exact text the AWS CLI v1 prints for it on stderr; the runner
    /// prints it and exits 255, as the CLI does.
    /// </summary>
    public sealed class CliSendException : Exception
    {
        /// <summary>Creates the failure.</summary>
        /// <param name="message">The CLI's text, without the final newline.</param>
        /// <param name="blankLineFirst">
        /// Whether the CLI prints an empty line first: it does for service and connection errors, not for
        /// "Unable to locate credentials" or "You must specify a region".
        /// </param>
        public CliSendException(string message, bool blankLineFirst = true)
            : base(message)
        {
            BlankLineFirst = blankLineFirst;
        }

        /// <summary>Whether stderr gets an empty line before the message.</summary>
        public bool BlankLineFirst { get; }
    }
}
