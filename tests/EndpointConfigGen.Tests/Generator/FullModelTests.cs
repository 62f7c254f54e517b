using System;
using System.Linq;
using EndpointConfigGen.Tests.Infrastructure;

namespace EndpointConfigGen.Tests.Generator;

/// <summary>The whole SageMaker model of the installed botocore (396 operations, 2,965 shapes) drops in unchanged.</summary>
public class FullModelTests
{
    // Compiling the full model's output takes minutes on two cores, so the normal run generates it and
    // checks the result compiles structurally (declarations); the benchmark run compiles it completely.
    [Fact]
    public void Full_sagemaker_model_generates_without_a_diagnostic()
    {
        var result = GeneratorHarness.Run([new InMemoryAdditionalText("/p/sagemaker.shape.json", Botocore.ModelText("sagemaker"))]);

        Assert.Empty(result.GeneratorDiagnostics);
        var types = result.Output.GetTypeByMetadataName("Consumer.Models.CreateEndpointConfigInput")!.ContainingNamespace.GetTypeMembers();
        Assert.True(types.Length > 2000, "expected a type per structure and enum");
        var problems = result.Output.GetDeclarationDiagnostics().Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).ToArray();
        Assert.True(problems.Length == 0, string.Join(Environment.NewLine, problems.Take(20)));
    }

    [Fact]
    public void Operation_setting_narrows_a_full_model_to_one_operation()
    {
        var result = GeneratorHarness.Run(
            [new InMemoryAdditionalText("/p/sagemaker.shape.json", Botocore.ModelText("sagemaker"))],
            new System.Collections.Generic.Dictionary<string, string> { ["build_property.EndpointConfigGenOperations"] = "CreateEndpointConfig", ["build_property.RootNamespace"] = "Consumer.Models" });

        Assert.Empty(result.GeneratorDiagnostics);
        var input = result.Output.GetTypeByMetadataName("Consumer.Models.CreateEndpointConfigInput");
        Assert.NotNull(input);
        var types = input.ContainingNamespace.GetTypeMembers().Length;
        Assert.Null(result.Output.GetTypeByMetadataName("Consumer.Models.CreateModelInput"));
        Assert.True(types < 150, types + " types for one operation");
        Assert.Empty(result.CompileDiagnostics);
    }
}
