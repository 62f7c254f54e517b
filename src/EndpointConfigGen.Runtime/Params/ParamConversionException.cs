using System;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// A shorthand value the CLI cannot convert to the model's type, with the CLI's message
    /// (Python's own: <c>invalid literal for int() with base 10: 'abc'</c>).
    /// </summary>
    public sealed class ParamConversionException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public ParamConversionException(string message, ParamNode node, bool isShorthandError = false)
            : base(message)
        {
            Node = node;
            IsShorthandError = isShorthandError;
        }

        /// <summary>The value that failed.</summary>
        public ParamNode Node { get; }

        /// <summary>
        /// True when the CLI reports it as a shorthand parse error (<c>Error parsing parameter ...</c>);
        /// false when Python's exception reaches the top as it is.
        /// </summary>
        public bool IsShorthandError { get; }
    }
}
