namespace EndpointConfigGen.Runtime
{
    /// <summary>Why and where shorthand input could not be parsed.</summary>
    public sealed class ShorthandError
    {
        /// <summary>Creates an error.</summary>
        /// <param name="message">The text the AWS CLI prints after <c>Error parsing parameter '--x': </c>.</param>
        /// <param name="offset">Offset in UTF-16 code units of the failing position in the input.</param>
        /// <param name="line">1-based line of the failing position.</param>
        /// <param name="column">1-based column of the failing position, counted in Unicode code points.</param>
        public ShorthandError(string message, int offset, int line, int column)
        {
            Message = message;
            Offset = offset;
            Line = line;
            Column = column;
        }

        /// <summary>The text the AWS CLI prints after <c>Error parsing parameter '--x': </c>.</summary>
        public string Message { get; }

        /// <summary>Offset in UTF-16 code units of the failing position in the input.</summary>
        public int Offset { get; }

        /// <summary>1-based line of the failing position (lines end at <c>\n</c>).</summary>
        public int Line { get; }

        /// <summary>1-based column of the failing position, counted in Unicode code points like the CLI's caret.</summary>
        public int Column { get; }

        /// <inheritdoc />
        public override string ToString() => Message;
    }
}
