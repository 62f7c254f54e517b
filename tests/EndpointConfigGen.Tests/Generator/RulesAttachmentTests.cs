using System.IO;
using System.Linq;
using System.Threading;
using EndpointConfigGen.Model;
using EndpointConfigGen.Reader;
using EndpointConfigGen.Rules;
using EndpointConfigGen.Tests.Infrastructure;

namespace EndpointConfigGen.Tests.Generator;

/// <summary>Which rules a shape file gets: the built-in ones of its service, then the file beside it.</summary>
public class RulesAttachmentTests
{
    private const string ShapePath = "/p/CreateEndpointConfig.shape.json";
    private const string RulesPath = "/p/CreateEndpointConfig.rules.json";

    [Fact]
    public void The_built_in_rules_are_the_shapes_folder_files_and_read_clean()
    {
        var file = Assert.Single(BuiltInRules.Files);
        Assert.Empty(file.Diagnostics);
        Assert.Equal("SageMaker", file.Rules.Service);
        Assert.Equal(RulesFileReader.Read(Repo.VendoredRules, File.ReadAllText(Repo.VendoredRules)).Rules, file.Rules);
    }

    [Fact]
    public void A_sagemaker_shape_file_alone_gets_every_built_in_rule_with_its_families()
    {
        var rules = Attach(VendoredShape(), beside: null).Model!.Rules;

        var section = Assert.Single(rules.OperationRules);
        Assert.Equal("CreateEndpointConfigInput", section.Shape);
        Assert.Equal(8, section.Rules.Count);
        var kms = section.Rules.Single(r => r.Id == "kms-local-storage");
        Assert.Contains("g5", kms.Values);
        Assert.Equal(BuiltInRules.Files[0].Rules.LocalStorage[0].Families, kms.Values);
    }

    [Fact]
    public void Another_service_or_a_slice_without_the_shapes_gets_none()
    {
        var otherService = VendoredShape().Replace("\"serviceId\": \"SageMaker\"", "\"serviceId\": \"NotSageMaker\"", System.StringComparison.Ordinal);
        Assert.Empty(Attach(otherService, beside: null).Model!.Rules.OperationRules);

        var slice = """
            {"metadata": {"serviceId": "SageMaker", "protocol": "json"},
             "operations": {"DeleteModel": {"name": "DeleteModel", "input": {"shape": "DeleteModelInput"}}},
             "shapes": {"DeleteModelInput": {"type": "structure", "members": {"ModelName": {"shape": "Name"}}}, "Name": {"type": "string"}}}
            """;
        var rules = Attach(slice, beside: null).Model!.Rules;
        Assert.Empty(rules.OperationRules);
        Assert.Empty(rules.LocalStorage);
    }

    [Fact]
    public void Built_in_rules_can_be_turned_off()
    {
        var result = RulesAttachment.Attach(Read(VendoredShape()), [], builtIn: false);
        Assert.Equal(RulesSpec.None, result.Model!.Rules);
    }

    [Fact]
    public void A_beside_rule_replaces_the_built_in_rule_of_its_id_in_place_and_new_ids_are_added()
    {
        var result = Attach(VendoredShape(), """
            {"version": 1, "operationRules": [{"shape": "CreateEndpointConfigInput", "lists": ["ProductionVariants"], "rules": [
              {"id": "zero-weight", "kind": "zeroValue", "itemMember": "InitialVariantWeight", "reason": "is idle"},
              {"id": "local-kms", "kind": "forbiddenWithFamily", "member": "KmsKeyId", "itemMember": "InstanceType", "valuesFrom": "localStorageInstanceFamilies"}
            ]}]}
            """);

        Assert.Empty(result.Diagnostics);
        var rules = Assert.Single(result.Model!.Rules.OperationRules).Rules;
        Assert.Equal(9, rules.Count);
        Assert.Equal(("zero-weight", false, "is idle"), (rules[1].Id, rules[1].IsWarning, rules[1].Reason));
        Assert.Equal("local-kms", rules[^1].Id);
        Assert.Contains("g5", rules[^1].Values);
    }

    [Fact]
    public void Beside_families_replace_the_built_in_ones_for_built_in_rules_too()
    {
        var result = Attach(VendoredShape(), """
            {"version": 1, "localStorageInstanceFamilies": {"shape": "ProductionVariantInstanceType", "withLocalStorage": ["m5"]}}
            """);

        var kms = Assert.Single(result.Model!.Rules.OperationRules).Rules.Single(r => r.Id == "kms-local-storage");
        Assert.Equal(["m5"], kms.Values);
    }

    [Fact]
    public void Disabling_a_rule_that_is_not_there_and_values_from_a_missing_section_are_ECG107()
    {
        var disable = Attach(VendoredShape(), """
            {"version": 1, "operationRules": [{"shape": "CreateEndpointConfigInput", "lists": ["ProductionVariants"], "disable": ["zero-wieght"], "rules": []}]}
            """);
        var diagnostic = Assert.Single(disable.Diagnostics);
        Assert.Equal(("ECG107", RulesPath), (diagnostic.Id, diagnostic.FilePath));
        Assert.Contains("zero-wieght", diagnostic.Arguments);

        var valuesFrom = RulesAttachment.Attach(Read(VendoredShape()), [RulesFile("""
            {"version": 1, "operationRules": [{"shape": "CreateEndpointConfigInput", "lists": ["ProductionVariants"], "rules": [
              {"id": "local-kms", "kind": "forbiddenWithFamily", "member": "KmsKeyId", "itemMember": "InstanceType", "valuesFrom": "localStorageInstanceFamilies"}]}]}
            """)], builtIn: false);
        Assert.Equal("ECG107", Assert.Single(valuesFrom.Diagnostics).Id);
        Assert.Empty(Assert.Single(valuesFrom.Model!.Rules.OperationRules).Rules);
    }

    private static string VendoredShape() => File.ReadAllText(Repo.VendoredShape);

    private static ShapeFileResult Read(string text) => ShapeFileReader.Read(ShapePath, text, CancellationToken.None);

    private static RulesFileResult RulesFile(string text)
    {
        var file = RulesFileReader.Read(RulesPath, text);
        Assert.Empty(file.Diagnostics);
        return file;
    }

    private static ShapeFileResult Attach(string shape, string? beside) =>
        RulesAttachment.Attach(Read(shape), beside is null ? [] : [RulesFile(beside)], builtIn: true);
}
