using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;

namespace EndpointConfigGen.Benchmarks.Builds;

/// <summary>
/// Issue 11: incremental <c>dotnet build</c> of an app with the package (Model = its shape file) against the
/// same app without it. BenchmarkDotNet runs every iteration of one benchmark case before the next case, so
/// two benchmarks (with, without) cannot be interleaved; one operation is therefore a <em>pair</em>: the
/// iteration setup edits the constant in both Program.cs files, the operation rebuilds both, alternating
/// which goes first, and records each build's wall time. <see cref="BuildsMode"/> computes the medians and
/// the ratio from those per-build samples; BenchmarkDotNet's own statistics are of the pair.
/// Run by <c>run.sh builds</c> (Monitoring strategy, one invocation per iteration), not by <c>--filter '*'</c>.
/// </summary>
public class IncrementalBuildBenchmarks
{
    /// <summary>Per model, one (with, without) sample per invocation, in order; BuildsMode keeps the measured ones (the last).</summary>
    public static Dictionary<string, List<(TimeSpan With, TimeSpan Without, bool WithFirst)>> Samples { get; } = new();

    private int _invocation;

    [Params("CreateEndpointConfig", "FullSageMaker")]
    public string Model { get; set; } = "";

    private string WithApp => Model == "FullSageMaker" ? "Full" : "Small";

    [GlobalSetup]
    public void Setup()
    {
        _ = BuildWorkspace.Current;
        Samples[Model] = [];
    }

    [IterationSetup]
    public void EditProgram()
    {
        BuildWorkspace.Current.Edit(WithApp);
        BuildWorkspace.Current.Edit("Without");
    }

    [Benchmark]
    public void RebuildWithAndWithout()
    {
        var workspace = BuildWorkspace.Current;
        var withFirst = _invocation++ % 2 == 0;
        TimeSpan with, without;
        if (withFirst)
        {
            with = workspace.Build(workspace.Projects[WithApp]);
            without = workspace.Build(workspace.Projects["Without"]);
        }
        else
        {
            without = workspace.Build(workspace.Projects["Without"]);
            with = workspace.Build(workspace.Projects[WithApp]);
        }

        Samples[Model].Add((with, without, withFirst));
        BuildWorkspace.Log($"{Model}: with {with.TotalSeconds:F2} s, without {without.TotalSeconds:F2} s ({(withFirst ? "with" : "without")} first)");
    }
}
