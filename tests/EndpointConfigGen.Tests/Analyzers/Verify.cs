using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using EndpointConfigGen.Analyzers;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace EndpointConfigGen.Tests.Analyzers;

/// <summary>Runs <see cref="RequestAnalyzer"/> with the generator over markup such as <c>{|ECG001:"ml.m5.huge"|}</c>.</summary>
internal sealed class AnalyzerTest : CSharpAnalyzerTest<RequestAnalyzer, DefaultVerifier>
{
    public AnalyzerTest(string source)
    {
        TestCode = source;
        AnalyzerTestSetup.Apply(this);
    }

    public static Task Run(string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest(source);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Markup for a statement body; the method's parameters are values computed at run time.</summary>
    public static Task RunInMethod(string body, params DiagnosticResult[] expected) => Run(AnalyzerTestSetup.InMethod(body), expected);

    protected override IEnumerable<Type> GetSourceGenerators() => AnalyzerTestSetup.Generators;
}

/// <summary>Runs a code fix of the analyzer with the generator, before and after as markup.</summary>
internal sealed class CodeFixTest<TCodeFix> : CSharpCodeFixTest<RequestAnalyzer, TCodeFix, DefaultVerifier>
    where TCodeFix : CodeFixProvider, new()
{
    public CodeFixTest(string source, string fixedSource, string? equivalenceKey = null)
    {
        TestCode = source;
        FixedCode = fixedSource;
        CodeActionEquivalenceKey = equivalenceKey;

        // Each test has one diagnostic, so Fix All adds nothing but three more generator runs per scope.
        CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipFixAllCheck;
        AnalyzerTestSetup.Apply(this);
        AnalyzerTestSetup.Apply(FixedState);
    }

    protected override IEnumerable<Type> GetSourceGenerators() => AnalyzerTestSetup.Generators;
}
