using System;
using System.Threading.Tasks;
using AotConsumer.Model;
using EndpointConfigGen.Client;

namespace AotConsumer;

/// <summary>
/// AotConsumer ENDPOINT_URL CONFIG_NAME MODEL_NAME: checks a typed request, creates the endpoint config with the
/// generated client (credentials and region from the SDK's default chain) and prints its ARN.
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        if (args.Length != 3)
        {
            Console.Error.WriteLine("usage: AotConsumer ENDPOINT_URL CONFIG_NAME MODEL_NAME");
            return 2;
        }

        var request = new CreateEndpointConfigInput
        {
            EndpointConfigName = args[1],
            ProductionVariants = ProductionVariant.ParseShorthandList(
                $"VariantName=a,ModelName={args[2]},InitialInstanceCount=1,InstanceType=ml.m5.large,InitialVariantWeight=1"),
            Tags = [new Tag { Key = "built-by", Value = "native-aot" }],
        };
        var problems = request.Validate();
        if (problems.Count > 0)
        {
            foreach (var problem in problems) Console.Error.WriteLine(problem);
            return 1;
        }

        var region = Environment.GetEnvironmentVariable("AWS_DEFAULT_REGION") ?? "us-east-1";
        using var client = new SageMakerClient(new SageMakerConfig { ServiceURL = args[0], AuthenticationRegion = region });
        var created = await client.CreateEndpointConfigAsync(request);
        Console.WriteLine(created.EndpointConfigArn);
        return 0;
    }
}
