using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EndpointConfigGen.Model
{
    /// <summary>
    /// A diagnostic as plain data: pipelines must not hold Locations, so the file, span and
    /// arguments are kept and the Diagnostic is built only when it is reported.
    /// </summary>
    internal sealed record DiagnosticInfo(
        string Id,
        string FilePath,
        int Start,
        int Length,
        int StartLine,
        int StartColumn,
        int EndLine,
        int EndColumn,
        EquatableArray<string> Arguments)
    {
        public Diagnostic ToDiagnostic()
        {
            var descriptor = Diagnostics.DiagnosticDescriptors.ById(Id);
            var location = FilePath.Length == 0
                ? Location.None
                : Location.Create(
                    FilePath,
                    new TextSpan(Start, Length),
                    new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));
            var args = new object[Arguments.Count];
            for (var i = 0; i < args.Length; i++)
            {
                args[i] = Arguments[i];
            }

            return Diagnostic.Create(descriptor, location, args);
        }
    }
}
