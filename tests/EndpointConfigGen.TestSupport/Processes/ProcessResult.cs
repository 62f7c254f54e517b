using System;
using System.IO;
using System.Text;

namespace EndpointConfigGen.TestSupport;

/// <summary>
/// How a process ended and what it wrote, kept as bytes (no newline translation) for tests that compare bytes;
/// <see cref="Stdout"/> and <see cref="Stderr"/> are the same bytes read as UTF-8.
/// </summary>
public sealed record ProcessResult(int ExitCode, byte[] StdoutBytes, byte[] StderrBytes, TimeSpan Elapsed)
{
    private string? _stdout;
    private string? _stderr;

    /// <summary>Standard output as UTF-8 text.</summary>
    public string Stdout => _stdout ??= Decode(StdoutBytes);

    /// <summary>Standard error as UTF-8 text.</summary>
    public string Stderr => _stderr ??= Decode(StderrBytes);

    /// <summary>Both streams, output first: for failure messages.</summary>
    public string Output => Stdout + Stderr;

    // A reader rather than GetString: a leading byte order mark is dropped, as a redirected stream reader drops it.
    private static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false));
        return reader.ReadToEnd();
    }
}
