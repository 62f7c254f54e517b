using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace EndpointConfigGen.Benchmarks.Parsing;

// The System.Text.Json anchor: the same members as the generated records, as plain classes. The generated
// enums are string-backed structs, so string here is the equivalent representation.

public sealed class PlainProductionVariant
{
    public string VariantName { get; set; } = "";
    public string? ModelName { get; set; }
    public int? InitialInstanceCount { get; set; }
    public string? InstanceType { get; set; }
    public double? InitialVariantWeight { get; set; }
    public int? VolumeSizeInGB { get; set; }
    public int? ModelDataDownloadTimeoutInSeconds { get; set; }
    public int? ContainerStartupHealthCheckTimeoutInSeconds { get; set; }
    public bool? EnableSSMAccess { get; set; }
    public PlainManagedInstanceScaling? ManagedInstanceScaling { get; set; }
    public PlainRoutingConfig? RoutingConfig { get; set; }
}

public sealed class PlainManagedInstanceScaling
{
    public string? Status { get; set; }
    public int? MinInstanceCount { get; set; }
    public int? MaxInstanceCount { get; set; }
}

public sealed class PlainRoutingConfig
{
    public string RoutingStrategy { get; set; } = "";
}

public sealed class PlainDataCaptureConfig
{
    public bool? EnableCapture { get; set; }
    public int InitialSamplingPercentage { get; set; }
    public string DestinationS3Uri { get; set; } = "";
    public string? KmsKeyId { get; set; }
    public List<PlainCaptureOption> CaptureOptions { get; set; } = new();
    public PlainCaptureContentTypeHeader? CaptureContentTypeHeader { get; set; }
}

public sealed class PlainCaptureOption
{
    public string CaptureMode { get; set; } = "";
}

public sealed class PlainCaptureContentTypeHeader
{
    public List<string>? CsvContentTypes { get; set; }
    public List<string>? JsonContentTypes { get; set; }
}

[JsonSerializable(typeof(PlainProductionVariant))]
[JsonSerializable(typeof(PlainDataCaptureConfig))]
public sealed partial class PlainJsonContext : JsonSerializerContext
{
}
