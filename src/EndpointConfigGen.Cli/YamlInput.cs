using System;
using System.Globalization;
using System.IO;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EndpointConfigGen.Cli
{
    /// <summary>
    /// <c>--cli-input-yaml</c> as AWS CLI v2 reads it: one YAML document with YAML 1.2 core-schema scalars
    /// (<c>yes</c> and <c>on</c> stay strings, <c>~</c> is null, <c>0x10</c> is 16, <c>010</c> is 10), turned into
    /// the JSON that <c>--cli-input-json</c> takes, so both merge the same way.
    /// </summary>
    internal static class YamlInput
    {
        private static readonly Regex Null = new Regex("^(~|null|Null|NULL|)$", RegexOptions.CultureInvariant);
        private static readonly Regex Bool = new Regex("^(true|True|TRUE|false|False|FALSE)$", RegexOptions.CultureInvariant);
        private static readonly Regex Decimal = new Regex("^[-+]?[0-9][0-9_]*$", RegexOptions.CultureInvariant);
        private static readonly Regex Hex = new Regex("^0x[0-9a-fA-F_]+$", RegexOptions.CultureInvariant);
        private static readonly Regex Octal = new Regex("^0o[0-7_]+$", RegexOptions.CultureInvariant);
        private static readonly Regex Binary = new Regex("^0b[01_]+$", RegexOptions.CultureInvariant);
        private static readonly Regex Float = new Regex(@"^[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);
        private static readonly Regex Special = new Regex(@"^([-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$", RegexOptions.CultureInvariant);

        /// <exception cref="CliException">The text is not YAML, holds more than one document, or a value JSON cannot carry.</exception>
        public static string ToJson(string text)
        {
            var stream = new YamlStream();
            try
            {
                stream.Load(new StringReader(text));
            }
            catch (YamlException e)
            {
                throw CliException.Parameter("cli-input-yaml", "Invalid YAML: " + e.Message);
            }

            if (stream.Documents.Count != 1)
            {
                throw CliException.Parameter("cli-input-yaml", "expected a single YAML document, got " + stream.Documents.Count.ToString(CultureInfo.InvariantCulture));
            }

            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                Write(stream.Documents[0].RootNode, writer);
            }

            return Encoding.UTF8.GetString(buffer.ToArray());
        }

        private static void Write(YamlNode node, Utf8JsonWriter writer)
        {
            switch (node)
            {
                case YamlMappingNode map:
                    writer.WriteStartObject();
                    foreach (var entry in map.Children)
                    {
                        writer.WritePropertyName(entry.Key is YamlScalarNode key ? key.Value ?? string.Empty : throw CliException.Parameter("cli-input-yaml", "mapping keys must be scalars"));
                        Write(entry.Value, writer);
                    }

                    writer.WriteEndObject();
                    break;
                case YamlSequenceNode list:
                    writer.WriteStartArray();
                    foreach (var item in list.Children)
                    {
                        Write(item, writer);
                    }

                    writer.WriteEndArray();
                    break;
                case YamlScalarNode scalar:
                    WriteScalar(scalar, writer);
                    break;
                default:
                    throw CliException.Parameter("cli-input-yaml", "aliases are not supported");
            }
        }

        private static void WriteScalar(YamlScalarNode scalar, Utf8JsonWriter writer)
        {
            var value = scalar.Value ?? string.Empty;
            if (scalar.Style != ScalarStyle.Plain)
            {
                writer.WriteStringValue(value);
            }
            else if (Null.IsMatch(value))
            {
                writer.WriteNullValue();
            }
            else if (Bool.IsMatch(value))
            {
                writer.WriteBooleanValue(value[0] is 't' or 'T');
            }
            else if (Decimal.IsMatch(value) || Hex.IsMatch(value) || Octal.IsMatch(value) || Binary.IsMatch(value))
            {
                writer.WriteRawValue(Integer(value.Replace("_", string.Empty)).ToString(CultureInfo.InvariantCulture));
            }
            else if (Float.IsMatch(value))
            {
                // Written so that it reads back as a float, as Python's YAML loader gives one.
                var repr = double.Parse(value.Replace("_", string.Empty), NumberStyles.Float, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture);
                writer.WriteRawValue(repr.Contains('.') || repr.Contains('E') ? repr : repr + ".0");
            }
            else if (Special.IsMatch(value))
            {
                // The CLI would send it as a bare NaN or Infinity token, which is not JSON; refused here as everywhere.
                throw CliException.Parameter("cli-input-yaml", "'" + value + "' has no JSON form");
            }
            else
            {
                writer.WriteStringValue(value);
            }
        }

        private static BigInteger Integer(string digits)
        {
            var negative = digits.StartsWith("-", StringComparison.Ordinal);
            var body = digits.TrimStart('-', '+');
            BigInteger result = 0;
            var (radix, start) = body.StartsWith("0x", StringComparison.Ordinal) ? (16, 2)
                : body.StartsWith("0o", StringComparison.Ordinal) ? (8, 2)
                : body.StartsWith("0b", StringComparison.Ordinal) ? (2, 2)
                : (10, 0);
            for (var i = start; i < body.Length; i++)
            {
                result = result * radix + Convert.ToInt32(body[i].ToString(), 16);
            }

            return negative ? -result : result;
        }
    }
}
