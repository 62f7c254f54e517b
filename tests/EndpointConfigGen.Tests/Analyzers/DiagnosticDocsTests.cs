using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using EndpointConfigGen.Diagnostics;
using Microsoft.CodeAnalysis;

namespace EndpointConfigGen.Tests.Analyzers;

/// <summary>The package page lists every id as the descriptors define it, and help links share one base.</summary>
public class DiagnosticDocsTests
{
    private static readonly DiagnosticDescriptor[] Every =
        new EndpointConfigGen.Analyzers.RequestAnalyzer().SupportedDiagnostics
            .Concat(typeof(DiagnosticDescriptors).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
                .Select(field => field.GetValue(null)).OfType<DiagnosticDescriptor>())
            .GroupBy(d => d.Id).Select(g => g.First()).OrderBy(d => d.Id, System.StringComparer.Ordinal).ToArray();

    [Fact]
    public void The_package_readme_lists_every_id_with_its_title_severity_and_link()
    {
        var text = File.ReadAllText(Repo.Path("src", "EndpointConfigGen.Runtime", "README.md"));
        var rows = Regex.Matches(text, @"^\| \[(ECG\d{3})\]\((\S+)\) \| (\w+) \| (.+) \|$", RegexOptions.Multiline)
            .Select(m => (Id: m.Groups[1].Value, Link: m.Groups[2].Value, Severity: m.Groups[3].Value, Title: m.Groups[4].Value))
            .ToArray();

        Assert.Equal(
            Every.Select(d => (d.Id, d.HelpLinkUri, d.DefaultSeverity.ToString().ToLowerInvariant(), d.Title.ToString())),
            rows.Select(r => (r.Id, r.Link, r.Severity, r.Title)));
    }

    [Fact]
    public void Help_links_start_with_the_repository_url_of_the_build()
    {
        Assert.StartsWith("https://github.com/", DiagnosticDescriptors.HelpBase);
        Assert.All(Every, d => Assert.Equal(DiagnosticDescriptors.HelpBase + d.Id + ".md", d.HelpLinkUri));
    }
}
