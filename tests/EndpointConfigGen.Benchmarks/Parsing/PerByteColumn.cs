using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace EndpointConfigGen.Benchmarks.Parsing;

/// <summary>Mean time divided by the input's length (ASCII, so characters are bytes) for the size sweep.</summary>
public sealed class PerByteColumn : IColumn
{
    public string Id => nameof(PerByteColumn);
    public string ColumnName => "ns/byte";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Mean time per input byte";

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var stats = summary[benchmarkCase]?.ResultStatistics;
        var kind = benchmarkCase.Parameters["Kind"] as string;
        if (stats is null || kind is null || benchmarkCase.Parameters["Size"] is not int size)
        {
            return "-";
        }

        return (stats.Mean / SweepInputs.Create(kind, size).Length).ToString("F3", System.Globalization.CultureInfo.InvariantCulture);
    }
}
