using System.Collections.Generic;
using Amazon.Runtime;

namespace Amazon.SageMaker
{
    /// <summary>As in the SDK: a constant per value, named by the SDK's conventions (ml.m5.large is MlM5Large).</summary>
    public class ProductionVariantInstanceType : ConstantClass
    {
        public static readonly ProductionVariantInstanceType MlM5Large = new ProductionVariantInstanceType("ml.m5.large");
        public static readonly ProductionVariantInstanceType MlM5dLarge = new ProductionVariantInstanceType("ml.m5d.large");
        public static readonly ProductionVariantInstanceType MlG5Xlarge = new ProductionVariantInstanceType("ml.g5.xlarge");

        public ProductionVariantInstanceType(string value) : base(value)
        {
        }

        public static ProductionVariantInstanceType FindValue(string value) => FindValue<ProductionVariantInstanceType>(value);

        public static implicit operator ProductionVariantInstanceType(string value) => FindValue(value);
    }

    public class CaptureMode : ConstantClass
    {
        public static readonly CaptureMode Input = new CaptureMode("Input");
        public static readonly CaptureMode Output = new CaptureMode("Output");

        public CaptureMode(string value) : base(value)
        {
        }

        public static CaptureMode FindValue(string value) => FindValue<CaptureMode>(value);

        public static implicit operator CaptureMode(string value) => FindValue(value);
    }

    public abstract class AmazonSageMakerRequest : AmazonWebServiceRequest
    {
    }
}

namespace Amazon.SageMaker.Model
{
    public class CreateEndpointConfigRequest : AmazonSageMakerRequest
    {
        public string EndpointConfigName { get; set; }

        public List<ProductionVariant> ProductionVariants { get; set; }

        public DataCaptureConfig DataCaptureConfig { get; set; }

        public string KmsKeyId { get; set; }

        public string ExecutionRoleArn { get; set; }

        public bool? EnableNetworkIsolation { get; set; }

        public List<ProductionVariant> ShadowProductionVariants { get; set; }
    }

    public class ProductionVariant
    {
        public string VariantName { get; set; }

        public string ModelName { get; set; }

        public int? InitialInstanceCount { get; set; }

        public ProductionVariantInstanceType InstanceType { get; set; }

        public float? InitialVariantWeight { get; set; }

        public int? VolumeSizeInGB { get; set; }

        public ProductionVariantServerlessConfig ServerlessConfig { get; set; }
    }

    public class ProductionVariantServerlessConfig
    {
        public int? MemorySizeInMB { get; set; }

        public int? MaxConcurrency { get; set; }

        public int? ProvisionedConcurrency { get; set; }
    }

    public class DataCaptureConfig
    {
        public bool? EnableCapture { get; set; }

        public int? InitialSamplingPercentage { get; set; }

        public string DestinationS3Uri { get; set; }

        public string KmsKeyId { get; set; }

        public List<CaptureOption> CaptureOptions { get; set; }
    }

    public class CaptureOption
    {
        public CaptureOption()
        {
        }

        public CaptureOption(CaptureMode captureMode)
        {
            CaptureMode = captureMode;
        }

        public CaptureMode CaptureMode { get; set; }
    }
}
