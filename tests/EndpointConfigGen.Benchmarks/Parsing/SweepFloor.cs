using System;
using Bench.Models;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Benchmarks.Parsing;

/// <summary>
/// The size sweep's result graphs rebuilt without parsing (every string a fresh copy, every list an
/// exact array): what allocating the result alone costs at each size, so the sweep can tell the
/// parser's own growth from the runtime's cost of allocating large results.
/// </summary>
internal static class SweepFloor
{
    public static object Rebuild(object parsed) => parsed switch
    {
        CreateEndpointConfigInput request => Rebuild(request),
        ParamNode node => Rebuild(node),
        _ => throw new ArgumentOutOfRangeException(nameof(parsed), parsed.GetType().Name, null),
    };

    private static string Copy(string text) => new(text.AsSpan());

    private static string? CopyOrNull(string? text) => text is null ? null : Copy(text);

    private static CreateEndpointConfigInput Rebuild(CreateEndpointConfigInput request)
    {
        var variants = new ProductionVariant[request.ProductionVariants.Count];
        for (var i = 0; i < variants.Length; i++)
        {
            var v = request.ProductionVariants[i];
            variants[i] = new ProductionVariant
            {
                VariantName = Copy(v.VariantName),
                ModelName = CopyOrNull(v.ModelName),
                InstanceType = v.InstanceType is { } type ? new ProductionVariantInstanceType(Copy(type.Value)) : default(ProductionVariantInstanceType?),
                InitialInstanceCount = v.InitialInstanceCount,
                InitialVariantWeight = v.InitialVariantWeight,
            };
        }

        return new CreateEndpointConfigInput
        {
            EndpointConfigName = Copy(request.EndpointConfigName),
            ProductionVariants = variants,
            KmsKeyId = CopyOrNull(request.KmsKeyId),
        };
    }

    private static ParamNode Rebuild(ParamNode node)
    {
        switch (node.Kind)
        {
            case ParamNodeKind.List:
                var items = new ParamNode[node.Items.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = Rebuild(node.Items[i]);
                }

                return ParamNode.List(items, fromShorthand: true, node.Offset);
            case ParamNodeKind.Map:
                var entries = new ParamEntry[node.Entries.Count];
                for (var i = 0; i < entries.Length; i++)
                {
                    var entry = node.Entries[i];
                    entries[i] = new ParamEntry(Copy(entry.Key), Rebuild(entry.Value), entry.KeyOffset, entry.LoadFiles);
                }

                return ParamNode.Map(entries, fromShorthand: true, node.Offset);
            default:
                return ParamNode.String(Copy(node.Text), fromShorthand: true, node.Offset);
        }
    }
}
