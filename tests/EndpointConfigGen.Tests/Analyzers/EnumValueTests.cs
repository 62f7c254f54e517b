using System.Threading.Tasks;

namespace EndpointConfigGen.Tests.Analyzers;

/// <summary>ECG001: values an enum shape does not list.</summary>
public class EnumValueTests
{
    [Fact]
    public Task Unknown_instance_type_in_an_initializer() =>
        AnalyzerTest.RunInMethod("""
            return new ProductionVariant { VariantName = "a", InstanceType = {|ECG001:"ml.m5.huge"|} };
            """);

    [Fact]
    public Task Known_instance_type_as_text_constant_or_static_member_is_fine() =>
        AnalyzerTest.RunInMethod("""
            const string Known = "ml.g5.xlarge";
            return new[]
            {
                new ProductionVariant { VariantName = "a", InstanceType = "ml.m5.large" },
                new ProductionVariant { VariantName = "b", InstanceType = Known },
                new ProductionVariant { VariantName = "c", InstanceType = ProductionVariantInstanceType.MlM5Large },
                new ProductionVariant { VariantName = "d", InstanceType = new ProductionVariantInstanceType("ml.c5.large") },
            };
            """);

    [Fact]
    public Task Value_computed_at_run_time_is_not_judged() =>
        AnalyzerTest.RunInMethod("""
            return new ProductionVariant { VariantName = "a", InstanceType = type, ModelName = name.ToUpperInvariant() };
            """);

    [Fact]
    public Task Unknown_value_through_a_constant_and_the_constructor() =>
        AnalyzerTest.RunInMethod("""
            const string Typo = "ml.m5.larg";
            return new[]
            {
                new ProductionVariant { VariantName = "a", InstanceType = {|ECG001:Typo|} },
                new ProductionVariant { VariantName = "b", InstanceType = {|ECG001:new ProductionVariantInstanceType("ml.x")|} },
            };
            """);

    [Fact]
    public Task Message_is_the_validators_naming_the_value_the_shape_and_the_closest_values() =>
        AnalyzerTest.RunInMethod(
            """
            return new ProductionVariant { VariantName = "a", InstanceType = {|#0:"ml.m5.huge"|} };
            """,
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("ECG001", Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
                .WithLocation(0)
                .WithArguments("Invalid value for parameter ProductionVariant.InstanceType, value: ml.m5.huge, not one of the 271 known ProductionVariantInstanceType values; closest: ml.m5.large, ml.m5.xlarge, ml.m5d.large"));

    [Fact]
    public Task Nested_values_in_a_request_are_found_once() =>
        AnalyzerTest.RunInMethod("""
            return new CreateEndpointConfigInput
            {
                EndpointConfigName = "cfg",
                ProductionVariants = [new ProductionVariant { VariantName = "a", InstanceType = {|ECG001:"ml.m5.huge"|} }],
                DataCaptureConfig = new DataCaptureConfig
                {
                    InitialSamplingPercentage = 10,
                    DestinationS3Uri = "s3://bucket/prefix",
                    CaptureOptions = new List<CaptureOption> { new CaptureOption { CaptureMode = {|ECG001:"Inputs"|} } },
                },
            };
            """);

    [Fact]
    public Task Pragma_lets_a_newer_instance_type_compile() =>
        AnalyzerTest.RunInMethod("""
            #pragma warning disable ECG001 // ml.m9.large is newer than the model
            return new ProductionVariant { VariantName = "a", InstanceType = "ml.m9.large" };
            #pragma warning restore ECG001
            """);
}
