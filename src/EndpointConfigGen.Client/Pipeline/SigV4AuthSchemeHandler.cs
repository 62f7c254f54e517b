using System.Collections.Generic;
using Amazon.Runtime;
using Amazon.Runtime.Credentials.Internal;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Auth;

namespace EndpointConfigGen.Client.Pipeline;

/// <summary>
/// Chooses SigV4 for every operation (the models' <c>signatureVersion: v4</c>); the base class then resolves
/// the credentials (explicit ones, or the default chain) and installs the signer.
/// </summary>
internal sealed class SigV4AuthSchemeHandler : BaseAuthResolverHandler
{
    protected override List<IAuthSchemeOption> ResolveAuthOptions(IExecutionContext executionContext) =>
        AuthSchemeOption.DEFAULT_SIGV4;
}
