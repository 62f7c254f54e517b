using System.Threading.Tasks;
using EndpointConfigGen.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace EndpointConfigGen.Tests.Analyzers;

/// <summary>
/// The SageMaker rules (ECG002-ECG004, ECG010-ECG015) on CreateEndpointConfigRequest written with the SDK's types
/// (a stand-in library with AWSSDK.SageMaker's surface), with the vendored slice and its rules file.
/// </summary>
public class SdkSageMakerTests
{
    private const string Usings = "using Amazon.SageMaker;\nusing Amazon.SageMaker.Model;";

    private static Task Run(string body, params DiagnosticResult[] expected)
    {
        var test = new SdkAnalyzerTest(SdkTestSetup.InMethod(Usings, body), AnalyzerTestSetup.ShapePath, SdkTestSetup.SageMaker());
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    [Fact]
    public Task Kms_key_with_local_storage_and_a_zero_weight_in_an_initializer() =>
        Run("""
            return new CreateEndpointConfigRequest
            {
                EndpointConfigName = "cfg",
                {|ECG002:KmsKeyId = "alias/mine"|},
                ProductionVariants =
                [
                    new ProductionVariant { VariantName = "gpu", InstanceType = ProductionVariantInstanceType.MlG5Xlarge, InitialVariantWeight = {|ECG003:0|} },
                    new ProductionVariant { VariantName = "cpu", InstanceType = "ml.m5.large", InitialVariantWeight = 1 },
                ],
            };
            """);

    [Fact]
    public Task Rules_across_values_held_in_locals_and_written_later() =>
        Run("""
            var a = new ProductionVariant { VariantName = "a", InstanceType = "ml.m5d.large", InitialVariantWeight = {|ECG003:0|} };
            var b = new ProductionVariant { VariantName = {|ECG011:"a"|}, InstanceType = ProductionVariantInstanceType.FindValue("ml.m5.large") };
            b.InitialVariantWeight = {|ECG003:0|};
            var request = new CreateEndpointConfigRequest { EndpointConfigName = "cfg" };
            request.ProductionVariants = {|ECG004:new List<ProductionVariant>()|};
            request.ProductionVariants.Add(a);
            request.ProductionVariants.Add(b);
            {|ECG002:request.KmsKeyId = "alias/mine"|};
            return request;
            """);

    [Fact]
    public Task Negative_weight_duplicate_names_and_the_serverless_mix() =>
        Run("""
            return new CreateEndpointConfigRequest
            {
                EndpointConfigName = "cfg",
                ProductionVariants =
                [
                    new ProductionVariant { VariantName = "a", InstanceType = "ml.m5.large", InitialVariantWeight = {|ECG008:{|ECG010:-1|}|} },
                    new ProductionVariant
                    {
                        VariantName = {|ECG011:"a"|},
                        ServerlessConfig = new ProductionVariantServerlessConfig { MemorySizeInMB = 2048, MaxConcurrency = 5 },
                        {|ECG012:InstanceType = ProductionVariantInstanceType.MlM5Large|},
                    },
                    {|ECG013:new ProductionVariant { VariantName = "c" }|},
                ],
            };
            """);

    [Fact]
    public Task Serverless_mix_and_missing_compute_in_locals_and_later_writes() =>
        Run("""
            var serverless = new ProductionVariantServerlessConfig { MemorySizeInMB = 2048, MaxConcurrency = 5 };
            var mixed = new ProductionVariant { VariantName = "s", ServerlessConfig = serverless };
            {|ECG012:mixed.InitialInstanceCount = 1|};
            var bare = {|ECG013:new ProductionVariant()|};
            bare.VariantName = "b";
            var request = new CreateEndpointConfigRequest { EndpointConfigName = "cfg", ProductionVariants = [mixed, bare] };
            return request;
            """);

    [Fact]
    public Task Shadow_variants_need_exactly_one_production_variant() =>
        Run(
            """
            var request = new CreateEndpointConfigRequest
            {
                EndpointConfigName = "cfg",
                ProductionVariants = {|#0:[new ProductionVariant { VariantName = "a", InstanceType = "ml.m5.large" }, new ProductionVariant { VariantName = "b", InstanceType = "ml.m5.large" }]|},
            };
            request.ShadowProductionVariants = new List<ProductionVariant>();
            request.ShadowProductionVariants.Add(new ProductionVariant { VariantName = "s", InstanceType = "ml.m5.large" });
            var one = new CreateEndpointConfigRequest
            {
                EndpointConfigName = "one",
                ProductionVariants = [new ProductionVariant { VariantName = "a", InstanceType = "ml.m5.large" }],
                ShadowProductionVariants = [new ProductionVariant { VariantName = "s", InstanceType = "ml.m5.large" }],
            };
            return (request, one);
            """,
            new DiagnosticResult("ECG014", DiagnosticSeverity.Error).WithLocation(0)
                .WithArguments("Invalid length for parameter ProductionVariants, value: 2: exactly 1 item is required when ShadowProductionVariants is set"));

    [Fact]
    public Task Rules_on_values_known_only_at_run_time_are_not_judged() =>
        Run("""
            var request = new CreateEndpointConfigRequest
            {
                EndpointConfigName = "cfg",
                KmsKeyId = name,
                ProductionVariants =
                [
                    new ProductionVariant { VariantName = name, InstanceType = "ml.g5.xlarge", InitialVariantWeight = count },
                    new ProductionVariant { VariantName = name, ServerlessConfig = count > 0 ? new ProductionVariantServerlessConfig { MemorySizeInMB = 2048, MaxConcurrency = 5 } : null, InstanceType = name },
                ],
            };
            var looped = new CreateEndpointConfigRequest { EndpointConfigName = "looped", ProductionVariants = new List<ProductionVariant>() };
            for (var i = 0; i < count; i++) looped.ProductionVariants.Add(new ProductionVariant { VariantName = "v" + i, InstanceType = "ml.m5.large" });
            looped.ShadowProductionVariants = [new ProductionVariant { VariantName = "s", InstanceType = "ml.m5.large" }];
            var branched = new CreateEndpointConfigRequest { EndpointConfigName = "branched", ProductionVariants = new List<ProductionVariant>() };
            if (count > 0) branched.ProductionVariants.Add(new ProductionVariant { VariantName = "a", InstanceType = "ml.m5.large" });
            else branched.ProductionVariants.Add(new ProductionVariant { VariantName = "a", InstanceType = "ml.m5d.large" });
            branched.KmsKeyId = count > 0 ? "alias/k" : null;
            return (request, looped, branched);
            """);

    [Fact]
    public Task A_write_that_may_run_many_times_is_judged_on_its_own() =>
        Run("""
            var request = new CreateEndpointConfigRequest { EndpointConfigName = "cfg", ProductionVariants = new List<ProductionVariant>() };
            foreach (var n in new[] { "a", "b" }) request.ProductionVariants.Add(new ProductionVariant { VariantName = n, InstanceType = {|ECG001:"ml.m5.huge"|} });
            return request;
            """);

    [Fact]
    public Task Unknown_instance_type_through_FindValue_new_and_a_string() =>
        Run("""
            return new List<ProductionVariant>
            {
                new ProductionVariant { VariantName = "a", InstanceType = {|ECG001:"ml.m5.huge"|} },
                new ProductionVariant { VariantName = "b", InstanceType = {|ECG001:ProductionVariantInstanceType.FindValue("ml.x")|} },
                new ProductionVariant { VariantName = "c", InstanceType = {|ECG001:new ProductionVariantInstanceType("ml.y")|} },
                new ProductionVariant { VariantName = "d", InstanceType = ProductionVariantInstanceType.MlM5dLarge },
            };
            """);

    [Fact]
    public Task Code_fix_offers_the_SDK_constant() =>
        new SdkCodeFixTest<UnknownEnumValueCodeFix>(
            SdkTestSetup.InMethod(Usings, """        return new ProductionVariant { VariantName = "a", InstanceType = {|ECG001:"ml.m5.huge"|} };"""),
            SdkTestSetup.InMethod(Usings, """        return new ProductionVariant { VariantName = "a", InstanceType = ProductionVariantInstanceType.MlM5Large };"""),
            "ECG001 Use ProductionVariantInstanceType.MlM5Large",
            AnalyzerTestSetup.ShapePath,
            SdkTestSetup.SageMaker()).RunAsync();
}
