using System.Collections.Generic;
using System.Linq;
using EndpointConfigGen.Cli.Query;

namespace EndpointConfigGen.Tests.Cli;

/// <summary>
/// Our JMESPath evaluator against Python's jmespath 1.1.0 (the AWS CLI's): every feature and function by hand,
/// plus seeded random expressions and random token soup, on documents that include CreateEndpointConfig's
/// response; results must match as JSON text (number forms, key order) and errors word for word.
/// </summary>
public class JmesQueryDifferentialTests
{
    private static readonly string[] Documents =
    [
        """{"EndpointConfigName":"c1","EndpointConfigArn":"arn:aws:sagemaker:us-east-1:123456789012:endpoint-config/c1","ProductionVariants":[{"VariantName":"v1","ModelName":"m1","InitialInstanceCount":1,"InstanceType":"ml.m5.large","InitialVariantWeight":1.0},{"VariantName":"v2","ModelName":"m2","InitialInstanceCount":3,"InstanceType":"ml.c5.xlarge","InitialVariantWeight":0.5,"ServerlessConfig":{"MemorySizeInMB":2048,"MaxConcurrency":5}}],"DataCaptureConfig":{"EnableCapture":true,"InitialSamplingPercentage":50,"DestinationS3Uri":"s3://b/p","CaptureOptions":[{"CaptureMode":"Input"},{"CaptureMode":"Output"}]},"Tags":[{"Key":"env","Value":"prod"},{"Key":"team","Value":"ml"}],"CreationTime":1700000000.123}""",
        """{"a":"foo","b":{"c":[1,2,3,4,5,6,7,8,9],"d":"bar"},"nums":[-1,2.5,0,3,1e3,7,1e-7,12345678901234567890],"strs":["b","a","c","aa","","\u00e9","\ud83d\ude00","\uffff"],"mixed":[1,"a",null,true,[1,2],{"k":1},false,0,""],"empty":[],"emptyobj":{},"nested":[[1,2],[3,[4,5]],6,[]],"people":[{"name":"bob","age":30,"tags":["x"]},{"name":"alice","age":25,"tags":[]},{"name":"carol","age":35},{"name":"dan","age":25.0,"tags":["y","z"]}],"t":true,"f":false,"n":null,"zero":0,"one":1,"fone":1.0,"uni":"caf\u00e9 \u2603 \ud83d\ude00","dup":{"x":1,"y":2,"x":3},"quote'":"q","with space":1,"numstr":["1","2.5"," 7 ","1e3","-4","abc","1_000","inf","nan",".5","5.","\u0661\u0662","\u001c5","\u30002.5"],"bools":[true,false,true],"objs":[{"x":1},{"y":2},{"x":3,"y":4}]}""",
        """[{"a":1,"b":"x"},{"a":2,"b":"y"},{"a":null},{"b":[1,2]},5,"s",[7,8],{"a":{"b":{"c":1}}}]""",
        "42",
        "null",
        "\"text\"",
    ];

    private static readonly string[] Expressions =
    [
        // Identifiers, quoted identifiers, sub-expressions.
        "a", "b.d", "b.c", "b.x.y", "\"a\"", "\"with space\"", "\"quote'\"", "\"\\u0061\"", "b.\"d\"", "EndpointConfigArn", "ProductionVariants",
        "DataCaptureConfig.CaptureOptions", "DataCaptureConfig.EnableCapture", "CreationTime", "dup", "dup.x", "a.b", "\"\"", "@", "@.a", "a.@",
        // Index and slices.
        "b.c[0]", "b.c[-1]", "b.c[100]", "b.c[-100]", "b.c[1:3]", "b.c[:2]", "b.c[5:]", "b.c[::2]", "b.c[::-1]", "b.c[-2:]", "b.c[:-2]",
        "b.c[7:2:-2]", "b.c[-1:0:-3]", "b.c[100:]", "b.c[:100:]", "b.c[::0]", "b.c[-100:100:3]", "a[0]", "a[0:1]", "[0]", "[1:]", "[-1]",
        "ProductionVariants[0].VariantName", "ProductionVariants[1].ServerlessConfig.MemorySizeInMB", "[0:3].a", "[::2].a", "nested[1][1][0]",
        // Projections and flatten.
        "people[*].name", "people[*].tags", "people[*].tags[0]", "people[*].tags[]", "people[].name", "nested[]", "nested[][]", "nested[].a",
        "b.*", "*", "*.c", "b.*.x", "dup.*", "ProductionVariants[*].[VariantName, InstanceType]", "ProductionVariants[*].{n: VariantName, w: InitialVariantWeight}",
        "Tags[*].Key", "Tags[].Value", "[*]", "[*].a", "[].a", "[*].a.b.c", "people[*]", "people[*].name | [0]", "people[*].name[0]", "people[].tags[]",
        "*.name", "objs[*].x", "objs[].y", "[*][0]", "@[*]", "emptyobj.*", "empty[*]", "empty[]", "f[*]", "a[*]", "a[]", "a.*",
        // Filters and comparators.
        "people[?age > `26`].name", "people[?age == `25`].name", "people[?age != `25`].name", "people[?age >= `30`]", "people[?age <= `25`].name",
        "people[?age < `30`].age", "people[?name == 'bob']", "people[?tags]", "people[?!tags].name", "people[?tags == `[]`].name", "[?a].b", "[?a == `1`]",
        "people[?name > 'b'].name", "people[?name < age]", "people[?age > 'a']", "ProductionVariants[?InitialInstanceCount > `1`].VariantName",
        "ProductionVariants[?ServerlessConfig].VariantName", "Tags[?Key=='env'].Value | [0]", "people[?age == `25.0`].name", "people[?`true`]",
        "people[?@.age > `26`]", "objs[?x]", "objs[?x > `1`].y", "b.c[?@ > `5`]", "nums[?@ > `0`]", "strs[?@ > 'a']", "mixed[?@]", "mixed[?!@]",
        "[?@ == `5`]", "people[?age > `26`] | [0].name", "people[?age > `26`][]", "people[?age > `20`].tags[]", "b.c[?@ > `3`] | [1:]",
        "zero == `0`", "zero == `false`", "one == `true`", "fone == `1`", "fone == one", "`[1, true]` == `[true, 1]`", "`{\"a\": 1}` == `{\"a\": 1.0}`",
        "t == `true`", "n == `null`", "a == 'foo'", "a != 'foo'", "`1` < `2`", "'a' < 'b'", "'a' < `1`", "`1` < 'a'", "`true` < `false`", "n < `1`",
        "strs[5] > strs[6]", "strs[6] < strs[7]", "`1.0` == `1`", "empty == emptyobj", "emptyobj == `{}`",
        // Multi-select, pipe, or, and, not.
        "[a, b.d]", "{x: a, y: b.d}", "{\"q k\": a}", "[a, missing]", "missing.[a]", "missing.{a: a}", "f.[a]", "f.{a: a}", "[[a], [b.d]]", "a | b",
        "b | d", "b.c | [0]", "missing || a", "a || missing", "f || zero", "empty || 'x'", "emptyobj || n", "a && b.d", "f && a", "zero && a", "'' && a",
        "!a", "!f", "!zero", "!n", "!empty", "!emptyobj", "!`0.0`", "!t", "!'x'", "!''", "a || b && c", "!f && t", "!(f || t)", "(a)", "(b).d", "((a))",
        "people[0] | name", "people | [0]", "people[*].name | sort(@)", "{a: a} | a",
        // Literals, raw strings, expression references.
        "`1`", "`1.5`", "`-0.0`", "`1e3`", "`1E+2`", "`0.1`", "`1e16`", "`1e-5`", "`123456789012345678901234567890`", "`\"s\"`", "`[1, 2]`",
        "`{\"a\": [true]}`", "`null`", "`foo`", "` foo`", "`\\``", "'raw'", "'it\\'s'", "'a\\\\b'", "'\\n'", "''", "`\"\\u00e9\"`", "`\"\"`", "`[]`",
        "&a", "[&a]", "`1.10`", "`100.0`", "`12345678.9`", "`1.5e300`", "`0.0001`", "`0.00001`",
        // Functions.
        "abs(`-1`)", "abs(`-1.5`)", "abs(`0`)", "abs(a)", "abs(nums[0])", "avg(b.c)", "avg(nums)", "avg(empty)", "avg(strs)", "avg(mixed)", "avg(`[1, true]`)",
        "ceil(`1.2`)", "ceil(`-1.2`)", "ceil(`3`)", "ceil(a)", "floor(`1.7`)", "floor(`-1.7`)", "floor(`2.0`)", "floor(t)",
        "contains(a, 'oo')", "contains(a, 'x')", "contains(b.c, `3`)", "contains(b.c, `3.0`)", "contains(mixed, `true`)", "contains(mixed, `null`)",
        "contains(a, `1`)", "contains(`1`, `1`)", "contains(strs, 'a')", "contains(empty, `1`)", "contains(mixed, `[1, 2]`)",
        "ends_with(a, 'oo')", "ends_with(a, 'f')", "ends_with(a, `1`)", "starts_with(a, 'fo')", "starts_with(a, '')", "starts_with(`1`, 'a')",
        "join(', ', strs)", "join('', [a, b.d])", "join(', ', b.c)", "join(`1`, strs)", "join(', ', empty)", "join('-', mixed)",
        "keys(b)", "keys(dup)", "keys(a)", "keys(emptyobj)", "values(b)", "values(dup)", "values(b.c)",
        "length(a)", "length(uni)", "length(b.c)", "length(b)", "length(n)", "length(`1`)", "length(strs[6])", "length(ProductionVariants)",
        "map(&name, people)", "map(&tags, people)", "map(&[0], nested)", "map(&@, b.c)", "map(a, people)", "map(&a, a)",
        "max(b.c)", "max(nums)", "max(strs)", "max(empty)", "max(mixed)", "max(`[1, \"a\"]`)", "max(`[\"a\", 1]`)", "max(a)",
        "max_by(people, &age)", "max_by(people, &name)", "max_by(people, &tags)", "max_by(empty, &a)", "max_by(ProductionVariants, &InitialInstanceCount).VariantName",
        "max_by(`[{\"a\": 1}, {\"a\": \"x\"}]`, &a)", "max_by(people, 'age')",
        "merge(b, dup)", "merge(dup, `{\"x\": 9, \"z\": 0}`)", "merge(`{}`)", "merge()", "merge(b, a)", "merge(emptyobj, b)",
        "min(b.c)", "min(nums)", "min(strs)", "min(empty)", "min(mixed)", "min_by(people, &age)", "min_by(people, &name).name", "min_by(people, &missing)",
        "min_by(`[{\"a\": 1}, {\"a\": \"x\"}]`, &a)", "not_null(missing, n, a)", "not_null(missing)", "not_null()", "not_null(f, a)",
        "reverse(a)", "reverse(uni)", "reverse(b.c)", "reverse(empty)", "reverse(`1`)", "reverse(b)",
        "sort(b.c)", "sort(strs)", "sort(nums)", "sort(empty)", "sort(mixed)", "sort(`[1, \"a\"]`)", "sort(`[\"a\", 1]`)", "sort(bools)", "sort(a)",
        "sort_by(people, &age)", "sort_by(people, &name)[*].name", "sort_by(people, &tags)", "sort_by(empty, &a)", "sort_by(objs, &x)",
        "sort_by(`[{\"a\": 2}, {\"a\": \"x\"}]`, &a)", "sort_by(people, &age)[*].age", "sort_by(ProductionVariants, &VariantName)[0].ModelName",
        "sum(b.c)", "sum(nums)", "sum(empty)", "sum(strs)", "sum(`[1.5, 2]`)", "sum(`[0.1, 0.2]`)",
        "to_array(a)", "to_array(b.c)", "to_array(n)", "to_array(b)",
        "to_number(a)", "to_number('12')", "to_number(b.c)", "to_number(`3.5`)", "to_number(t)", "to_number(n)", "map(&to_number(@), numstr)",
        "to_string(a)", "to_string(b)", "to_string(b.c)", "to_string(`1.0`)", "to_string(n)", "to_string(uni)", "to_string(t)", "to_string(dup)",
        "to_string(nums)", "type(a)", "type(b)", "type(b.c)", "type(n)", "type(t)", "type(zero)", "type(fone)", "map(&type(@), mixed)",
        "unknown(a)", "abs()", "abs(`1`, `2`)", "length()", "sort_by(people)", "join(', ')", "type(a, b)", "\"abs\"(a)", "a.b(c)", "`1`(a)",
        "sum(map(&InitialInstanceCount, ProductionVariants))", "length(ProductionVariants[?InitialInstanceCount > `1`])",
        "join(',', ProductionVariants[*].VariantName)", "{names: ProductionVariants[*].VariantName, capture: DataCaptureConfig.EnableCapture}",
        "to_string(ProductionVariants[0].InitialVariantWeight)", "ProductionVariants[*].InitialVariantWeight", "avg(ProductionVariants[*].InitialVariantWeight)",
        "sort_by(ProductionVariants, &InitialVariantWeight)[*].VariantName", "max_by(Tags, &Key).Value", "keys(DataCaptureConfig)",
        // Syntax errors.
        "a.", "a[", "a[?", "a[?b", "{", "{a", "{a:", "{a: b", "{a: b,", "[a,", "a |", "a ||", "a &&", "!", "&", "(", "(a", "a)", "a]", "a}", "a,b",
        "a..b", "a.[0]", "a.1", "1", "-1", "-", "a[-]", "=", "a = b", "a=", "a ==", "a == ", "\"a", "'a", "`a", "`{`", "a[1:2:3:4]", "a[1 2]",
        "a[:", "a[::", "a[1:2", "a[x]", "{1: a}", "{a b}", "a.*.", "[*", "[*.a", "a b", "a @", "@@", "a.\"b", "\"\\q\"", "\"\\u00\"", "a[?b]]",
        "foo[?]", "[?", "a.{}", "a.[]", "{}", "[]a", "a[]b", "a.**", "*.*", "**", "a ! b", "!=", "<", "a <", "a < b <", "&&", "||", "|", "a|||b",
        "a.`1`", "a.'x'", "a.@", "@.@", "\t a \n", "a\u00e9", "\u00e9", "a$", "#", "a[\"b\"]", "a[*]b", "a.[b, c", "sort(", "sort(a", "sort(a,",
        "sort(a b)", "foo()", "(a, b)", "[a b]", "{a: b c}", "a[0][", "a[?b == ]", "a[?== b]", "`[1,2` ", "`\"a\\`b\"`",
    ];

    [Fact]
    public void Hand_written_expressions_give_what_python_jmespath_gives()
    {
        _ = AssertSameAsPython(Expressions.SelectMany(e => Documents.Select(d => (e, d))).ToList());
    }

    [Fact]
    public void Random_expressions_and_token_soup_give_what_python_jmespath_gives()
    {
        var generator = new JmesExpressionGenerator(seed: 18);
        var cases = new List<(string, string)>();
        for (var i = 0; i < 1500; i++)
        {
            cases.Add((generator.Expression(1 + (i % 4)), Documents[i % 3]));
            cases.Add((generator.Soup(), Documents[1]));
        }

        var outcomes = AssertSameAsPython(cases);

        // The comparison means something only if both evaluating and failing (at parse and at run time) are common.
        Assert.True(outcomes.Count(o => o.Json is not null) > cases.Count / 4, "too few results");
        Assert.True(outcomes.Count(o => o.ParseError) > cases.Count / 10, "too few parse errors");
        Assert.True(outcomes.Count(o => o.Error is not null && !o.ParseError) > cases.Count / 20, "too few run-time errors");
    }

    private static List<JmesQueryOracle.Outcome> AssertSameAsPython(List<(string Expression, string Document)> cases)
    {
        var expected = JmesQueryOracle.Run(cases);
        Assert.Equal(cases.Count, expected.Count);
        var mismatches = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            var actual = Evaluate(cases[i].Expression, cases[i].Document);
            if (actual != expected[i])
            {
                mismatches.Add(cases[i].Expression + " on " + cases[i].Document[..System.Math.Min(40, cases[i].Document.Length)] + "\n  python: " + expected[i] + "\n  ours:   " + actual);
            }
        }

        Assert.True(mismatches.Count == 0, mismatches.Count + " of " + cases.Count + " differ:\n" + string.Join("\n", mismatches.Take(40)));
        return expected;
    }

    private static JmesQueryOracle.Outcome Evaluate(string expression, string document)
    {
        JmesQuery query;
        try
        {
            query = JmesQuery.Compile(expression);
        }
        catch (JmesException e)
        {
            return new JmesQueryOracle.Outcome(null, e.Message, e.IsParseError);
        }

        try
        {
            return new JmesQueryOracle.Outcome(query.Search(document), null, false);
        }
        catch (JmesException e)
        {
            return new JmesQueryOracle.Outcome(null, e.Message, e.IsParseError);
        }
    }
}
