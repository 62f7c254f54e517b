using System;
using System.Collections.Generic;
using EndpointConfigCli.Model;

namespace EndpointConfigGen.Fuzzing.Targets;

/// <summary>
/// Generated <c>TryParseShorthand</c> (grammar core, CLI conversion, structural checks, binding)
/// on the whole request: it never throws, and what it accepts writes back to shorthand and JSON
/// that read as an equal value.
/// </summary>
internal sealed class ShorthandTarget : IFuzzTarget
{
    public string Name => "shorthand";

    public IReadOnlyList<string> Tokens { get; } =
        [",", "=", "[", "]", "{", "}", "\\", "'", "\"", "@=", " ", "\n", "\\,", "\\'", "[]", "{}", "=[", "={", "'\\'", "VariantName=", "ProductionVariants=", "Tags=", "InitialInstanceCount=", "InitialVariantWeight=", "true", "1e308", "nan", "-0", "+007", "1_0", "0x10"];

    public FuzzOutcome Run(string input)
    {
        if (!CreateEndpointConfigInput.TryParseShorthand(input, out var value, out var error))
        {
            FuzzChecks.Position(input, error.Offset, error.Line, error.Column, error.Message);
            return FuzzOutcome.Rejected;
        }

        string text;
        try
        {
            text = value.ToShorthand();
        }
        catch (ArgumentException e) when (FuzzChecks.IsInexpressible(e))
        {
            return FuzzOutcome.Accepted;
        }

        FuzzChecks.Equal(value, CreateEndpointConfigInput.ParseShorthand(text), "shorthand round trip of " + text);
        // JSON is UTF-8, which cannot hold a lone surrogate (ToJson writes U+FFFD); argv and files never give one.
        if (FuzzChecks.IsWellFormedUtf16(input))
        {
            FuzzChecks.Equal(value, CreateEndpointConfigInput.FromJson(value.ToJson()), "JSON round trip");
        }

        return FuzzOutcome.Accepted;
    }
}
