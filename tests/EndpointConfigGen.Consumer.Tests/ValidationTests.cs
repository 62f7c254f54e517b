// These tests build wrong requests on purpose to check run-time validation; the analyzers flag them at compile time.
#pragma warning disable ECG001, ECG002, ECG003, ECG004, ECG008, ECG013, ECG014

using System.Linq;
using Consumer.Models;
using EndpointConfigGen.Runtime;

namespace Consumer.Tests;

public class ValidationTests
{
    private static CreateEndpointConfigInput Valid() => new()
    {
        EndpointConfigName = "ok",
        ProductionVariants = [new ProductionVariant { VariantName = "a", ModelName = "m", InstanceType = "ml.m5.large", InitialInstanceCount = 1 }],
    };

    [Fact]
    public void A_correct_request_has_no_problem() => Assert.Empty(Valid().Validate());

    [Fact]
    public void Kms_key_with_local_storage_is_reported_from_the_rules_data()
    {
        var request = Valid() with
        {
            KmsKeyId = "alias/k",
            ProductionVariants = [new ProductionVariant { VariantName = "a", InstanceType = "ml.g5.xlarge", InitialInstanceCount = 1 }],
        };

        var problem = Assert.Single(request.Validate());
        Assert.Equal("kms-local-storage", problem.RuleId);
        Assert.Contains("ml.g5.xlarge", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Zero_weights_warn_and_all_zero_weights_fail()
    {
        var one = Valid() with
        {
            ProductionVariants =
            [
                new ProductionVariant { VariantName = "a", InstanceType = "ml.m5.large", InitialInstanceCount = 1, InitialVariantWeight = 0 },
                new ProductionVariant { VariantName = "b", InstanceType = "ml.m5.large", InitialInstanceCount = 1, InitialVariantWeight = 1 },
            ],
        };
        var all = one with { ProductionVariants = [one.ProductionVariants[0], one.ProductionVariants[1] with { InitialVariantWeight = 0 }] };

        Assert.Equal([ProblemSeverity.Warning], one.Validate().Select(p => p.Severity));
        Assert.Contains(all.Validate(), p => p.RuleId == "all-zero-weight" && p.Severity == ProblemSeverity.Error);
    }

    [Fact]
    public void Botocore_wording_and_paths()
    {
        var request = Valid() with { ProductionVariants = [new ProductionVariant { VariantName = null!, InitialInstanceCount = 0, InstanceType = "ml.m5.large" }] };

        var messages = request.Validate().Select(p => p.Message).ToArray();

        Assert.Contains("Missing required parameter in ProductionVariants[0]: \"VariantName\"", messages);
        Assert.Contains("Invalid value for parameter ProductionVariants[0].InitialInstanceCount, value: 0, valid min value: 1", messages);
        var thrown = Assert.Throws<ValidationException>(() => request.ThrowIfInvalid());
        Assert.StartsWith("Parameter validation failed:\nMissing required parameter in ProductionVariants[0]: \"VariantName\"", thrown.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Newer_enum_values_can_be_accepted_while_rules_stay_on()
    {
        var request = Valid() with { ProductionVariants = [new ProductionVariant { VariantName = "a", InstanceType = "ml.g9.xlarge", InitialInstanceCount = 1, InitialVariantWeight = 0 }] };

        Assert.Contains(request.Validate(), p => p.Kind == ProblemKind.UnknownEnumValue);
        var relaxed = request.Validate(new ValidationOptions { AllowUnknownEnumValues = true });
        Assert.DoesNotContain(relaxed, p => p.Kind == ProblemKind.UnknownEnumValue);
        Assert.Contains(relaxed, p => p.RuleId == "all-zero-weight");
    }
}
