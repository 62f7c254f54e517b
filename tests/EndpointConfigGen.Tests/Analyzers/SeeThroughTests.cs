using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace EndpointConfigGen.Tests.Analyzers;

/// <summary>
/// The operation rules see a request however its values are built: parse calls of constant strings at any
/// depth, and structures held in locals assigned once. Problems inside a literal are located inside it,
/// and what the parse call's or the local's own analysis reports is not reported again.
/// </summary>
public class SeeThroughTests
{
    private static DiagnosticResult Kms(int marker, string variant) =>
        new DiagnosticResult("ECG002", DiagnosticSeverity.Error)
            .WithLocation(marker)
            .WithArguments("Invalid value for parameter KmsKeyId: a KMS key cannot be used with " + variant + ", which has local instance storage: those volumes are encrypted by the instance hardware and cannot take a KMS key");

    [Fact]
    public Task The_README_quick_start_with_a_local_storage_instance_type() =>
        AnalyzerTest.RunInMethod(
            """
            return new CreateEndpointConfigInput
            {
                EndpointConfigName = "prod",
                ProductionVariants = ProductionVariant.ParseShorthandList("VariantName=a,ModelName=m,InitialInstanceCount=2,InstanceType=ml.g5.xlarge"),
                {|#0:KmsKeyId = "alias/prod"|},
            };
            """,
            Kms(0, "ProductionVariants[0] (VariantName \"a\") InstanceType ml.g5.xlarge"));

    [Fact]
    public Task Collection_expression_of_ParseShorthand_is_located_inside_the_literal() =>
        AnalyzerTest.RunInMethod("""
            return new CreateEndpointConfigInput
            {
                EndpointConfigName = "prod",
                ProductionVariants = {|ECG004:[ProductionVariant.ParseShorthand("VariantName=a,ModelName=m,InitialInstanceCount=2,InstanceType=ml.g5.xlarge,InitialVariantWeight={|ECG003:0|}")]|},
                {|ECG002:KmsKeyId = "alias/prod"|},
            };
            """);

    [Fact]
    public Task Locals_assigned_once_one_from_FromJson() =>
        AnalyzerTest.RunInMethod(
            """
            var canary = new ProductionVariant { VariantName = "c", ModelName = "m", InstanceType = "ml.g5.xlarge", InitialInstanceCount = 1, InitialVariantWeight = {|ECG003:0|} };
            var primary = ProductionVariant.FromJson("{\"VariantName\":\"p\",\"ModelName\":\"m\",\"InstanceType\":\"ml.c5d.xlarge\",\"InitialInstanceCount\":1}");
            return new CreateEndpointConfigInput { EndpointConfigName = "x", ProductionVariants = [primary, canary], {|#0:KmsKeyId = "k"|} };
            """,
            Kms(0, "ProductionVariants[0] (VariantName \"p\") InstanceType ml.c5d.xlarge"),
            Kms(0, "ProductionVariants[1] (VariantName \"c\") InstanceType ml.g5.xlarge"));

    [Fact]
    public Task FromJson_problems_are_located_at_the_JSON_token() =>
        AnalyzerTest.RunInMethod(""""
            return new CreateEndpointConfigInput
            {
                EndpointConfigName = "cfg",
                ProductionVariants = {|ECG004:new[]
                {
                    ProductionVariant.FromJson("{\"VariantName\": \"a\", \"InstanceType\": \"ml.m5.large\", \"InitialVariantWeight\": {|ECG003:0|}}"),
                    ProductionVariant.FromJson("""{"VariantName": {|ECG011:"a"|}, "InstanceType": "ml.m5.large", "InitialVariantWeight": {|ECG003:0.0|}}"""),
                }|},
            };
            """");

    [Fact]
    public Task Parse_calls_nested_deeper_and_in_list_initializers() =>
        AnalyzerTest.RunInMethod("""
            return new CreateEndpointConfigInput
            {
                EndpointConfigName = "cfg",
                ProductionVariants =
                [
                    new ProductionVariant
                    {
                        VariantName = "a",
                        ServerlessConfig = ProductionVariantServerlessConfig.ParseShorthand("MemorySizeInMB=2048,MaxConcurrency=5"),
                        {|ECG012:InstanceType = "ml.m5.large"|},
                    },
                ],
                ShadowProductionVariants = new List<ProductionVariant>
                {
                    ProductionVariant.ParseShorthand("VariantName=s,InstanceType={|ECG012:ml.m5.large|},ServerlessConfig={MemorySizeInMB=2048,MaxConcurrency=5},InitialVariantWeight={|ECG003:0|}"),
                },
            };
            """);

    [Fact]
    public Task The_second_token_of_ParseShorthandList_and_its_own_problem_once() =>
        AnalyzerTest.RunInMethod("""
            return new CreateEndpointConfigInput
            {
                EndpointConfigName = "cfg",
                ProductionVariants = ProductionVariant.ParseShorthandList(
                    "VariantName=a,InstanceType=ml.m5.large",
                    "VariantName={|ECG011:a|},InstanceType=ml.m5.large,InitialInstanceCount={|ECG008:0|},InitialVariantWeight={|ECG003:0|}"),
            };
            """);

    [Fact]
    public Task A_local_s_own_problem_is_reported_once_where_it_is_written() =>
        AnalyzerTest.RunInMethod("""
            var written = new ProductionVariant { VariantName = {|ECG007:"bad_name"|}, InstanceType = "ml.m5.large", InitialVariantWeight = {|ECG003:0|} };
            var same = written;
            return new CreateEndpointConfigInput { EndpointConfigName = "cfg", ProductionVariants = {|ECG004:[same]|} };
            """);

    [Fact]
    public Task A_local_written_twice_or_passed_by_ref_a_parameter_or_a_text_computed_at_run_time_is_not_judged() =>
        AnalyzerTest.RunInMethod("""
            var twice = new ProductionVariant { VariantName = "c", InstanceType = "ml.g5.xlarge", InitialVariantWeight = 0 };
            twice = twice with { InitialVariantWeight = 1 };
            var byRef = new ProductionVariant { VariantName = "r", InstanceType = "ml.g5.xlarge", InitialVariantWeight = 0 };
            Keep(ref byRef);
            return new[]
            {
                new CreateEndpointConfigInput { EndpointConfigName = "a", ProductionVariants = [twice], KmsKeyId = "k" },
                new CreateEndpointConfigInput { EndpointConfigName = "b", ProductionVariants = [byRef], KmsKeyId = "k" },
                new CreateEndpointConfigInput { EndpointConfigName = "c", ProductionVariants = [variant], KmsKeyId = "k" },
                new CreateEndpointConfigInput { EndpointConfigName = "d", ProductionVariants = [ProductionVariant.ParseShorthand(name)], KmsKeyId = "k" },
            };

            static void Keep(ref ProductionVariant value) { }
            """);
}
