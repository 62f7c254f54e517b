namespace EndpointConfigGen.Cli.Query
{
    /// <summary>
    /// A lexer token with Python jmespath's type names (<c>unquoted_identifier</c>, <c>lbracket</c>, ...), which
    /// its parse errors print. <see cref="Value"/> is the literal's value, the identifier or the index number.
    /// </summary>
    internal sealed record JmesToken(string Type, string Text, int Start, object? Value = null);
}
