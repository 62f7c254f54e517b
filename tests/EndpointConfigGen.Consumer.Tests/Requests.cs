// These tests build wrong requests on purpose to check run-time validation; the analyzers flag them at compile time.
#pragma warning disable ECG001, ECG002, ECG003, ECG004, ECG008, ECG013, ECG014

using Consumer.Models;

namespace Consumer.Tests;

/// <summary>Requests used across tests.</summary>
internal static class Requests
{
    /// <summary>Every top-level member set, nested lists and maps included.</summary>
    public static CreateEndpointConfigInput Full() => new()
    {
        EndpointConfigName = "full-config",
        ProductionVariants =
        [
            new ProductionVariant
            {
                VariantName = "primary",
                ModelName = "model-a",
                InitialInstanceCount = 2,
                InstanceType = ProductionVariantInstanceType.MlM5Large,
                InitialVariantWeight = 0.75,
                VolumeSizeInGB = 64,
                ModelDataDownloadTimeoutInSeconds = 600,
                ContainerStartupHealthCheckTimeoutInSeconds = 600,
                EnableSSMAccess = true,
                RoutingConfig = new ProductionVariantRoutingConfig { RoutingStrategy = RoutingStrategy.LeastOutstandingRequests },
            },
            new ProductionVariant
            {
                VariantName = "serverless",
                ModelName = "model-b",
                InitialVariantWeight = 0.25,
                ServerlessConfig = new ProductionVariantServerlessConfig { MemorySizeInMB = 2048, MaxConcurrency = 5 },
            },
        ],
        DataCaptureConfig = new DataCaptureConfig
        {
            EnableCapture = true,
            InitialSamplingPercentage = 50,
            DestinationS3Uri = "s3://bucket/capture",
            KmsKeyId = "alias/capture",
            CaptureOptions = [new CaptureOption { CaptureMode = CaptureMode.Input }, new CaptureOption { CaptureMode = CaptureMode.Output }],
            CaptureContentTypeHeader = new CaptureContentTypeHeader { CsvContentTypes = ["text/csv"], JsonContentTypes = ["application/json"] },
        },
        Tags = [new Tag { Key = "team", Value = "ml ü" }],
        KmsKeyId = "arn:aws:kms:us-east-1:123456789012:key/abc",
        AsyncInferenceConfig = new AsyncInferenceConfig
        {
            OutputConfig = new AsyncInferenceOutputConfig { S3OutputPath = "s3://bucket/out" },
            ClientConfig = new AsyncInferenceClientConfig { MaxConcurrentInvocationsPerInstance = 4 },
        },
        ExplainerConfig = new ExplainerConfig
        {
            ClarifyExplainerConfig = new ClarifyExplainerConfig
            {
                EnableExplanations = "`true`",
                ShapConfig = new ClarifyShapConfig { ShapBaselineConfig = new ClarifyShapBaselineConfig { MimeType = "text/csv", ShapBaseline = "1,2" } },
            },
        },
        ShadowProductionVariants = [new ProductionVariant { VariantName = "shadow", ModelName = "model-c", InstanceType = "ml.c5.large", InitialInstanceCount = 1 }],
        ExecutionRoleArn = "arn:aws:iam::123456789012:role/sm",
        VpcConfig = new VpcConfig { SecurityGroupIds = ["sg-1"], Subnets = ["subnet-1", "subnet-2"] },
        EnableNetworkIsolation = false,
        MetricsConfig = new MetricsConfig { EnableEnhancedMetrics = true },
    };
}
