using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using EndpointConfigGen.Cli.Query;

namespace EndpointConfigGen.Cli
{
    /// <summary>
    /// Prints a response as the AWS CLI v1 does: <c>--query</c> (JMESPath) first, then <c>json</c>
    /// (Python's <c>json.dumps(indent=4, ensure_ascii=False)</c>), <c>text</c> (awscli's text formatter) or
    /// <c>table</c> (<see cref="CliTable"/>, titled with the operation's name).
    /// </summary>
    internal static class CliOutput
    {
        /// <summary>Fails as the CLI does, before anything is sent, when the expression cannot be parsed.</summary>
        public static void CheckQuery(string? query)
        {
            if (query is null)
            {
                return;
            }

            try
            {
                JmesQuery.Compile(query);
            }
            catch (JmesException e)
            {
                // The CLI's words around Python jmespath's message (an empty expression has its own).
                throw new CliException("Bad value for --query " + query + ": " + e.Message);
            }
        }

        /// <summary>The output format of AWS_DEFAULT_OUTPUT (<c>json</c> when unset), refused as the CLI refuses it.</summary>
        public static string FromEnvironment(string? output) => output switch
        {
            null or "" => "json",
            "json" or "text" or "table" => output,
            _ => throw new CliException("Unknown output type: " + output),
        };

        public static string Format(string responseJson, string? query, string output, string title)
        {
            string json;
            try
            {
                json = query is null ? responseJson : JmesQuery.Compile(query).Search(responseJson);
            }
            catch (JmesException e)
            {
                // A function's type or arity error: the CLI prints Python's message and exits 255.
                throw new CliException(e.Message);
            }

            using var document = JsonDocument.Parse(json);
            if (output == "table")
            {
                return CliTable.Format(document.RootElement, title);
            }

            var text = new StringBuilder();
            if (output == "text")
            {
                TextFormat.Write(document.RootElement, text);
            }
            else if (document.RootElement.ValueKind != JsonValueKind.Object || document.RootElement.EnumerateObject().Any())
            {
                // v1's JSON formatter prints nothing for a result equal to {} (an empty response, or a query giving one).
                PythonDump(document.RootElement, text, 0);
                text.Append('\n');
            }

            return text.ToString();
        }

        private static void PythonDump(JsonElement value, StringBuilder text, int depth)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.Object:
                    var properties = value.EnumerateObject().ToList();
                    if (properties.Count == 0)
                    {
                        text.Append("{}");
                        return;
                    }

                    text.Append('{');
                    for (var i = 0; i < properties.Count; i++)
                    {
                        text.Append(i == 0 ? "\n" : ",\n").Append(' ', 4 * (depth + 1));
                        PythonString(properties[i].Name, text);
                        text.Append(": ");
                        PythonDump(properties[i].Value, text, depth + 1);
                    }

                    text.Append('\n').Append(' ', 4 * depth).Append('}');
                    return;
                case JsonValueKind.Array:
                    var items = value.EnumerateArray().ToList();
                    if (items.Count == 0)
                    {
                        text.Append("[]");
                        return;
                    }

                    text.Append('[');
                    for (var i = 0; i < items.Count; i++)
                    {
                        text.Append(i == 0 ? "\n" : ",\n").Append(' ', 4 * (depth + 1));
                        PythonDump(items[i], text, depth + 1);
                    }

                    text.Append('\n').Append(' ', 4 * depth).Append(']');
                    return;
                case JsonValueKind.String:
                    PythonString(value.GetString()!, text);
                    return;
                default:
                    // Numbers keep the text the response carried (floats as Python writes them); true, false, null as JSON.
                    text.Append(value.GetRawText());
                    return;
            }
        }

        // json.dumps with ensure_ascii=False: only quotes, backslashes and control characters are escaped.
        private static void PythonString(string value, StringBuilder text)
        {
            text.Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': text.Append("\\\""); break;
                    case '\\': text.Append("\\\\"); break;
                    case '\n': text.Append("\\n"); break;
                    case '\r': text.Append("\\r"); break;
                    case '\t': text.Append("\\t"); break;
                    case '\b': text.Append("\\b"); break;
                    case '\f': text.Append("\\f"); break;
                    default:
                        if (c < ' ')
                        {
                            text.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            text.Append(c);
                        }

                        break;
                }
            }

            text.Append('"');
        }

        /// <summary>awscli's <c>text.py</c>: scalars of a mapping sorted by key on one tab-separated line, nested values after, under their key in capitals.</summary>
        private static class TextFormat
        {
            public static void Write(JsonElement item, StringBuilder text, string? identifier = null, IReadOnlyList<string>? scalarKeys = null)
            {
                switch (item.ValueKind)
                {
                    case JsonValueKind.Object:
                        WriteDict(item, text, identifier, scalarKeys);
                        break;
                    case JsonValueKind.Array:
                        WriteList(item, text, identifier);
                        break;
                    default:
                        text.Append(Str(item)).Append('\n');
                        break;
                }
            }

            private static void WriteList(JsonElement list, StringBuilder text, string? identifier)
            {
                var items = list.EnumerateArray().ToList();
                if (items.Count == 0)
                {
                    return;
                }

                if (items.Any(e => e.ValueKind == JsonValueKind.Object))
                {
                    var keys = items.Where(e => e.ValueKind == JsonValueKind.Object)
                        .SelectMany(e => e.EnumerateObject())
                        .Where(p => !IsContainer(p.Value))
                        .Select(p => p.Name)
                        .Distinct()
                        .OrderBy(k => k, StringComparer.Ordinal)
                        .ToList();
                    foreach (var element in items)
                    {
                        Write(element, text, identifier, keys);
                    }
                }
                else if (items.Any(e => e.ValueKind == JsonValueKind.Array))
                {
                    var scalars = items.Where(e => !IsContainer(e)).ToList();
                    if (scalars.Count > 0)
                    {
                        WriteScalars(scalars, text, identifier);
                    }

                    foreach (var element in items.Where(IsContainer))
                    {
                        Write(element, text, identifier);
                    }
                }
                else
                {
                    WriteScalars(items, text, identifier);
                }
            }

            private static void WriteScalars(List<JsonElement> elements, StringBuilder text, string? identifier)
            {
                if (identifier is not null)
                {
                    foreach (var element in elements)
                    {
                        text.Append(identifier.ToUpperInvariant()).Append('\t').Append(Str(element)).Append('\n');
                    }

                    return;
                }

                text.Append(string.Join("\t", elements.Select(Str))).Append('\n');
            }

            private static void WriteDict(JsonElement dict, StringBuilder text, string? identifier, IReadOnlyList<string>? scalarKeys)
            {
                var scalars = new List<string>();
                var nested = new List<(string Key, JsonElement Value)>();
                var properties = dict.EnumerateObject().ToList();
                if (scalarKeys is null)
                {
                    foreach (var property in properties.OrderBy(p => p.Name, StringComparer.Ordinal))
                    {
                        if (IsContainer(property.Value))
                        {
                            nested.Add((property.Name, property.Value));
                        }
                        else
                        {
                            scalars.Add(Str(property.Value));
                        }
                    }
                }
                else
                {
                    foreach (var key in scalarKeys)
                    {
                        scalars.Add(dict.TryGetProperty(key, out var value) ? Str(value) : string.Empty);
                    }

                    foreach (var property in properties.Where(p => !scalarKeys.Contains(p.Name)).OrderBy(p => p.Name, StringComparer.Ordinal))
                    {
                        nested.Add((property.Name, property.Value));
                    }
                }

                if (scalars.Count > 0)
                {
                    if (identifier is not null)
                    {
                        scalars.Insert(0, identifier.ToUpperInvariant());
                    }

                    text.Append(string.Join("\t", scalars)).Append('\n');
                }

                foreach (var (key, value) in nested)
                {
                    Write(value, text, key);
                }
            }

            private static bool IsContainer(JsonElement value) => value.ValueKind is JsonValueKind.Object or JsonValueKind.Array;

            // Python's str() of a decoded JSON scalar.
            private static string Str(JsonElement value) => value.ValueKind switch
            {
                JsonValueKind.String => value.GetString()!,
                JsonValueKind.True => "True",
                JsonValueKind.False => "False",
                JsonValueKind.Null => "None",
                _ => value.GetRawText(),
            };
        }
    }
}
