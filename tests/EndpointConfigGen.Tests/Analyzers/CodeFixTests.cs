using System.Threading.Tasks;
using EndpointConfigGen.CodeFixes;

namespace EndpointConfigGen.Tests.Analyzers;

/// <summary>The ECG001 and ECG003 code fixes, applied with the generator running.</summary>
public class CodeFixTests
{
    private static string Variant(string instanceType) => AnalyzerTestSetup.InMethod(
        "        return new ProductionVariant { VariantName = \"a\", InstanceType = " + instanceType + " };");

    [Fact]
    public Task Unknown_value_becomes_the_generated_static_member() =>
        new CodeFixTest<UnknownEnumValueCodeFix>(
            Variant("{|ECG001:\"ml.m5.huge\"|}"),
            Variant("ProductionVariantInstanceType.MlM5Large"),
            "ECG001 Use ProductionVariantInstanceType.MlM5Large").RunAsync();

    [Fact]
    public Task Unknown_value_becomes_a_known_text() =>
        new CodeFixTest<UnknownEnumValueCodeFix>(
            Variant("{|ECG001:\"ml.m5.huge\"|}"),
            Variant("\"ml.m5.xlarge\""),
            "ECG001 Use \"ml.m5.xlarge\"").RunAsync();

    [Fact]
    public Task Unknown_value_inside_a_shorthand_literal_is_replaced_in_place() =>
        new CodeFixTest<UnknownEnumValueCodeFix>(
            AnalyzerTestSetup.InMethod("        return ProductionVariant.ParseShorthand(@\"VariantName=a,InstanceType={|ECG001:ml.m5.huge|},ModelName=\"\"m\"\"\");"),
            AnalyzerTestSetup.InMethod("        return ProductionVariant.ParseShorthand(@\"VariantName=a,InstanceType=ml.m5.large,ModelName=\"\"m\"\"\");"),
            "ECG001 Use 'ml.m5.large'").RunAsync();

    [Fact]
    public Task Zero_weight_becomes_one_in_the_literal_s_form() =>
        new CodeFixTest<ZeroWeightCodeFix>(
            AnalyzerTestSetup.InMethod(Request("{|ECG003:0.0|}")),
            AnalyzerTestSetup.InMethod(Request("1.0"))).RunAsync();

    private static string Request(string weight) => """
                return new CreateEndpointConfigInput
                {
                    EndpointConfigName = "cfg",
                    ProductionVariants =
                    [
                        new ProductionVariant { VariantName = "a", InstanceType = "ml.m5.large" },
                        new ProductionVariant { VariantName = "b", InstanceType = "ml.m5.large", InitialVariantWeight = WEIGHT },
                    ],
                };
        """.Replace("WEIGHT", weight);
}
