namespace EndpointConfigGen.Client.Errors;

/// <summary>
/// The standard reason phrases of the 5xx codes, as Python's <c>http.client.responses</c> has them: botocore
/// reports a 5xx with an empty or HTML body as <c>(code): phrase</c>, whatever phrase the server sent.
/// </summary>
internal static class HttpReasonPhrases
{
    public static string Of(int statusCode) => statusCode switch
    {
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        505 => "HTTP Version Not Supported",
        506 => "Variant Also Negotiates",
        507 => "Insufficient Storage",
        508 => "Loop Detected",
        510 => "Not Extended",
        511 => "Network Authentication Required",
        _ => "",
    };
}
