using System;
using System.Collections.Generic;
using System.IO;
using EndpointConfigGen.Pipeline;
using EndpointConfigGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace EndpointConfigGen.Tests.Analyzers;

/// <summary>
/// What every analyzer and code-fix test shares: .NET 8 reference assemblies from
/// Basic.Reference.Assemblies (nothing downloaded), the vendored shape and rules files, and the
/// generator running in the same compilation so the generated types exist.
/// </summary>
internal static class AnalyzerTestSetup
{
    public const string ShapePath = "/project/shapes/CreateEndpointConfig.shape.json";
    public const string RulesPath = "/project/shapes/CreateEndpointConfig.rules.json";

    private static readonly string Shape = File.ReadAllText(Repo.VendoredShape);
    private static readonly string Rules = File.ReadAllText(Repo.VendoredRules);

    public static readonly Type[] Generators = [typeof(EndpointConfigGenerator)];

    /// <summary>The inputs a test state needs (the fixed state of a code-fix test too).</summary>
    public static void Apply(SolutionState state)
    {
        state.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net80.References.All);
        state.AdditionalReferences.Add(GeneratorHarness.Runtime);
        state.AdditionalFiles.Add((ShapePath, Shape));
        state.AdditionalFiles.Add((RulesPath, Rules));
    }

    public static void Apply(AnalyzerTest<DefaultVerifier> test)
    {
        test.ReferenceAssemblies = new ReferenceAssemblies("net8.0");
        Apply(test.TestState);

        // The suppression and generated-code re-runs triple the time; GeneratedCodeTests covers the latter.
        test.TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck | TestBehaviors.SkipSuppressionCheck | TestBehaviors.SkipGeneratedCodeCheck;
        test.SolutionTransforms.Add((solution, projectId) =>
        {
            var project = solution.GetProject(projectId)!;
            var parse = ((CSharpParseOptions)project.ParseOptions!).WithLanguageVersion(LanguageVersion.CSharp12);
            var options = ((CSharpCompilationOptions)project.CompilationOptions!).WithNullableContextOptions(NullableContextOptions.Enable);
            return solution.WithProjectParseOptions(projectId, parse).WithProjectCompilationOptions(projectId, options);
        });
    }

    /// <summary>A C# file using the generated models, with <paramref name="body"/> inside a method.</summary>
    public static string InMethod(string body) =>
        "using System.Collections.Generic;\nusing EndpointConfigGen.Generated;\n\nstatic class Sample\n{\n    static object Run(string name, double weight, string type, CreateEndpointConfigInput existing, ProductionVariant variant)\n    {\n"
        + body
        + "\n    }\n}\n";
}
