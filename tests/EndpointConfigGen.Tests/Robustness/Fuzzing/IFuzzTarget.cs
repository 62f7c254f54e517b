using System.Collections.Generic;

namespace EndpointConfigGen.Fuzzing;

/// <summary>What one input did: a documented result (accepted or rejected), or a finding.</summary>
internal enum FuzzOutcome
{
    Accepted,
    Rejected,
}

/// <summary>One kind of input the package reads, with the only outcomes it may have.</summary>
internal interface IFuzzTarget
{
    /// <summary>The folder under tests/EndpointConfigGen.Fuzz holding corpus/ and regressions/.</summary>
    string Name { get; }

    /// <summary>Tokens of the input's grammar that random edits rarely produce on their own.</summary>
    IReadOnlyList<string> Tokens { get; }

    /// <summary>Runs one input; anything other than a documented result throws <see cref="FuzzFindingException"/> or lets the unexpected exception escape.</summary>
    FuzzOutcome Run(string input);
}

/// <summary>A documented API broke its own contract without throwing (wrong position, failed round trip, ...).</summary>
internal sealed class FuzzFindingException(string message) : System.Exception(message);
