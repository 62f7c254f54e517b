using EndpointConfigGen.Model;

namespace EndpointConfigGen.Reader
{
    /// <summary>What reading one shape file gives: the model when usable, and its problems.</summary>
    internal sealed record ShapeFileResult(string FilePath, ServiceModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
}
