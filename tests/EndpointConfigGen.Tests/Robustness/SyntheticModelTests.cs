using System.Linq;
using CsCheck;
using EndpointConfigGen.Tests.Infrastructure;

namespace EndpointConfigGen.Tests.Robustness;

/// <summary>Any well-formed model generates code that compiles without a warning in a strict consumer; the generator never crashes.</summary>
public class SyntheticModelTests
{
    [Fact]
    public void Random_models_generate_code_that_compiles_without_warnings() =>
        SyntheticModels.Model.Sample(model =>
        {
            var result = GeneratorHarness.Run([new InMemoryAdditionalText("/p/Synthetic.shape.json", model)]);

            Assert.DoesNotContain(result.GeneratorDiagnostics, d => !d.Id.StartsWith("ECG", System.StringComparison.Ordinal));
            var errors = result.GeneratorDiagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ToArray();
            // The only model the random shapes can get wrong: a list or map holding itself with no structure between.
            Assert.All(errors, d => Assert.Contains("contains itself", d.GetMessage(), System.StringComparison.Ordinal));
            Assert.Empty(result.CompileDiagnostics);
        }, iter: 12, threads: 1, print: m => m);
}
