using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Xunit;

namespace EndpointConfigGen.Runtime.Tests.Validation
{
    /// <summary>
    /// With <see cref="ValidationOptions.BotocoreOnly"/>, every report must equal botocore 1.43.11's
    /// ParamValidator on the same JSON, line for line and in the same order.
    /// </summary>
    public class BotocoreDifferentialTests
    {
        public const string Valid =
            "{\"EndpointConfigName\":\"cfg\",\"ProductionVariants\":[{\"VariantName\":\"a\",\"ModelName\":\"m\",\"InitialInstanceCount\":1," +
            "\"InstanceType\":\"ml.m5.large\",\"InitialVariantWeight\":1.0}],\"Tags\":[{\"Key\":\"k\",\"Value\":\"v\"}]," +
            "\"DataCaptureConfig\":{\"InitialSamplingPercentage\":50,\"DestinationS3Uri\":\"s3://b/p\",\"CaptureOptions\":[{\"CaptureMode\":\"Input\"}]}}";

        private static readonly string[] EndpointConfigCases =
        {
            Valid,
            "{}",
            "[]",
            "{\"EndpointConfigName\":\"x\",\"ProductionVariants\":[],\"Bogus\":1,\"Zed\":{\"a\":1}}",
            "{\"Zed\":1,\"EndpointConfigName\":5,\"ProductionVariants\":{\"VariantName\":\"a\"},\"Alpha\":null}",
            "{\"EndpointConfigName\":\"x\",\"ProductionVariants\":[{\"VariantName\":\"a\",\"InitialInstanceCount\":0,\"InitialVariantWeight\":-1.5," +
                "\"ServerlessConfig\":{\"MemorySizeInMB\":\"big\",\"MaxConcurrency\":1.0,\"Extra\":2}}]}",
            "{\"EndpointConfigName\":\"x\",\"ProductionVariants\":[{\"VariantName\":\"a\",\"InitialInstanceCount\":false},{\"VariantName\":\"b\",\"InitialInstanceCount\":true,\"InitialVariantWeight\":true}]}",
            "{\"EndpointConfigName\":\"x\",\"KmsKeyId\":null,\"ProductionVariants\":null,\"Tags\":[null,\"x\",[\"it's\",{\"a\":\"\\\"q\\\"\"}]]}",
            "{\"EndpointConfigName\":\"x\",\"ProductionVariants\":[{\"VariantName\":\"a\",\"InitialInstanceCount\":123456789012345678901234567890}," +
                "{\"VariantName\":\"b\",\"InitialInstanceCount\":-0,\"InitialVariantWeight\":-1e400},{\"VariantName\":\"c\",\"InitialVariantWeight\":1e400}]}",
            "{\"EndpointConfigName\":\"\",\"ProductionVariants\":[{\"VariantName\":\"\"}],\"Tags\":[{\"Key\":\"\",\"Value\":\"\\ud83d\\ude00\"},{\"Key\":\"\\ud83d\\ude00\"}]}",
            "{\"EndpointConfigName\":\"x\",\"ProductionVariants\":[{\"VariantName\":\"a\",\"InitialVariantWeight\":-0.0001},{\"VariantName\":\"b\",\"InitialVariantWeight\":-1e-05}," +
                "{\"VariantName\":\"c\",\"InitialVariantWeight\":-123456789012345678.0},{\"VariantName\":\"d\",\"InitialInstanceCount\":1.0},{\"VariantName\":\"e\",\"InitialInstanceCount\":2E1}]}",
            "{\"EndpointConfigName\":[\"\\u00e9\\u0001\\n\",1,2.5,true,null,{\"k\":[]}],\"ProductionVariants\":[\"str\",[1],{\"VariantName\":{\"x\":\"\\u2028\"}}]}",
            "{\"EndpointConfigName\":\"x\",\"ProductionVariants\":[{\"VariantName\":\"a\"}],\"DataCaptureConfig\":{\"CaptureOptions\":[],\"InitialSamplingPercentage\":-1}}",
            "{\"EndpointConfigName\":\"x\",\"ProductionVariants\":[{\"VariantName\":\"a\",\"CoreDumpConfig\":{},\"RoutingConfig\":{\"RoutingStrategy\":7}," +
                "\"ManagedInstanceScaling\":{\"MinInstanceCount\":0,\"MaxInstanceCount\":-3,\"Status\":false}}],\"EnableNetworkIsolation\":\"yes\"}",
        };

        private static readonly string[] MiniCases =
        {
            "{}",
            "{\"Name\":\"a\",\"Big\":-6,\"Tags\":{},\"Choice\":{},\"Data\":5,\"Flag\":\"true\",\"Nums\":[true,\"1\",2.5,-7],\"Ratio\":0.25}",
            "{\"Name\":\"ab\",\"Big\":1,\"Choice\":{\"A\":\"ab\",\"B\":1},\"Tags\":{\"k\":\"z\",\"kk\":\"x\",\"kkk\":5},\"Next\":{\"Name\":1,\"Next\":{\"Big\":null}}}",
            "{\"Name\":\"ab\",\"Big\":1,\"Doc\":{\"a\":[1,{\"b\":null}]},\"Ratio\":1,\"Data\":\"\",\"Nums\":[]}",
            "{\"Name\":\"a\",\"Name\":\"abc\",\"Big\":1,\"Big\":-9}",
            "{\"Name\":\"abcdefgh\",\"Big\":1,\"Choice\":{\"A\":null},\"Tags\":[],\"Ratio\":-1,\"Flag\":0}",
            "{\"Name\":\"ab\",\"Big\":false,\"Ratio\":false,\"Choice\":{\"C\":1},\"Tags\":{\"\\ud83d\\ude00\":\"x\"}}",
        };

        [Fact]
        public void EndpointConfigCasesMatchBotocore() =>
            AssertSameAsBotocore(TestModels.ShapeFile, "CreateEndpointConfigInput", EndpointConfigCases);

        [Fact]
        public void MapUnionBlobLongDoubleCasesMatchBotocore() =>
            AssertSameAsBotocore(TestModels.MiniModelFile, "Top", MiniCases);

        [Fact]
        public void RandomMutationsMatchBotocore()
        {
            var random = new Random(20240601);
            var inputs = new List<string>();
            for (int i = 0; i < 400; i++)
            {
                var tree = JsonNode.Parse(Valid)!;
                int mutations = 1 + random.Next(4);
                for (int m = 0; m < mutations; m++)
                {
                    Mutate(ref tree, random);
                }

                inputs.Add(tree.ToJsonString());
            }

            AssertSameAsBotocore(TestModels.ShapeFile, "CreateEndpointConfigInput", inputs);
        }

        private static void AssertSameAsBotocore(string modelFile, string shapeName, IReadOnlyList<string> inputs)
        {
            var expected = BotocoreOracle.Reports(modelFile, shapeName, inputs);
            var shape = TestModels.Shape(modelFile, shapeName);
            var options = new ValidationOptions { BotocoreOnly = true };
            for (int i = 0; i < inputs.Count; i++)
            {
                var problems = ParamValidator.Validate(TestModels.Json(inputs[i]), shape, "", options);
                string actual = string.Join("\n", problems.Select(p => p.Message));
                Assert.True(expected[i] == actual, "input: " + inputs[i] + "\nbotocore:\n" + expected[i] + "\nours:\n" + actual);
                Assert.All(problems, p => Assert.True(IsCheckedByBotocore(p.Kind), p.Kind + " is not a botocore kind"));
            }
        }

        /// <summary>The kinds botocore's own validator reports (with the <c>min</c> side of lengths and values only).</summary>
        private static bool IsCheckedByBotocore(ProblemKind kind) =>
            kind.IsStructural() || kind == ProblemKind.MinLength || kind == ProblemKind.MinValue || kind == ProblemKind.UnionMemberCount;

        private static readonly Func<JsonNode?>[] Replacements =
        {
            () => JsonValue.Create("x"), () => JsonValue.Create(string.Empty), () => JsonValue.Create(0), () => JsonValue.Create(-1),
            () => JsonValue.Create(70000), () => JsonValue.Create(1.5), () => JsonValue.Create(true), () => null,
            () => new JsonArray(), () => new JsonObject(), () => new JsonArray(JsonValue.Create("a"), JsonValue.Create(2)),
            () => new JsonObject { ["VariantName"] = "v", ["Bogus"] = 1 },
        };

        /// <summary>Replaces, removes or adds one value somewhere in the tree.</summary>
        private static void Mutate(ref JsonNode tree, Random random)
        {
            var containers = new List<JsonNode>();
            Collect(tree, containers);
            var target = containers[random.Next(containers.Count)];
            if (target is JsonObject obj)
            {
                var keys = obj.Select(p => p.Key).ToList();
                int op = random.Next(3);
                if (op == 0 || keys.Count == 0)
                {
                    obj[new[] { "Bogus", "variantName", "Key", "InstanceType", "Zz" }[random.Next(5)]] = Replacements[random.Next(Replacements.Length)]();
                }
                else if (op == 1)
                {
                    obj.Remove(keys[random.Next(keys.Count)]);
                }
                else
                {
                    obj[keys[random.Next(keys.Count)]] = Replacements[random.Next(Replacements.Length)]();
                }
            }
            else if (target is JsonArray array)
            {
                if (array.Count == 0 || random.Next(2) == 0)
                {
                    array.Add(Replacements[random.Next(Replacements.Length)]());
                }
                else
                {
                    array[random.Next(array.Count)] = Replacements[random.Next(Replacements.Length)]();
                }
            }
        }

        private static void Collect(JsonNode? node, List<JsonNode> into)
        {
            if (node is JsonObject obj)
            {
                into.Add(obj);
                foreach (var p in obj)
                {
                    Collect(p.Value, into);
                }
            }
            else if (node is JsonArray array)
            {
                into.Add(array);
                foreach (var item in array)
                {
                    Collect(item, into);
                }
            }
        }
    }
}
