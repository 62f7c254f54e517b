using System;
using Bench.Models;

namespace EndpointConfigGen.Benchmarks.Parsing;

/// <summary>
/// The result graphs of the two parse cases built directly: every string is a fresh copy and every list an
/// exact-size array, so the allocated bytes are what any parser producing these objects must allocate.
/// </summary>
internal static class ResultFloor
{
    private static string Copy(string text) => new(text.AsSpan());

    public static ProductionVariant ProductionVariant() => new()
    {
        VariantName = Copy("AllTraffic"),
        ModelName = Copy("my-model-2024"),
        InitialInstanceCount = 2,
        InstanceType = new ProductionVariantInstanceType(Copy("ml.m5.xlarge")),
        InitialVariantWeight = 1.0,
        VolumeSizeInGB = 64,
        ModelDataDownloadTimeoutInSeconds = 600,
        ContainerStartupHealthCheckTimeoutInSeconds = 600,
        EnableSSMAccess = false,
        ManagedInstanceScaling = new ProductionVariantManagedInstanceScaling
        {
            Status = new ManagedInstanceScalingStatus(Copy("ENABLED")),
            MinInstanceCount = 1,
            MaxInstanceCount = 4,
        },
        RoutingConfig = new ProductionVariantRoutingConfig { RoutingStrategy = new RoutingStrategy(Copy("LEAST_OUTSTANDING_REQUESTS")) },
    };

    public static DataCaptureConfig DataCaptureConfig() => new()
    {
        EnableCapture = true,
        InitialSamplingPercentage = 50,
        DestinationS3Uri = Copy("s3://my-bucket/capture/prefix"),
        KmsKeyId = Copy("arn:aws:kms:us-east-1:123456789012:key/1234abcd"),
        CaptureOptions = new[]
        {
            new CaptureOption { CaptureMode = new CaptureMode(Copy("Input")) },
            new CaptureOption { CaptureMode = new CaptureMode(Copy("Output")) },
        },
        CaptureContentTypeHeader = new CaptureContentTypeHeader
        {
            CsvContentTypes = new[] { Copy("text/csv"), Copy("application/csv") },
            JsonContentTypes = new[] { Copy("application/json"), Copy("application/jsonlines") },
        },
    };
}
