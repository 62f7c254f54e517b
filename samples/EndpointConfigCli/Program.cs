using System;
using EndpointConfigCli.Model;
using EndpointConfigGen.Cli;

namespace EndpointConfigCli;

/// <summary>Prints the request body `aws sagemaker create-endpoint-config ARGS` would send.</summary>
internal static class Program
{
    private static int Main(string[] args) =>
        CliRunner.Run(CreateEndpointConfigOperation.Cli, args, Console.Out, Console.Error);
}
