using System;

namespace EndpointConfigGen.Cli.Query
{
    /// <summary>
    /// A JMESPath error whose message is what Python's <c>jmespath</c> 1.1.0 gives as <c>str(e)</c>, which the
    /// AWS CLI prints. <see cref="IsParseError"/> errors are found before the request is sent.
    /// </summary>
    internal sealed class JmesException : Exception
    {
        private JmesException(string message, bool isParseError)
            : base(message)
        {
            IsParseError = isParseError;
        }

        public bool IsParseError { get; }

        public static JmesException Empty() => new("Invalid JMESPath expression: cannot be empty.", true);

        public static JmesException Lexer(string expression, int position, string message) =>
            new("Bad jmespath expression: " + message + ":\n" + expression + "\n" + new string(' ', position) + "^", true);

        public static JmesException Incomplete(string expression) =>
            new("Invalid jmespath expression: Incomplete expression:\n\"" + expression + "\"\n" + new string(' ', expression.Length + 1) + "^", true);

        public static JmesException Parse(string expression, JmesToken token, string reason) =>
            new(reason + ": Parse error at column " + token.Start + ", token \"" + token.Text + "\" (" + token.Type.ToUpperInvariant()
                + "), for expression:\n\"" + expression + "\"\n" + new string(' ', token.Start + 1) + "^", true);

        /// <summary>Errors raised while evaluating (type errors, arity, unknown functions, Python's own errors).</summary>
        public static JmesException Runtime(string message) => new(message, false);

        public static JmesException Arity(string name, int expected, int actual, bool variadic) =>
            Runtime("Expected " + (variadic ? "at least " : string.Empty) + expected + " argument" + (expected == 1 ? string.Empty : "s")
                + " for function " + name + "(), received " + actual);

        public static JmesException Type(string name, object? value, string actualType, string[] expected) =>
            Runtime("In function " + name + "(), invalid type for value: " + PythonText.Str(value) + ", expected one of: "
                + PythonText.Repr(expected) + ", received: \"" + actualType + "\"");

        /// <summary>Python's <c>TypeError</c> for an ordering between values it cannot order.</summary>
        public static JmesException Unorderable(string op, object? left, object? right) =>
            Runtime("'" + op + "' not supported between instances of '" + PythonText.TypeName(left) + "' and '" + PythonText.TypeName(right) + "'");
    }
}
