using System;
using System.IO;

namespace EndpointConfigGen.PackageTests;

/// <summary>
/// Every MSBuild property and item metadata the README documents, written as the README writes it, in a project
/// that installs the packed package and builds with warnings as errors. (<c>EndpointConfigGenNamespace</c> as a
/// property is the consumer's of <see cref="PackageTests"/>.)
/// </summary>
[Collection(nameof(PackageCollection))]
public sealed class SettingsTests
{
    private const string Vendored = "shapes/sagemaker/CreateEndpointConfig.shape.json";
    private const string Endpoints = "tests/EndpointConfigGen.PackageTests/Settings/Endpoints.shape.json";

    private readonly PackageFixture _package;

    public SettingsTests(PackageFixture package) => _package = package;

    [Theory]
    [InlineData("Property", "<PropertyGroup><EndpointConfigGenOperations>CreateEndpointConfig;CreateModel</EndpointConfigGenOperations></PropertyGroup>")]
    [InlineData("Metadata", """<ItemGroup><AdditionalFiles Update="shapes/Endpoints.shape.json" EndpointConfigGenOperations="CreateEndpointConfig;CreateModel" /></ItemGroup>""")]
    public void Operations_listed_with_semicolons_are_all_generated_and_no_others(string name, string settings)
    {
        var project = _package.CreateProject("Semicolons" + name, settings, PackageFixture.Program("""
            Console.WriteLine(typeof(App.CreateEndpointConfigInput).Name);
            Console.WriteLine(typeof(App.CreateModelInput).Name);
            Console.WriteLine(typeof(Program).Assembly.GetType("App.DeleteModelInput") is null);
            """), (Endpoints, "shapes/Endpoints.shape.json"));

        Assert.Equal(["CreateEndpointConfigInput", "CreateModelInput", "True"], Run(project));
    }

    [Theory]
    [InlineData("Update")]
    [InlineData("Include")]
    public void Two_slices_of_one_service_build_when_one_has_its_own_namespace(string form)
    {
        // Update is the README's form for the package's default items; Include, a file the project names itself.
        var project = _package.CreateProject("Slices" + form, $"""<ItemGroup><AdditionalFiles {form}="shapes/CreateModel.shape.json" EndpointConfigGenNamespace="App.Models.Modeling" /></ItemGroup>""", PackageFixture.Program("""
            Console.WriteLine(typeof(App.CreateEndpointConfigInput).FullName);
            Console.WriteLine(typeof(App.Models.Modeling.CreateModelInput).FullName);
            """), (Vendored, "shapes/CreateEndpointConfig.shape.json"), ("tests/EndpointConfigGen.PackageTests/Settings/CreateModel.shape.json", "shapes/CreateModel.shape.json"));

        Assert.Equal(["App.CreateEndpointConfigInput", "App.Models.Modeling.CreateModelInput"], Run(project));
    }

    [Fact]
    public void Project_wide_operations_of_two_services_warn_for_neither_file()
    {
        // Warnings are errors here: one ECG106 for either file would fail the build.
        var project = _package.CreateProject(
            "TwoServices",
            """
            <PropertyGroup><EndpointConfigGenOperations>CreateTable;CreateKey</EndpointConfigGenOperations></PropertyGroup>
            <ItemGroup><AdditionalFiles Update="kms.shape.json" EndpointConfigGenNamespace="App.Kms" /></ItemGroup>
            """,
            PackageFixture.Program("""
                Console.WriteLine(typeof(App.CreateTableInput).FullName);
                Console.WriteLine(typeof(App.Kms.CreateKeyRequest).FullName);
                """),
            ("tests/EndpointConfigGen.PackageTests/Settings/dynamodb.shape.json", "dynamodb.shape.json"),
            ("tests/EndpointConfigGen.PackageTests/Settings/kms.shape.json", "kms.shape.json"));

        Assert.Equal(["App.CreateTableInput", "App.Kms.CreateKeyRequest"], Run(project));
    }

    [Fact]
    public void Built_in_rules_turned_off_leave_a_KMS_key_on_a_GPU_instance_unreported()
    {
        // With the rules on, this request is ECG002 in the editor (PackageTests' Mistakes) and invalid at run time.
        var project = _package.CreateProject("NoBuiltInRules", "<PropertyGroup><EndpointConfigGenBuiltInRules>false</EndpointConfigGenBuiltInRules></PropertyGroup>", PackageFixture.Program("""
            var request = new App.CreateEndpointConfigInput
            {
                EndpointConfigName = "gpu",
                ProductionVariants = [new App.ProductionVariant { VariantName = "a", ModelName = "m", InitialInstanceCount = 1, InstanceType = "ml.g5.xlarge" }],
                KmsKeyId = "alias/key",
            };
            Console.WriteLine(request.Validate().Count);
            """), (Vendored, "shapes/CreateEndpointConfig.shape.json"));

        Assert.Equal(["0"], Run(project));
    }

    [Fact]
    public void Without_default_shape_files_only_the_files_the_project_names_generate()
    {
        // The second file would generate the same types in the same namespace (ECG112) if it were added.
        var project = _package.CreateProject(
            "NoDefaultFiles",
            """
            <PropertyGroup><EndpointConfigGenIncludeShapeFiles>false</EndpointConfigGenIncludeShapeFiles></PropertyGroup>
            <ItemGroup><AdditionalFiles Include="shapes/CreateEndpointConfig.shape.json" /></ItemGroup>
            """,
            PackageFixture.Program("""
                Console.WriteLine(typeof(App.CreateEndpointConfigInput).Name);
                Console.WriteLine(typeof(Program).Assembly.GetType("App.CreateModelInput") is null);
                """),
            (Vendored, "shapes/CreateEndpointConfig.shape.json"),
            (Endpoints, "other/Endpoints.shape.json"));

        Assert.Equal(["CreateEndpointConfigInput", "True"], Run(project));
    }

    private const string DynamoDBSdk = """<ItemGroup><PackageReference Include="AWSSDK.DynamoDBv2" Version="4.1.0.1" /></ItemGroup>""";

    private static readonly (string, string) DynamoDBShapeFile = ("tests/EndpointConfigGen.PackageTests/Settings/dynamodb.shape.json", "dynamodb.shape.json");

    [Fact]
    public void Sdk_checks_only_report_and_validate_DynamoDB_SDK_code_without_generated_records()
    {
        const string Settings = "<PropertyGroup><EndpointConfigGenGenerate>SdkChecks</EndpointConfigGenGenerate></PropertyGroup>" + DynamoDBSdk;
        var shapeFile = DynamoDBShapeFile;

        // In the build: the analyzers read the model the SdkChecks generation carries.
        var mistake = _package.CreateProject("SdkChecksMistake", Settings, PackageFixture.Program("""
                Console.WriteLine(new Amazon.DynamoDBv2.Model.CreateTableRequest { TableName = "t", BillingMode = "PAY_PER_REQUESTS" }.TableName);
            """), shapeFile);
        var build = ProcessRunner.Run("dotnet", ["build", mistake], _package.Dotnet);
        Assert.NotEqual(0, build.ExitCode);
        Assert.Matches(@"Program\.cs\(11,\d+\): error ECG001: ", build.Output);

        // At run time: Validate() on the SDK's class, and none of the generated types.
        var project = _package.CreateProject("SdkChecks", Settings, PackageFixture.Program("""
                var mode = string.Concat("PAY_PER_", Environment.GetEnvironmentVariable("ECG_UNSET") ?? "REQUESTS");
                var request = new Amazon.DynamoDBv2.Model.CreateTableRequest { TableName = "t", BillingMode = mode };
                Console.WriteLine(System.Linq.Enumerable.Count(request.Validate(), p => p.Message.Contains("PAY_PER_REQUESTS", StringComparison.Ordinal)));
                Console.WriteLine(typeof(Program).Assembly.GetType("App.CreateTableInput") is null);
                Console.WriteLine(typeof(Program).Assembly.GetType("App.BillingMode") is null);
            """), shapeFile);

        Assert.Equal(["1", "True", "True"], Run(project));
    }

    [Fact]
    public void Sdk_checks_only_as_metadata_on_one_shape_file()
    {
        // The README's item form: the other shape file of the project still generates everything.
        const string Settings = """<ItemGroup><AdditionalFiles Update="dynamodb.shape.json" EndpointConfigGenGenerate="SdkChecks" /></ItemGroup>""" + DynamoDBSdk;
        var project = _package.CreateProject("SdkChecksMetadata", Settings, PackageFixture.Program("""
                var mode = string.Concat("PAY_PER_", Environment.GetEnvironmentVariable("ECG_UNSET") ?? "REQUESTS");
                var request = new Amazon.DynamoDBv2.Model.CreateTableRequest { TableName = "t", BillingMode = mode };
                Console.WriteLine(System.Linq.Enumerable.Count(request.Validate(), p => p.Message.Contains("PAY_PER_REQUESTS", StringComparison.Ordinal)));
                Console.WriteLine(typeof(Program).Assembly.GetType("App.CreateTableInput") is null);
                Console.WriteLine(typeof(App.CreateEndpointConfigInput).Name);
            """), DynamoDBShapeFile, (Vendored, "shapes/CreateEndpointConfig.shape.json"));

        Assert.Equal(["1", "True", "CreateEndpointConfigInput"], Run(project));
    }

    private string[] Run(string project)
    {
        var run = ProcessRunner.Run("dotnet", ["run", "--project", project], _package.Dotnet);
        Assert.True(run.ExitCode == 0, run.Output);
        return run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
