using System.Collections.Immutable;
using EndpointConfigGen.Model;

namespace EndpointConfigGen.Reader
{
    /// <summary>Collects located problems of one file while it is read.</summary>
    internal sealed class DiagnosticSink
    {
        private static readonly TextPosition FileStart = new TextPosition(0, 0, 0);

        private readonly string _filePath;
        private readonly ImmutableArray<DiagnosticInfo>.Builder _items = ImmutableArray.CreateBuilder<DiagnosticInfo>();

        public DiagnosticSink(string filePath)
        {
            _filePath = filePath;
        }

        public bool HasErrors { get; private set; }

        public void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, TextPosition start, TextPosition end, params string[] args)
        {
            HasErrors |= descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error;
            _items.Add(new DiagnosticInfo(
                descriptor.Id,
                _filePath,
                start.Offset,
                end.Offset - start.Offset,
                start.Line,
                start.Column,
                end.Line,
                end.Column,
                ImmutableArray.Create(args).ToEquatableArray()));
        }

        public void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, JsonNode at, params string[] args) =>
            Report(descriptor, at.Start, at.End, args);

        /// <summary>A problem of the file as a whole (settings, the project, our own failure): reported at its start.</summary>
        public void ReportOnFile(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, params string[] args) =>
            Report(descriptor, FileStart, FileStart, args);

        /// <summary>One <see cref="ReportOnFile"/> problem on its own.</summary>
        public static EquatableArray<DiagnosticInfo> OnFile(string filePath, Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, params string[] args)
        {
            var sink = new DiagnosticSink(filePath);
            sink.ReportOnFile(descriptor, args);
            return sink.ToArray();
        }

        public EquatableArray<DiagnosticInfo> ToArray() => new EquatableArray<DiagnosticInfo>(_items.ToImmutable());
    }
}
