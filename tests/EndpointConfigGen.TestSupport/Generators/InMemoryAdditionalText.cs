using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EndpointConfigGen.TestSupport;

/// <summary>A shape or rules file as the compiler hands it to the generator, from text in memory.</summary>
public sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    /// <summary>Reads the file at <paramref name="path"/> now.</summary>
    public static InMemoryAdditionalText FromFile(string path) => new(path, System.IO.File.ReadAllText(path));

    /// <inheritdoc/>
    public override string Path { get; } = path;

    /// <inheritdoc/>
    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
