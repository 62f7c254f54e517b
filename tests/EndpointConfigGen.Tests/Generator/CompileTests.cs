using System;
using System.Linq;
using EndpointConfigGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace EndpointConfigGen.Tests.Generator;

public class CompileTests
{
    [Fact]
    public void Vendored_shape_generates_code_that_compiles_without_a_warning()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.VendoredFiles());

        Assert.Empty(result.GeneratorDiagnostics);
        var problems = result.CompileDiagnostics;
        Assert.True(problems.IsEmpty, string.Join(Environment.NewLine, problems.Take(30)));
    }

    [Fact]
    public void Output_has_every_member_of_the_1_43_11_model()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.VendoredFiles());
        var input = result.Output.GetTypeByMetadataName("Consumer.Models.CreateEndpointConfigInput")!;
        var variant = result.Output.GetTypeByMetadataName("Consumer.Models.ProductionVariant")!;

        Assert.Equal(
            ["EndpointConfigName", "ProductionVariants", "DataCaptureConfig", "Tags", "KmsKeyId", "AsyncInferenceConfig", "ExplainerConfig",
             "ShadowProductionVariants", "ExecutionRoleArn", "VpcConfig", "EnableNetworkIsolation", "MetricsConfig"],
            Properties(input));
        Assert.Equal(18, Properties(variant).Length);
        Assert.True(variant.GetMembers("VariantName").OfType<IPropertySymbol>().Single().IsRequired);
        Assert.False(variant.GetMembers("ModelName").OfType<IPropertySymbol>().Single().IsRequired);
    }

    [Fact]
    public void Shapes_named_like_generated_members_still_compile()
    {
        // Found by the synthetic-model property (seed 5uj9-zNhYW21): a record named ToString cannot exist.
        const string model = """
            {
              "metadata": {"serviceId": "Clash"},
              "operations": {"Op": {"name": "Op", "input": {"shape": "ToString"}}},
              "shapes": {
                "ToString": {"type": "structure", "members": {"Values": {"shape": "Values"}, "Equals": {"shape": "Equals"}, "_": {"shape": "_"}}},
                "Values": {"type": "string", "enum": ["Value", "value"]},
                "Equals": {"type": "structure", "members": {"ToJson": {"shape": "ToJson"}}},
                "ToJson": {"type": "list", "member": {"shape": "_"}},
                "_": {"type": "string"}
              }
            }
            """;
        var result = GeneratorHarness.Run([new InMemoryAdditionalText("/p/Clash.shape.json", model)]);

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.True(result.CompileDiagnostics.IsEmpty, string.Join(Environment.NewLine, result.CompileDiagnostics));
        Assert.NotNull(result.Output.GetTypeByMetadataName("Consumer.Models.ToStringShape"));
    }

    [Fact]
    public void Members_named_like_generated_parameters_and_locals_still_compile()
    {
        // Found by the all-models run (tests/EndpointConfigGen.Fuzz/run-models.sh): CloudWatch Logs' and IoT
        // TwinMaker's members named 'entries' were shadowed by ToParamNode's local of that name, and GuardDuty's
        // required deprecated members gave CS9042.
        var members = string.Join(", ", new[] { "entries", "writer", "reader", "context", "other", "hash", "node", "cursor", "value", "json", "options", "request", "cancellationToken" }
            .Select(name => "\"" + name + "\": {\"shape\": \"" + (name == "entries" ? "Texts" : "Text") + "\"" + (name == "writer" ? ", \"deprecated\": true" : string.Empty) + "}"));
        var model = """
            {
              "metadata": {"serviceId": "Shadow", "protocol": "json", "targetPrefix": "Shadow", "jsonVersion": "1.1"},
              "operations": {"Op": {"name": "Op", "input": {"shape": "Holder"}, "output": {"shape": "Holder"}}},
              "shapes": {
                "Holder": {"type": "structure", "required": ["writer"], "members": {MEMBERS}},
                "Texts": {"type": "list", "member": {"shape": "Text"}},
                "Text": {"type": "string"}
              }
            }
            """.Replace("MEMBERS", members, StringComparison.Ordinal);
        var result = GeneratorHarness.Run([new InMemoryAdditionalText("/p/Shadow.shape.json", model)]);

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.True(result.CompileDiagnostics.IsEmpty, string.Join(Environment.NewLine, result.CompileDiagnostics.Take(10)));
    }

    private static string[] Properties(INamedTypeSymbol type) =>
        type.GetMembers().OfType<IPropertySymbol>().Where(p => p.DeclaredAccessibility == Accessibility.Public && !p.IsStatic && p.Name != "EqualityContract")
            .Select(p => p.Name).ToArray();
}
