using System;
using System.Collections.Generic;
using System.Globalization;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Cli
{
    /// <summary>
    /// Turns one option's raw command-line value into a tree as the AWS CLI unpacks an argument:
    /// a <c>file://</c> value is loaded, shorthand is read (token by token for lists) and converted
    /// against the model, JSON is taken as typed, scalars go through Python's <c>int()</c>/<c>float()</c>.
    /// </summary>
    internal sealed class ArgumentReader
    {
        private readonly LoadedValues _loaded;
        private readonly bool _anyNumber;

        /// <param name="loaded">Records the values loaded from files.</param>
        /// <param name="anyNumber">Keep every number Python reads (see <see cref="ParamConverter.Convert"/>), as the CLI does.</param>
        public ArgumentReader(LoadedValues loaded, bool anyNumber)
        {
            _loaded = loaded;
            _anyNumber = anyNumber;
        }

        /// <exception cref="CliException">The value cannot be read; the message is the CLI's.</exception>
        public ParamNode Read(CliOption option, object raw)
        {
            if (raw is bool flag)
            {
                return ParamNode.Boolean(flag);
            }

            var value = LoadFile(option, raw);
            if (value is LoadedBytes)
            {
                if (option.TakesShorthand || option.Shape.IsComplex)
                {
                    throw CliException.Parameter(option.Name, "binary (fileb://) content cannot be read as shorthand or JSON; use file://");
                }

                return _loaded.Node(value, option.Shape, fromShorthand: false, option.Name);
            }

            if (option.TakesShorthand && !LooksLikeJson(value))
            {
                return ReadShorthand(option, value);
            }

            return Unpack(option.Shape, value, option.Name);
        }

        // The CLI offers a one-token list to the file loader as that token, and a loaded list
        // option then holds the file's text, not a list.
        private static object LoadFile(CliOption option, object raw)
        {
            var candidate = raw is string[] tokens && tokens.Length == 1 ? tokens[0] : raw as string;
            if (candidate is null)
            {
                return raw;
            }

            try
            {
                return ParamFiles.Load(candidate) ?? raw;
            }
            catch (CliException e)
            {
                throw CliException.Parameter(option.Name, e.Message);
            }
        }

        private static bool LooksLikeJson(object value)
        {
            var check = value is string[] tokens ? (tokens.Length > 0 ? tokens[0] : null) : value as string;
            if (check is null)
            {
                return false;
            }

            var trimmed = check.Trim();
            return trimmed.StartsWith("[", StringComparison.Ordinal) || trimmed.StartsWith("{", StringComparison.Ordinal);
        }

        private ParamNode ReadShorthand(CliOption option, object value)
        {
            var files = new ShorthandFileLoader(_loaded, option.Name);
            if (value is string text)
            {
                if (ShorthandSpecialCases.IsBareValue(option.Shape, text))
                {
                    return ShorthandSpecialCases.BareValue(text);
                }

                var map = files.Load(ParseShorthand(option, text), option.Shape.Kind == SchemaKind.List ? option.Shape.Item : option.Shape);

                // A single shorthand value for a list option (from a file) is left unconverted, as the CLI leaves it.
                return option.Shape.Kind == SchemaKind.List ? map : ParamConverter.Convert(map, option.Shape, _anyNumber);
            }

            var items = new List<ParamNode>();
            foreach (var token in (string[])value)
            {
                items.Add(files.Load(ParseShorthand(option, token), option.Shape.Item));
            }

            return ParamConverter.Convert(ParamNode.List(items, fromShorthand: true), option.Shape, _anyNumber);
        }

        private static ParamNode ParseShorthand(CliOption option, string text)
        {
            if (!ShorthandParser.TryParse(text, out var node, out var error))
            {
                throw CliException.Parameter(option.Name, error!.Message);
            }

            return node!;
        }

        // awscli argprocess.unpack_cli_arg for values that are not shorthand.
        private ParamNode Unpack(SchemaShape shape, object value, string cliName)
        {
            switch (shape.Kind)
            {
                case SchemaKind.Document:
                    return Json((string)value, cliName);
                case SchemaKind.Structure:
                case SchemaKind.Map:
                    var text = (string)value;
                    if (text.TrimStart().StartsWith("{", StringComparison.Ordinal))
                    {
                        return Json(text, cliName);
                    }

                    throw CliException.Parameter(cliName, "Invalid JSON:\n" + text);
                case SchemaKind.List:
                    return UnpackList(shape, value, cliName);
                default:
                    return Scalar(shape, (string)value);
            }
        }

        private ParamNode UnpackList(SchemaShape shape, object value, string cliName)
        {
            if (value is string text && text.TrimStart().StartsWith("[", StringComparison.Ordinal))
            {
                return Json(text, cliName);
            }

            var tokens = value as string[] ?? CodePoints((string)value);
            if (tokens.Length == 1 && tokens[0].Trim().StartsWith("[", StringComparison.Ordinal))
            {
                return Json(tokens[0], cliName);
            }

            var items = new List<ParamNode>(tokens.Length);
            foreach (var token in tokens)
            {
                try
                {
                    items.Add(Unpack(shape.Item!, token, cliName));
                }
                catch (ParamConversionException)
                {
                    // The CLI names only the first token when an item of a scalar list fails.
                    throw CliException.Parameter(cliName, tokens[0]);
                }
            }

            return ParamNode.List(items, fromShorthand: false);
        }

        private ParamNode Scalar(SchemaShape shape, string value)
        {
            switch (shape.Kind)
            {
                case SchemaKind.Integer:
                case SchemaKind.Long:
                case SchemaKind.Float:
                case SchemaKind.Double:
                    return ParamConverter.Convert(ParamNode.String(value, fromShorthand: true), shape, _anyNumber);
                default:
                    return ParamNode.String(value, fromShorthand: false);
            }
        }

        private ParamNode Json(string text, string cliName)
        {
            try
            {
                return PythonJson.Parse(text, _anyNumber);
            }
            catch (PythonJson.Error e)
            {
                throw CliException.Parameter(cliName, "Invalid JSON: " + e.Message + "\nJSON received: " + text);
            }
        }

        // Python iterates a string by code points.
        private static string[] CodePoints(string text)
        {
            var items = new List<string>();
            for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
            {
                items.Add(char.IsSurrogatePair(text, i) ? text.Substring(i, 2) : text[i].ToString(CultureInfo.InvariantCulture));
            }

            return items.ToArray();
        }
    }
}
