using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using EndpointConfigGen.Fuzzing.Targets;

namespace EndpointConfigGen.Fuzzing;

/// <summary>Every target, and its corpus/ and regressions/ folders under tests/EndpointConfigGen.Fuzz.</summary>
internal static class FuzzTargets
{
    public static IFuzzTarget[] All() => [new ShorthandTarget(), new JsonReaderTarget(), new ShapeReaderTarget(), new FromJsonTarget(), new CliTarget()];

    public static IFuzzTarget ByName(string name) =>
        All().FirstOrDefault(t => t.Name == name) ?? throw new ArgumentException("Unknown target '" + name + "'; targets: " + string.Join(", ", All().Select(t => t.Name)));

    public static string Folder(string repoRoot, IFuzzTarget target, string kind) => Path.Combine(repoRoot, "tests", "EndpointConfigGen.Fuzz", target.Name, kind);

    /// <summary>
    /// The inputs of a folder in name order (so a run from a seed is repeatable), read exactly: a
    /// .txt file is UTF-8 with any BOM kept as a character; a .esc file is UTF-8 too but with
    /// backslashes doubled and lone surrogates (which UTF-8 cannot hold) written as \uXXXX.
    /// </summary>
    public static IReadOnlyList<string> Inputs(string repoRoot, IFuzzTarget target, string kind)
    {
        var folder = Folder(repoRoot, target, kind);
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder).Where(f => !Path.GetFileName(f).StartsWith('.')).OrderBy(f => f, StringComparer.Ordinal).Select(Read).ToArray()
            : [];
    }

    /// <summary>Stores a finding's input under regressions/, named by its content so reruns do not duplicate it.</summary>
    public static string SaveRegression(string repoRoot, IFuzzTarget target, FuzzFinding finding)
    {
        var folder = Folder(repoRoot, target, "regressions");
        Directory.CreateDirectory(folder);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(finding.Input)))[..16].ToLowerInvariant();
        var lossless = Exact.GetString(Exact.GetBytes(finding.Input)) == finding.Input;
        var path = Path.Combine(folder, finding.Kind + "-" + hash + (lossless ? ".txt" : ".esc"));
        File.WriteAllBytes(path, Exact.GetBytes(lossless ? finding.Input : Escape(finding.Input)));
        return path;
    }

    private static readonly UTF8Encoding Exact = new(encoderShouldEmitUTF8Identifier: false);

    private static string Read(string path)
    {
        var text = Exact.GetString(File.ReadAllBytes(path));
        return path.EndsWith(".esc", StringComparison.Ordinal) ? Unescape(text) : text;
    }

    private static string Escape(string text)
    {
        var escaped = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var paired = char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) : char.IsLowSurrogate(c) ? i > 0 && char.IsHighSurrogate(text[i - 1]) : true;
            escaped.Append(c == '\\' ? "\\\\" : paired ? c.ToString() : "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        }

        return escaped.ToString();
    }

    private static string Unescape(string text)
    {
        var plain = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\')
            {
                plain.Append(text[i]);
            }
            else if (text[++i] == '\\')
            {
                plain.Append('\\');
            }
            else
            {
                plain.Append((char)Convert.ToInt32(text.Substring(i + 1, 4), 16));
                i += 4;
            }
        }

        return plain.ToString();
    }
}
