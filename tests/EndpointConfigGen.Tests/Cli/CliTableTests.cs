extern alias runtime;

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Text.Json;
using EndpointConfigGen.Cli;
using runtime::EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Tests.Cli;

/// <summary>
/// <c>--output table</c> compared byte for byte with awscli's own <c>TableFormatter</c>, run in Python as the
/// oracle with stdout a pipe, as the CLI runs when its output is not a terminal (no colour, 80 columns).
/// </summary>
public class CliTableTests
{
    private const string Title = "CreateEndpointConfig";

    private static readonly (string Response, string Title)[] Printed =
    [
        ("""{"EndpointConfigArn": "arn:aws:sagemaker:us-east-1:123456789012:endpoint-config/c1"}""", Title),
        ("""{"Name": "c1", "Count": 3, "Enabled": true, "Arn": "arn:x", "b": "lower sorts after upper"}""", Title),
        ("""{"Name": "c1", "Capture": {"Enable": false, "Percent": 50, "Options": {"Mode": "Input"}}, "Kms": {"KeyId": "k"}}""", "DescribeEndpointConfig"),
        ("""{"Variants": [{"VariantName": "a", "Weight": 1.0, "Count": 2}, {"VariantName": "b", "Extra": true}, {"Serverless": {"MemorySizeInMB": 1024}, "VariantName": "c"}]}""", Title),
        ("""{"Variants": [{"VariantName": "a", "Serverless": null}, {"VariantName": "b", "Serverless": {"MemorySizeInMB": 1024, "Tags": ["x", "y"]}}]}""", Title),
        ("""{"Tags": ["x", "y", 3, null, false], "Names": ["only"]}""", Title),
        ("""[["a", "b"], ["c", "d"], ["ee", "f"]]""", Title),
        ("""["c1", ["nested"], {"Deep": 1}, [[{"x": 1, "y": {"z": 1}}, {"x": 2, "y": {"z": 2}}]]]""", Title),
        ("""{"Empty": {}, "None": [], "Kept": "v", "Zero": 0, "Blank": ""}""", Title),
        ("""{"Missing": null, "Yes": true, "No": false, "Ratio": 0.5, "Tiny": 1e-05, "Huge": 1e+16, "Big": 12345678901234567890}""", Title),
        ("""{"Name": "café ΑΒΓ", "Région": "東京リージョン", "Emoji": "😀 ok", "Ｗｉｄｅ": "全角", "Key": "ｈａｌｆ"}""", "エンドポイント設定を作成"),
        ("""{"Description": "a value much longer than any title, so that the table is wider than the eighty columns of a pipe", "Short": "x"}""", Title),
        ("""{"A": "x", "B": "y"}""", "AVeryLongOperationNameThatIsWiderThanAllOfItsValuesPutTogether"),
        ("""{"Items": [{"Long": "a value long enough to push this one-row list of mappings past eighty columns", "Id": 1}]}""", Title),
        ("\"just a string\"", Title),
        ("[1, 2.5, \"three\"]", Title),
        ("""[{"Nested": {"c": 1}}, "", []]""", Title),
        ("""{"": {"Inner": "untitled section"}, "\uE000Private": 1, "😀Emoji": 2}""", Title),
    ];

    private static readonly string[] Falsy = ["{}", "[]", "null", "false", "0", "0.0", "\"\""];

    private static readonly string[] Failing =
    [
        """["a", ["b", "c"]]""",
        """[["a"], {"k1": 1, "k2": 2}]""",
        """["a", [{"x": 1, "y": 2}]]""",
        """[{"a": 1}, "x"]""",
        """[{"a": 1}, null]""",
        """[{"a": 1}, 2.5]""",
        """[{"a": 1}, ["s"]]""",
        """[{"a": 1}, [], "x"]""",
        """[{"a": 1}, ""]""",
        """[{"": {"c": 1}}, ""]""",
    ];

    // Starting awscli takes most of a second, so one Python run answers every fixed case.
    private static readonly Lazy<Dictionary<(string, string), (string Stdout, string? Error)>> Known = new(() =>
    {
        var cases = Printed.Concat(Falsy.Concat(Failing).Select(r => (r, Title))).ToList();
        return cases.Zip(Oracle(cases)).ToDictionary(p => p.First, p => p.Second);
    });

    public static TheoryData<string, string> PrintedResponses
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (response, title) in Printed)
            {
                data.Add(response, title);
            }

            return data;
        }
    }

    public static TheoryData<string> FalsyResponses => new(Falsy);

    public static TheoryData<string> FailingResponses => new(Failing);

    [Fact]
    public void The_create_endpoint_config_response_is_a_single_key_row()
    {
        const string Expected = """
            --------------------------------------------------------------------------------------
            |                                CreateEndpointConfig                                |
            +--------------------+---------------------------------------------------------------+
            |  EndpointConfigArn |  arn:aws:sagemaker:us-east-1:123456789012:endpoint-config/c1  |
            +--------------------+---------------------------------------------------------------+

            """;
        var response = Printed[0].Response;

        Assert.Equal(Expected.Replace("\r\n", "\n"), Table(response, Title));
        Assert.Equal(Known.Value[(response, Title)], (Table(response, Title), (string?)null));
    }

    [Theory]
    [MemberData(nameof(PrintedResponses))]
    public void Table_is_what_awscli_prints(string response, string title)
    {
        var (stdout, error) = Known.Value[(response, title)];

        Assert.Null(error);
        Assert.Equal(stdout, Table(response, title));
    }

    [Theory]
    [MemberData(nameof(FalsyResponses))]
    public void A_falsy_response_prints_nothing(string response)
    {
        Assert.Equal(Known.Value[(response, Title)], (string.Empty, (string?)null));
        Assert.Empty(Table(response, Title));
    }

    [Theory]
    [MemberData(nameof(FailingResponses))]
    public void Shapes_the_cli_fails_on_fail_with_its_message_and_print_nothing(string response)
    {
        var (stdout, error) = Known.Value[(response, Title)];

        Assert.Equal(string.Empty, stdout);
        Assert.NotNull(error);
        Assert.Equal(error, Assert.Throws<CliException>(() => Table(response, Title)).Message);
    }

    [Fact]
    public void Random_responses_match_the_oracle()
    {
        var random = new Random(20240611);
        var cases = Enumerable.Range(0, 2000).Select(_ => (RandomValue(random, 0), Title)).ToList();
        var expected = Oracle(cases);

        for (var i = 0; i < cases.Count; i++)
        {
            var response = cases[i].Item1;
            string actual;
            try
            {
                actual = Table(response, Title);
            }
            catch (CliException e)
            {
                Assert.True(expected[i].Error == e.Message, "Response: " + response + "\nawscli: " + (expected[i].Error ?? expected[i].Stdout) + "\nours failed: " + e.Message);
                continue;
            }

            Assert.True(expected[i] == (actual, null), "Response: " + response + "\nawscli:\n" + (expected[i].Error ?? expected[i].Stdout) + "\nours:\n" + actual);
        }
    }

    private static string Table(string response, string title)
    {
        using var document = JsonDocument.Parse(response);
        return CliTable.Format(ParamJson.FromElement(document.RootElement), title);
    }

    private static readonly string[] Keys = ["Name", "Arn", "a", "B", "b", "", "名前", "Größe", "ключ", "😀", "\uE000x", "Zeta", "Id"];

    private static readonly string[] Scalars =
    [
        "\"\"", "\"x\"", "\"ml.m5.large\"", "\"arn:aws:sagemaker:us-east-1:123456789012:endpoint-config/a-rather-long-configuration-name\"",
        "\"東京リージョン\"", "\"café\"", "\"emoji 😀\"", "\"tab\\there\"", "\"quote'\\\"\"", "0", "1", "-3", "1.0", "0.5", "1e-05",
        "1e+16", "12345678901234567890", "0.0", "true", "false", "null",
    ];

    // Mostly the shapes responses and queries give (mappings, lists of similar mappings, lists of
    // scalars or of rows), now and then a mixed list, a repeated key or a stray item among mappings.
    private static string RandomValue(Random random, int depth)
    {
        var pick = depth >= 3 ? 0 : random.Next(6);
        switch (pick)
        {
            case 0:
                return Scalars[random.Next(Scalars.Length)];
            case 1:
            case 2:
                return RandomDict(random, depth);
            case 3:
                return "[" + string.Join(", ", Enumerable.Range(0, random.Next(1, 4)).Select(i => i > 0 && random.Next(6) == 0 ? NotADict(random) : RandomDict(random, depth))) + "]";
            case 4:
                var width = random.Next(1, 3);
                return "[" + string.Join(", ", Enumerable.Range(0, random.Next(0, 4)).Select(_ => random.Next(5) == 0 ? Scalars[random.Next(Scalars.Length)] : Row(random, width))) + "]";
            default:
                // Led by a scalar: a list led by a mapping and holding lists of ints fails in ways Python's set order decides.
                return "[" + string.Join(", ", Enumerable.Range(0, random.Next(1, 4)).Select(i => i > 0 && random.Next(3) == 0 ? RandomValue(random, depth + 1) : Scalars[random.Next(Scalars.Length)])) + "]";
        }
    }

    private static string RandomDict(Random random, int depth) =>
        "{" + string.Join(", ", Enumerable.Range(0, random.Next(0, 5)).Select(_ => JsonSerializer.Serialize(Keys[random.Next(Keys.Length)]) + ": " + RandomValue(random, depth + 1))) + "}";

    private static string NotADict(Random random) => random.Next(2) == 0 ? "[]" : Scalars[random.Next(Scalars.Length)];

    private static string Row(Random random, int width) =>
        "[" + string.Join(", ", Enumerable.Range(0, width).Select(_ => Scalars[random.Next(Scalars.Length)])) + "]";

    // awscli's TableFormatter with color 'auto' (plain when stdout is not a terminal). The CLI strips
    // ResponseMetadata from the raw mapping and then applies --query, so a query that returns the
    // response stands in for it: scalars and lists then reach the formatter as they do after --query.
    private static List<(string Stdout, string? Error)> Oracle(IReadOnlyList<(string Response, string Title)> cases)
    {
        const string Script = """
            import argparse, io, json, sys
            from awscli.formatter import TableFormatter
            results = []
            for response, title in json.loads(sys.stdin.buffer.read().decode('utf-8')):
                data = json.loads(response)
                args = argparse.Namespace(color='auto', query=argparse.Namespace(search=lambda _, data=data: data))
                out = io.StringIO()
                try:
                    TableFormatter(args)(title, {}, out)
                    results.append([out.getvalue(), None])
                except Exception as e:
                    results.append([out.getvalue(), str(e)])
            sys.stdout.buffer.write(json.dumps(results).encode('utf-8'))
            """;
        var info = new ProcessStartInfo("python3", ["-c", Script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        using var python = Process.Start(info)!;
        python.StandardInput.Write(JsonSerializer.Serialize(cases.Select(c => new[] { c.Response, c.Title })));
        python.StandardInput.Close();
        var error = python.StandardError.ReadToEndAsync();
        var result = python.StandardOutput.ReadToEnd();
        python.WaitForExit();
        Assert.True(python.ExitCode == 0, error.Result);
        return JsonSerializer.Deserialize<string?[][]>(result)!.Select(r => (r[0]!, r[1])).ToList();
    }
}
