using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using EndpointConfigGen.Cli.Query;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Cli
{
    /// <summary>
    /// Prints a response as the AWS CLI v1 does: <c>--query</c> (JMESPath) first, then <c>json</c>
    /// (Python's <c>json.dumps(indent=4, ensure_ascii=False)</c>), <c>text</c> (<see cref="CliTextFormat"/>) or
    /// <c>table</c> (<see cref="CliTable"/>, titled with the operation's name), each on the response as
    /// <c>json.loads</c> reads it (a repeated key once, holding its last value).
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

            ParamNode root;
            using (var document = JsonDocument.Parse(json))
            {
                root = ParamJson.FromElement(document.RootElement);
            }

            if (output == "table")
            {
                return CliTable.Format(root, title);
            }

            var text = new StringBuilder();
            if (output == "text")
            {
                CliTextFormat.Write(root, text);
            }
            else if (root.Kind != ParamNodeKind.Map || root.Entries.Count > 0)
            {
                // v1's JSON formatter prints nothing for a result equal to {} (an empty response, or a query giving one).
                PythonDump(root, new PythonJsonWriter(text, indented: true, ensureAscii: false));
                text.Append('\n');
            }

            return text.ToString();
        }

        private static void PythonDump(ParamNode value, PythonJsonWriter writer)
        {
            switch (value.Kind)
            {
                case ParamNodeKind.Map:
                    writer.StartObject();
                    foreach (var entry in value.Entries)
                    {
                        writer.PropertyName(entry.Key);
                        PythonDump(entry.Value, writer);
                    }

                    writer.EndObject();
                    return;
                case ParamNodeKind.List:
                    writer.StartArray();
                    foreach (var item in value.Items)
                    {
                        PythonDump(item, writer);
                    }

                    writer.EndArray();
                    return;
                case ParamNodeKind.String:
                    writer.StringValue(value.Text);
                    return;
                case ParamNodeKind.Null:
                    writer.RawValue("null");
                    return;
                default:
                    // Numbers keep the text the response carried (floats as Python writes them); true and false as JSON.
                    writer.RawValue(value.Text);
                    return;
            }
        }
    }
}
