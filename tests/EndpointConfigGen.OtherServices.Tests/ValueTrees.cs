using System.Linq;
using System.Text.Json;
using EndpointConfigGen.Runtime;

namespace OtherServices.Tests;

/// <summary>Our value tree against the CLI's (as oracle.py sends it): maps unordered, timestamps as whole epoch seconds.</summary>
public static class ValueTrees
{
    public static bool Same(ParamNode ours, JsonElement cli, SchemaShape shape)
    {
        switch (shape.Kind)
        {
            case SchemaKind.Structure:
            case SchemaKind.Map:
                if (ours.Kind != ParamNodeKind.Map || cli.ValueKind != JsonValueKind.Object || ours.Entries.Count != cli.EnumerateObject().Count())
                {
                    return false;
                }

                return ours.Entries.All(e => cli.TryGetProperty(e.Key, out var v)
                    && Same(e.Value, v, shape.Kind == SchemaKind.Map ? shape.Value! : shape.Member(e.Key)!.Target));
            case SchemaKind.List:
                return ours.Kind == ParamNodeKind.List && cli.ValueKind == JsonValueKind.Array && ours.Items.Count == cli.GetArrayLength()
                    && ours.Items.Select((item, i) => Same(item, cli[i], shape.Item!)).All(same => same);
            case SchemaKind.Timestamp:
                return BotocoreTimestamp.TryParse(ours.Text, out var time) && cli.ValueKind == JsonValueKind.Number && BotocoreTimestamp.ToEpochSeconds(time) == cli.GetInt64();
            case SchemaKind.Boolean:
                return cli.ValueKind is JsonValueKind.True or JsonValueKind.False && ours.Text == cli.GetRawText();
            case SchemaKind.Integer:
            case SchemaKind.Long:
            case SchemaKind.Float:
            case SchemaKind.Double:
                return cli.ValueKind == JsonValueKind.Number && ours.Text == cli.GetRawText();
            default:
                return cli.ValueKind == JsonValueKind.String && ours.Text == cli.GetString();
        }
    }
}
