using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CsCheck;
using EndpointConfigGen.Runtime;

namespace Consumer.Tests;

/// <summary>
/// Random values of any generated structure, built as untyped trees that follow the run-time
/// schema and bound with the generated <c>FromParamNode</c>. Also compiled into
/// EndpointConfigGen.Client.Tests (the AWS SDK conversions' round trips).
/// </summary>
internal static class RandomRequests
{
    private const string Alphabet = "aZ09 ,='\"[]{}\\\n\t.-_:/@#éü中😀";

    public static Gen<ParamNode> Tree(SchemaShape shape) => Tree(shape, static (_, _) => true);

    /// <summary>Trees that set only the members <paramref name="include"/> takes (required ones too, when it takes them).</summary>
    public static Gen<ParamNode> Tree(SchemaShape shape, Func<SchemaShape, SchemaMember, bool> include) =>
        Gen.Int.Select(seed => Build(shape, new Random(seed), 0, include));

    private static ParamNode Build(SchemaShape shape, Random random, int depth, Func<SchemaShape, SchemaMember, bool> include)
    {
        switch (shape.Kind)
        {
            case SchemaKind.Structure:
                var entries = new List<ParamEntry>();
                var members = shape.Members.Where(m => include(shape, m)).ToList();
                foreach (var member in members)
                {
                    // Required members always, optional ones often; nesting thins out with depth.
                    if (member.Required || (depth < 5 && random.Next(3) > 0))
                    {
                        entries.Add(new ParamEntry(member.Name, Build(member.Target, random, depth + 1, include)));
                    }
                }

                if (entries.Count == 0 && members.Count > 0)
                {
                    entries.Add(new ParamEntry(members[0].Name, Build(members[0].Target, random, depth + 1, include)));
                }

                return ParamNode.Map(entries, fromShorthand: false);
            case SchemaKind.List:
                var items = new ParamNode[random.Next(depth < 4 ? 4 : 1)];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = Build(shape.Item!, random, depth + 1, include);
                }

                return ParamNode.List(items, fromShorthand: false);
            case SchemaKind.Map:
                var pairs = new List<ParamEntry>();
                for (var i = random.Next(3); i > 0; i--)
                {
                    pairs.Add(new ParamEntry("k" + i.ToString(CultureInfo.InvariantCulture), Build(shape.Value!, random, depth + 1, include)));
                }

                return ParamNode.Map(pairs, fromShorthand: false);
            case SchemaKind.Enum:
                return ParamNode.String(random.Next(4) == 0 ? Text(random) : shape.EnumValues[random.Next(shape.EnumValues.Count)], fromShorthand: false);
            case SchemaKind.Integer:
                return ParamNode.Number(random.Next(int.MinValue, int.MaxValue).ToString(CultureInfo.InvariantCulture));
            case SchemaKind.Long:
                return ParamNode.Number(random.NextInt64().ToString(CultureInfo.InvariantCulture));
            case SchemaKind.Float:
                // A value a float holds, by its shortest text (what a float shape's SDK property keeps).
                var single = (float)Double(random);
                return ParamNode.Number(PythonNumbers.FormatDouble(float.IsFinite(single) ? double.Parse(single.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : 0.5));
            case SchemaKind.Double:
                return ParamNode.Number(PythonNumbers.FormatDouble(Double(random)));
            case SchemaKind.Boolean:
                return ParamNode.Boolean(random.Next(2) == 0);
            case SchemaKind.Timestamp:
                // Epoch seconds to the millisecond, years 1970 to 2100.
                return ParamNode.Number((random.NextInt64(0, 4_102_444_800_000) / 1000m).ToString(CultureInfo.InvariantCulture));
            default:
                return ParamNode.String(Text(random), fromShorthand: false);
        }
    }

    private static double Double(Random random) => random.Next(4) switch
    {
        0 => random.Next(-1000, 1000),
        1 => random.NextDouble(),
        2 => BitConverter.Int64BitsToDouble(random.NextInt64()) is var d && double.IsFinite(d) ? d : 0.5,
        _ => Math.Round(random.NextDouble() * 100, 2),
    };

    private static string Text(Random random)
    {
        var length = random.Next(12);
        var chars = new System.Text.StringBuilder();
        for (var i = 0; i < length; i++)
        {
            var at = random.Next(Alphabet.Length);
            chars.Append(char.IsHighSurrogate(Alphabet[at]) ? Alphabet.Substring(at, 2) : char.IsLowSurrogate(Alphabet[at]) ? "x" : Alphabet[at].ToString());
        }

        return chars.ToString();
    }
}
