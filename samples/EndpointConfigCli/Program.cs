using System;
using System.Text;
using System.Threading.Tasks;
using EndpointConfigCli.Model;
using EndpointConfigGen.Cli;
using EndpointConfigGen.Client;
using EndpointConfigGen.Runtime;

namespace EndpointConfigCli;

/// <summary>
/// `aws sagemaker create-endpoint-config ARGS`: parses and checks the arguments as the AWS CLI v1 does,
/// creates the endpoint config with the generated client and prints the response
/// (ENDPOINTCONFIGGEN_PRINT_REQUEST=1 prints the request body instead and sends nothing).
/// </summary>
internal static class Program
{
    // An empty response (or one that is not JSON, which botocore reads as holding no member) prints as the CLI prints
    // {}, not as an output whose required members hold zero values.
    // The body goes out as the front end built it: with ENDPOINTCONFIGGEN_VALIDATION=botocore that is botocore's
    // body, which may hold what no typed request does (any integer, "NaN").
    private static Task<int> Main(string[] args) =>
        CliRunner.RunAsync(CreateEndpointConfigOperation.Cli, args, Console.Out, Console.Error, static async (request, cancellationToken) =>
        {
            var http = new CliHttp(request.Settings, Console.Error, request.Options.Debug);
            using var client = SageMakerFromCli.Create(request, http);
            return await SageMakerFromCli.Call(
                client,
                request,
                http,
                cancellationToken,
                () => client.InvokeAsync(
                    CreateEndpointConfigOperation.Description,
                    Encoding.UTF8.GetBytes(request.Body),
                    static json => json.SequenceEqual("{}"u8)
                        ? "{}"
                        : JsonSupport.Read(json, CreateEndpointConfigOutput.ReadJson, response: true).ToJson(),
                    cancellationToken)).ConfigureAwait(false);
        },
        FrontEndOptions.Read(Environment.GetEnvironmentVariable));
}
