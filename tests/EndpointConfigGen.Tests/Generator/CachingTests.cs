using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using EndpointConfigGen.Pipeline;
using EndpointConfigGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EndpointConfigGen.Tests.Generator;

/// <summary>Proves the pipeline's incrementality: what did not change is not recomputed.</summary>
public class CachingTests
{
    private static readonly string[] TrackedSteps =
    [
        TrackingNames.Options, TrackingNames.CompilationFacts, TrackingNames.ShapeFiles, TrackingNames.RulesFiles,
        TrackingNames.ParseShapeFile, TrackingNames.SdkReferences, TrackingNames.BuiltInShapes, TrackingNames.ShapeModels, TrackingNames.AttachRules, TrackingNames.CheckOperations, TrackingNames.BindNames, TrackingNames.SdkSurface, TrackingNames.FindCollisions, TrackingNames.EmitSources,
    ];

    [Fact]
    public void Unrelated_csharp_edit_leaves_every_step_cached_or_unchanged()
    {
        var compilation = GeneratorHarness.Consumer("namespace Consumer { public class A { } }");
        var driver = GeneratorHarness.Driver(GeneratorHarness.VendoredFiles()).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { public class B { } }", GeneratorHarness.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in TrackedSteps)
        {
            Assert.True(result.TrackedSteps.ContainsKey(step), "step not tracked: " + step);
            foreach (var run in result.TrackedSteps[step])
            {
                foreach (var (_, reason) in run.Outputs)
                {
                    Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step} was {reason}");
                }
            }
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(r => r.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Editing_one_shape_file_leaves_the_other_files_outputs_cached()
    {
        var first = new InMemoryAdditionalText("/p/First.shape.json", MiniModel("First", "Alpha"));
        var second = new InMemoryAdditionalText("/p/Second.shape.json", MiniModel("Second", "Beta"));
        var compilation = GeneratorHarness.Consumer();
        var driver = GeneratorHarness.Driver([first, second]).RunGenerators(compilation);

        var changed = new InMemoryAdditionalText("/p/Second.shape.json", MiniModel("Second", "Gamma"));
        driver = driver.ReplaceAdditionalText(second, changed).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        var emitted = result.TrackedSteps[TrackingNames.EmitSources];
        Assert.Equal(2, emitted.Length);
        var reasons = emitted.Select(run => run.Outputs.Single().Reason).ToArray();
        Assert.Contains(IncrementalStepRunReason.Modified, reasons);
        Assert.Contains(IncrementalStepRunReason.Cached, reasons);
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("GammaValue"));
    }

    [Fact]
    public void Referencing_the_CLI_assembly_emits_again_without_binding_again()
    {
        var compilation = GeneratorHarness.Bare().AddReferences(GeneratorHarness.Runtime);
        var driver = GeneratorHarness.Driver(GeneratorHarness.VendoredFiles()).RunGenerators(compilation);

        var result = driver.RunGenerators(compilation.AddReferences(GeneratorHarness.Cli)).GetRunResult().Results.Single();

        Assert.All(result.TrackedSteps[TrackingNames.BindNames].SelectMany(run => run.Outputs),
            output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "BindNames was " + output.Reason));
        Assert.Equal(IncrementalStepRunReason.Modified, result.TrackedSteps[TrackingNames.EmitSources].Single().Outputs.Single().Reason);
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("global::EndpointConfigGen.Cli.CliOperation", StringComparison.Ordinal));
    }

    [Fact]
    public void Pipeline_outputs_hold_no_symbols_syntax_or_locations()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.VendoredFiles());
        // Only our steps: Roslyn's own input nodes (AdditionalTexts, AnalyzerConfigOptions...) are tracked too.
        foreach (var (step, runs) in result.RunResult.Results.Single().TrackedSteps.Where(s => TrackedSteps.Contains(s.Key)))
        {
            foreach (var run in runs)
            {
                foreach (var (value, _) in run.Outputs)
                {
                    AssertPlainData(value, step, depth: 0);
                }
            }
        }
    }

    /// <summary>Walks an output's object graph; Roslyn objects in it would defeat caching and pin compilations.</summary>
    private static void AssertPlainData(object? value, string step, int depth)
    {
        if (value is null || depth > 6 || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        Assert.False(value is ISymbol or SyntaxNode or Location or Compilation or SemanticModel or AnalyzerConfigOptions or AnalyzerConfigOptionsProvider or AdditionalText,
            $"{step} holds a {value.GetType().Name}");
        Assert.False(value.GetType().IsArray, $"{step} holds a raw array");
        if (value is IEnumerable items)
        {
            foreach (var item in items.Cast<object?>().Take(3))
            {
                AssertPlainData(item, step, depth + 1);
            }

            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            AssertPlainData(property.GetValue(value), step, depth + 1);
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Public | BindingFlags.Instance))
        {
            AssertPlainData(field.GetValue(value), step, depth + 1);
        }
    }

    internal static string MiniModel(string operation, string enumValue) => """
        {
          "version": "2.0",
          "metadata": {"serviceId": "Mini", "protocol": "json"},
          "operations": {"OP": {"name": "OP", "input": {"shape": "OPInput"}}},
          "shapes": {
            "OPInput": {"type": "structure", "required": ["Name"], "members": {"Name": {"shape": "Text"}, "Kind": {"shape": "OPKind"}}},
            "Text": {"type": "string", "max": 10},
            "OPKind": {"type": "string", "enum": ["ENUMValue"]}
          }
        }
        """.Replace("OP", operation).Replace("ENUM", enumValue);
}
