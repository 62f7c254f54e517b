using System.Threading.Tasks;

namespace EndpointConfigGen.Tests.Analyzers;

/// <summary>ECG006–ECG009: the model's lengths, patterns, ranges and counts, as constants break them.</summary>
public class ConstraintTests
{
    [Fact]
    public Task Name_pattern_and_length() =>
        AnalyzerTest.RunInMethod("""
            return new[]
            {
                new ProductionVariant { VariantName = {|ECG007:"bad_name"|}, InstanceType = "ml.m5.large" },
                new ProductionVariant { VariantName = {|ECG006:{|ECG007:"a234567890123456789012345678901234567890123456789012345678901234"|}|}, InstanceType = "ml.m5.large" },
            };
            """);

    [Fact]
    public Task Number_ranges() =>
        AnalyzerTest.RunInMethod("""
            return new ProductionVariant
            {
                VariantName = "a",
                InstanceType = "ml.m5.large",
                InitialInstanceCount = {|ECG008:0|},
                VolumeSizeInGB = {|ECG008:513|},
                ModelDataDownloadTimeoutInSeconds = 3600,
            };
            """);

    [Fact]
    public Task List_counts() =>
        AnalyzerTest.RunInMethod("""
            return new CreateEndpointConfigInput
            {
                EndpointConfigName = "cfg",
                ProductionVariants = {|ECG009:[]|},
            };
            """);

    [Fact]
    public Task Scalar_list_items_keep_their_bounds() =>
        AnalyzerTest.RunInMethod("""
            return new VpcConfig
            {
                SecurityGroupIds = ["sg-1"],
                Subnets = ["subnet-1", {|ECG007:"subnet_2"|}, {|ECG006:"subnet-123456789012345678901234567"|}],
            };
            """);

    [Fact]
    public Task Correct_request_has_no_diagnostic() =>
        AnalyzerTest.RunInMethod("""
            return new CreateEndpointConfigInput
            {
                EndpointConfigName = "my-endpoint-config",
                KmsKeyId = "arn:aws:kms:us-east-1:123456789012:key/abcd",
                ProductionVariants =
                [
                    new ProductionVariant
                    {
                        VariantName = "primary",
                        ModelName = "my-model",
                        InstanceType = ProductionVariantInstanceType.MlM5Large,
                        InitialInstanceCount = 2,
                        InitialVariantWeight = 1.0,
                        VolumeSizeInGB = 512,
                    },
                ],
                Tags = [new Tag { Key = "team", Value = "ml" }],
            };
            """);

    [Fact]
    public Task Values_computed_at_run_time_are_not_judged() =>
        AnalyzerTest.RunInMethod("""
            int count = name.Length - 10;
            return new CreateEndpointConfigInput
            {
                EndpointConfigName = name + "_x",
                ProductionVariants = [variant],
                Tags = new Tag[count],
            } with { KmsKeyId = name };
            """);
}
