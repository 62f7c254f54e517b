using System;
using System.Linq;
using System.Text.Json;

namespace EndpointConfigGen.Client.Tests.Support;

/// <summary>
/// Deep JSON equality up to member order, with numbers compared as doubles to the millisecond: boto3's
/// parsed timestamps come back as epoch seconds, the wire's as the service wrote them.
/// </summary>
public static class JsonAssert
{
    public static void Equivalent(JsonElement expected, JsonElement actual, string path = "$")
    {
        Assert.True(expected.ValueKind == actual.ValueKind, $"{path}: expected {expected.ValueKind} {expected}, got {actual.ValueKind} {actual}");
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var names = expected.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();
                Assert.True(names.SequenceEqual(actual.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)),
                    $"{path}: expected members {string.Join(",", names)}, got {actual}");
                foreach (var name in names) Equivalent(expected.GetProperty(name), actual.GetProperty(name), $"{path}.{name}");
                break;
            case JsonValueKind.Array:
                Assert.True(expected.GetArrayLength() == actual.GetArrayLength(), $"{path}: expected {expected}, got {actual}");
                for (var i = 0; i < expected.GetArrayLength(); i++) Equivalent(expected[i], actual[i], $"{path}[{i}]");
                break;
            case JsonValueKind.Number:
                Assert.True(Math.Abs(expected.GetDouble() - actual.GetDouble()) < 1e-3, $"{path}: expected {expected}, got {actual}");
                break;
            default:
                Assert.True(expected.ToString() == actual.ToString(), $"{path}: expected {expected}, got {actual}");
                break;
        }
    }
}
