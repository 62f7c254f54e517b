using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Threading.Tasks;
using EndpointConfigGen.Client.Tests.Support;

namespace EndpointConfigGen.Client.Tests;

/// <summary>
/// <c>new Client()</c> takes credentials and region from the SDK's standard chains (here: the environment),
/// and credentials from a named profile of a shared credentials file.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class DefaultChainTests
{
    [Fact]
    public async Task Environment_variables_give_credentials_and_region()
    {
        using var _ = new EnvironmentScope(new Dictionary<string, string>
        {
            ["AWS_ACCESS_KEY_ID"] = "AKIDFROMENVIRONMENT0",
            ["AWS_SECRET_ACCESS_KEY"] = "secret-from-environment",
            ["AWS_REGION"] = "eu-west-2",
            ["AWS_CONFIG_FILE"] = "/dev/null",
            ["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null",
        });

        var sent = await SendOneAsync();

        Assert.Equal("api.sagemaker.eu-west-2.amazonaws.com", sent.Uri.Host);
        Assert.Contains("Credential=AKIDFROMENVIRONMENT0/", sent.Headers["Authorization"], StringComparison.Ordinal);
        Assert.Contains("/eu-west-2/sagemaker/aws4_request", sent.Headers["Authorization"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_named_profile_of_a_credentials_file_gives_the_credentials()
    {
        // AWS_PROFILE with AWS_SHARED_CREDENTIALS_FILE is the same lookup, but the SDK reads the shared files'
        // location once per process, so a test cannot repoint it reliably; ClientConfig.Profile names the file.
        var directory = Directory.CreateTempSubdirectory("ecg-profile-");
        try
        {
            var credentials = Path.Combine(directory.FullName, "credentials");
            await File.WriteAllTextAsync(credentials,
                "[ecg]\naws_access_key_id = AKIDFROMPROFILE00000\naws_secret_access_key = secret-from-profile\n");
            using var _ = new EnvironmentScope(new Dictionary<string, string>());

            var sent = await SendOneAsync(new Amazon.Profile("ecg", credentials), Amazon.RegionEndpoint.APSoutheast2);

            Assert.Contains("Credential=AKIDFROMPROFILE00000/", sent.Headers["Authorization"], StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>One call through a client built as <c>new Client(new Config())</c>, answered by a stub.</summary>
    private static async Task<RecordedRequest> SendOneAsync(Amazon.Profile? profile = null, Amazon.RegionEndpoint? region = null)
    {
        var handler = StubHandler.Answering(_ => StubHandler.Respond(HttpStatusCode.OK, "{}"));
        var config = new SageMakerTestConfig { HttpClientFactory = new HandlerHttpClientFactory(handler) };
        if (profile is not null) config.Profile = profile;
        if (region is not null) config.RegionEndpoint = region;
        using var client = new SageMakerTestClient(config);
        await client.CallAsync("ListEndpointConfigs", "{}");
        return Assert.Single(handler.Requests);
    }
}
