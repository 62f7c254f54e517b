using System;
using System.Threading.Tasks;
using EndpointConfigCli.Model;
using EndpointConfigGen.Cli;

namespace EndpointConfigCli;

/// <summary>
/// `aws sagemaker create-endpoint-config ARGS`: parses and checks the arguments as the AWS CLI v1 does,
/// creates the endpoint config with the generated client and prints the response
/// (ENDPOINTCONFIGGEN_PRINT_REQUEST=1 prints the request body instead and sends nothing).
/// </summary>
internal static class Program
{
    private static Task<int> Main(string[] args) =>
        CliRunner.RunAsync(CreateEndpointConfigOperation.Cli, args, Console.Out, Console.Error, static async (request, cancellationToken) =>
        {
            using var client = SageMakerFromCli.Create(request.Options, Console.Error);
            return await SageMakerFromCli.Call(
                client,
                cancellationToken,
                async () => (await client.CreateEndpointConfigAsync(CreateEndpointConfigInput.FromJson(request.Body), cancellationToken).ConfigureAwait(false)).ToJson()).ConfigureAwait(false);
        });
}
