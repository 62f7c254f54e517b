extern alias runtime;

using System;
using System.IO;
using System.Linq;
using System.Text;
using EndpointConfigCli.Model;
using EndpointConfigGen.Cli;
using runtime::EndpointConfigGen.Runtime;
using EndpointConfigGen.Tests.Infrastructure;

namespace EndpointConfigGen.Tests.Robustness;

/// <summary>
/// Inputs past every limit end in a clear error through the public entry points (the generator,
/// generated parsers, the front end), never a crash, a stack overflow or running out of memory.
/// Deep JSON nesting and a 33 MiB file are in Generator/MalformedShapeTests.
/// </summary>
public class LimitTests
{
    private const string Bad = "/p/Big.shape.json";

    [Fact]
    public void Fifty_MiB_shape_file_ends_in_a_diagnostic()
    {
        var text = "{\"shapes\": {}, \"pad\": \"" + new string('x', 50 * 1024 * 1024) + "\"}";
        var diagnostic = Assert.Single(GeneratorHarness.Run([new InMemoryAdditionalText(Bad, text)]).GeneratorDiagnostics);

        Assert.Equal("ECG105", diagnostic.Id);
        Assert.Contains("limit", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(20_000, null)]
    [InlineData(20_001, "ECG105")]
    public void Shape_count_limit_is_exact(int shapes, string? id)
    {
        var text = new StringBuilder("{\"version\":\"2.0\",\"metadata\":{\"serviceId\":\"Many\"},\"operations\":{},\"shapes\":{");
        text.AppendJoin(',', Enumerable.Range(0, shapes).Select(i => "\"S" + i + "\":{\"type\":\"string\"}"));
        var result = GeneratorHarness.Run([new InMemoryAdditionalText(Bad, text.Append("}}").ToString())]);

        Assert.Equal(id is null ? Array.Empty<string>() : new[] { id }, result.GeneratorDiagnostics.Select(d => d.Id));
    }

    [Fact]
    public void JSON_nesting_limit_is_exact()
    {
        static string Nested(int depth) => new string('[', depth) + new string(']', depth);

        Assert.Equal("ECG101", Assert.Single(GeneratorHarness.Run([new InMemoryAdditionalText(Bad, Nested(64))]).GeneratorDiagnostics).Id);
        var deeper = Assert.Single(GeneratorHarness.Run([new InMemoryAdditionalText(Bad, Nested(65))]).GeneratorDiagnostics);
        Assert.Equal("ECG100", deeper.Id);
        Assert.Contains("nesting", deeper.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[")]
    [InlineData("{")]
    [InlineData("a={")]
    public void Generated_shorthand_parser_rejects_deep_and_oversized_input(string opener)
    {
        var deep = "EndpointConfigName=" + string.Concat(Enumerable.Repeat(opener, 100_000));
        Assert.False(CreateEndpointConfigInput.TryParseShorthand(deep, out _, out var error));
        Assert.NotEmpty(error.Message);

        var huge = "EndpointConfigName=" + new string('x', 1024 * 1024);
        Assert.False(CreateEndpointConfigInput.TryParseShorthand(huge, out _, out var tooBig));
        Assert.NotEmpty(tooBig.Message);
    }

    [Fact]
    public void Generated_FromJson_rejects_deep_nesting_with_its_own_exception()
    {
        var deep = "{\"EndpointConfigName\":" + new string('[', 100_000);
        Assert.Throws<JsonRequestException>(() => CreateEndpointConfigInput.FromJson(deep));
    }

    [Fact]
    public void Front_end_rejects_a_deep_argument_with_a_message()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliRunner.Run(CreateEndpointConfigOperation.Cli, ["--endpoint-config-name", "a", "--production-variants", "VariantName=" + new string('[', 100_000)], stdout, stderr);

        Assert.Equal(CliRunner.ErrorExitCode, code);
        Assert.StartsWith("\nError parsing parameter '--production-variants'", stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr.ToString(), StringComparison.Ordinal);
    }
}
