using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace EndpointConfigGen.Runtime.Tests.Validation
{
    /// <summary>What botocore skips (max, pattern, enum, map and blob lengths), the options, problem fields and depth.</summary>
    public class ConstraintTests
    {
        private static IReadOnlyList<ValidationProblem> Check(string json, ValidationOptions? options = null) =>
            ParamValidator.Validate(TestModels.Json(json), TestModels.Input, "", options);

        private static IReadOnlyList<ValidationProblem> Mini(string json, ValidationOptions? options = null) =>
            ParamValidator.Validate(TestModels.Json(json), TestModels.Shape(TestModels.MiniModelFile, "Top"), "", options);

        private static string Request(string variant, string extra = "") =>
            "{\"EndpointConfigName\":\"cfg\",\"ProductionVariants\":[" + variant + "]" + extra + "}";

        [Fact]
        public void ValidRequestHasNoProblem() =>
            Assert.Empty(Check(BotocoreDifferentialTests.Valid));

        [Fact]
        public void MaxLengthOfString()
        {
            // 64 characters also break the pattern's {0,62}: length first, as botocore orders min before anything else.
            var problems = Check("{\"EndpointConfigName\":\"" + new string('a', 64) + "\",\"ProductionVariants\":[{\"VariantName\":\"a\",\"InstanceType\":\"ml.m5.large\"}]}");
            Assert.Equal(new[] { ProblemKind.MaxLength, ProblemKind.Pattern }, problems.Select(p => p.Kind));
            Assert.Equal("Invalid length for parameter EndpointConfigName, value: 64, valid max length: 63", problems[0].Message);
            Assert.Empty(Check("{\"EndpointConfigName\":\"" + new string('a', 63) + "\",\"ProductionVariants\":[{\"VariantName\":\"a\",\"InstanceType\":\"ml.m5.large\"}]}"));
        }

        [Fact]
        public void MaxCountOfList()
        {
            string variants = string.Join(",", Enumerable.Range(0, 11).Select(i => "{\"VariantName\":\"v" + i + "\",\"InstanceType\":\"ml.m5.large\"}"));
            var problem = Assert.Single(Check(Request(variants)));
            Assert.Equal("Invalid length for parameter ProductionVariants, value: 11, valid max length: 10", problem.Message);
            Assert.Equal(ProblemKind.MaxLength, problem.Kind);
        }

        [Fact]
        public void MinAndMaxValueInInputOrder()
        {
            var problems = Check(Request("{\"VariantName\":\"a\",\"InstanceType\":\"ml.m5.large\",\"VolumeSizeInGB\":513,\"InitialInstanceCount\":0}"));
            Assert.Equal(
                new[]
                {
                    "Invalid value for parameter ProductionVariants[0].VolumeSizeInGB, value: 513, valid max value: 512",
                    "Invalid value for parameter ProductionVariants[0].InitialInstanceCount, value: 0, valid min value: 1",
                },
                problems.Select(p => p.Message));
            Assert.Equal(new[] { ProblemKind.MaxValue, ProblemKind.MinValue }, problems.Select(p => p.Kind));
            Assert.Empty(Check(Request("{\"VariantName\":\"a\",\"InstanceType\":\"ml.m5.large\",\"VolumeSizeInGB\":512,\"InitialInstanceCount\":1}")));
        }

        [Theory]
        [InlineData("a_b")]
        [InlineData("ab-")]
        [InlineData("-ab")]
        public void PatternIsAnchoredAtBothEnds(string name)
        {
            var problem = Assert.Single(Check(Request("{\"VariantName\":\"" + name + "\",\"InstanceType\":\"ml.m5.large\"}")));
            Assert.Equal(ProblemKind.Pattern, problem.Kind);
            Assert.Equal("Invalid value for parameter ProductionVariants[0].VariantName, value: " + name + ", valid pattern: [a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}", problem.Message);
        }

        [Theory]
        [InlineData("s3://b/p\\n", true)]
        [InlineData("s3://b/p\\u2028", true)]
        [InlineData("s3://bucket/prefix", false)]
        public void PatternDotExcludesLineTerminators(string uri, bool bad)
        {
            string capture = ",\"DataCaptureConfig\":{\"InitialSamplingPercentage\":5,\"DestinationS3Uri\":\"" + uri + "\",\"CaptureOptions\":[{\"CaptureMode\":\"Input\"}]}";
            var problems = Check(Request("{\"VariantName\":\"a\",\"InstanceType\":\"ml.m5.large\"}", capture));
            Assert.Equal(bad, problems.Any(p => p.Kind == ProblemKind.Pattern && p.Path == "DataCaptureConfig.DestinationS3Uri"));
        }

        [Fact]
        public void UnknownEnumValueSuggestsClosest()
        {
            var problem = Assert.Single(Check(Request("{\"VariantName\":\"a\",\"InstanceType\":\"ml.m5.huge\"}")));
            Assert.Equal(ProblemKind.UnknownEnumValue, problem.Kind);
            Assert.StartsWith("Invalid value for parameter ProductionVariants[0].InstanceType, value: ml.m5.huge, not one of the 271 known ProductionVariantInstanceType values; closest: ", problem.Message);
            Assert.Equal(3, problem.Suggestions.Count);
            Assert.All(problem.Suggestions, s => Assert.StartsWith("ml.m5", s));
            Assert.Equal(problem.Suggestions, EnumSuggestions.Closest("ml.m5.huge", TestModels.Input.Member("ProductionVariants")!.Target.Item!.Member("InstanceType")!.Target.EnumValues));
        }

        [Fact]
        public void SmallEnumListsItsValues()
        {
            string capture = ",\"DataCaptureConfig\":{\"InitialSamplingPercentage\":5,\"DestinationS3Uri\":\"s3://b/p\",\"CaptureOptions\":[{\"CaptureMode\":\"Inputs\"}]}";
            var problem = Assert.Single(Check(Request("{\"VariantName\":\"a\",\"InstanceType\":\"ml.m5.large\"}", capture)));
            Assert.Equal("Invalid value for parameter DataCaptureConfig.CaptureOptions[0].CaptureMode, value: Inputs, valid values: Input, Output, InputAndOutput", problem.Message);
            Assert.Equal("Input", problem.Suggestions[0]);
        }

        [Fact]
        public void AllowUnknownEnumValuesAcceptsNewInstanceTypes() =>
            Assert.Empty(Check(Request("{\"VariantName\":\"a\",\"InstanceType\":\"ml.m9.large\"}"), new ValidationOptions { AllowUnknownEnumValues = true }));

        [Fact]
        public void MapCountAndBlobLengthAndMapKeys()
        {
            var problems = Mini("{\"Name\":\"ab\",\"Big\":1,\"Tags\":{\"k1\":\"x\",\"k2\":\"z\",\"k\":\"y\"},\"Data\":\"\\u00e9\\u00e9\"}");
            Assert.Equal(
                new[]
                {
                    "Invalid length for parameter Tags, value: 3, valid max length: 2",
                    "Invalid value for parameter Tags.k2, value: z, valid values: x, y",
                    "Invalid length for parameter Tags (key: k), value: 1, valid min length: 2",
                    "Invalid length for parameter Data, value: 4, valid max length: 3",
                },
                problems.Select(p => p.Message));
            Assert.Equal("Invalid length for parameter Tags, value: 0, valid min length: 1", Assert.Single(Mini("{\"Name\":\"ab\",\"Big\":1,\"Tags\":{}}")).Message);
            Assert.Empty(Mini("{\"Name\":\"ab\",\"Big\":1,\"Tags\":{}}", new ValidationOptions { BotocoreOnly = true }));
        }

        [Fact]
        public void BooleanForNumberIsATypeErrorUnlessBotocoreOnly()
        {
            string json = "{\"Name\":\"ab\",\"Big\":true,\"Ratio\":true}";
            Assert.Equal(
                new[]
                {
                    "Invalid type for parameter Big, value: True, type: <class 'bool'>, valid types: <class 'int'>",
                    "Invalid type for parameter Ratio, value: True, type: <class 'bool'>, valid types: <class 'float'>, <class 'decimal.Decimal'>, <class 'int'>",
                },
                Mini(json).Select(p => p.Message));
            Assert.Empty(Mini(json, new ValidationOptions { BotocoreOnly = true }));
        }

        [Fact]
        public void StructuralOnlyReportsOnlyStructuralKinds()
        {
            string json = Request("{\"VariantName\":\"a_\",\"InstanceType\":\"ml.bogus\",\"InitialInstanceCount\":0,\"Extra\":1,\"VolumeSizeInGB\":\"big\"}", ",\"KmsKeyId\":\"k\"");
            var options = new ValidationOptions { StructuralOnly = true, Rules = new[] { TestModels.Rules() } };
            var problems = Check(json, options);
            Assert.Equal(new[] { ProblemKind.UnknownMember, ProblemKind.InvalidType }, problems.Select(p => p.Kind));
            Assert.All(Check(json), p => Assert.Equal(p.Kind.IsStructural(), p.Kind is ProblemKind.MissingRequired or ProblemKind.UnknownMember or ProblemKind.InvalidType));
        }

        [Fact]
        public void ProblemsLocateTheirNodesAndKeys()
        {
            var name = ParamNode.String("a_", true, 30);
            var extra = ParamNode.String("1", true, 45);
            var variant = ParamNode.Map(new[] { new ParamEntry("VariantName", name, 18), new ParamEntry("Extra", extra, 39) }, true, 17);
            var problems = ParamValidator.Validate(variant, TestModels.Input.Member("ProductionVariants")!.Target.Item!, "ProductionVariants[0]");
            var unknown = problems[0];
            Assert.Equal(ProblemKind.UnknownMember, unknown.Kind);
            Assert.StartsWith("Unknown parameter in ProductionVariants[0]: \"Extra\", must be one of: VariantName, ModelName, InitialInstanceCount, ", unknown.Message);
            Assert.Same(extra, unknown.Node);
            Assert.Equal(("Extra", 39), (unknown.Key, unknown.KeyOffset));
            Assert.Equal("ProductionVariants[0]", unknown.Path);
            var pattern = problems[1];
            Assert.Same(name, pattern.Node);
            Assert.Equal("ProductionVariants[0].VariantName", pattern.Path);

            var missing = Assert.Single(ParamValidator.Validate(ParamNode.Map(new ParamEntry[0], false, 3), TestModels.Input.Member("ProductionVariants")!.Target.Item!, "input"));
            Assert.Equal("Missing required parameter in input: \"VariantName\"", missing.Message);
            Assert.Equal(("VariantName", 3), (missing.Key, missing.Node!.Offset));
        }

        [Fact]
        public void ExceptionUsesBotocoreFormatAndCarriesErrorsOnly()
        {
            var ex = Assert.Throws<ValidationException>(() => ParamValidator.ThrowIfInvalid(TestModels.Json("{\"EndpointConfigName\":5}"), TestModels.Input));
            Assert.Equal(
                "Parameter validation failed:\nMissing required parameter in input: \"ProductionVariants\"\n" +
                "Invalid type for parameter EndpointConfigName, value: 5, type: <class 'int'>, valid types: <class 'str'>",
                ex.Message);
            Assert.Equal(2, ex.Problems.Count);

            var options = new ValidationOptions { Rules = new[] { TestModels.Rules() } };
            var warnings = ParamValidator.ThrowIfInvalid(TestModels.Json(Request("{\"VariantName\":\"a\",\"InstanceType\":\"ml.m5.large\",\"InitialVariantWeight\":0}," +
                "{\"VariantName\":\"b\",\"InstanceType\":\"ml.m5.large\"}")), TestModels.Input, "", options);
            Assert.Equal("zero-weight", Assert.Single(warnings).RuleId);
        }

        [Fact]
        public void TenThousandLevelsDeepIsSafe()
        {
            var shape = TestModels.Shape(TestModels.MiniModelFile, "Top");
            var node = ParamNode.Map(new[] { new ParamEntry("Name", ParamNode.String("ab", false)), new ParamEntry("Big", ParamNode.Boolean(true)) }, false);
            for (int i = 0; i < 10000; i++)
            {
                node = ParamNode.Map(new[] { new ParamEntry("Name", ParamNode.String("ab", false)), new ParamEntry("Big", ParamNode.Number("1")), new ParamEntry("Next", node) }, false);
            }

            var problem = Assert.Single(ParamValidator.Validate(node, shape));
            Assert.Equal(string.Concat(Enumerable.Repeat("Next.", 10000)) + "Big", problem.Path);

            var deepList = ParamNode.String("x", false);
            for (int i = 0; i < 10000; i++)
            {
                deepList = ParamNode.List(new[] { deepList }, false);
            }

            var typeProblem = Assert.Single(ParamValidator.Validate(ParamNode.Map(new[] { new ParamEntry("Name", deepList), new ParamEntry("Big", ParamNode.Number("1")) }, false), shape));
            Assert.EndsWith("value: " + new string('[', 10000) + "'x'" + new string(']', 10000) + ", type: <class 'list'>, valid types: <class 'str'>", typeProblem.Message);
        }
    }
}
