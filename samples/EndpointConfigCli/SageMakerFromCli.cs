using System;
using System.Globalization;
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
    /// A client configured as the CLI would be: region from <c>--region</c>, AWS_DEFAULT_REGION, then the profile; the
    /// endpoint, retries, TLS and timeouts of <see cref="CliSettings"/>; HTTP through <paramref name="http"/>, which
    /// logs for <c>--debug</c> and counts attempts; anonymous with <c>--no-sign-request</c>.
    /// </summary>
    public static SageMakerClient Create(CliSendRequest request, CliHttp http)
    {
        var options = request.Options;
        var settings = request.Settings;

        // Profiles are read once; a named profile must exist, the "default" one may be absent.
        var profiles = new CredentialProfileStoreChain();
        // The profile botocore reads: --profile, AWS_DEFAULT_PROFILE, AWS_PROFILE (the settings' choice), named or not.
        var profileName = options.Profile ?? NonEmpty(Environment.GetEnvironmentVariable("AWS_DEFAULT_PROFILE")) ?? NonEmpty(Environment.GetEnvironmentVariable("AWS_PROFILE"));
        if (!profiles.TryGetProfile(profileName ?? "default", out var profile) && profileName is not null)
        {
            throw new CliSendException("The config profile (" + profileName + ") could not be found");
        }

        var region = options.Region ?? Environment.GetEnvironmentVariable("AWS_DEFAULT_REGION") ?? profile?.Region?.SystemName;
        if (string.IsNullOrEmpty(region))
        {
            throw new CliSendException(NoRegion, blankLineFirst: false);
        }

        var retries = settings.Retries();
        var config = new SageMakerConfig
        {
            // The CLI already checked the request, with its own messages.
            ValidateRequests = false,
            // AWSSDK.Core 4 has no legacy mode; its standard mode retries the same 5xx answers and throttling, the attempts
            // allowed are the CLI's, and the backoff is the SDK's.
            RetryMode = retries.Mode == "adaptive" ? RequestRetryMode.Adaptive : RequestRetryMode.Standard,
            MaxErrorRetry = retries.MaxAttempts - 1,
            // The settings already resolved the endpoint with the CLI's precedence and profile.
            IgnoreConfiguredEndpointUrls = true,
            HttpClientFactory = new CliHttpClientFactory(http),
            Timeout = http.AttemptTimeout,
        };
        var endpoint = settings.Endpoint(SageMakerConfig.Service.ServiceId);
        if (endpoint.Url is not null)
        {
            config.ServiceURL = endpoint.Url;
            config.AuthenticationRegion = region;
        }
        else
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
        }

        // --no-sign-request loads no credentials at all.
        var credentials = options.NoSignRequest ? new AnonymousAWSCredentials() : Credentials(options.Profile is null ? null : profile, profiles);
        http.Debug("profile " + settings.ProfileName + ", region " + region + ", endpoint " + (endpoint.Url ?? "for the region") + " (from " + endpoint.Source
            + "), retry mode " + retries.Mode + ", max attempts " + retries.MaxAttempts + ", "
            + (settings.VerifySsl ? "CA bundle " + (settings.CaBundle ?? "of the system") : "certificates not verified")
            + ", connect timeout " + (settings.ConnectTimeoutSeconds?.ToString(CultureInfo.InvariantCulture) ?? "none") + ", read timeout " + (settings.ReadTimeoutSeconds?.ToString(CultureInfo.InvariantCulture) ?? "none")
            // Never the secret: the key id is what the CLI's own debug log shows too, inside the Authorization header.
            + (options.NoSignRequest ? ", unsigned" : ", access key " + credentials.GetCredentials().AccessKey));
        return new SageMakerClient(credentials, config);
    }

    /// <summary>Runs the call, turning what goes wrong into the text the CLI prints for it.</summary>
    public static async Task<string> Call(SageMakerClient client, CliSendRequest request, CliHttp http, CancellationToken cancellationToken, Func<Task<string>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (AwsServiceException e)
        {
            http.Debug("giving up after " + http.Attempts + " attempts: " + e.CliErrorCode);
            throw new CliSendException(CliRetries.ErrorLine(e.OperationName, e.CliErrorCode, e.CliMessage, (int)e.StatusCode, request.Settings.Retries(), http.Attempts));
        }
        catch (Exception e) when (http.CertificateProblem is { } problem && (e is HttpRequestException || e.InnerException is HttpRequestException))
        {
            throw new CliSendException("SSL validation failed for " + EndpointOf(client) + " " + problem);
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

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

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
