using System.Collections.Generic;
using EndpointConfigGen.Reader;

namespace EndpointConfigGen.Fuzzing.Targets;

/// <summary>The generator's positioned JSON reader: a tree or an error at an exact position, never an exception.</summary>
internal sealed class JsonReaderTarget : IFuzzTarget
{
    public string Name => "jsonreader";

    public IReadOnlyList<string> Tokens { get; } =
        [",", ":", "[", "]", "{", "}", "\"", "\\", "\\u", "\\u00e9", "\\ud83d\\ude00", "\\/", "\r\n", "\n", "\uFEFF", "null", "true", "false", "-", "0", "-0.0e+5", "1e", "01", "\"a\":", "/*", "NaN"];

    public FuzzOutcome Run(string input)
    {
        var root = JsonTextParser.Parse(input, out var error, out var at);
        if (root is not null)
        {
            return FuzzOutcome.Accepted;
        }

        FuzzChecks.Require(!string.IsNullOrEmpty(error), "no error message");
        FuzzChecks.ExactPosition(input, at.Offset, at.Line, at.Column, error!);
        return FuzzOutcome.Rejected;
    }
}
