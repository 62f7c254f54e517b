using System.Collections.Generic;
using System.Globalization;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// Converts a parsed shorthand tree against the model as the AWS CLI does before validation:
    /// a scalar or hash where a list belongs becomes a one-item list (its contents left as they
    /// are, as the CLI leaves them), integers and floats are read as Python's <c>int()</c> and
    /// <c>float()</c> read them, and <c>true</c>/<c>false</c> in any case become booleans.
    /// Members the model does not know are kept for validation to report.
    /// </summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static class ParamConverter
    {
        /// <summary>Converts <paramref name="value"/> for a parameter of shape <paramref name="shape"/>.</summary>
        /// <param name="value">The parsed value.</param>
        /// <param name="shape">Its shape.</param>
        /// <param name="anyNumber">
        /// Keep every number Python's <c>int()</c> and <c>float()</c> make, as the CLI sends them: integers of any size,
        /// and infinities and NaN as the number texts <c>Infinity</c>, <c>-Infinity</c> and <c>NaN</c> (which only a
        /// botocore-style body writer can send). False refuses what the typed model cannot hold.
        /// </param>
        /// <exception cref="ParamConversionException">A value cannot be converted.</exception>
        public static ParamNode Convert(ParamNode value, SchemaShape shape, bool anyNumber = false) => Visit(value, shape, 0, anyNumber);

        // Depth is bounded by the shorthand parser's nesting limit, so recursion is safe here.
        private static ParamNode Visit(ParamNode value, SchemaShape shape, int depth, bool anyNumber)
        {
            switch (shape.Kind)
            {
                case SchemaKind.Structure:
                    return value.Kind == ParamNodeKind.Map ? VisitStructure(value, shape, depth, anyNumber) : value;
                case SchemaKind.List:
                    if (value.Kind != ParamNodeKind.List)
                    {
                        return ParamNode.List(new[] { value }, value.FromShorthand, value.Offset);
                    }

                    var items = new ParamNode[value.Items.Count];
                    for (var i = 0; i < items.Length; i++)
                    {
                        items[i] = Visit(value.Items[i], shape.Item!, depth + 1, anyNumber);
                    }

                    return ParamNode.List(items, value.FromShorthand, value.Offset);
                case SchemaKind.Map:
                    if (value.Kind != ParamNodeKind.Map)
                    {
                        return value;
                    }

                    var entries = new ParamEntry[value.Entries.Count];
                    for (var i = 0; i < entries.Length; i++)
                    {
                        var entry = value.Entries[i];
                        entries[i] = new ParamEntry(entry.Key, Visit(entry.Value, shape.Value!, depth + 1, anyNumber), entry.KeyOffset, entry.LoadFiles);
                    }

                    return ParamNode.Map(entries, value.FromShorthand, value.Offset);
                case SchemaKind.Integer:
                    return ToInteger(value, int.MinValue, int.MaxValue, "32", anyNumber);
                case SchemaKind.Long:
                    return ToInteger(value, long.MinValue, long.MaxValue, "64", anyNumber);
                case SchemaKind.Float:
                case SchemaKind.Double:
                    return ToFloat(value, anyNumber);
                case SchemaKind.Boolean:
                    return ToBoolean(value);
                case SchemaKind.Document:
                    throw new ParamConversionException("Shorthand syntax does not support document types. Use JSON input for top-level argument to specify nested parameter", value, isShorthandError: true);
                default:
                    return value;
            }
        }

        // The CLI visits a structure's members in model order (so the first failure is the first
        // member in the model that fails), while the result keeps input order as a Python dict does.
        private static ParamNode VisitStructure(ParamNode value, SchemaShape shape, int depth, bool anyNumber)
        {
            var entries = new ParamEntry[value.Entries.Count];
            var at = new Dictionary<string, int>(entries.Length, System.StringComparer.Ordinal);
            for (var i = 0; i < entries.Length; i++)
            {
                entries[i] = value.Entries[i];
                at[entries[i].Key] = i;
            }

            foreach (var member in shape.Members)
            {
                if (!at.TryGetValue(member.Name, out var i))
                {
                    continue;
                }

                var entry = entries[i];

                ParamNode converted;
                try
                {
                    converted = Visit(entry.Value, member.Target, depth + 1, anyNumber);
                }
                catch (ParamConversionException e) when (e.IsShorthandError && member.Target.Kind == SchemaKind.Document)
                {
                    // The CLI names the member only once it is known, one level up.
                    throw new ParamConversionException(e.Message + ": " + entry.Key, e.Node, isShorthandError: true);
                }

                entries[i] = new ParamEntry(entry.Key, converted, entry.KeyOffset, entry.LoadFiles);
            }

            return ParamNode.Map(entries, value.FromShorthand, value.Offset);
        }

        // Python's int() has no limit and the CLI sends any integer; unless the caller sends botocore's body
        // (anyNumber), a value the member's type cannot hold is refused here, with the 64-bit limit's wording
        // (a deliberate difference, README).
        private static ParamNode ToInteger(ParamNode value, long min, long max, string bits, bool anyNumber)
        {
            if (value.Kind != ParamNodeKind.String)
            {
                throw new ParamConversionException("int() argument must be a string, a bytes-like object or a real number, not '" + PythonTypeName(value) + "'", value);
            }

            if (anyNumber)
            {
                return PythonNumbers.TryParseBigInt(value.Text, out var text, out var invalid)
                    ? ParamNode.Number(text, value.Offset)
                    : throw new ParamConversionException(invalid!, value);
            }

            if (!PythonNumbers.TryParseInt(value.Text, out var number, out var error))
            {
                throw new ParamConversionException(error!, value);
            }

            if (number < min || number > max)
            {
                throw new ParamConversionException(PythonNumbers.OutOfRange(value.Text, bits), value);
            }

            return ParamNode.Number(number.ToString(CultureInfo.InvariantCulture), value.Offset);
        }

        private static ParamNode ToFloat(ParamNode value, bool anyNumber)
        {
            if (value.Kind != ParamNodeKind.String)
            {
                throw new ParamConversionException("float() argument must be a string or a real number, not '" + PythonTypeName(value) + "'", value);
            }

            if (anyNumber)
            {
                return PythonNumbers.TryParsePythonFloat(value.Text, out var any, out var invalid)
                    ? ParamNode.Number(FloatText(any), value.Offset)
                    : throw new ParamConversionException(invalid!, value);
            }

            if (!PythonNumbers.TryParseDouble(value.Text, out var number, out var error))
            {
                throw new ParamConversionException(error!, value);
            }

            return ParamNode.Number(PythonNumbers.FormatDouble(number), value.Offset);
        }

        private static string FloatText(double value) =>
            double.IsNaN(value) ? "NaN" : double.IsPositiveInfinity(value) ? "Infinity" : double.IsNegativeInfinity(value) ? "-Infinity" : PythonNumbers.FormatDouble(value);

        private static ParamNode ToBoolean(ParamNode value)
        {
            if (value.Kind != ParamNodeKind.String)
            {
                throw new ParamConversionException("'" + PythonTypeName(value) + "' object has no attribute 'lower'", value);
            }

            // Anything but true/false stays a string, and validation reports its type.
            return PythonNumbers.TryParseBool(value.Text, out var flag) ? ParamNode.Boolean(flag, value.Offset) : value;
        }

        /// <summary>The Python type name of a value, as the CLI's messages show it.</summary>
        public static string PythonTypeName(ParamNode value)
        {
            switch (value.Kind)
            {
                case ParamNodeKind.List:
                    return "list";
                case ParamNodeKind.Map:
                    return "dict";
                case ParamNodeKind.Boolean:
                    return "bool";
                case ParamNodeKind.Null:
                    return "NoneType";
                case ParamNodeKind.Number:
                    return IsIntegerText(value.Text) ? "int" : "float";
                default:
                    return "str";
            }
        }

        /// <summary>True for number text without a fraction or exponent, which Python reads as an int.</summary>
        public static bool IsIntegerText(string text)
        {
            foreach (var c in text)
            {
                if (c == '.' || c == 'e' || c == 'E')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
