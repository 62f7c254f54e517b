using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using EndpointConfigCli.Model;
using EndpointConfigGen.Cli;
using EndpointConfigGen.Client;

namespace EndpointConfigCli;

/// <summary>
/// The AWS CLI v1's settings and failures on the generated client: which region, endpoint, profile,
/// retries and timeouts a command line means, and the CLI's text for what goes wrong.
/// </summary>
internal static class SageMakerFromCli
{
    private const string NoRegion = "You must specify a region. You can also configure your region by running \"aws configure\".";
    private const string NoCredentials = "Unable to locate credentials. You can configure credentials by running \"aws configure\".";

    /// <summary>
    /// A client configured as the CLI would be: <c>--region</c>, then AWS_DEFAULT_REGION, then the profile's region;
    /// five attempts, as the CLI's retries make.
    /// </summary>
    public static SageMakerClient Create(CliGlobalOptions options, TextWriter debug)
    {
        // Profiles are read once; a named profile must exist, the "default" one may be absent.
        var profiles = new CredentialProfileStoreChain();
        var profileName = options.Profile ?? Environment.GetEnvironmentVariable("AWS_PROFILE");
        if (!profiles.TryGetProfile(profileName ?? "default", out var profile) && profileName is not null)
        {
            throw new CliSendException("The config profile (" + profileName + ") could not be found");
        }

        var region = options.Region ?? Environment.GetEnvironmentVariable("AWS_DEFAULT_REGION") ?? profile?.Region?.SystemName;
        if (string.IsNullOrEmpty(region))
        {
            throw new CliSendException(NoRegion, blankLineFirst: false);
        }

        // The CLI already checked the request, with its own messages.
        var config = new SageMakerConfig { ValidateRequests = false, RetryMode = RequestRetryMode.Standard, MaxErrorRetry = 4 };
        if (options.EndpointUrl is not null)
        {
            config.ServiceURL = options.EndpointUrl;
            config.AuthenticationRegion = region;
        }
        else
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
        }

        var seconds = options.ReadTimeoutSeconds ?? options.ConnectTimeoutSeconds;
        if (seconds > 0)
        {
            config.Timeout = TimeSpan.FromSeconds(seconds.Value);
        }

        var credentials = Credentials(options.Profile is null ? null : profile, profiles);
        if (options.Debug)
        {
            // Never the secret: the key id is what the CLI's own debug log shows too, inside the Authorization header.
            debug.Write("DEBUG - region " + region + ", endpoint " + (options.EndpointUrl ?? "for the region")
                + ", access key " + credentials.GetCredentials().AccessKey + "\n");
        }

        return new SageMakerClient(credentials, config);
    }

    /// <summary>Runs the call, turning what goes wrong into the text the CLI prints for it.</summary>
    public static async Task<string> Call(SageMakerClient client, CancellationToken cancellationToken, Func<Task<string>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (AwsServiceException e)
        {
            throw new CliSendException(e.CliErrorLine);
        }
        catch (Exception e) when (e is HttpRequestException || e.InnerException is HttpRequestException)
        {
            throw new CliSendException("Could not connect to the endpoint URL: \"" + EndpointOf(client) + "\"");
        }
        // A timeout, not the user's own cancellation, which propagates as such.
        catch (Exception e) when ((e is TaskCanceledException or TimeoutException) && !cancellationToken.IsCancellationRequested)
        {
            throw new CliSendException("Read timeout on endpoint URL: \"" + EndpointOf(client) + "\"");
        }
    }

    // The URL as the CLI prints it: a bare host gets its "/".
    private static string EndpointOf(SageMakerClient client)
    {
        var config = client.Config;
        var url = config.ServiceURL ?? "https://" + SageMakerConfig.Service.EndpointPrefix + "." + config.RegionEndpoint?.SystemName + ".amazonaws.com";
        return new Uri(url).AbsolutePath == "/" && !url.EndsWith('/') ? url + "/" : url;
    }

    // An explicit --profile wins over the environment, as in botocore, and never falls back to it (that would sign as
    // another identity); otherwise the SDK's default chain.
    private static AWSCredentials Credentials(CredentialProfile? explicitProfile, CredentialProfileStoreChain profiles)
    {
        var keyId = Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID");
        var secret = Environment.GetEnvironmentVariable("AWS_SECRET_ACCESS_KEY");
        if (explicitProfile is null && string.IsNullOrEmpty(keyId) != string.IsNullOrEmpty(secret))
        {
            // botocore's EnvProvider refuses half a key pair rather than falling through to the next provider.
            throw new CliSendException("Partial credentials found in env, missing: " + (string.IsNullOrEmpty(keyId) ? "AWS_ACCESS_KEY_ID" : "AWS_SECRET_ACCESS_KEY"));
        }

        try
        {
            if (explicitProfile is not null)
            {
                return AWSCredentialsFactory.TryGetAWSCredentials(explicitProfile, profiles, out var fromProfile)
                    ? fromProfile
                    : throw new CliSendException(NoCredentials, blankLineFirst: false);
            }

            return Amazon.Runtime.Credentials.DefaultAWSCredentialsIdentityResolver.GetCredentials(null);
        }
        catch (AmazonClientException)
        {
            throw new CliSendException(NoCredentials, blankLineFirst: false);
        }
    }
}
