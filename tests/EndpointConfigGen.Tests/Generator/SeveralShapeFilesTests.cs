using System.Collections.Generic;
using System.Linq;
using EndpointConfigGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace EndpointConfigGen.Tests.Generator;

/// <summary>
/// Two slices of one service in one project share shapes (and the client): in one namespace the later file
/// gets ECG112 and generates nothing, instead of a CS0101 per shared type; in namespaces of their own both generate.
/// </summary>
public class SeveralShapeFilesTests
{
    private const string First = "/p/CreateWidget.shape.json";
    private const string Second = "/p/DeleteWidget.shape.json";

    [Fact]
    public void A_second_slice_of_a_service_in_the_same_namespace_gets_one_diagnostic_and_no_code()
    {
        var (diagnostics, compile) = Run(perFile: null);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("ECG112", Second), (diagnostic.Id, diagnostic.Location.GetLineSpan().Path));
        Assert.Contains("CreateWidget.shape.json already generates in namespace Consumer.Models (Tag)", diagnostic.GetMessage(), System.StringComparison.Ordinal);
        Assert.Empty(compile);
    }

    [Fact]
    public void Slices_in_namespaces_of_their_own_both_generate_and_compile()
    {
        var perFile = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [Second] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.EndpointConfigGenNamespace"] = "Consumer.Deleting" },
        };

        var (diagnostics, compile) = Run(perFile);

        Assert.Empty(diagnostics);
        Assert.Empty(compile);
    }

    private static (IReadOnlyList<Diagnostic> Generator, IReadOnlyList<Diagnostic> Compile) Run(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? perFile)
    {
        var files = new[] { new InMemoryAdditionalText(First, Slice("CreateWidget")), new InMemoryAdditionalText(Second, Slice("DeleteWidget")) };
        var options = new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer.Models" };
        GeneratorHarness.Driver(files, options, perFile).RunGeneratorsAndUpdateCompilation(GeneratorHarness.Consumer(), out var output, out var diagnostics);
        var compile = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        return (diagnostics, compile);
    }

    private static string Slice(string operation) => $$"""
        {
          "version": "2.0",
          "metadata": { "apiVersion": "2024-01-01", "protocol": "json", "jsonVersion": "1.1", "serviceId": "Widgets", "targetPrefix": "Widgets" },
          "operations": { "{{operation}}": { "name": "{{operation}}", "input": { "shape": "{{operation}}Request" } } },
          "shapes": {
            "{{operation}}Request": { "type": "structure", "required": ["Name"], "members": { "Name": { "shape": "Text" }, "Tags": { "shape": "TagList" } } },
            "TagList": { "type": "list", "member": { "shape": "Tag" } },
            "Tag": { "type": "structure", "members": { "Key": { "shape": "Text" } } },
            "Text": { "type": "string" }
          }
        }
        """;
}
