using System;
using BenchmarkDotNet.Attributes;
using Bench.Models;

namespace EndpointConfigGen.Benchmarks.Validation;

/// <summary>
/// Issue 17: what a generated enum's membership check costs, per value type size: the 271 instance types and the
/// three capture modes, a known value late in the model's list and an unknown one, and <c>Validate()</c> on a
/// variant whose instance type is checked against the model. Run before and after a change to the enum emitter.
/// </summary>
[MemoryDiagnoser]
public class EnumMembershipBenchmarks
{
    // Built at run time, so the checks see a string that is not the interned literal of a generated member.
    private readonly ProductionVariantInstanceType _knownLate = new(string.Concat("ml.p5.", "4xlarge"));
    private readonly ProductionVariantInstanceType _unknown = new(string.Concat("ml.m5.", "huge"));
    private readonly CaptureMode _mode = new(string.Concat("Input", "AndOutput"));
    private readonly ProductionVariant _variant = new() { VariantName = "a", ModelName = "m", InitialInstanceCount = 1, InstanceType = new(string.Concat("ml.p5.", "4xlarge")) };

    [GlobalSetup]
    public void Setup()
    {
        if (!_knownLate.IsKnown || _unknown.IsKnown || !_mode.IsKnown || _variant.Validate().Count != 0)
        {
            throw new InvalidOperationException("the benchmark's values are not what their names say");
        }
    }

    [Benchmark]
    public bool InstanceTypeKnown() => _knownLate.IsKnown;

    [Benchmark]
    public bool InstanceTypeUnknown() => _unknown.IsKnown;

    [Benchmark]
    public bool CaptureModeKnown() => _mode.IsKnown;

    [Benchmark]
    public int ValidateVariant() => _variant.Validate().Count;
}
