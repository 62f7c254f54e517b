using System;
using System.IO;
using System.Text;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Cli
{
    /// <summary>A value loaded from <c>fileb://</c>: Python <c>bytes</c>, which only a blob member accepts.</summary>
    internal sealed class LoadedBytes
    {
        public LoadedBytes(byte[] content)
        {
            Content = content;
        }

        public byte[] Content { get; }

        /// <summary>Python's <c>repr()</c> of the bytes: <c>b'a\n'</c>.</summary>
        public string Repr()
        {
            var quote = Array.IndexOf(Content, (byte)'\'') >= 0 && Array.IndexOf(Content, (byte)'"') < 0 ? '"' : '\'';
            var text = new StringBuilder("b").Append(quote);
            foreach (var b in Content)
            {
                switch (b)
                {
                    case (byte)'\\':
                        text.Append("\\\\");
                        break;
                    case (byte)'\t':
                        text.Append("\\t");
                        break;
                    case (byte)'\n':
                        text.Append("\\n");
                        break;
                    case (byte)'\r':
                        text.Append("\\r");
                        break;
                    default:
                        if (b == quote)
                        {
                            text.Append('\\').Append((char)b);
                        }
                        else if (b < 0x20 || b >= 0x7f)
                        {
                            text.Append("\\x").Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            text.Append((char)b);
                        }

                        break;
                }
            }

            return text.Append(quote).ToString();
        }
    }

    /// <summary>
    /// The CLI's <c>file://</c> and <c>fileb://</c> parameter values (awscli <c>paramfile</c>):
    /// text read as UTF-8 with universal newlines, bytes as they are, and its error messages.
    /// </summary>
    internal static class ParamFiles
    {
        private const string TextPrefix = "file://";
        private const string BytesPrefix = "fileb://";
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

        /// <summary>True when the value names a file the CLI would load.</summary>
        public static bool IsFileReference(string value) =>
            value.StartsWith(TextPrefix, StringComparison.Ordinal) || value.StartsWith(BytesPrefix, StringComparison.Ordinal);

        /// <summary>Loads a <c>file://</c> value as a string or a <c>fileb://</c> value as <see cref="LoadedBytes"/>; null when the value is no file reference.</summary>
        /// <exception cref="CliException">The file cannot be read; the message is the CLI's, without a parameter name.</exception>
        public static object? Load(string value)
        {
            var binary = value.StartsWith(BytesPrefix, StringComparison.Ordinal);
            if (!binary && !value.StartsWith(TextPrefix, StringComparison.Ordinal))
            {
                return null;
            }

            var path = ExpandPath(value.Substring(binary ? BytesPrefix.Length : TextPrefix.Length));
            byte[] content;
            try
            {
                content = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                throw new CliException("Unable to load paramfile " + value + ": " + OsError(e, path));
            }

            if (binary)
            {
                return new LoadedBytes(content);
            }

            try
            {
                // Python's text mode: a leading BOM stays (utf-8, not utf-8-sig); newlines become \n.
                return StrictUtf8.GetString(content).Replace("\r\n", "\n").Replace('\r', '\n');
            }
            catch (DecoderFallbackException)
            {
                throw new CliException("Unable to load paramfile (" + path + "), text contents could not be decoded.  If this is a binary file, please use the fileb:// prefix instead of the file:// prefix.");
            }
        }

        /// <summary>Python's <c>str(OSError)</c>: <c>[Errno 2] No such file or directory: '/x'</c>.</summary>
        private static string OsError(Exception e, string path)
        {
            var repr = PythonRepr.Of(path);
            if (Directory.Exists(path))
            {
                return "[Errno 21] Is a directory: " + repr;
            }

            switch (e)
            {
                case FileNotFoundException:
                case DirectoryNotFoundException:
                    return "[Errno 2] No such file or directory: " + repr;
                case UnauthorizedAccessException:
                    return "[Errno 13] Permission denied: " + repr;
                default:
                    return e.Message;
            }
        }

        // os.path.expandvars(os.path.expanduser(path)): ~ and $VAR / ${VAR} (unset variables stay as written).
        private static string ExpandPath(string path)
        {
            if (path.StartsWith("~", StringComparison.Ordinal) && (path.Length == 1 || path[1] == '/'))
            {
                var home = Environment.GetEnvironmentVariable("HOME");
                if (!string.IsNullOrEmpty(home))
                {
                    path = home!.TrimEnd('/') + path.Substring(1);
                }
            }

            if (path.IndexOf('$') < 0)
            {
                return path;
            }

            return System.Text.RegularExpressions.Regex.Replace(path, @"\$(\w+|\{[^}]*\})", match =>
            {
                var name = match.Value[1] == '{' ? match.Value.Substring(2, match.Value.Length - 3) : match.Value.Substring(1);
                return Environment.GetEnvironmentVariable(name) ?? match.Value;
            });
        }
    }
}
