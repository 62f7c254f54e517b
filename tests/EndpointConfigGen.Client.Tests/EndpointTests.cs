using Amazon;
using Amazon.Runtime;
using EndpointConfigGen.Client.Tests.Support;

namespace EndpointConfigGen.Client.Tests;

/// <summary>
/// Endpoints from region and partition (the URLs botocore 1.43 resolves for SageMaker), and ServiceURL overriding them.
/// </summary>
public sealed class EndpointTests
{
    [Theory]
    [InlineData("eu-west-1", false, "https://api.sagemaker.eu-west-1.amazonaws.com/")]
    [InlineData("cn-north-1", false, "https://api.sagemaker.cn-north-1.amazonaws.com.cn/")]
    [InlineData("us-east-1", true, "https://api.sagemaker.us-east-1.api.aws/")]
    public void The_region_and_its_partition_make_the_endpoint(string region, bool dualStack, string expected)
    {
        var config = new SageMakerTestConfig { RegionEndpoint = RegionEndpoint.GetBySystemName(region), UseDualstackEndpoint = dualStack };

        Assert.Equal(expected, config.DetermineServiceOperationEndpoint(new(new AnyRequest())).URL);
    }

    [Fact]
    public void ServiceURL_overrides_the_region_and_refuses_FIPS()
    {
        var config = new SageMakerTestConfig { ServiceURL = "http://127.0.0.1:4566" };
        var request = new AnyRequest();

        Assert.StartsWith("http://127.0.0.1:4566", config.DetermineServiceOperationEndpoint(new(request)).URL);
        config.UseFIPSEndpoint = true;
        Assert.Throws<AmazonClientException>(() => config.DetermineServiceOperationEndpoint(new(request)));
    }

    private sealed class AnyRequest : AmazonWebServiceRequest;
}
