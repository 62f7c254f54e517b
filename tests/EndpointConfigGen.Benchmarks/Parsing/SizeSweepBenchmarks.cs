using System;
using BenchmarkDotNet.Attributes;
using Bench.Models;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Benchmarks.Parsing;

/// <summary>
/// Issue item 4: parse time against input size. Long lists and long values go through the typed parse of
/// CreateEndpointConfigInput; no shape of the model nests deeply, so deep nesting goes through the grammar
/// core. Linear means a flat ns/byte column (<see cref="PerByteColumn"/>) across sizes.
/// <see cref="ResultFloor"/> allocates the same result without parsing, which shows how much of any
/// growth is the runtime's cost of allocating a large result rather than the parser's.
/// </summary>
[MemoryDiagnoser]
public class SizeSweepBenchmarks
{
    private string _text = "";
    private object _parsed = null!;

    [Params(SweepInputs.LongList, SweepInputs.LongValue, SweepInputs.DeepNesting)]
    public string Kind { get; set; } = "";

    [Params(1 << 10, 1 << 14, 1 << 17, ShorthandParser.MaxInputLength)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = SweepInputs.Create(Kind, Size);
        _parsed = Parse();
        if (_parsed is CreateEndpointConfigInput request && !request.Equals(ResultFloor()))
        {
            throw new InvalidOperationException("the result floor does not rebuild the parsed request");
        }
    }

    [Benchmark]
    public object Parse() => Kind == SweepInputs.DeepNesting
        ? ShorthandParser.Parse(_text)
        : CreateEndpointConfigInput.ParseShorthand(_text);

    [Benchmark]
    public object ResultFloor() => SweepFloor.Rebuild(_parsed);
}
