using System.Linq;
using EndpointConfigGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EndpointConfigGen.Tests.Generator;

/// <summary>Every broken shape file ends in a located ECG1xx diagnostic; nothing crashes and other files still generate.</summary>
public class MalformedShapeTests
{
    private const string Good = "/p/Good.shape.json";
    private const string Bad = "/p/Bad.shape.json";

    [Theory]
    [InlineData("{\"shapes\": {\"A\": {\"type\": \"string\",}}}", "ECG100", 0, 35)]
    [InlineData("{\n  \"shapes\": {\n    \"A\": {\"type\": \"strin\"}\n  }\n}", "ECG103", 2, 18)]
    [InlineData("{\n  \"shapes\": {\n    \"A\": {\"type\": \"structure\", \"members\": {\"B\": {\"shape\": \"Missing\"}}}\n  }\n}", "ECG102", 2, 58)]
    [InlineData("{\n  \"shapes\": {\n    \"A\": {\"type\": \"structure\", \"members\": {\"B\": {\"shape\": \"S\"}, \"B\": {\"shape\": \"S\"}}},\n    \"S\": {\"type\": \"string\"}\n  }\n}", "ECG104", 2, 64)]
    [InlineData("{\n  \"shapes\": {\n    \"S\": {\"type\": \"string\"},\n    \"S\": {\"type\": \"string\"}\n  }\n}", "ECG104", 3, 4)]
    [InlineData("[1, 2]", "ECG101", 0, 0)]
    [InlineData("{\"version\": \"2.0\"}", "ECG101", 0, 0)]
    [InlineData("", "ECG100", 0, 0)]
    [InlineData("{\"shapes\": {\"L\": {\"type\": \"list\"}}}", "ECG101", 0, 17)]
    public void Broken_file_reports_a_located_diagnostic_and_the_other_file_still_generates(string text, string id, int line, int column)
    {
        var result = GeneratorHarness.Run(
            [new InMemoryAdditionalText(Bad, text), new InMemoryAdditionalText(Good, CachingTests.MiniModel("Fine", "Ok"))]);

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(Bad, diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(new LinePosition(line, column), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.NotNull(result.Output.GetTypeByMetadataName("Consumer.Models.FineInput"));
        Assert.DoesNotContain(result.Sources, s => s.HintName.StartsWith("Bad.", System.StringComparison.Ordinal));
        Assert.Empty(result.CompileDiagnostics);
    }

    [Theory]
    [InlineData(100_000, '[')]
    [InlineData(100_000, '{')]
    public void Deep_nesting_ends_in_a_diagnostic(int depth, char open)
    {
        var text = open == '[' ? new string('[', depth) : string.Concat(Enumerable.Repeat("{\"a\":", depth));
        var result = GeneratorHarness.Run([new InMemoryAdditionalText(Bad, text)]);

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("ECG100", diagnostic.Id);
        Assert.Contains("nesting", diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Oversized_file_ends_in_a_diagnostic()
    {
        var text = "{\"shapes\": {}, \"pad\": \"" + new string('x', 33 * 1024 * 1024) + "\"}";
        var result = GeneratorHarness.Run([new InMemoryAdditionalText(Bad, text)]);

        Assert.Equal("ECG105", Assert.Single(result.GeneratorDiagnostics).Id);
    }

    [Fact]
    public void Unknown_selected_operation_is_a_warning()
    {
        var result = GeneratorHarness.Run(
            [new InMemoryAdditionalText(Good, CachingTests.MiniModel("Fine", "Ok"))],
            new System.Collections.Generic.Dictionary<string, string> { ["build_property.EndpointConfigGenOperations"] = "Fine,Nope" });

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("ECG106", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.DefaultSeverity);
        Assert.Contains("Nope", diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Project_wide_operations_of_several_services_warn_only_for_a_name_no_file_defines()
    {
        var result = GeneratorHarness.Run(
            [new InMemoryAdditionalText(Good, CachingTests.MiniModel("Fine", "Ok")), new InMemoryAdditionalText(Bad, CachingTests.MiniModel("Other", "Yes"))],
            new System.Collections.Generic.Dictionary<string, string> { ["build_property.EndpointConfigGenOperations"] = "Fine;Other;Nope" });

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("ECG106", diagnostic.Id);
        Assert.Equal("Operation 'Nope' named in EndpointConfigGenOperations is not in any of Bad.shape.json, Good.shape.json", diagnostic.GetMessage());
    }

    [Fact]
    public void A_file_s_own_operations_are_checked_against_that_file()
    {
        var perFile = new System.Collections.Generic.Dictionary<string, System.Collections.Generic.IReadOnlyDictionary<string, string>>
        {
            [Good] = new System.Collections.Generic.Dictionary<string, string> { ["build_metadata.AdditionalFiles.EndpointConfigGenOperations"] = "Fine,Other" },
        };
        GeneratorHarness.Driver(
            [new InMemoryAdditionalText(Good, CachingTests.MiniModel("Fine", "Ok")), new InMemoryAdditionalText(Bad, CachingTests.MiniModel("Other", "Yes"))],
            new System.Collections.Generic.Dictionary<string, string>(),
            perFile).RunGeneratorsAndUpdateCompilation(GeneratorHarness.Consumer(), out _, out var diagnostics);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("Operation 'Other' named in EndpointConfigGenOperations is not in Good.shape.json", diagnostic.GetMessage());
    }

    [Fact]
    public void Unreadable_pattern_is_a_located_warning_and_the_file_still_generates()
    {
        const string text = "{\n  \"shapes\": {\n    \"S\": {\"type\": \"string\", \"pattern\": \"[a-\"}\n  }\n}";
        var result = GeneratorHarness.Run([new InMemoryAdditionalText(Good, text)]);

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("ECG108", diagnostic.Id);
        Assert.Equal(new LinePosition(2, 39), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.Contains(result.Sources, s => s.HintName.StartsWith("Good.", System.StringComparison.Ordinal));
    }
}
