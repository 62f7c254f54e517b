using EndpointConfigGen.Model;

namespace EndpointConfigGen.Emitters
{
    /// <summary>
    /// Emits a string-backed value type for an enum shape: not a C# enum, because AWS adds values
    /// (instance types) every month and a value the model does not know yet must stay usable.
    /// </summary>
    internal static class EnumEmitter
    {
        public static string Emit(ShapeIndex index, ShapeSpec shape)
        {
            var typeName = shape.TypeName;
            var names = shape.EnumValueNames;
            var writer = GeneratedFile.Begin(index.Namespace);
            DocComments.Summary(writer, shape.Documentation, "The values of the <c>" + DocComments.Escape(shape.Name) + "</c> enum of the " + DocComments.Escape(index.Model.Metadata.ServiceId) + " model; values it does not list are allowed too.");
            writer.Line(GeneratedFile.GeneratedCodeAttribute);
            writer.Line("[global::System.Diagnostics.DebuggerDisplay(\"{Value}\")]");
            writer.Open("public readonly partial struct " + typeName + " : global::System.IEquatable<" + typeName + ">");
            writer.Line("private readonly string? _value;");
            writer.Line();
            writer.Line("/// <summary>Wraps a wire value, known or not.</summary>");
            writer.Line("/// <param name=\"value\">The value as sent on the wire.</param>");
            writer.Open("public " + typeName + "(string value)");
            writer.Line("_value = value ?? throw new global::System.ArgumentNullException(nameof(value));");
            writer.Close();
            writer.Line();
            writer.Line("/// <summary>The wire value; empty for <c>default</c>.</summary>");
            writer.Line("public string Value => _value ?? string.Empty;");
            writer.Line();
            writer.Line("/// <summary>True when the model lists this value.</summary>");
            writer.Line("public bool IsKnown => IsKnownValue(Value);");
            writer.Line();

            for (var i = 0; i < names.Count; i++)
            {
                writer.Line("/// <summary>The value <c>" + DocComments.Escape(shape.EnumValues[i]) + "</c>.</summary>");
                writer.Line("public static readonly " + typeName + " " + names[i] + " = new " + typeName + "(Values." + names[i] + ");");
                writer.Line();
            }

            writer.Line("/// <summary>Every value the model lists, in model order.</summary>");
            writer.Open("public static global::System.Collections.Generic.IReadOnlyList<" + typeName + "> KnownValues { get; } = new " + typeName + "[]");
            foreach (var name in names)
            {
                writer.Line(name + ",");
            }

            writer.Close(";");
            writer.Line();
            writer.Line("/// <summary>True when the model lists <paramref name=\"value\"/>.</summary>");
            writer.Line("/// <param name=\"value\">A wire value.</param>");
            writer.Line("/// <returns>Whether it is known.</returns>");
            writer.Open("public static bool IsKnownValue(string? value)");
            if (names.Count == 0)
            {
                writer.Line("return false;");
            }
            else
            {
                writer.Open("switch (value)");
                foreach (var name in names)
                {
                    writer.Line("case Values." + name + ":");
                }

                writer.Indent().Line("return true;").Outdent();
                writer.Line("default:");
                writer.Indent().Line("return false;").Outdent();
                writer.Close();
            }

            writer.Close();
            writer.Line();
            writer.Line("/// <summary>Wraps a wire value.</summary>");
            writer.Line("/// <param name=\"value\">The value as sent on the wire.</param>");
            writer.Line("public static implicit operator " + typeName + "(string value) => new " + typeName + "(value);");
            writer.Line();
            writer.Line("/// <summary>Compares wire values ordinally.</summary>");
            writer.Line("/// <param name=\"left\">The first value.</param>");
            writer.Line("/// <param name=\"right\">The second value.</param>");
            writer.Line("public static bool operator ==(" + typeName + " left, " + typeName + " right) => left.Equals(right);");
            writer.Line();
            writer.Line("/// <summary>Compares wire values ordinally.</summary>");
            writer.Line("/// <param name=\"left\">The first value.</param>");
            writer.Line("/// <param name=\"right\">The second value.</param>");
            writer.Line("public static bool operator !=(" + typeName + " left, " + typeName + " right) => !left.Equals(right);");
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line("public bool Equals(" + typeName + " other) => string.Equals(Value, other.Value, global::System.StringComparison.Ordinal);");
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line("public override bool Equals(object? obj) => obj is " + typeName + " other && Equals(other);");
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line("public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Value);");
            writer.Line();
            writer.Line("/// <summary>The wire value.</summary>");
            writer.Line("/// <returns>The value as sent on the wire.</returns>");
            writer.Line("public override string ToString() => Value;");
            writer.Line();
            writer.Line("/// <summary>The known wire values as constants, for <c>switch</c> and attributes.</summary>");
            writer.Open("public static class Values");
            for (var i = 0; i < names.Count; i++)
            {
                writer.Line("/// <summary><c>" + DocComments.Escape(shape.EnumValues[i]) + "</c>.</summary>");
                writer.Line("public const string " + names[i] + " = " + Literals.String(shape.EnumValues[i]) + ";");
                if (i < names.Count - 1)
                {
                    writer.Line();
                }
            }

            writer.Close();
            writer.Close();
            return GeneratedFile.End(writer);
        }
    }
}
