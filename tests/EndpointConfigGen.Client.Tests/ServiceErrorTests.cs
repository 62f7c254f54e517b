using System;
using System.Net;
using System.Threading.Tasks;
using Amazon.Runtime;
using EndpointConfigGen.Client.Tests.Moto;
using EndpointConfigGen.Client.Tests.Support;

namespace EndpointConfigGen.Client.Tests;

/// <summary>
/// Service errors from moto become <see cref="AwsServiceException"/>s whose CLI line is byte for byte what
/// the AWS CLI v1 prints for the same failure on the same server.
/// </summary>
[Collection(MotoCollection.Name)]
public sealed class ServiceErrorTests
{
    private const string WrongSecret = "wRoNgSeCrEt0000000000000000000000000000x";

    private readonly MotoFixture _moto;

    public ServiceErrorTests(MotoFixture moto) => _moto = moto;

    [Fact]
    public async Task A_missing_model_is_moto_s_ValidationException_as_the_CLI_prints_it()
    {
        var name = "no-model-" + Guid.NewGuid().ToString("N")[..8];
        using var client = MotoClients.SageMaker(_moto);

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => client.CallAsync("CreateEndpointConfig", $$"""
            {"EndpointConfigName":"{{name}}","ProductionVariants":[{"VariantName":"a","ModelName":"{{name}}",
             "InitialInstanceCount":1,"InstanceType":"ml.m5.large"}]}
            """));
        var cli = await AwsTools.CliAsync(_moto.EndpointUrl, _moto.Key, "sagemaker", "create-endpoint-config",
            "--endpoint-config-name", name,
            "--production-variants", $"VariantName=a,ModelName={name},InitialInstanceCount=1,InstanceType=ml.m5.large");

        var message = $"Could not find model 'arn:aws:sagemaker:us-east-1:123456789012:model/{name}'.";
        Assert.Equal("ValidationException", error.ErrorCode);
        Assert.Equal(message, error.Message);
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal(ErrorType.Sender, error.ErrorType);
        Assert.False(string.IsNullOrEmpty(error.RequestId));
        Assert.Equal("CreateEndpointConfig", error.OperationName);
        Assert.Equal($"An error occurred (ValidationException) when calling the CreateEndpointConfig operation: {message}", error.CliErrorLine);
        Assert.Equal((255, "", "\n" + error.CliErrorLine + "\n"), (cli.ExitCode, cli.Stdout, cli.Stderr));
    }

    [Fact]
    public async Task A_wrong_secret_is_the_server_s_403_SignatureDoesNotMatch_and_the_secret_is_nowhere()
    {
        using var client = MotoClients.SageMaker(_moto, WrongSecret);

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => client.CallAsync("ListEndpointConfigs", "{}"));
        var cli = await AwsTools.CliAsync(_moto.EndpointUrl, _moto.Key with { SecretAccessKey = WrongSecret },
            "sagemaker", "list-endpoint-configs");

        Assert.Equal("SignatureDoesNotMatch", error.ErrorCode);
        Assert.StartsWith("The request signature we calculated does not match the signature you provided.", error.Message);
        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Equal(ErrorType.Sender, error.ErrorType);
        Assert.False(string.IsNullOrEmpty(error.RequestId));
        // botocore does not read XML for the json protocol: its code is the status, its message the raw body.
        Assert.Equal("403", error.CliErrorCode);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<ErrorResponse><Errors><Error><Code>SignatureDoesNotMatch</Code>", error.CliMessage);
        Assert.Equal((255, "", "\n" + error.CliErrorLine + "\n"), (cli.ExitCode, cli.Stdout, cli.Stderr));

        var everything = error.ToString() + error.CliErrorLine + error.InnerException;
        Assert.DoesNotContain(WrongSecret, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(_moto.Key.SecretAccessKey, everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_key_is_InvalidClientTokenId()
    {
        var client = new SageMakerTestClient(new BasicAWSCredentials("AKIAUNKNOWNUNKNOWN00", "x"), MotoClients.Config(_moto));
        using (client)
        {
            var error = await Assert.ThrowsAsync<AwsServiceException>(() => client.CallAsync("ListEndpointConfigs", "{}"));
            Assert.Equal(("InvalidClientTokenId", "The security token included in the request is invalid.", "403"),
                (error.ErrorCode, error.Message, error.CliErrorCode));
        }
    }
}
