using System;
using System.Linq;
using EndpointConfigGen.Fuzzing;
using EndpointConfigGen.Tests.Infrastructure;

namespace EndpointConfigGen.Tests.Robustness;

/// <summary>
/// The bounded CI run of every fuzz target (fixed seed and input count, about a minute in all;
/// the long run is tests/EndpointConfigGen.Fuzz/run-long.sh), and the replay of every stored
/// regression input.
/// </summary>
public class FuzzCiTests
{
    // A hang, not a slow input on a busy machine: the CI pass once saw a 2 s bound crossed under load 40.
    // Super-linear behaviour is the long run's and the limit tests' to find, with their own bounds.
    private static readonly TimeSpan PerInputLimit = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData("shorthand", 5_000)]
    [InlineData("jsonreader", 20_000)]
    [InlineData("shapereader", 5_000)]
    [InlineData("fromjson", 8_000)]
    [InlineData("cli", 8_000)]
    public void Bounded_run_has_no_findings(string name, int inputs)
    {
        var target = FuzzTargets.ByName(name);
        var corpus = FuzzTargets.Inputs(Repo.Root, target, "corpus");
        Assert.NotEmpty(corpus);

        var report = FuzzRunner.Run(target, corpus, seed: 7, inputs, PerInputLimit);

        Assert.True(report.Findings.Count == 0, string.Join("\n\n", report.Findings.Select(f => f.Kind + ": " + f.Detail + "\ninput: " + f.Input)));
        Assert.Equal(inputs, report.Inputs);
    }

    [Theory]
    [InlineData("shorthand")]
    [InlineData("jsonreader")]
    [InlineData("shapereader")]
    [InlineData("fromjson")]
    [InlineData("cli")]
    public void Regression_inputs_end_in_a_documented_result(string name)
    {
        var target = FuzzTargets.ByName(name);
        foreach (var input in FuzzTargets.Inputs(Repo.Root, target, "regressions").Concat(FuzzTargets.Inputs(Repo.Root, target, "corpus")))
        {
            var finding = FuzzRunner.RunOne(target, input, out _);
            Assert.True(finding is null, finding?.Detail + "\ninput: " + input);
        }
    }
}
