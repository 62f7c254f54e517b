using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using EndpointConfigGen.Analyzers;
using EndpointConfigGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace EndpointConfigGen.Tests.Robustness;

/// <summary>
/// The analyzers and the run-time <c>Validate()</c> agree on constant requests: for each random
/// request written in C#, the ECG findings equal the validator's non-structural problems (same id,
/// severity and message; for ECG001 the offending value). One compilation holds every request.
/// </summary>
public class ValidationAgreementTests(ITestOutputHelper output)
{
    private const int RandomCount = 40;

    // One hand-written request per id the model can produce (it has no unions, so no ECG015).
    private static readonly (string Id, string Body)[] Fixed =
    [
        ("ECG001", """new() { EndpointConfigName = "c", ProductionVariants = [new() { VariantName = "a", InstanceType = "ml.m5.larg" }] }"""),
        ("ECG002", """new() { EndpointConfigName = "c", KmsKeyId = "alias/k", ProductionVariants = [new() { VariantName = "a", InstanceType = "ml.g5.xlarge" }] }"""),
        ("ECG003", """new() { EndpointConfigName = "c", ProductionVariants = [new() { VariantName = "a", InstanceType = "ml.m5.large", InitialVariantWeight = 0.0 }, new() { VariantName = "b", InstanceType = "ml.m5.large", InitialVariantWeight = 1.0 }] }"""),
        ("ECG004", """new() { EndpointConfigName = "c", ProductionVariants = [new() { VariantName = "a", InstanceType = "ml.m5.large", InitialVariantWeight = 0.0 }] }"""),
        ("ECG006", $$"""new() { EndpointConfigName = "{{new string('a', 64)}}", ProductionVariants = [new() { VariantName = "a", InstanceType = "ml.m5.large" }] }"""),
        ("ECG007", """new() { EndpointConfigName = "bad name", ProductionVariants = [new() { VariantName = "a", InstanceType = "ml.m5.large" }] }"""),
        ("ECG008", """new() { EndpointConfigName = "c", ProductionVariants = [new() { VariantName = "a", InstanceType = "ml.m5.large" }], DataCaptureConfig = new() { InitialSamplingPercentage = 101, DestinationS3Uri = "s3://b/c", CaptureOptions = [new() { CaptureMode = "Input" }] } }"""),
        ("ECG009", """new() { EndpointConfigName = "c", ProductionVariants = [] }"""),
        ("ECG010", """new() { EndpointConfigName = "c", ProductionVariants = [new() { VariantName = "a", InstanceType = "ml.m5.large", InitialVariantWeight = -1.0 }] }"""),
        ("ECG011", """new() { EndpointConfigName = "c", ProductionVariants = [new() { VariantName = "a", InstanceType = "ml.m5.large" }, new() { VariantName = "a", InstanceType = "ml.m5.large" }] }"""),
        ("ECG012", """new() { EndpointConfigName = "c", ProductionVariants = [new() { VariantName = "a", InstanceType = "ml.m5.large", ServerlessConfig = new() { MemorySizeInMB = 2048, MaxConcurrency = 5 } }] }"""),
        ("ECG013", """new() { EndpointConfigName = "c", ProductionVariants = [new() { VariantName = "a" }] }"""),
        ("ECG014", """new() { EndpointConfigName = "c", ProductionVariants = [new() { VariantName = "a", InstanceType = "ml.m5.large" }], ShadowProductionVariants = [new() { VariantName = "s", InstanceType = "ml.m5.large" }, new() { VariantName = "t", InstanceType = "ml.m5.large" }] }"""),
    ];

    // The rules file's rule ids and the id each is reported under.
    private static readonly Dictionary<string, string> RuleIds = new()
    {
        ["kms-local-storage"] = "ECG002",
        ["zero-weight"] = "ECG003",
        ["all-zero-weight"] = "ECG004",
        ["negative-weight"] = "ECG010",
        ["duplicate-variant-name"] = "ECG011",
        ["serverless-with-instances"] = "ECG012",
        ["no-compute"] = "ECG013",
        ["shadow-variant-count"] = "ECG014",
    };

    [Fact]
    public void Analyzer_findings_equal_Validate_problems_on_constant_requests()
    {
        var seed = Environment.GetEnvironmentVariable("ECG_AGREEMENT_SEED") is { } fixedSeed
            ? int.Parse(fixedSeed, CultureInfo.InvariantCulture)
            : Random.Shared.Next();
        var generator = new ConstantRequests(File.ReadAllText(Repo.VendoredShape), File.ReadAllText(Repo.VendoredRules), seed);
        var methods = new List<(string Name, string Text, string? ExpectedId)>();
        for (var i = 0; i < RandomCount; i++)
        {
            methods.Add(($"R{i}", generator.Method($"R{i}"), null));
        }

        foreach (var (id, body) in Fixed)
        {
            var name = "F" + id;
            methods.Add((name, $"    public static CreateEndpointConfigInput {name}() => {body};\n", id));
        }

        var source = "using System.Collections.Generic;\nusing Consumer.Models;\n\ninternal static class Requests\n{\n"
            + string.Join("\n", methods.Select(m => m.Text)) + "}\n";
        var result = GeneratorHarness.Run(GeneratorHarness.VendoredFiles(), null, source);
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.True(result.CompileDiagnostics.IsEmpty, $"seed {seed}:\n" + string.Join("\n", result.CompileDiagnostics.Take(20)) + "\n" + source);

        var analyzerFindings = Analyze(result.Output, source);
        var validatorFindings = Validate(result.Emit(), methods.Select(m => m.Name));

        foreach (var (name, text, expectedId) in methods)
        {
            var found = analyzerFindings.GetValueOrDefault(name, []).Order(StringComparer.Ordinal).ToList();
            var expected = validatorFindings[name].Order(StringComparer.Ordinal).ToList();
            Assert.True(
                found.SequenceEqual(expected),
                $"seed {seed}, {name}: the analyzer and Validate() disagree\n"
                + $"analyzer only:\n  {string.Join("\n  ", found.Except(expected))}\n"
                + $"Validate() only:\n  {string.Join("\n  ", expected.Except(found))}\n{text}");
            if (expectedId is not null)
            {
                Assert.Contains(found, f => f.StartsWith(expectedId + "|", StringComparison.Ordinal));
            }
        }

        // The random half alone must reach most of the ids, or the property says little.
        var randomIds = methods.Where(m => m.ExpectedId is null)
            .SelectMany(m => analyzerFindings.GetValueOrDefault(m.Name, []))
            .Select(f => f[..f.IndexOf('|', StringComparison.Ordinal)])
            .ToHashSet();
        output.WriteLine($"seed {seed}: {analyzerFindings.Values.Sum(f => f.Count)} findings; ids in random requests: {string.Join(", ", randomIds.Order())}");
        Assert.True(randomIds.Count >= 8, $"seed {seed}: only {string.Join(", ", randomIds.Order())} in {RandomCount} random requests");
    }

    /// <summary>The ECG findings per method, as "id|severity|key".</summary>
    private static Dictionary<string, List<string>> Analyze(CSharpCompilation output, string source)
    {
        // Real severities: the harness makes every warning an error.
        var compilation = output.WithOptions(output.Options.WithGeneralDiagnosticOption(ReportDiagnostic.Default));
        var diagnostics = compilation
            .WithAnalyzers([new RequestAnalyzer()], new AnalyzerOptions([]))
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        Assert.All(diagnostics, d => Assert.StartsWith("ECG", d.Id, StringComparison.Ordinal));

        var tree = compilation.SyntaxTrees.Single(t => t.ToString() == source);
        var spans = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().ToDictionary(m => m.Identifier.Text, m => m.Span);
        var findings = new Dictionary<string, List<string>>();
        foreach (var diagnostic in diagnostics)
        {
            Assert.Same(tree, diagnostic.Location.SourceTree);
            var method = spans.Single(s => s.Value.Contains(diagnostic.Location.SourceSpan)).Key;
            var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
            (findings.TryGetValue(method, out var list) ? list : findings[method] = []).Add($"{diagnostic.Id}|{diagnostic.Severity}|{message}");
        }

        return findings;
    }

    /// <summary>Validate()'s non-structural problems per method, keyed like <see cref="Analyze"/>.</summary>
    private static Dictionary<string, List<string>> Validate(byte[] image, IEnumerable<string> methods)
    {
        var context = new AssemblyLoadContext("validation-agreement", isCollectible: true);
        try
        {
            var requests = context.LoadFromStream(new MemoryStream(image)).GetType("Requests", throwOnError: true)!;
            var findings = new Dictionary<string, List<string>>();
            foreach (var name in methods)
            {
                var request = requests.GetMethod(name)!.Invoke(null, null)!;
                var problems = (IEnumerable)request.GetType().GetMethod("Validate")!.Invoke(request, [null])!;
                findings[name] = problems.Cast<object>().Select(Key).OfType<string>().ToList();
            }

            return findings;
        }
        finally
        {
            context.Unload();
        }
    }

    private static string? Key(object problem)
    {
        var kind = Get(problem, "Kind")!.ToString();
        var node = Get(problem, "Node");
        var id = kind switch
        {
            "UnknownEnumValue" => "ECG001",
            "MinLength" or "MaxLength" => Get(node, "Kind")?.ToString() is "List" or "Map" ? "ECG009" : "ECG006",
            "MinValue" or "MaxValue" => "ECG008",
            "Pattern" => "ECG007",
            "UnionMemberCount" => "ECG015",
            "Rule" => RuleIds[(string)Get(problem, "RuleId")!],
            _ => null, // structural: the C# compiler's to report
        };
        if (id is null)
        {
            return null;
        }

        return $"{id}|{Get(problem, "Severity")}|{Get(problem, "Message")}";
    }

    private static object? Get(object? target, string property) =>
        target?.GetType().GetProperty(property, BindingFlags.Public | BindingFlags.Instance)!.GetValue(target);
}
