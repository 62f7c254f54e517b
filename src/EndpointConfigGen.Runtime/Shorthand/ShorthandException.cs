using System;

namespace EndpointConfigGen.Runtime
{
    /// <summary>Thrown by <see cref="ShorthandParser.Parse(string)"/> when the input is not valid shorthand.</summary>
    public sealed class ShorthandException : FormatException
    {
        /// <summary>Creates the exception for an error.</summary>
        public ShorthandException(ShorthandError error)
            : base(error.Message)
        {
            Error = error;
        }

        /// <summary>The parse error, with its position.</summary>
        public ShorthandError Error { get; }
    }
}
