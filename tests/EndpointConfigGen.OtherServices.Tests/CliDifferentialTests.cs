using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using EndpointConfigGen.Runtime;

namespace OtherServices.Tests;

/// <summary>
/// The generated parsers against the AWS CLI v1 itself (oracle.py: the CLI's unpacking of a top-level
/// argument, then botocore's validation of it) on the same inputs, one python process for all of them:
/// every input gives the same value tree or the same error text, or differs in a way README's
/// "Known differences from the AWS CLI" documents (<see cref="IsDocumented"/>).
/// </summary>
public sealed class CliDifferentialTests(CliDifferentialTests.Answers answers) : IClassFixture<CliDifferentialTests.Answers>
{
    /// <summary>Inputs written out for what the issue found, beside the generated ones.</summary>
    private static readonly Dictionary<string, string[][]> Written = new()
    {
        ["ec2 modify-instance-attribute --instance-initiated-shutdown-behavior"] = [["stop"], ["Value=stop"], ["stop=1"], [""], ["a b"]],
        ["ec2 modify-instance-attribute --disable-api-termination"] = [["true"], ["Value=true"], ["Value=yes"]],
        ["elb register-instances-with-load-balancer --instances"] = [["i-1", "i-2"], ["InstanceId=i-1"], ["i-1,i-2"]],
        ["elb remove-tags --tags"] = [["k1", "k2"], ["Key=k"]],
        ["emr modify-instance-groups --instance-groups"] = [["InstanceGroupId=g,InstanceCount=2147483648"], ["InstanceCount=x,InstanceGroupId=g", "InstanceGroupId=,,"], ["Bogus=1", "InstanceCount=x"]],
        ["cloudwatch put-metric-data --metric-data"] =
        [
            ["MetricName=a,Timestamp=1700000000,Value=1", "MetricName=b,Timestamp=1700000000.5", "MetricName=c,Timestamp=0", "MetricName=d,Timestamp=-1"],
            ["MetricName=a,Timestamp=garbage"], ["MetricName=a,StorageResolution=x,Value=y"], ["MetricName=a,Value=y,Timestamp=garbage"],
        ],
        ["dynamodb create-table --provisioned-throughput"] = [["WriteCapacityUnits=x,ReadCapacityUnits=y"], ["ReadCapacityUnits=9223372036854775807,WriteCapacityUnits=1"]],
    };

    public static TheoryData<string> Names => [.. Arguments.All.Select(a => a.ToString())];

    [Theory]
    [MemberData(nameof(Names))]
    public void Agrees_with_the_cli(string name)
    {
        var argument = Arguments.All.Single(a => a.ToString() == name);
        var problems = new List<string>();
        int same = 0, values = 0;
        foreach (var (tokens, cli) in answers.For(argument))
        {
            if (tokens[0].TrimStart().StartsWith('{') || tokens[0].TrimStart().StartsWith('['))
            {
                // The CLI reads such input as JSON; ParseShorthand reads only shorthand (FromJson reads JSON).
                continue;
            }

            var ours = argument.Parse(tokens);
            var input = string.Join(" ", tokens.Select(t => "'" + t + "'"));
            var cliError = cli.GetProperty("ok").GetBoolean() ? null : cli.GetProperty("error").GetString();
            var cliText = cliError ?? "ok " + cli.GetProperty("value").GetRawText();
            if (ours.Value is not null)
            {
                // ParseShorthand checks structure only and Validate() the rest; botocore checks both at once.
                var shape = argument.IsList ? ListOf(argument.Shape) : argument.Shape;
                var found = ParamValidator.Validate(ours.Value, shape, argument.Member, BotocoreOnly);
                if (found.Count == 0 && cliError is null && ValueTrees.Same(ours.Value, cli.GetProperty("value"), shape))
                {
                    values++;
                    same++;
                }
                else if (found.Count > 0 && cliError is not null && SameLines(ValidationException.Format(found), cliError))
                {
                    same++;
                }
                else if (found.Count == 0 || !IsDocumented(ValidationException.Format(found), cliError))
                {
                    problems.Add(input + "\n  ours: " + (found.Count == 0 ? "ok " + JsonOf(ours.Value) : ValidationException.Format(found)) + "\n  cli:  " + cliText);
                }

                continue;
            }

            if (ours.Error == cliError || (cliError is not null && ours.Error == StructuralOnly(cliError)))
            {
                same++;
            }
            else if (!IsDocumented(ours.Error, cliError))
            {
                problems.Add(input + "\n  ours: " + ours.Error + "\n  cli:  " + cliText);
            }
        }

        Assert.True(problems.Count == 0, problems.Count + " differences:\n" + string.Join("\n", problems.Take(8)));

        // Both outcomes must be exercised, or agreement proves little; the CLI's old list case takes any token.
        var takesAnyToken = ShorthandSpecialCases.IsOldListArgument(argument.ServiceId, argument.Operation, argument.Argument);
        Assert.True(values > 0 && (same - values > 0 || takesAnyToken), same + " agreed, " + values + " of them values");
    }

    /// <summary>
    /// The deliberate differences: an integer the member's type cannot hold (the CLI sends it), and timestamps
    /// outside what <see cref="BotocoreTimestamp"/> reads (dateutil's free forms, which the CLI takes, and epoch
    /// seconds outside years 1 to 9999, on which botocore crashes or fails), refused as an invalid type.
    /// </summary>
    private static bool IsDocumented(string? ours, string? cli)
    {
        if (ours is null)
        {
            return false;
        }

        if (ours.StartsWith("integer out of range for a ", StringComparison.Ordinal))
        {
            return true;
        }

        var lines = ours.Split('\n').Where(line => !IsRefusedTimestamp(line)).ToList();
        if (lines.Count == ours.Split('\n').Length)
        {
            return false;
        }

        return cli is null ? lines.Count == 1 : cli.StartsWith("Unable to calculate correct timezone offset", StringComparison.Ordinal) || string.Join("\n", lines) == cli;
    }

    private static readonly Regex Iso = new(@"^\s*\d{4}-\d\d-\d\d([T ]\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d(:?\d\d)?)?)?\s*$");

    private static bool IsRefusedTimestamp(string line)
    {
        const string Suffix = ", type: <class 'str'>, valid types: <class 'datetime.datetime'>, timestamp-string";
        var start = line.IndexOf(", value: ", StringComparison.Ordinal);
        if (!line.StartsWith("Invalid type for parameter ", StringComparison.Ordinal) || !line.EndsWith(Suffix, StringComparison.Ordinal) || start < 0)
        {
            return false;
        }

        var value = line[(start + 9)..^Suffix.Length];
        return PythonNumbers.TryParseDouble(value, out var seconds, out _) ? Math.Abs(seconds) > 253402300799 : !Iso.IsMatch(value);
    }

    private static readonly ValidationOptions BotocoreOnly = new() { BotocoreOnly = true };

    /// <summary>botocore's report without the lines of constraints (minimum lengths and values) that ParseShorthand leaves to Validate().</summary>
    private static string StructuralOnly(string report) =>
        string.Join("\n", report.Split('\n').Where(line => !line.StartsWith("Invalid length for parameter ", StringComparison.Ordinal)
            && !(line.StartsWith("Invalid value for parameter ", StringComparison.Ordinal) && line.Contains(", valid min value: ", StringComparison.Ordinal))));

    /// <summary>Equal reports up to line order (a value's tree is in model order, the CLI's in input order).</summary>
    private static bool SameLines(string ours, string cli) => ours.Split('\n').Order(StringComparer.Ordinal).SequenceEqual(cli.Split('\n').Order(StringComparer.Ordinal));

    private static SchemaShape ListOf(SchemaShape item) => new("List", SchemaKind.List) { Item = item };

    private static string JsonOf(ParamNode node) => node.Kind switch
    {
        ParamNodeKind.Map => "{" + string.Join(",", node.Entries.Select(e => JsonSerializer.Serialize(e.Key) + ":" + JsonOf(e.Value))) + "}",
        ParamNodeKind.List => "[" + string.Join(",", node.Items.Select(JsonOf)) + "]",
        ParamNodeKind.String => JsonSerializer.Serialize(node.Text),
        _ => node.Text,
    };

    /// <summary>Every argument's inputs and the CLI's answers, from one python process.</summary>
    public sealed class Answers
    {
        private readonly Dictionary<CliArgument, List<(string[], JsonElement)>> _byArgument = [];

        public Answers()
        {
            var cases = Arguments.All.SelectMany((argument, i) =>
                (Written.TryGetValue(argument.ToString(), out var written) ? written : [])
                    .Concat(Inputs.For(argument, 40, seed: i))
                    .Select(tokens => (argument, tokens))).ToList();
            var cli = CliOracle.Answer(cases);
            for (var i = 0; i < cases.Count; i++)
            {
                if (!_byArgument.TryGetValue(cases[i].argument, out var list))
                {
                    _byArgument[cases[i].argument] = list = [];
                }

                list.Add((cases[i].tokens, cli[i]));
            }
        }

        public IReadOnlyList<(string[] Tokens, JsonElement Cli)> For(CliArgument argument) => _byArgument[argument];
    }
}
