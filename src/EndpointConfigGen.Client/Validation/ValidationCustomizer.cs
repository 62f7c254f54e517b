using System;
using Amazon.Runtime.Internal;

namespace EndpointConfigGen.Client;

/// <summary>Adds <see cref="ValidationHandler"/> before the marshaller of a client's pipeline, when the client is built.</summary>
internal sealed class ValidationCustomizer : IRuntimePipelineCustomizer
{
    /// <summary>For every client (<see cref="EndpointConfigGenValidation.RegisterForAllClients"/>).</summary>
    public static readonly ValidationCustomizer Always = new("EndpointConfigGen.Validation", onRequest: false);

    /// <summary>For clients built while <see cref="Requested"/> is set on this thread (<see cref="EndpointConfigGenValidation.CreateValidatingClient"/>).</summary>
    public static readonly ValidationCustomizer OnRequest = new("EndpointConfigGen.Validation.OnRequest", onRequest: true);

    private static volatile bool s_allClients;

    [ThreadStatic]
    private static bool t_requested;

    private readonly bool _onRequest;

    private ValidationCustomizer(string name, bool onRequest)
    {
        UniqueName = name;
        _onRequest = onRequest;
    }

    /// <summary>Set on the thread that is building a client which should validate.</summary>
    public static bool Requested
    {
        get => t_requested;
        set => t_requested = value;
    }

    /// <summary>Set once every client validates, so a client asked for on its own gets no second handler.</summary>
    public static bool AllClients
    {
        get => s_allClients;
        set => s_allClients = value;
    }

    public string UniqueName { get; }

    public void Customize(Type type, RuntimePipeline pipeline)
    {
        if (!_onRequest || (t_requested && !s_allClients))
        {
            pipeline.AddHandlerBefore<Marshaller>(new ValidationHandler());
        }
    }
}
