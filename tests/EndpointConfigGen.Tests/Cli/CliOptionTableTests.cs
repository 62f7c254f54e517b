using System;
using System.Collections;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using EndpointConfigGen.Tests.Infrastructure;

namespace EndpointConfigGen.Tests.Cli;

/// <summary>
/// The option table comes from the model: a small synthetic service with two operations gets its
/// own commands and options, and the generic driver runs them. The generated assembly is loaded
/// in a context of its own and used by reflection; the runtime and CLI assemblies it references
/// resolve to this test's copies.
/// </summary>
public class CliOptionTableTests
{
    private const string Model = """
        {
          "version": "2.0",
          "metadata": { "apiVersion": "2024-01-01", "protocol": "json", "jsonVersion": "1.1", "serviceId": "Widgets", "targetPrefix": "Widgets" },
          "operations": {
            "CreateWidget": { "name": "CreateWidget", "input": { "shape": "CreateWidgetRequest" } },
            "DeleteWidget": { "name": "DeleteWidget", "input": { "shape": "DeleteWidgetRequest" } }
          },
          "shapes": {
            "CreateWidgetRequest": {
              "type": "structure",
              "required": ["WidgetName", "ClientToken"],
              "members": {
                "WidgetName": { "shape": "Name" },
                "Sizes": { "shape": "SizeList" },
                "Parts": { "shape": "PartList" },
                "IsShiny": { "shape": "Flag" },
                "Labels": { "shape": "LabelMap" },
                "ClientToken": { "shape": "Name", "idempotencyToken": true }
              }
            },
            "DeleteWidgetRequest": {
              "type": "structure",
              "required": ["WidgetName"],
              "members": { "WidgetName": { "shape": "Name" }, "Force": { "shape": "Flag" } }
            },
            "Part": {
              "type": "structure",
              "required": ["PartId"],
              "members": { "PartId": { "shape": "Name" }, "Count": { "shape": "Count" }, "Color": { "shape": "Color" } }
            },
            "PartList": { "type": "list", "member": { "shape": "Part" } },
            "SizeList": { "type": "list", "member": { "shape": "Count" } },
            "LabelMap": { "type": "map", "key": { "shape": "Name" }, "value": { "shape": "Name" } },
            "Name": { "type": "string", "min": 1 },
            "Count": { "type": "integer" },
            "Flag": { "type": "boolean" },
            "Color": { "type": "string", "enum": ["red", "blue"] }
          }
        }
        """;

    private static readonly Lazy<Assembly> Generated = new(() =>
    {
        var result = GeneratorHarness.Run([new InMemoryAdditionalText("/shapes/Widgets.shape.json", Model)]);
        Assert.Empty(result.GeneratorDiagnostics);
        return new AssemblyLoadContext("widgets-cli", isCollectible: false).LoadFromStream(new MemoryStream(result.Emit()));
    });

    [Fact]
    public void Each_operation_gets_its_command_and_one_option_per_input_member()
    {
        var create = Cli("CreateWidgetOperation");
        var delete = Cli("DeleteWidgetOperation");

        Assert.Equal("create-widget", Get<string>(create, "CommandName"));
        Assert.Equal("delete-widget", Get<string>(delete, "CommandName"));
        Assert.Equal(["--widget-name", "--sizes", "--parts", "--is-shiny", "--labels", "--client-token"], Options(create).Select(o => Get<string>(o, "Name")));
        Assert.Equal(["--widget-name", "--force"], Options(delete).Select(o => Get<string>(o, "Name")));
    }

    [Fact]
    public void Options_carry_the_facts_the_driver_needs()
    {
        var options = Options(Cli("CreateWidgetOperation")).ToDictionary(o => Get<string>(o, "MemberName"));

        Assert.True(Get<bool>(options["WidgetName"], "Required"));
        Assert.False(Get<bool>(options["ClientToken"], "Required")); // botocore fills idempotency tokens in
        Assert.True(Get<bool>(options["ClientToken"], "IsIdempotencyToken"));
        Assert.True(Get<bool>(options["Sizes"], "IsList"));
        Assert.False(Get<bool>(options["Sizes"], "TakesShorthand")); // a list of scalars is plain tokens
        Assert.True(Get<bool>(options["Parts"], "TakesShorthand"));
        Assert.True(Get<bool>(options["IsShiny"], "IsBoolean"));
        Assert.Equal("--no-is-shiny", Get<string>(options["IsShiny"], "NegatedName"));
        Assert.Equal("PartId=string,Count=integer,Color=string ...", Get<string>(options["Parts"], "ShorthandSyntax"));
        Assert.Equal("KeyName1=string,KeyName2=string", Get<string>(options["Labels"], "ShorthandSyntax"));
        Assert.Null(Get<string?>(options["WidgetName"], "ShorthandSyntax"));
        Assert.Equal("[\n  {\n    \"PartId\": \"string\",\n    \"Count\": integer,\n    \"Color\": \"red\"|\"blue\"\n  }\n  ...\n]", Get<string>(options["Parts"], "JsonSyntax"));
    }

    [Fact]
    public void The_generic_driver_runs_another_operation()
    {
        var (code, stdout, stderr) = Run("CreateWidgetOperation",
            "--parts", "PartId=a,Count=+007", "PartId=b", "--widget-name", "w", "--sizes", "1", "2", "--no-is-shiny", "--labels", "k=v");

        Assert.True(code == 0, stderr);
        Assert.Matches("""^\{"WidgetName":"w","Sizes":\[1,2\],"Parts":\[\{"PartId":"a","Count":7\},\{"PartId":"b"\}\],"IsShiny":false,"Labels":\{"k":"v"\},"ClientToken":"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"\}\n$""", stdout);
    }

    [Fact]
    public void The_generic_driver_reports_this_operations_required_options()
    {
        var (code, stdout, stderr) = Run("DeleteWidgetOperation", "--force");

        Assert.Equal(252, code);
        Assert.Empty(stdout);
        Assert.EndsWith("aws: error: the following arguments are required: --widget-name\n", stderr);
    }

    private static object Cli(string operationClass) =>
        Generated.Value.GetType("Consumer.Models." + operationClass, throwOnError: true)!.GetProperty("Cli")!.GetValue(null)!;

    private static object[] Options(object cli) => ((IEnumerable)Get<object>(cli, "Options")).Cast<object>().ToArray();

    private static T Get<T>(object target, string property) => (T)target.GetType().GetProperty(property)!.GetValue(target)!;

    private static (int Code, string Stdout, string Stderr) Run(string operationClass, params string[] args)
    {
        var runner = typeof(EndpointConfigGen.Cli.CliRunner);
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = (int)runner.GetMethod("Run")!.Invoke(null, [Cli(operationClass), args, stdout, stderr, null])!;
        return (code, stdout.ToString(), stderr.ToString());
    }
}
