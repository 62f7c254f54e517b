using System.Collections.Immutable;
using EndpointConfigGen.Model;

namespace EndpointConfigGen.Reader
{
    /// <summary>Collects located problems of one file while it is read.</summary>
    internal sealed class DiagnosticSink
    {
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

        public EquatableArray<DiagnosticInfo> ToArray() => new EquatableArray<DiagnosticInfo>(_items.ToImmutable());
    }
}
