using BenchmarkDotNet.Attributes;
using Bench.Models;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Benchmarks.Parsing;

/// <summary>
/// Issue item 4: parse time against input size. Long lists and long values go through the typed parse of
/// CreateEndpointConfigInput; no shape of the model nests deeply, so deep nesting goes through the grammar
/// core. Linear means a flat ns/byte column (<see cref="PerByteColumn"/>) across sizes.
/// </summary>
[MemoryDiagnoser]
public class SizeSweepBenchmarks
{
    private string _text = "";

    [Params(SweepInputs.LongList, SweepInputs.LongValue, SweepInputs.DeepNesting)]
    public string Kind { get; set; } = "";

    [Params(1 << 10, 1 << 14, 1 << 17, ShorthandParser.MaxInputLength)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = SweepInputs.Create(Kind, Size);
        Parse();
    }

    [Benchmark]
    public object Parse() => Kind == SweepInputs.DeepNesting
        ? ShorthandParser.Parse(_text)
        : CreateEndpointConfigInput.ParseShorthand(_text);
}
