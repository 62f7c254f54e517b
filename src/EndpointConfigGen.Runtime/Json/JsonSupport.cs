using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Json;

namespace EndpointConfigGen.Runtime
{
    /// <summary>Shared pieces of the generated <c>ToJson</c>/<c>FromJson</c> code.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static class JsonSupport
    {
        private static readonly JsonReaderOptions ReaderOptions = new JsonReaderOptions { MaxDepth = 64 };

        // One buffer and writer per thread for WriteUtf8, whose result is a copy: a client sends a body per request.
        [ThreadStatic]
        private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? _utf8Scratch;

        /// <summary>Serialises a value with its generated writer into compact JSON.</summary>
        public static byte[] WriteUtf8<T>(T value, Action<T, Utf8JsonWriter> write)
        {
            // Taken for the call, so a writer that (oddly) serialises another value inside gets a fresh pair.
            var scratch = _utf8Scratch;
            _utf8Scratch = null;
            var (buffer, writer) = scratch ?? (new ArrayBufferWriter<byte>(256), new Utf8JsonWriter(Stream.Null));
            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            try
            {
                write(value, writer);
                writer.Flush();
                var result = buffer.WrittenSpan.ToArray();

                // A large body's buffer is not kept for the thread's lifetime.
                if (buffer.Capacity <= 64 * 1024)
                {
                    _utf8Scratch = (buffer, writer);
                }

                return result;
            }
            finally
            {
                writer.Reset(Stream.Null);
            }
        }

        /// <summary>Serialises a value with its generated writer into a compact JSON string.</summary>
        public static string Write<T>(T value, Action<T, Utf8JsonWriter> write)
        {
            var buffer = new ArrayBufferWriter<byte>(256);
            using (var writer = new Utf8JsonWriter(buffer))
            {
                write(value, writer);
            }

            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }

        /// <summary>Reads a whole UTF-8 document with a generated reader; malformed JSON gets its path too.</summary>
        /// <param name="utf8Json">The document.</param>
        /// <param name="read">The generated reader of the document's type.</param>
        /// <param name="response">Read as a client reads a response (see <see cref="JsonReadContext.IsResponse"/>), not as a request is checked.</param>
        public static T Read<T>(ReadOnlySpan<byte> utf8Json, JsonValueReader<T> read, bool response = false)
        {
            var reader = new Utf8JsonReader(utf8Json, ReaderOptions);
            var context = new JsonReadContext(response);
            try
            {
                if (!reader.Read())
                {
                    throw context.Error("The JSON text is empty");
                }

                var value = read(ref reader, context);
                if (reader.Read())
                {
                    throw context.Error("Unexpected text after the JSON value");
                }

                return value;
            }
            catch (JsonException e) when (e is not JsonRequestException)
            {
                throw new JsonRequestException(e.Message, context.Path, e);
            }
            catch (InvalidOperationException e)
            {
                // Utf8JsonReader throws this, not JsonException, when a name or string it compares or
                // decodes holds an escaped lone surrogate ("\ud800").
                throw new JsonRequestException(e.Message, context.Path, e);
            }
        }

        /// <summary>The JSON <c>null</c>: the zero value of a document member a response left out.</summary>
        public static JsonElement NullDocument { get; } = JsonDocument.Parse("null").RootElement;

        /// <summary>Reads a whole document from a string.</summary>
        public static T Read<T>(string json, JsonValueReader<T> read)
        {
            if (json is null)
            {
                throw new ArgumentNullException(nameof(json));
            }

            return Read(Encoding.UTF8.GetBytes(json), read);
        }

        /// <summary>
        /// Writes a float/double as Python's <c>repr</c> does (<c>1.0</c>, <c>1e+16</c>), which is
        /// what the AWS CLI sends. NaN and infinities have no JSON form and are refused.
        /// </summary>
        public static void WriteDouble(Utf8JsonWriter writer, double value)
        {
            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "NaN and infinities cannot be sent as JSON.");
            }

            writer.WriteRawValue(PythonNumbers.FormatDouble(value), skipInputValidation: true);
        }

        /// <summary>Writes a timestamp as whole epoch seconds, as botocore does for JSON protocols (its default precision drops the fraction).</summary>
        public static void WriteTimestamp(Utf8JsonWriter writer, DateTimeOffset value) =>
            writer.WriteNumberValue(BotocoreTimestamp.ToEpochSeconds(value));
    }
}
