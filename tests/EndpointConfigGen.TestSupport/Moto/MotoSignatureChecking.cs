using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using System.Xml.Linq;

namespace EndpointConfigGen.TestSupport;

/// <summary>
/// Turns on moto's signature checking and returns a key that passes it: moto lets the next N calls after
/// <c>POST /moto-api/reset-auth</c> through unchecked, and those N are spent creating an IAM user, an
/// allow-everything policy, its attachment and an access key (IAM's query protocol: form POSTs).
/// </summary>
public static class MotoSignatureChecking
{
    private const string UserName = "ecg-tests";
    private const string PolicyName = "ecg-allow-all";
    private const string AllowAll = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""";

    // moto routes by the credential scope of the Authorization header; unchecked calls need no real signature.
    private const string IamAuthorization =
        "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20250101/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=0";

    /// <summary>Enables signature checking on <paramref name="endpoint"/> and returns the key it will accept.</summary>
    public static async Task<MotoAccessKey> EnableAsync(Uri endpoint)
    {
        using var http = new HttpClient { BaseAddress = endpoint, Timeout = TimeSpan.FromSeconds(10) };
        var calls = new[]
        {
            Iam("CreateUser", ("UserName", UserName)),
            Iam("CreatePolicy", ("PolicyName", PolicyName), ("PolicyDocument", AllowAll)),
            Iam("AttachUserPolicy", ("UserName", UserName), ("PolicyArn", $"arn:aws:iam::123456789012:policy/{PolicyName}")),
            Iam("CreateAccessKey", ("UserName", UserName)),
        };

        using (var reset = await http.PostAsync("moto-api/reset-auth", new StringContent(calls.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), Encoding.UTF8, "text/plain")))
            reset.EnsureSuccessStatusCode();

        XDocument? last = null;
        foreach (var call in calls)
        {
            using var response = await http.SendAsync(call);
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
                throw new InvalidOperationException($"moto IAM setup failed ({(int)response.StatusCode}): {body}");
            last = XDocument.Parse(body);
        }

        string Field(string name) => last!.Descendants().First(e => e.Name.LocalName == name).Value;
        return new MotoAccessKey(Field("AccessKeyId"), Field("SecretAccessKey"));
    }

    private static HttpRequestMessage Iam(string action, params (string Name, string Value)[] parameters)
    {
        var form = new List<KeyValuePair<string, string>> { new("Action", action), new("Version", "2010-05-08") };
        form.AddRange(parameters.Select(p => new KeyValuePair<string, string>(p.Name, p.Value)));
        var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new FormUrlEncodedContent(form) };
        request.Headers.TryAddWithoutValidation("Authorization", IamAuthorization);
        return request;
    }
}
