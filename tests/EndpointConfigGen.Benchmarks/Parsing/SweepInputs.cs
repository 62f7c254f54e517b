using System;
using System.Globalization;
using System.Text;

namespace EndpointConfigGen.Benchmarks.Parsing;

/// <summary>Inputs for the size sweep (issue item 4): as long as possible without exceeding the size.</summary>
public static class SweepInputs
{
    public const string LongList = nameof(LongList);
    public const string LongValue = nameof(LongValue);
    public const string DeepNesting = nameof(DeepNesting);

    /// <summary>Levels per nested item: deep, and with the enclosing list still under the parser's 256-level limit.</summary>
    private const int NestingPerItem = 200;

    public static string Create(string kind, int size) => kind switch
    {
        LongList => FillList("EndpointConfigName=sweep,ProductionVariants=[", size, static (sb, i) =>
            sb.Append("{VariantName=v").Append(i.ToString("D6", CultureInfo.InvariantCulture))
              .Append(",ModelName=model-").Append(i.ToString(CultureInfo.InvariantCulture))
              .Append(",InstanceType=ml.m5.large,InitialInstanceCount=1,InitialVariantWeight=0.5}")),
        LongValue => LongKmsKey(size),
        DeepNesting => FillList("Deep=[", size, static (sb, i) =>
            sb.Append('[', NestingPerItem).Append('v').Append(i % 10).Append(']', NestingPerItem)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static string FillList(string prefix, int size, Action<StringBuilder, int> appendItem)
    {
        var sb = new StringBuilder(prefix, size);
        var item = new StringBuilder();
        for (var i = 0; ; i++)
        {
            item.Clear();
            appendItem(item, i);
            var separator = i == 0 ? 0 : 1;
            if (sb.Length + separator + item.Length + 1 > size)
            {
                return sb.Append(']').ToString();
            }

            sb.Append(',', separator).Append(item);
        }
    }

    private static string LongKmsKey(int size)
    {
        const string prefix = "EndpointConfigName=sweep,ProductionVariants=[{VariantName=a}],KmsKeyId=arn:aws:kms:us-east-1:123456789012:key/";
        return prefix + new string('k', size - prefix.Length);
    }
}
