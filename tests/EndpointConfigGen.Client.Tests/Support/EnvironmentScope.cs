using System;
using System.Collections.Generic;
using System.Linq;
using Amazon.Runtime;

namespace EndpointConfigGen.Client.Tests.Support;

/// <summary>
/// Replaces every <c>AWS_*</c> variable of the process for one test and puts them back after; the SDK's
/// cached region is reset both ways. Only for tests of the <see cref="EnvironmentCollection"/>.
/// </summary>
public sealed class EnvironmentScope : IDisposable
{
    private readonly Dictionary<string, string?> _saved;

    public EnvironmentScope(IReadOnlyDictionary<string, string> variables)
    {
        var names = Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(n => n.StartsWith("AWS_", StringComparison.Ordinal)).Concat(variables.Keys).Distinct();
        _saved = names.ToDictionary(n => n, Environment.GetEnvironmentVariable);
        foreach (var name in _saved.Keys) Environment.SetEnvironmentVariable(name, null);
        foreach (var (name, value) in variables) Environment.SetEnvironmentVariable(name, value);
        Environment.SetEnvironmentVariable("AWS_EC2_METADATA_DISABLED", "true");
        FallbackRegionFactory.Reset();
    }

    public void Dispose()
    {
        foreach (var (name, value) in _saved) Environment.SetEnvironmentVariable(name, value);
        Environment.SetEnvironmentVariable("AWS_EC2_METADATA_DISABLED", "true");
        FallbackRegionFactory.Reset();
    }
}

/// <summary>Tests that change the process environment run alone, after the parallel ones.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EnvironmentCollection
{
    public const string Name = "process environment";
}
