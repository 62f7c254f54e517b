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

    private static string[] Properties(INamedTypeSymbol type) =>
        type.GetMembers().OfType<IPropertySymbol>().Where(p => p.DeclaredAccessibility == Accessibility.Public && !p.IsStatic && p.Name != "EqualityContract")
            .Select(p => p.Name).ToArray();
}
