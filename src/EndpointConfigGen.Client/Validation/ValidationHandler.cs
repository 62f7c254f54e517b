using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace EndpointConfigGen.Client;

/// <summary>Checks the request object before the marshaller turns it into bytes, so an invalid one is never sent.</summary>
internal sealed class ValidationHandler : PipelineHandler
{
    public override void InvokeSync(IExecutionContext executionContext)
    {
        EndpointConfigGenValidation.Check(executionContext.RequestContext.OriginalRequest);
        base.InvokeSync(executionContext);
    }

    public override Task<T> InvokeAsync<T>(IExecutionContext executionContext)
    {
        EndpointConfigGenValidation.Check(executionContext.RequestContext.OriginalRequest);
        return base.InvokeAsync<T>(executionContext);
    }
}
