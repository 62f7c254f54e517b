using System;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Bench.Models;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Benchmarks.Parsing;

/// <summary>
/// Issue items 2 and 3: the typed shorthand parse against the generated JSON reader (the baseline) and
/// System.Text.Json on the equivalent JSON, with allocations. <see cref="ResultObjectsOnly"/> allocates
/// exactly the result graph (each string copied, as a parser must) and is the floor for item 3.
/// The AWS CLI anchor (item 1) is timed in Python on the same strings; see scripts/awscli_anchor.py.
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private string _shorthand = "";
    private string _json = "";

    [Params(ParseCases.ProductionVariant, ParseCases.DataCaptureConfig)]
    public string Case { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _shorthand = ParseCases.Shorthand(Case);
        _json = Case == ParseCases.ProductionVariant
            ? ProductionVariant.ParseShorthand(_shorthand).ToJson()
            : DataCaptureConfig.ParseShorthand(_shorthand).ToJson();

        // The anchors must read the same value, or the comparison means nothing.
        var same = Case == ParseCases.ProductionVariant
            ? ProductionVariant.FromJson(_json) == ProductionVariant.ParseShorthand(_shorthand)
                && JsonSerializer.Deserialize(_json, PlainJsonContext.Default.PlainProductionVariant)!.RoutingConfig!.RoutingStrategy == "LEAST_OUTSTANDING_REQUESTS"
            : DataCaptureConfig.FromJson(_json) == DataCaptureConfig.ParseShorthand(_shorthand)
                && JsonSerializer.Deserialize(_json, PlainJsonContext.Default.PlainDataCaptureConfig)!.CaptureContentTypeHeader!.JsonContentTypes!.Count == 2;
        if (!same || ResultObjectsOnly() is not { } floor || !floor.Equals(TypedShorthand()))
        {
            throw new InvalidOperationException("benchmark inputs disagree for " + Case);
        }
    }

    [Benchmark(Baseline = true)]
    public object GeneratedFromJson() => Case == ParseCases.ProductionVariant
        ? ProductionVariant.FromJson(_json)
        : DataCaptureConfig.FromJson(_json);

    [Benchmark]
    public object TypedShorthand() => Case == ParseCases.ProductionVariant
        ? ProductionVariant.ParseShorthand(_shorthand)
        : DataCaptureConfig.ParseShorthand(_shorthand);

    /// <summary>The grammar core alone (untyped tree), the same work the AWS CLI's ShorthandParser.parse does.</summary>
    [Benchmark]
    public object ShorthandGrammarOnly() => ShorthandParser.Parse(_shorthand);

    [Benchmark]
    public object SystemTextJson() => Case == ParseCases.ProductionVariant
        ? JsonSerializer.Deserialize(_json, PlainJsonContext.Default.PlainProductionVariant)!
        : JsonSerializer.Deserialize(_json, PlainJsonContext.Default.PlainDataCaptureConfig)!;

    [Benchmark]
    public object ResultObjectsOnly() => Case == ParseCases.ProductionVariant ? ResultFloor.ProductionVariant() : ResultFloor.DataCaptureConfig();
}
