using System;
using System.Linq;
using EndpointConfigGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace EndpointConfigGen.Tests.Generator;

/// <summary>The support code is added once: a project that references one which has it reuses it.</summary>
public class RuntimeReuseTests
{
    [Fact]
    public void Support_code_is_emitted_once_and_reused_by_referencing_projects()
    {
        var library = GeneratorHarness.Run([new InMemoryAdditionalText("/lib/Lib.shape.json", CachingTests.MiniModel("Lib", "L"))]);
        Assert.Contains(library.Sources, s => s.HintName.StartsWith("EndpointConfigGen.Runtime.", StringComparison.Ordinal));
        var reference = MetadataReference.CreateFromImage(library.Emit());

        var compilation = GeneratorHarness.Consumer().AddReferences(reference);
        var driver = GeneratorHarness.Driver(
            [new InMemoryAdditionalText("/app/App.shape.json", CachingTests.MiniModel("App", "A"))],
            new System.Collections.Generic.Dictionary<string, string> { ["build_property.RootNamespace"] = "App.Models" });
        var run = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);

        Assert.Empty(diagnostics);
        var sources = run.GetRunResult().GeneratedTrees.Select(t => t.FilePath).ToArray();
        Assert.DoesNotContain(sources, path => path.Contains("EndpointConfigGen.Runtime.", StringComparison.Ordinal));
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
        Assert.True(problems.Length == 0, string.Join(Environment.NewLine, problems.Take(10)));
    }
}
