using System;
using System.IO;
using EndpointConfigCli.Model;
using EndpointConfigGen.Runtime;

namespace EndpointConfigCli;

/// <summary>Prints the request body `aws sagemaker create-endpoint-config` would send.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length != 2 || args[0] != "--cli-input-json")
        {
            Console.Error.WriteLine("usage: EndpointConfigCli --cli-input-json file://request.json");
            return 252;
        }

        try
        {
            var json = args[1].StartsWith("file://", StringComparison.Ordinal) ? File.ReadAllText(args[1]["file://".Length..]) : args[1];
            Console.WriteLine(CreateEndpointConfigInput.FromJson(json).ToJson());
            return 0;
        }
        catch (Exception e) when (e is JsonRequestException or IOException)
        {
            Console.Error.WriteLine();
            Console.Error.WriteLine(e.Message);
            return 252;
        }
    }
}
