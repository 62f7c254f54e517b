using System;
using System.Collections.Generic;

namespace EndpointConfigGen.TestSupport;

/// <summary>How <see cref="ProcessRunner"/> starts a process; every part is optional.</summary>
public sealed record ProcessOptions
{
    /// <summary>The working directory; the test's current directory when null.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Text written to standard input before it is closed; it is closed at once when null.</summary>
    public string? Stdin { get; init; }

    /// <summary>Variables to set over the inherited environment; a null value removes the variable.</summary>
    public IReadOnlyDictionary<string, string?>? Environment { get; init; }

    /// <summary>Start from an empty environment, so that only <see cref="Environment"/> reaches the process.</summary>
    public bool ClearEnvironment { get; init; }

    /// <summary>
    /// The hang guard: a run past it is killed with its children and fails the test. It only catches hangs, so it is far
    /// above any normal run on a loaded machine (CI runs every test project at once on two cores).
    /// </summary>
    public TimeSpan HangLimit { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>A process that sees exactly <paramref name="environment"/>, nothing inherited, in <paramref name="workingDirectory"/>.</summary>
    public static ProcessOptions Isolated(string workingDirectory, IEnumerable<KeyValuePair<string, string>> environment) =>
        new() { WorkingDirectory = workingDirectory, Environment = Variables(environment), ClearEnvironment = true };

    /// <summary>Copies <paramref name="environment"/> into the nullable form <see cref="Environment"/> takes.</summary>
    public static IReadOnlyDictionary<string, string?> Variables(IEnumerable<KeyValuePair<string, string>> environment)
    {
        var copy = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, value) in environment) copy[name] = value;
        return copy;
    }
}
