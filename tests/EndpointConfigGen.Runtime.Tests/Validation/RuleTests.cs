using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace EndpointConfigGen.Runtime.Tests.Validation
{
    /// <summary>The CreateEndpointConfig operation rules, loaded from shapes/sagemaker/CreateEndpointConfig.rules.json.</summary>
    public class RuleTests
    {
        private static readonly ValidationOptions WithRules = new ValidationOptions { Rules = new[] { TestModels.Rules() } };

        private static string V(string name, string more = ",\"InstanceType\":\"ml.m5.large\"") => "{\"VariantName\":\"" + name + "\"" + more + "}";

        private static IReadOnlyList<ValidationProblem> Check(string variants, string extra = "", ValidationOptions? options = null) =>
            ParamValidator.Validate(TestModels.Json("{\"EndpointConfigName\":\"cfg\",\"ProductionVariants\":[" + variants + "]" + extra + "}"), TestModels.Input, "", options ?? WithRules);

        private static ValidationProblem Only(string ruleId, IReadOnlyList<ValidationProblem> problems) =>
            Assert.Single(problems, p => p.RuleId == ruleId);

        [Fact]
        public void KmsKeyWithLocalStorageInstance()
        {
            var problems = Check(V("a", ",\"InstanceType\":\"ml.g5.xlarge\""), ",\"KmsKeyId\":\"alias/k\"");
            var problem = Assert.Single(problems);
            Assert.Equal("Invalid value for parameter KmsKeyId: a KMS key cannot be used with ProductionVariants[0] (VariantName \"a\") InstanceType ml.g5.xlarge, which has local instance storage: those volumes are encrypted by the instance hardware and cannot take a KMS key", problem.Message);
            Assert.Equal((ProblemKind.Rule, "kms-local-storage", ProblemSeverity.Error, "KmsKeyId"), (problem.Kind, problem.RuleId, problem.Severity, problem.Path));
            Assert.Equal("alias/k", problem.Node!.Text);
            Assert.Equal("ml.g5.xlarge", problem.RelatedNode!.Text);
        }

        [Theory]
        [InlineData("ml.p6-b200.48xlarge", true)]
        [InlineData("ml.g6e.12xlarge", true)]
        [InlineData("ml.trn1.2xlarge", true)]
        [InlineData("ml.m5.large", false)]
        [InlineData("ml.inf2.xlarge", false)]
        public void KmsKeyRuleReadsTheFamilyList(string instanceType, bool forbidden)
        {
            var problems = Check(V("a"), ",\"KmsKeyId\":\"k\",\"ShadowProductionVariants\":[" + V("s", ",\"InstanceType\":\"" + instanceType + "\"") + "]");
            Assert.Equal(forbidden, problems.Any(p => p.RuleId == "kms-local-storage" && p.Message.Contains("ShadowProductionVariants[0] (VariantName \"s\") InstanceType " + instanceType)));
        }

        [Fact]
        public void KmsRuleIgnoresDataCaptureKeyAndAbsentKey()
        {
            string capture = ",\"DataCaptureConfig\":{\"KmsKeyId\":\"k\",\"InitialSamplingPercentage\":5,\"DestinationS3Uri\":\"s3://b/p\",\"CaptureOptions\":[{\"CaptureMode\":\"Input\"}]}";
            Assert.Empty(Check(V("a", ",\"InstanceType\":\"ml.g5.xlarge\""), capture));

            // null is botocore's type error, not a set key.
            Assert.Equal(ProblemKind.InvalidType, Assert.Single(Check(V("a", ",\"InstanceType\":\"ml.g5.xlarge\""), ",\"KmsKeyId\":null")).Kind);
        }

        [Fact]
        public void ZeroWeightIsAWarning()
        {
            var problem = Assert.Single(Check(V("a", ",\"InstanceType\":\"ml.m5.large\",\"InitialVariantWeight\":0.0") + "," + V("b")));
            Assert.Equal((ProblemKind.Rule, "zero-weight", ProblemSeverity.Warning), (problem.Kind, problem.RuleId, problem.Severity));
            Assert.Equal("Suspicious value for parameter ProductionVariants[0].InitialVariantWeight, value: 0.0: ProductionVariants[0] (VariantName \"a\") has InitialVariantWeight 0 and receives no traffic unless a request names it in TargetVariant", problem.Message);
            Assert.Equal("ProductionVariants[0].InitialVariantWeight", problem.Path);
        }

        [Fact]
        public void EveryWeightZeroIsAnError()
        {
            var problems = Check(V("a", ",\"InstanceType\":\"ml.m5.large\",\"InitialVariantWeight\":0") + "," + V("b", ",\"InstanceType\":\"ml.m5.large\",\"InitialVariantWeight\":0.0"));
            var problem = Only("all-zero-weight", problems);
            Assert.Equal("Invalid value for parameter ProductionVariants: every item of ProductionVariants has InitialVariantWeight 0, so the endpoint serves no traffic", problem.Message);
            Assert.Equal(ProblemSeverity.Error, problem.Severity);
            Assert.Equal(2, problems.Count(p => p.RuleId == "zero-weight"));

            // An absent weight defaults to 1.0: not zero.
            Assert.DoesNotContain(Check(V("a", ",\"InstanceType\":\"ml.m5.large\",\"InitialVariantWeight\":0") + "," + V("b")), p => p.RuleId == "all-zero-weight");
        }

        [Fact]
        public void NegativeWeight()
        {
            var problems = Check(V("a", ",\"InstanceType\":\"ml.m5.large\",\"InitialVariantWeight\":-0.5"));
            Assert.Equal("Invalid value for parameter ProductionVariants[0].InitialVariantWeight, value: -0.5, valid min value: 0", problems[0].Message);
            Assert.Equal("Invalid value for parameter ProductionVariants[0].InitialVariantWeight, value: -0.5: ProductionVariants[0] (VariantName \"a\") has a negative InitialVariantWeight", Only("negative-weight", problems).Message);
            Assert.Empty(Check(V("a", ",\"InstanceType\":\"ml.m5.large\",\"InitialVariantWeight\":0.5")));
        }

        [Fact]
        public void DuplicateVariantNamesAcrossLists()
        {
            var problems = Check(V("a") + "," + V("b"), ",\"ShadowProductionVariants\":[" + V("a") + "]");
            var problem = Only("duplicate-variant-name", problems);
            Assert.Equal("Invalid value for parameter ShadowProductionVariants[0].VariantName, value: a: ProductionVariants[0] has the same VariantName; it must be unique across ProductionVariants and ShadowProductionVariants", problem.Message);
            Assert.Equal("a", problem.RelatedNode!.Text);
            Assert.DoesNotContain(Check(V("a"), ",\"ShadowProductionVariants\":[" + V("b") + "]"), p => p.RuleId == "duplicate-variant-name");
            Assert.NotNull(Only("duplicate-variant-name", Check(V("a") + "," + V("a"))));
        }

        [Fact]
        public void ServerlessExcludesInstances()
        {
            var problems = Check(V("a", ",\"ServerlessConfig\":{\"MemorySizeInMB\":2048,\"MaxConcurrency\":5},\"InstanceType\":\"ml.m5.large\",\"InitialInstanceCount\":1"));
            Assert.Equal(
                new[]
                {
                    "Invalid parameter combination in ProductionVariants[0] (VariantName \"a\"): ServerlessConfig cannot be combined with InstanceType; a serverless variant has no instances",
                    "Invalid parameter combination in ProductionVariants[0] (VariantName \"a\"): ServerlessConfig cannot be combined with InitialInstanceCount; a serverless variant has no instances",
                },
                problems.Select(p => p.Message));
            Assert.Equal(new[] { "ProductionVariants[0].InstanceType", "ProductionVariants[0].InitialInstanceCount" }, problems.Select(p => p.Path));
            Assert.All(problems, p => Assert.Equal("serverless-with-instances", p.RuleId));
            Assert.Empty(Check(V("a", ",\"ServerlessConfig\":{\"MemorySizeInMB\":2048,\"MaxConcurrency\":5}")));
        }

        [Fact]
        public void VariantWithoutCompute()
        {
            var problem = Assert.Single(Check(V("a", ",\"InitialInstanceCount\":1")));
            Assert.Equal("Missing parameter in ProductionVariants[0] (VariantName \"a\"): set one of ServerlessConfig, InstanceType; a variant needs instances or a serverless configuration", problem.Message);
            Assert.Equal(("no-compute", "ProductionVariants[0]"), (problem.RuleId, problem.Path));
        }

        [Fact]
        public void ShadowVariantsNeedExactlyOneOfEach()
        {
            var problem = Only("shadow-variant-count", Check(V("a") + "," + V("b"), ",\"ShadowProductionVariants\":[" + V("c") + "]"));
            Assert.Equal("Invalid length for parameter ProductionVariants, value: 2: exactly 1 item is required when ShadowProductionVariants is set", problem.Message);
            Assert.Equal("Invalid length for parameter ShadowProductionVariants, value: 2: exactly 1 item is required when ShadowProductionVariants is set",
                Only("shadow-variant-count", Check(V("a"), ",\"ShadowProductionVariants\":[" + V("c") + "," + V("d") + "]")).Message);
            Assert.Empty(Check(V("a"), ",\"ShadowProductionVariants\":[" + V("c") + "]"));
            Assert.Empty(Check(V("a") + "," + V("b")));
        }

        [Fact]
        public void RulesFollowTheMemberChecksOfTheirStructure()
        {
            var problems = Check(V("a", ",\"InstanceType\":\"ml.g5.xlarge\",\"VolumeSizeInGB\":0"), ",\"KmsKeyId\":\"k\"");
            Assert.Equal(new[] { ProblemKind.MinValue, ProblemKind.Rule }, problems.Select(p => p.Kind));
        }

        [Fact]
        public void BotocoreOnlyAndStructuralOnlyApplyNoRule()
        {
            string variants = V("a", ",\"InstanceType\":\"ml.g5.xlarge\",\"InitialVariantWeight\":0");
            var rules = new[] { TestModels.Rules() };
            Assert.Empty(Check(variants, ",\"KmsKeyId\":\"k\"", new ValidationOptions { BotocoreOnly = true, Rules = rules }));
            Assert.Empty(Check(variants, ",\"KmsKeyId\":\"k\"", new ValidationOptions { StructuralOnly = true, Rules = rules }));
            Assert.Empty(Check(variants, ",\"KmsKeyId\":\"k\"", new ValidationOptions()));
        }

        [Fact]
        public void RulesOfWrongTypedValuesAreLeftToTypeChecks()
        {
            var problems = Check("5," + V("a", ",\"InstanceType\":7,\"InitialVariantWeight\":\"0\""), ",\"KmsKeyId\":\"k\",\"ShadowProductionVariants\":\"x\"");
            Assert.All(problems, p => Assert.True(p.Kind == ProblemKind.InvalidType || p.RuleId == "shadow-variant-count", p.Message));
        }
    }
}
