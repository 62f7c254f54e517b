using System;
using System.Collections.Generic;
using System.Linq;
using EndpointConfigGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EndpointConfigGen.Tests.Generator;

/// <summary>
/// <c>EndpointConfigGenGenerate</c>: <c>SdkChecks</c> generates only the model encoding and the extensions on the
/// AWS SDK's classes, the same as in a full generation, as a project property or on one shape file.
/// </summary>
public class SdkChecksModeTests
{
    private const string DynamoDbPath = "/p/dynamodb.shape.json";
    private const string SqsPath = "/p/sqs.shape.json";

    private static AdditionalText DynamoDb => new InMemoryAdditionalText(DynamoDbPath, System.IO.File.ReadAllText(Repo.Path("shapes", "cli", "dynamodb.shape.json")));

    private static AdditionalText Sqs => new InMemoryAdditionalText(SqsPath, System.IO.File.ReadAllText(Repo.Path("shapes", "cli", "sqs.shape.json")));

    private const string BadTable = """
        using Consumer.Models;

        internal static class Check
        {
            public static int Problems() => new Amazon.DynamoDBv2.Model.CreateTableRequest { TableName = "t", BillingMode = "PAY_PER_REQUESTS" }.Validate().Count;
        }
        """;

    [Fact]
    public void Sdk_checks_generate_the_encoding_and_the_same_extensions_and_nothing_else()
    {
        var all = Run(Options(null), BadTable);
        var checks = Run(Options("SdkChecks"), BadTable);

        Assert.Empty(checks.Diagnostics);
        Assert.Equal(2, checks.Sources.Count);
        Assert.Equal(Source(all, "AwsSdkValidation"), Source(checks, "AwsSdkValidation"));
        Source(checks, "ModelSchema");
        Assert.Contains("AwsModel(\"\", ", checks.AssemblyAttributes, StringComparison.Ordinal);
        Assert.Contains("AwsModel(\"Consumer.Models\", ", all.AssemblyAttributes, StringComparison.Ordinal);
        Assert.DoesNotContain(checks.Sources, s => s.Contains(" record ", StringComparison.Ordinal));
        Assert.True(all.Sources.Count > 10);
        Assert.True(checks.Sources.Sum(s => s.Length) * 4 < all.Sources.Sum(s => s.Length), "SDK checks are not much smaller than everything");
    }

    [Fact]
    public void Item_metadata_sets_the_mode_of_one_file()
    {
        var perFile = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [DynamoDbPath] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.EndpointConfigGenGenerate"] = "sdkchecks" },
        };

        var run = Run(Options(null), null, perFile, [DynamoDb, Sqs], [.. SdkPackages.With("AWSSDK.DynamoDBv2"), .. SdkPackages.With("AWSSDK.SQS")]);

        Assert.Empty(run.Diagnostics);
        Assert.DoesNotContain(run.Sources, s => s.Contains("record CreateTableInput", StringComparison.Ordinal));
        Assert.Contains(run.Sources, s => s.Contains("record SendMessageBatchRequest", StringComparison.Ordinal));
        Assert.Contains(run.Sources, s => s.Contains("this global::Amazon.DynamoDBv2.Model.CreateTableRequest value", StringComparison.Ordinal));
    }

    [Fact]
    public void A_value_it_does_not_take_is_ECG114_on_the_file_and_everything_is_generated()
    {
        var run = Run(Options("Everything"), BadTable);

        // With the SDK referenced, a full generation may also say what the SDK and the file do not share (ECG113, info).
        var diagnostic = Assert.Single(run.Diagnostics, d => d.Severity > DiagnosticSeverity.Info);
        Assert.Equal("ECG114", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.DefaultSeverity);
        Assert.Equal(DynamoDbPath, diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("'Everything'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains(run.Sources, s => s.Contains("record CreateTableInput", StringComparison.Ordinal));
    }

    private static Dictionary<string, string> Options(string? generate)
    {
        var options = new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer.Models" };
        if (generate is not null)
        {
            options["build_property.EndpointConfigGenGenerate"] = generate;
        }

        return options;
    }

    private static string Source(ModeRun run, string className) => Assert.Single(run.Sources, s => s.Contains("static class dynamodb" + className, StringComparison.Ordinal));

    /// <summary>Generates and compiles warning-free, then runs <c>Check.Problems()</c> when the consumer has it.</summary>
    private static ModeRun Run(
        Dictionary<string, string> options,
        string? source,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? perFile = null,
        AdditionalText[]? files = null,
        MetadataReference[]? sdk = null)
    {
        var compilation = GeneratorHarness.Consumer(source is null ? [] : [source]).AddReferences(sdk ?? SdkPackages.With("AWSSDK.DynamoDBv2"));
        GeneratorHarness.Driver(files ?? [DynamoDb], options, perFile).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
        // Files hold several types (Pipeline/OutputFiles): compare type by type, each with its doc comment.
        var generated = output.SyntaxTrees.Skip(compilation.SyntaxTrees.Length).Select(t => t.GetCompilationUnitRoot()).ToList();
        var sources = generated
            .SelectMany(root => root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<BaseTypeDeclarationSyntax>())
            .Select(type => type.ToFullString())
            .ToList();
        var assemblyAttributes = string.Concat(generated.SelectMany(root => root.AttributeLists));
        return new ModeRun(sources, assemblyAttributes, diagnostics);
    }

    private sealed record ModeRun(List<string> Sources, string AssemblyAttributes, System.Collections.Immutable.ImmutableArray<Diagnostic> Diagnostics);
}
