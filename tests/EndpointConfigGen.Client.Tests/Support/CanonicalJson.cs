using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;

namespace EndpointConfigGen.Client.Tests.Support;

/// <summary>
/// JSON text in one form for comparing bodies: members sorted by name, no whitespace, numbers by value
/// (<c>1.0</c> and <c>1</c> alike), strings and array order as sent.
/// </summary>
public static class CanonicalJson
{
    public static string Of(string json) => Write(JsonNode.Parse(json));

    private static string Write(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject o => "{" + string.Join(",", o.OrderBy(p => p.Key, System.StringComparer.Ordinal).Select(p => JsonValue.Create(p.Key).ToJsonString() + ":" + Write(p.Value))) + "}",
        JsonArray a => "[" + string.Join(",", a.Select(Write)) + "]",
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.Number => decimal.Parse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture).ToString("G29", CultureInfo.InvariantCulture),
        _ => node.ToJsonString(),
    };
}
