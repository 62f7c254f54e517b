using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace EndpointConfigGen.Runtime
{
    /// <summary>Reads one JSON value of a generated type; used by generated <c>ReadJson</c> methods.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public delegate T JsonValueReader<T>(ref Utf8JsonReader reader, JsonReadContext context);

    /// <summary>
    /// State of one <c>FromJson</c> call: the path to the value being read, kept as a stack of
    /// segments and turned into text only when something is wrong.
    /// </summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class JsonReadContext
    {
        private readonly List<object> _segments = new List<object>();

        /// <summary>Creates the state of one read.</summary>
        /// <param name="response">Read as a client reads a response rather than as a request is checked.</param>
        public JsonReadContext(bool response = false) => IsResponse = response;

        /// <summary>
        /// Whether this reads a response, as botocore and Smithy clients do: members the model does not know
        /// (a newer service) and <c>null</c> members are skipped, and a required member left out reads as its
        /// zero value. A request read (<c>FromJson</c>) fails on each instead.
        /// </summary>
        public bool IsResponse { get; }

        /// <summary>The current JSON path, e.g. <c>$.ProductionVariants[0]</c>.</summary>
        public string Path
        {
            get
            {
                var builder = new StringBuilder("$");
                foreach (var segment in _segments)
                {
                    if (segment is int index)
                    {
                        builder.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
                    }
                    else
                    {
                        builder.Append('.').Append((string)segment);
                    }
                }

                return builder.ToString();
            }
        }

        /// <summary>Enters a member.</summary>
        public void Push(string member) => _segments.Add(member);

        /// <summary>
        /// At a property named <paramref name="utf8Name"/>: moves the reader to its value and enters the member (a
        /// generated reader's test of one member, then <see cref="Pop"/> after reading it); false, unmoved, at another.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public bool Member(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8Name, string member)
        {
            if (!reader.ValueTextEquals(utf8Name))
            {
                return false;
            }

            reader.Read();
            _segments.Add(member);
            return true;
        }

        /// <summary>Leaves the current member or item.</summary>
        public void Pop() => _segments.RemoveAt(_segments.Count - 1);

        /// <summary>Builds the exception for a problem at the current path.</summary>
        public JsonRequestException Error(string message) => new JsonRequestException(message, Path);

        /// <summary>Checks that the reader is at the start of an object.</summary>
        public void ExpectObject(ref Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw Error("Expected a JSON object, found " + Describe(reader.TokenType));
            }
        }

        /// <summary>Advances to the next property name; false at the end of the object. A response's null members are passed over.</summary>
        public bool NextProperty(ref Utf8JsonReader reader)
        {
            while (true)
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.PropertyName || !IsResponse)
                {
                    return reader.TokenType == JsonTokenType.PropertyName;
                }

                var next = reader;
                next.Read();
                if (next.TokenType != JsonTokenType.Null)
                {
                    return true;
                }

                reader.Read();
            }
        }

        /// <summary>
        /// A property the model does not define: an error in a request, skipped in a response (a newer
        /// service may send members this model does not know yet).
        /// </summary>
        public void UnknownProperty(ref Utf8JsonReader reader, string validNames)
        {
            if (!IsResponse)
            {
                throw Error("Unknown member \"" + reader.GetString() + "\", must be one of: " + validNames);
            }

            reader.Skip();
        }

        /// <summary>A required member that is absent: an error in a request, <paramref name="zero"/> in a response.</summary>
        public T MissingRequired<T>(string member, T zero) =>
            IsResponse ? zero : throw Error("Missing required member \"" + member + "\"");

        /// <summary>Reads a string.</summary>
        public string ReadString(ref Utf8JsonReader reader)
        {
            Expect(ref reader, JsonTokenType.String, "a string");
            return reader.GetString()!;
        }

        /// <summary>Reads a 32-bit integer.</summary>
        public int ReadInt32(ref Utf8JsonReader reader)
        {
            Expect(ref reader, JsonTokenType.Number, "an integer");
            if (!reader.TryGetInt32(out var value))
            {
                throw Error("Expected an integer in the 32-bit range, found " + RawText(ref reader));
            }

            return value;
        }

        /// <summary>Reads a 64-bit integer.</summary>
        public long ReadInt64(ref Utf8JsonReader reader)
        {
            Expect(ref reader, JsonTokenType.Number, "an integer");
            if (!reader.TryGetInt64(out var value))
            {
                throw Error("Expected an integer in the 64-bit range, found " + RawText(ref reader));
            }

            return value;
        }

        /// <summary>Reads a float or double.</summary>
        public double ReadDouble(ref Utf8JsonReader reader)
        {
            Expect(ref reader, JsonTokenType.Number, "a number");
            if (!reader.TryGetDouble(out var value) || double.IsInfinity(value))
            {
                throw Error("Number out of range: " + RawText(ref reader));
            }

            return value;
        }

        /// <summary>Reads a boolean.</summary>
        public bool ReadBoolean(ref Utf8JsonReader reader)
        {
            if (reader.TokenType == JsonTokenType.True)
            {
                return true;
            }

            Expect(ref reader, JsonTokenType.False, "true or false");
            return false;
        }

        /// <summary>Reads a timestamp: epoch seconds, or a string botocore reads (<see cref="BotocoreTimestamp"/>).</summary>
        public DateTimeOffset ReadTimestamp(ref Utf8JsonReader reader)
        {
            DateTimeOffset value;
            if (reader.TokenType == JsonTokenType.Number)
            {
                var seconds = ReadDouble(ref reader);
                if (!BotocoreTimestamp.TryFromEpochSeconds(seconds, out value))
                {
                    throw Error("Expected a timestamp in years 1 to 9999, found " + seconds.ToString("R", CultureInfo.InvariantCulture) + " seconds");
                }

                return value;
            }

            var text = ReadString(ref reader);
            if (!BotocoreTimestamp.TryParse(text, out value))
            {
                throw Error("Expected a timestamp (epoch seconds, ISO 8601 or RFC 822), found \"" + text + "\"");
            }

            return value;
        }

        /// <summary>Reads a base64 blob.</summary>
        public ReadOnlyMemory<byte> ReadBlob(ref Utf8JsonReader reader)
        {
            Expect(ref reader, JsonTokenType.String, "a base64 string");
            if (!reader.TryGetBytesFromBase64(out var bytes))
            {
                throw Error("Expected a base64 string");
            }

            return bytes;
        }

        /// <summary>Reads a document (any JSON value), kept as a detached element.</summary>
        public JsonElement ReadDocument(ref Utf8JsonReader reader)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            return document.RootElement.Clone();
        }

        /// <summary>Reads a list, each item with <paramref name="readItem"/>.</summary>
        public List<T> ReadList<T>(ref Utf8JsonReader reader, JsonValueReader<T> readItem)
        {
            Expect(ref reader, JsonTokenType.StartArray, "a JSON array");
            var items = new List<T>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                _segments.Add(items.Count);
                items.Add(readItem(ref reader, this));
                Pop();
            }

            return items;
        }

        /// <summary>Reads a map with string keys, each value with <paramref name="readValue"/>.</summary>
        public Dictionary<string, T> ReadMap<T>(ref Utf8JsonReader reader, JsonValueReader<T> readValue)
        {
            ExpectObject(ref reader);
            var map = new Dictionary<string, T>(StringComparer.Ordinal);
            while (NextProperty(ref reader))
            {
                var key = reader.GetString()!;
                reader.Read();
                Push(key);
                map[key] = readValue(ref reader, this);
                Pop();
            }

            return map;
        }

        private void Expect(ref Utf8JsonReader reader, JsonTokenType type, string what)
        {
            if (reader.TokenType != type)
            {
                throw Error("Expected " + what + ", found " + Describe(reader.TokenType));
            }
        }

        private static string RawText(ref Utf8JsonReader reader) =>
            Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray());

        private static string Describe(JsonTokenType type) => type switch
        {
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "an array",
            JsonTokenType.String => "a string",
            JsonTokenType.Number => "a number",
            JsonTokenType.True or JsonTokenType.False => "a boolean",
            JsonTokenType.Null => "null",
            _ => type.ToString(),
        };
    }
}
