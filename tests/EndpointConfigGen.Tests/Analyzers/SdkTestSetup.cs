using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using EndpointConfigGen.Analyzers;
using EndpointConfigGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace EndpointConfigGen.Tests.Analyzers;

/// <summary>
/// Analyzer tests on code written with the AWS SDK for .NET's types: the served SDK assemblies as references,
/// one service's shape file (a slice of its botocore model, in SdkShapes/) and the generator running.
/// </summary>
internal static class SdkTestSetup
{
    /// <summary>
    /// The net8.0 build of an SDK type's assembly (copied to SdkNet8/ by the project file), to match the .NET 8
    /// reference assemblies the test compilations use; this net10.0 project itself loads the net10.0 build.
    /// </summary>
    public static MetadataReference Sdk<T>() =>
        MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "SdkNet8", Path.GetFileName(typeof(T).Assembly.Location)));

    /// <summary>The stand-in for AWSSDK.SageMaker (tests/EndpointConfigGen.SdkShapes.SageMaker, built for net8.0).</summary>
    public static MetadataReference SageMaker() =>
        MetadataReference.CreateFromFile(typeof(Amazon.SageMaker.Model.CreateEndpointConfigRequest).Assembly.Location);

    public static void Apply(SolutionState state, string? shapeFile, MetadataReference[] sdk)
    {
        state.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net80.References.All);
        state.AdditionalReferences.Add(GeneratorHarness.Runtime);
        state.AdditionalReferences.Add(Sdk<Amazon.Runtime.ConstantClass>());
        state.AdditionalReferences.AddRange(sdk);
        if (shapeFile == AnalyzerTestSetup.ShapePath)
        {
            // SageMaker's vendored slice with its rules file.
            state.AdditionalFiles.Add((AnalyzerTestSetup.ShapePath, File.ReadAllText(Repo.VendoredShape)));
            state.AdditionalFiles.Add((AnalyzerTestSetup.RulesPath, File.ReadAllText(Repo.VendoredRules)));
        }
        else if (shapeFile is not null)
        {
            state.AdditionalFiles.Add(("/project/shapes/" + shapeFile, File.ReadAllText(Repo.Path("tests", "EndpointConfigGen.Tests", "Analyzers", "SdkShapes", shapeFile))));
        }
    }

    public static void Apply(AnalyzerTest<DefaultVerifier> test, string? shapeFile, MetadataReference[] sdk)
    {
        AnalyzerTestSetup.Apply(test);

        // The generator's notes on what the SDK and the shape file do not share are its own tests' (SdkConversionTests).
        test.DisabledDiagnostics.Add("ECG113");
        test.TestState.AdditionalFiles.Clear();
        test.TestState.AdditionalReferences.Clear();
        Apply(test.TestState, shapeFile, sdk);
    }

    /// <summary>A C# file with <paramref name="body"/> inside a method whose parameters are values computed at run time.</summary>
    public static string InMethod(string usings, string body) =>
        "using System.Collections.Generic;\n" + usings + "\n\nstatic class Sample\n{\n    static object Run(string name, int count)\n    {\n"
        + body
        + "\n    }\n}\n";
}

/// <summary>Runs <see cref="RequestAnalyzer"/> with the generator over SDK code, with markup such as <c>{|ECG001:"Q"|}</c>.</summary>
internal sealed class SdkAnalyzerTest : CSharpAnalyzerTest<RequestAnalyzer, DefaultVerifier>
{
    public SdkAnalyzerTest(string source, string? shapeFile, params MetadataReference[] sdk)
    {
        TestCode = source;
        SdkTestSetup.Apply(this, shapeFile, sdk);
    }

    protected override IEnumerable<Type> GetSourceGenerators() => AnalyzerTestSetup.Generators;
}

/// <summary>Runs a code fix of the analyzer on SDK code, before and after as markup.</summary>
internal sealed class SdkCodeFixTest<TCodeFix> : CSharpCodeFixTest<RequestAnalyzer, TCodeFix, DefaultVerifier>
    where TCodeFix : CodeFixProvider, new()
{
    public SdkCodeFixTest(string source, string fixedSource, string equivalenceKey, string shapeFile, params MetadataReference[] sdk)
    {
        TestCode = source;
        FixedCode = fixedSource;
        CodeActionEquivalenceKey = equivalenceKey;
        CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipFixAllCheck;
        SdkTestSetup.Apply(this, shapeFile, sdk);
        SdkTestSetup.Apply(FixedState, shapeFile, sdk);
    }

    protected override IEnumerable<Type> GetSourceGenerators() => AnalyzerTestSetup.Generators;
}
