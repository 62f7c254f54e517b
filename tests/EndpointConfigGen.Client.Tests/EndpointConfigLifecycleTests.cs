using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using EndpointConfigGen.Client.Tests.Moto;
using EndpointConfigGen.Client.Tests.Support;

namespace EndpointConfigGen.Client.Tests;

/// <summary>Create, describe, list and delete against moto with signature checking, compared with boto3.</summary>
[Collection(MotoCollection.Name)]
public sealed class EndpointConfigLifecycleTests
{
    private readonly MotoFixture _moto;

    public EndpointConfigLifecycleTests(MotoFixture moto) => _moto = moto;

    [Fact]
    public async Task Create_describe_list_delete_see_what_boto3_sees()
    {
        using var client = MotoClients.SageMaker(_moto);
        var name = "lifecycle-" + Guid.NewGuid().ToString("N")[..8];
        await MotoClients.CreateModelAsync(client, name + "-model");

        var created = await client.CallAsync("CreateEndpointConfig", $$"""
            {"EndpointConfigName":"{{name}}","ProductionVariants":[{"VariantName":"a","ModelName":"{{name}}-model",
             "InitialInstanceCount":1,"InstanceType":"ml.m5.large"}]}
            """);
        Assert.Equal($"arn:aws:sagemaker:us-east-1:123456789012:endpoint-config/{name}", created.GetProperty("EndpointConfigArn").GetString());

        var described = await client.CallAsync("DescribeEndpointConfig", $$"""{"EndpointConfigName":"{{name}}"}""");
        var listed = await client.CallAsync("ListEndpointConfigs", $$"""{"NameContains":"{{name}}"}""");
        var boto3 = await AwsTools.Boto3Async(_moto.EndpointUrl, _moto.Key,
            ("DescribeEndpointConfig", new { EndpointConfigName = name }),
            ("ListEndpointConfigs", new { NameContains = name }));

        Assert.Equal("ml.m5.large", described.GetProperty("ProductionVariants")[0].GetProperty("InstanceType").GetString());
        JsonAssert.Equivalent(boto3[0], described);
        JsonAssert.Equivalent(boto3[1], listed);
        Assert.Equal([name], listed.GetProperty("EndpointConfigs").EnumerateArray().Select(c => c.GetProperty("EndpointConfigName").GetString()));

        var deleted = await client.CallAsync("DeleteEndpointConfig", $$"""{"EndpointConfigName":"{{name}}"}""");
        Assert.Equal(JsonValueKind.Object, deleted.ValueKind);
        var gone = await AwsTools.Boto3Async(_moto.EndpointUrl, _moto.Key, ("ListEndpointConfigs", new { NameContains = name }));
        Assert.Empty(gone[0].GetProperty("EndpointConfigs").EnumerateArray());
    }
}
