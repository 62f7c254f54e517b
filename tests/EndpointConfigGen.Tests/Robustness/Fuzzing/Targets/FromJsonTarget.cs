extern alias runtime;

using System.Collections.Generic;
using System.Text;
using EndpointConfigCli.Model;
using runtime::EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Fuzzing.Targets;

/// <summary>
/// Generated <c>FromJson</c> (string and UTF-8): only <see cref="JsonRequestException"/> may
/// come out, the two overloads agree, and what is accepted round-trips through <c>ToJson</c>.
/// </summary>
internal sealed class FromJsonTarget : IFuzzTarget
{
    public string Name => "fromjson";

    public IReadOnlyList<string> Tokens { get; } =
        [",", ":", "[", "]", "{", "}", "\"", "\\", "\\u0000", "\\ud800", "null", "true", "false", "0", "-1", "1e400", "1.5", "2147483648", "9223372036854775808", "\"VariantName\":", "\"ProductionVariants\":", "\"Tags\":", "\"InitialVariantWeight\":", "\"EnableNetworkIsolation\":", "/*", "//"];

    public FuzzOutcome Run(string input)
    {
        var fromString = Read(input);
        var fromBytes = Read(Encoding.UTF8.GetBytes(input));
        FuzzChecks.Equal(fromString, fromBytes, "string and UTF-8 readers");
        if (fromString is null)
        {
            return FuzzOutcome.Rejected;
        }

        FuzzChecks.Equal(fromString, CreateEndpointConfigInput.FromJson(fromString.ToJson()), "JSON round trip");
        return FuzzOutcome.Accepted;
    }

    private static CreateEndpointConfigInput? Read(string json)
    {
        try
        {
            return CreateEndpointConfigInput.FromJson(json);
        }
        catch (JsonRequestException e)
        {
            FuzzChecks.Require(e.Message.Length > 0, "empty JsonRequestException message");
            return null;
        }
    }

    private static CreateEndpointConfigInput? Read(byte[] utf8)
    {
        try
        {
            return CreateEndpointConfigInput.FromJson(utf8);
        }
        catch (JsonRequestException)
        {
            return null;
        }
    }
}
