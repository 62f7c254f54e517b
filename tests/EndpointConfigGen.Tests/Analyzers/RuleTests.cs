using System.Threading.Tasks;

namespace EndpointConfigGen.Tests.Analyzers;

/// <summary>ECG002–ECG004 and ECG010–ECG014: the operation rules from the rules file, read from the model encoding the generator writes.</summary>
public class RuleTests
{
    [Fact]
    public Task Kms_key_with_a_local_storage_instance_type_is_reported_on_the_key() =>
        AnalyzerTest.RunInMethod("""
            return new CreateEndpointConfigInput
            {
                EndpointConfigName = "cfg",
                {|ECG002:KmsKeyId = "alias/mine"|},
                ProductionVariants = [new ProductionVariant { VariantName = "gpu", InstanceType = "ml.g5.xlarge" }],
            };
            """);

    [Fact]
    public Task Kms_message_names_the_variant_and_the_instance_type() =>
        AnalyzerTest.RunInMethod(
            """
            return new CreateEndpointConfigInput
            {
                EndpointConfigName = "cfg",
                {|#0:KmsKeyId = "alias/mine"|},
                ProductionVariants = [new ProductionVariant { VariantName = "gpu", InstanceType = ProductionVariantInstanceType.MlP548xlarge }],
            };
            """,
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("ECG002", Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
                .WithLocation(0)
                .WithArguments("Invalid value for parameter KmsKeyId: a KMS key cannot be used with ProductionVariants[0] (VariantName \"gpu\") InstanceType ml.p5.48xlarge, which has local instance storage: those volumes are encrypted by the instance hardware and cannot take a KMS key"));

    [Fact]
    public Task Kms_key_without_local_storage_or_in_data_capture_is_fine() =>
        AnalyzerTest.RunInMethod("""
            return new CreateEndpointConfigInput
            {
                EndpointConfigName = "cfg",
                KmsKeyId = "alias/mine",
                ProductionVariants = [new ProductionVariant { VariantName = "cpu", InstanceType = "ml.m5.large" }],
                DataCaptureConfig = new DataCaptureConfig
                {
                    KmsKeyId = "alias/capture",
                    InitialSamplingPercentage = 5,
                    DestinationS3Uri = "s3://bucket/capture",
                    CaptureOptions = [new CaptureOption { CaptureMode = "Input" }],
                },
            };
            """);

    [Fact]
    public Task Kms_key_or_instance_type_computed_at_run_time_is_not_judged() =>
        AnalyzerTest.RunInMethod("""
            return new[]
            {
                new CreateEndpointConfigInput
                {
                    EndpointConfigName = "a",
                    KmsKeyId = name,
                    ProductionVariants = [new ProductionVariant { VariantName = "gpu", InstanceType = "ml.g5.xlarge" }],
                },
                new CreateEndpointConfigInput
                {
                    EndpointConfigName = "b",
                    KmsKeyId = "alias/k",
                    ProductionVariants = [new ProductionVariant { VariantName = "gpu", InstanceType = type }, variant],
                },
            };
            """);

    [Fact]
    public Task Kms_key_set_by_a_with_expression_on_a_literal_request() =>
        AnalyzerTest.RunInMethod("""
            var request = new CreateEndpointConfigInput
            {
                EndpointConfigName = "cfg",
                ProductionVariants = [new ProductionVariant { VariantName = "gpu", InstanceType = "ml.g6e.xlarge" }],
            };
            var unknownVariants = existing with { KmsKeyId = "alias/k" };
            return existing with
            {
                {|ECG002:KmsKeyId = "alias/k"|},
                ProductionVariants = [new ProductionVariant { VariantName = "gpu", InstanceType = "ml.trn1.2xlarge" }],
            };
            """);

    [Fact]
    public Task Zero_weight_warns_and_all_zero_weights_is_an_error() =>
        AnalyzerTest.RunInMethod("""
            return new[]
            {
                new CreateEndpointConfigInput
                {
                    EndpointConfigName = "one-zero",
                    ProductionVariants =
                    [
                        new ProductionVariant { VariantName = "a", InstanceType = "ml.m5.large", InitialVariantWeight = 1 },
                        new ProductionVariant { VariantName = "b", InstanceType = "ml.m5.large", InitialVariantWeight = {|ECG003:0|} },
                    ],
                },
                new CreateEndpointConfigInput
                {
                    EndpointConfigName = "all-zero",
                    ProductionVariants = {|ECG004:[new ProductionVariant { VariantName = "a", InstanceType = "ml.m5.large", InitialVariantWeight = {|ECG003:0.0|} }]|},
                },
            };
            """);

    [Fact]
    public Task Weights_computed_at_run_time_or_left_out_are_not_judged() =>
        AnalyzerTest.RunInMethod("""
            return new CreateEndpointConfigInput
            {
                EndpointConfigName = "cfg",
                ProductionVariants =
                [
                    new ProductionVariant { VariantName = "a", InstanceType = "ml.m5.large", InitialVariantWeight = weight },
                    new ProductionVariant { VariantName = "b", InstanceType = "ml.m5.large" },
                ],
            };
            """);

    [Fact]
    public Task Negative_weight_duplicate_names_and_the_serverless_mix() =>
        AnalyzerTest.RunInMethod("""
            return new CreateEndpointConfigInput
            {
                EndpointConfigName = "cfg",
                ProductionVariants =
                [
                    new ProductionVariant { VariantName = "a", InstanceType = "ml.m5.large", InitialVariantWeight = {|ECG008:{|ECG010:-1|}|} },
                    new ProductionVariant { VariantName = {|ECG011:"a"|}, ServerlessConfig = new ProductionVariantServerlessConfig { MemorySizeInMB = 2048, MaxConcurrency = 5 }, {|ECG012:InstanceType = "ml.m5.large"|} },
                    {|ECG013:new ProductionVariant { VariantName = "c" }|},
                ],
            };
            """);

    [Fact]
    public Task Shadow_variants_need_exactly_one_production_and_one_shadow_variant() =>
        AnalyzerTest.RunInMethod("""
            return new CreateEndpointConfigInput
            {
                EndpointConfigName = "cfg",
                ProductionVariants = {|ECG014:[new ProductionVariant { VariantName = "a", InstanceType = "ml.m5.large" }, new ProductionVariant { VariantName = "b", InstanceType = "ml.m5.large" }]|},
                ShadowProductionVariants = [new ProductionVariant { VariantName = "s", InstanceType = "ml.m5.large" }],
            };
            """);

    [Fact]
    public Task Shadow_variants_computed_at_run_time_are_not_judged() =>
        AnalyzerTest.RunInMethod("""
            var shadows = new List<ProductionVariant>();
            return new CreateEndpointConfigInput
            {
                EndpointConfigName = "cfg",
                ProductionVariants = [new ProductionVariant { VariantName = "a", InstanceType = "ml.m5.large" }, new ProductionVariant { VariantName = "b", InstanceType = "ml.m5.large" }],
                ShadowProductionVariants = shadows.Count == 0 ? null : shadows,
            };
            """);
}
