using System;
using System.Collections.Generic;
using System.Linq;

namespace EndpointConfigGen.Binding
{
    /// <summary>
    /// The AWS SDK for .NET's name of a service (its assembly <c>AWSSDK.&lt;name&gt;</c> and namespace
    /// <c>Amazon.&lt;name&gt;</c>) from the model's <c>serviceId</c>: the id without spaces, except where the
    /// SDK kept an older name. The one table of those names, for the generator's SDK surface and the analyzers'
    /// SDK type mapping; checked against the served packages by the tests.
    /// </summary>
    internal static class SdkNaming
    {
        private static readonly Dictionary<string, string> Renamed = new Dictionary<string, string>
        {
            ["DynamoDB"] = "DynamoDBv2",
            ["KMS"] = "KeyManagementService",
            ["SSM"] = "SimpleSystemsManagement",
        };

        public static string Service(string serviceId) =>
            Renamed.TryGetValue(serviceId, out var name) ? name : new string(serviceId.Where(char.IsLetterOrDigit).ToArray());

        /// <summary>The suffix of the SDK class of an operation's input, whatever the model calls that shape.</summary>
        public const string RequestSuffix = "Request";

        /// <summary>The SDK class of an operation's input.</summary>
        public static string Request(string operation) => operation + RequestSuffix;

        /// <summary>The SDK class of an operation's output, whatever the model calls that shape.</summary>
        public static string Response(string operation) => operation + "Response";

        /// <summary>The suffix of a client method (<c>GetItemAsync</c> is operation <c>GetItem</c>).</summary>
        public const string AsyncSuffix = "Async";

        /// <summary>
        /// The name of the parameter that sets a member in the SDK's convenience constructors and client overloads:
        /// the member in camel case, a leading acronym lowercased whole (<c>TableName</c> is <c>tableName</c>,
        /// <c>SS</c> <c>ss</c>, <c>AWSAccountIds</c> <c>awsAccountIds</c>).
        /// </summary>
        public static string Parameter(string member)
        {
            var upper = 0;
            while (upper < member.Length && char.IsUpper(member[upper]))
            {
                upper++;
            }

            // The last capital of an acronym followed by lower case starts the next word.
            var lowered = upper > 1 && upper < member.Length && char.IsLower(member[upper]) ? upper - 1 : Math.Max(upper, 1);
            return member.Substring(0, Math.Min(lowered, member.Length)).ToLowerInvariant() + member.Substring(Math.Min(lowered, member.Length));
        }
    }
}
