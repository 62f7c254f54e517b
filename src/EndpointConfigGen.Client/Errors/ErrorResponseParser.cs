using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Xml;
using Amazon.Runtime;

namespace EndpointConfigGen.Client.Errors;

/// <summary>
/// Reads a json-protocol error response. The CLI view follows botocore 1.43's <c>JSONParser</c> exactly (so
/// <see cref="AwsServiceException.CliErrorLine"/> is what <c>aws</c> prints); the SDK view keeps the same code
/// and message where botocore finds them and fills in, where botocore falls back to the bare HTTP status,
/// the code the response does carry (<c>x-amzn-ErrorType</c>, or an XML <c>&lt;Code&gt;</c> as in auth errors).
/// </summary>
internal static class ErrorResponseParser
{
    public static ParsedError Parse(int statusCode, byte[] body, string? errorTypeHeader, string? queryErrorHeader)
    {
        var status = statusCode.ToString(CultureInfo.InvariantCulture);
        var headerCode = NonEmpty(errorTypeHeader) is { } header ? Sanitize(header) : null;
        var queryCode = QueryErrorCode(queryErrorHeader);

        // botocore's generic error: a 5xx whose body is empty or an HTML page reads as (status): phrase.
        if (statusCode >= 500 && IsEmptyOrHtml(body))
        {
            var phrase = HttpReasonPhrases.Of(statusCode);
            return new ParsedError(queryCode ?? headerCode ?? status, phrase, ErrorType.Receiver, status, phrase, headerCode);
        }

        string? type = null, message = null;
        if (body.Length == 0 || TryReadJson(body, out type, out message))
        {
            var code = type is null ? null : Sanitize(type);
            return new ParsedError(
                queryCode ?? code ?? headerCode ?? status, message ?? "", TypeOf(statusCode), queryCode ?? code ?? status, message ?? "", code ?? headerCode);
        }

        // Not JSON: botocore's message is the body verbatim, its code the status.
        var text = Encoding.UTF8.GetString(body);
        var xml = TryReadXml(text);
        var errorType = xml.Type switch { "Sender" => ErrorType.Sender, "Receiver" => ErrorType.Receiver, _ => TypeOf(statusCode) };
        return new ParsedError(queryCode ?? headerCode ?? xml.Code ?? status, xml.Message ?? text, errorType, queryCode ?? status, text, headerCode);
    }

    /// <summary>botocore's clean-up: <c>aws.protocoltests#Code:http://...</c> becomes <c>Code</c>.</summary>
    private static string Sanitize(string code)
    {
        var colon = code.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            code = code[..colon];
        }

        var hash = code.LastIndexOf('#');
        return hash >= 0 ? code[(hash + 1)..] : code;
    }

    /// <summary>awsQueryCompatible services name the old query error code in <c>x-amzn-query-error: Code;Sender</c>.</summary>
    private static string? QueryErrorCode(string? header)
    {
        var parts = NonEmpty(header)?.Split(';');
        return parts is { Length: 2 } && parts[0].Length > 0 ? parts[0] : null;
    }

    private static bool TryReadJson(byte[] body, out string? type, out string? message)
    {
        type = message = null;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            type = StringProperty(document.RootElement, "__type");
            message = StringProperty(document.RootElement, "message") ?? StringProperty(document.RootElement, "Message");
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string? StringProperty(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static (string? Code, string? Message, string? Type) TryReadXml(string text)
    {
        if (!text.AsSpan().TrimStart().StartsWith("<", StringComparison.Ordinal))
        {
            return default;
        }

        string? code = null, message = null, type = null;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(text), settings);
            reader.MoveToContent();
            while (!reader.EOF)
            {
                // ReadElementContentAsString already moves past the element: no Read() after it.
                switch (reader.NodeType == XmlNodeType.Element ? reader.LocalName : null)
                {
                    case "Code" when code is null: code = reader.ReadElementContentAsString(); break;
                    case "Message" when message is null: message = reader.ReadElementContentAsString(); break;
                    case "Type" when type is null: type = reader.ReadElementContentAsString(); break;
                    default: reader.Read(); break;
                }
            }
        }
        catch (XmlException)
        {
            // Not XML after all (an HTML page, a proxy's text): keep whatever was read before the fault.
        }

        return (code, message, type);
    }

    private static bool IsEmptyOrHtml(byte[] body)
    {
        // Python's bytes.strip(): ASCII whitespace only.
        var span = body.AsSpan().Trim(" \t\n\r\v\f"u8);
        return span.IsEmpty || span.StartsWith("<html>"u8);
    }

    private static ErrorType TypeOf(int statusCode) => statusCode >= 500 ? ErrorType.Receiver : ErrorType.Sender;

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
