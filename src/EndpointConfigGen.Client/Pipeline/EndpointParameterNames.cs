namespace EndpointConfigGen.Client.Pipeline;

/// <summary>The built-in endpoint parameters the standard rule set reads (names as in the smithy rules).</summary>
internal static class EndpointParameterNames
{
    public const string Region = "Region";
    public const string UseFips = "UseFIPS";
    public const string UseDualStack = "UseDualStack";
    public const string Endpoint = "Endpoint";
}
