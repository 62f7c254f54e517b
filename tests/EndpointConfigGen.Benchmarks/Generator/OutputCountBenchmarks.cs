using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EndpointConfigGen.Benchmarks.Generator;

/// <summary>
/// Why the generator packs its sources into few files (Pipeline/OutputFiles): the re-run after an unrelated edit of a trivial generator
/// whose <see cref="Files"/> outputs are all cached. Roslyn's driver (4.14) adds every cached output again
/// on each run, and <c>AdditionalSourcesCollection.Add</c> compares each hint name with all added before,
/// so the re-run grows with the square of the file count, whatever the files hold.
/// </summary>
public class OutputCountBenchmarks
{
    private readonly CSharpCompilation[] _edits = [GeneratorHost.Consumer(0), GeneratorHost.Consumer(1)];
    private GeneratorDriver _warm = null!;
    private int _run;

    [Params(500, 1000, 2000, 4000, 8000)]
    public int Files { get; set; }

    [GlobalSetup]
    public void Setup() =>
        _warm = CSharpGeneratorDriver.Create([new FixedOutputs(Files).AsSourceGenerator()]).RunGenerators(_edits[0]);

    [Benchmark]
    public GeneratorDriver RerunAfterEdit() => _warm = _warm.RunGenerators(_edits[++_run & 1]);

    /// <summary>Emits <c>count</c> small files from one input that never changes, so every re-run is cached.</summary>
    private sealed class FixedOutputs(int count) : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var once = context.AdditionalTextsProvider.Collect().Select(static (_, _) => true);
            context.RegisterSourceOutput(once, (spc, _) =>
            {
                for (var i = 0; i < count; i++)
                {
                    spc.AddSource("model.Type" + i.ToString("D5") + ".g.cs", "namespace Bench { internal partial class Type" + i + " { } }\n");
                }
            });
        }
    }
}
