using System;
using System.Text.Json;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// Thrown when request JSON does not fit the model; <see cref="JsonException.Path"/> names
    /// where (<c>$.ProductionVariants[0].InitialInstanceCount</c>).
    /// </summary>
    public sealed class JsonRequestException : JsonException
    {
        /// <summary>Creates the exception.</summary>
        public JsonRequestException(string message, string path, Exception? innerException = null)
            : base(message + " (at " + path + ")", path, null, null, innerException)
        {
            Reason = message;
        }

        /// <summary>The problem, without the path.</summary>
        public string Reason { get; }
    }
}
