using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Cli.Query
{
    /// <summary>
    /// JSON to and from the evaluator's values, without reflection: null, bool, <see cref="JmesNumber"/>, string,
    /// <c>List&lt;object?&gt;</c> and <c>Dictionary&lt;string, object?&gt;</c> (never removed from, so it keeps
    /// insertion order as Python's dict does; a repeated key keeps its first place and its last value).
    /// </summary>
    internal static class JmesJson
    {
        private static readonly JsonDocumentOptions Options = new() { MaxDepth = 512 };

        public static object? Parse(string json)
        {
            using var document = JsonDocument.Parse(json, Options);
            return FromElement(document.RootElement);
        }

        /// <summary>Python's <c>json.loads</c> for a literal: false when the text is not one JSON value.</summary>
        public static bool TryParse(string json, out object? value)
        {
            try
            {
                value = Parse(json);
                return true;
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
            {
                value = null;
                return false;
            }
        }

        private static object? FromElement(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    var map = new Dictionary<string, object?>();
                    foreach (var property in element.EnumerateObject())
                    {
                        map[property.Name] = FromElement(property.Value);
                    }

                    return map;
                case JsonValueKind.Array:
                    var list = new List<object?>();
                    foreach (var item in element.EnumerateArray())
                    {
                        list.Add(FromElement(item));
                    }

                    return list;
                case JsonValueKind.String:
                    return element.GetString();
                case JsonValueKind.Number:
                    return JmesNumber.ParseJson(element.GetRawText());
                case JsonValueKind.True:
                    return true;
                case JsonValueKind.False:
                    return false;
                default:
                    return null;
            }
        }

        /// <summary>
        /// Python's <c>json.dumps(value, separators=(',', ':'))</c> (ASCII-escaped, floats by repr, NaN and
        /// Infinity as Python writes them), which <c>to_string</c> returns.
        /// </summary>
        /// <param name="value">The value to write.</param>
        /// <param name="exprefAsStr">
        /// <c>default=str</c>, as <c>to_string</c> passes it; without it an expression reference is Python's
        /// <c>TypeError</c>, as when the CLI prints one.
        /// </param>
        public static string Write(object? value, bool exprefAsStr = true)
        {
            var text = new StringBuilder();
            Write(value, new PythonJsonWriter(text, indented: false, ensureAscii: true), exprefAsStr);
            return text.ToString();
        }

        private static void Write(object? value, PythonJsonWriter writer, bool exprefAsStr)
        {
            switch (value)
            {
                case null:
                    writer.RawValue("null");
                    break;
                case bool b:
                    writer.RawValue(b ? "true" : "false");
                    break;
                case JmesNumber n:
                    writer.RawValue(n.IsInteger || double.IsFinite(n.Real) ? n.ToString() : double.IsNaN(n.Real) ? "NaN" : n.Real > 0 ? "Infinity" : "-Infinity");
                    break;
                case string s:
                    writer.StringValue(s);
                    break;
                case List<object?> list:
                    writer.StartArray();
                    foreach (var item in list)
                    {
                        Write(item, writer, exprefAsStr);
                    }

                    writer.EndArray();
                    break;
                case Dictionary<string, object?> map:
                    writer.StartObject();
                    foreach (var pair in map)
                    {
                        writer.PropertyName(pair.Key);
                        Write(pair.Value, writer, exprefAsStr);
                    }

                    writer.EndObject();
                    break;
                default:
                    writer.StringValue(exprefAsStr ? PythonText.Str(value) : throw JmesException.Runtime("Object of type _Expression is not JSON serializable"));
                    break;
            }
        }

        /// <summary>
        /// Decodes a quoted JSON string as <c>json.loads</c> does, or gives null and the start of Python's
        /// message (the part before its first colon, which the lexer error keeps).
        /// </summary>
        public static string? DecodeString(string quoted, out string? error)
        {
            var text = new StringBuilder();
            for (var i = 1; i < quoted.Length - 1; i++)
            {
                var c = quoted[i];
                if (c < ' ')
                {
                    error = "Invalid control character at";
                    return null;
                }

                if (c != '\\')
                {
                    text.Append(c);
                    continue;
                }

                var escape = i + 1 < quoted.Length - 1 ? quoted[++i] : '\0';
                switch (escape)
                {
                    case '"': text.Append('"'); break;
                    case '\\': text.Append('\\'); break;
                    case '/': text.Append('/'); break;
                    case 'b': text.Append('\b'); break;
                    case 'f': text.Append('\f'); break;
                    case 'n': text.Append('\n'); break;
                    case 'r': text.Append('\r'); break;
                    case 't': text.Append('\t'); break;
                    case 'u':
                        if (quoted.Length - 2 - i < 4
                            || !ushort.TryParse(quoted.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                        {
                            error = "Invalid \\uXXXX escape";
                            return null;
                        }

                        text.Append((char)code);
                        i += 4;
                        break;
                    default:
                        error = escape == '\0' ? "Unterminated string starting at" : "Invalid \\escape";
                        return null;
                }
            }

            error = null;
            return text.ToString();
        }
    }
}
