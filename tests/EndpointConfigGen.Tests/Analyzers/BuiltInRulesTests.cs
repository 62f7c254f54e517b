using System.Linq;
using System.Threading.Tasks;

namespace EndpointConfigGen.Tests.Analyzers;

/// <summary>A consumer with only the shape file gets the SageMaker rules the package carries; a property turns them off.</summary>
public class BuiltInRulesTests
{
    private const string Request = """
        return new CreateEndpointConfigInput
        {
            EndpointConfigName = "cfg",
            {|ECG002:KmsKeyId = "alias/mine"|},
            ProductionVariants =
            [
                new ProductionVariant { VariantName = "gpu", InstanceType = "ml.g5.xlarge", InitialVariantWeight = {|ECG003:0|} },
                new ProductionVariant { VariantName = "cpu", InstanceType = "ml.m5.large", InitialVariantWeight = 1 },
            ],
        };
        """;

    [Fact]
    public Task The_shape_file_alone_gets_ECG002_and_ECG003()
    {
        var test = WithoutRulesFile(Request);
        return test.RunAsync();
    }

    [Fact]
    public Task The_readme_quick_start_with_a_local_storage_instance_type_gets_ECG002_from_the_shape_file_alone() =>
        WithoutRulesFile("""
            var request = new CreateEndpointConfigInput
            {
                EndpointConfigName = "prod",
                ProductionVariants = ProductionVariant.ParseShorthandList(
                    "VariantName=a,ModelName=m,InitialInstanceCount=2,InstanceType=ml.g5.xlarge"),
                {|ECG002:KmsKeyId = "alias/prod"|},
            };
            return request;
            """).RunAsync();

    [Fact]
    public Task EndpointConfigGenBuiltInRules_false_turns_them_off()
    {
        var test = WithoutRulesFile(Request.Replace("{|ECG002:", string.Empty).Replace("{|ECG003:", string.Empty).Replace("|}", string.Empty));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.EndpointConfigGenBuiltInRules = false\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_rules_file_beside_the_shape_file_overrides_and_disables_built_in_rules()
    {
        // Families replaced (only m5 has local storage here), the zero-weight warning disabled.
        var test = WithoutRulesFile("""
            return new CreateEndpointConfigInput
            {
                EndpointConfigName = "cfg",
                {|ECG002:KmsKeyId = "alias/mine"|},
                ProductionVariants =
                [
                    new ProductionVariant { VariantName = "gpu", InstanceType = "ml.g5.xlarge", InitialVariantWeight = 0 },
                    new ProductionVariant { VariantName = "cpu", InstanceType = "ml.m5.large", InitialVariantWeight = 1 },
                ],
            };
            """);
        test.TestState.AdditionalFiles.Add((AnalyzerTestSetup.RulesPath, """
            {
              "version": 1,
              "localStorageInstanceFamilies": { "shape": "ProductionVariantInstanceType", "withLocalStorage": ["m5"] },
              "operationRules": [ { "shape": "CreateEndpointConfigInput", "lists": ["ProductionVariants"], "disable": ["zero-weight"], "rules": [] } ]
            }
            """));
        return test.RunAsync();
    }

    private static AnalyzerTest WithoutRulesFile(string body)
    {
        var test = new AnalyzerTest(AnalyzerTestSetup.InMethod(body));
        var rules = test.TestState.AdditionalFiles.Single(f => f.filename == AnalyzerTestSetup.RulesPath);
        test.TestState.AdditionalFiles.Remove(rules);
        return test;
    }
}
