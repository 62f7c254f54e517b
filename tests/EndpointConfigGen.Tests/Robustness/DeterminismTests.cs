using System;
using System.Globalization;
using System.Linq;
using EndpointConfigGen.Tests.Infrastructure;

namespace EndpointConfigGen.Tests.Robustness;

/// <summary>
/// Generated output is a function of the shape file's content only: byte-identical across runs,
/// under cultures with unusual casing and number rules, and for CRLF/LF and BOM variants.
/// </summary>
public class DeterminismTests
{
    private static readonly string Shape = System.IO.File.ReadAllText(Repo.VendoredShape);

    [Fact]
    public void Output_is_identical_across_runs_and_cultures()
    {
        var baseline = Generate(Shape, CultureInfo.InvariantCulture);
        Assert.Equal(baseline, Generate(Shape, CultureInfo.InvariantCulture));
        Assert.Equal(baseline, Generate(Shape, new CultureInfo("tr-TR")));
        Assert.Equal(baseline, Generate(Shape, new CultureInfo("de-DE")));
    }

    [Fact]
    public void Output_is_identical_for_line_endings_and_byte_order_marks()
    {
        var lf = Shape.Replace("\r\n", "\n", StringComparison.Ordinal);
        var baseline = Generate(lf, CultureInfo.InvariantCulture);
        Assert.Equal(baseline, Generate(lf.Replace("\n", "\r\n", StringComparison.Ordinal), CultureInfo.InvariantCulture));
        Assert.Equal(baseline, Generate("\uFEFF" + lf, CultureInfo.InvariantCulture));
        Assert.Equal(baseline, Generate("\uFEFF" + lf.Replace("\n", "\r\n", StringComparison.Ordinal), CultureInfo.InvariantCulture));
    }

    /// <summary>Every generated file as hint name and text, generated with the given current culture.</summary>
    private static string[] Generate(string shapeText, CultureInfo culture)
    {
        var (culture0, ui0) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        try
        {
            var result = GeneratorHarness.Run(
                [new InMemoryAdditionalText(Repo.VendoredShape, shapeText), GeneratorHarness.File(Repo.VendoredRules)]);
            Assert.Empty(result.GeneratorDiagnostics);
            return result.Sources
                .OrderBy(s => s.HintName, StringComparer.Ordinal)
                .Select(s => s.HintName + "\n" + s.SourceText)
                .ToArray();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture0, ui0);
        }
    }
}
