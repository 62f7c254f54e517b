using EndpointConfigGen.Model;

namespace EndpointConfigGen.Emitters
{
    /// <summary>
    /// Emits a string-backed value type for an enum shape: not a C# enum, because AWS adds values
    /// (instance types) every month and a value the model does not know yet must stay usable.
    /// Per value only its documented static member is code; membership and the list of known values
    /// read the shape in the model encoding (<see cref="SchemaEmitter"/>), which holds the values anyway.
    /// </summary>
    internal static class EnumEmitter
    {
        public static string Emit(ShapeIndex index, ShapeSpec shape)
        {
            var typeName = shape.TypeName;
            var names = shape.EnumValueNames;
            var schema = SchemaEmitter.Reference(index, shape.Name);
            var writer = GeneratedFile.Begin(index.Namespace);
            DocComments.Summary(writer, shape.Documentation, "The values of the <c>" + DocComments.Escape(shape.Name) + "</c> enum of the " + DocComments.Escape(index.Model.Metadata.ServiceId) + " model; values it does not list are allowed too.");
            writer.Line(GeneratedFile.GeneratedCodeAttribute);
            writer.Line("[global::System.Diagnostics.DebuggerDisplay(\"{Value}\")]");
            writer.Open("public readonly partial struct " + typeName + " : global::System.IEquatable<" + typeName + ">");
            // Value names never start with '_' (Naming.EnumValueNames), so the private members cannot clash with them.
            writer.Line("private static " + typeName + "[]? _known;");
            writer.Line("private readonly string? _value;");
            writer.Line();
            writer.Line("/// <summary>Wraps a wire value, known or not.</summary>");
            writer.Line("public " + typeName + "(string value) => _value = value ?? throw new global::System.ArgumentNullException(nameof(value));");
            writer.Line();
            writer.Line("/// <summary>The wire value; empty for <c>default</c>.</summary>");
            writer.Line("public string Value => _value ?? string.Empty;");
            writer.Line();
            writer.Line("/// <summary>True when the model lists this value.</summary>");
            writer.Line("public bool IsKnown => IsKnownValue(Value);");
            writer.Line();
            for (var i = 0; i < names.Count; i++)
            {
                writer.Line("/// <summary><c>" + DocComments.Escape(shape.EnumValues[i]) + "</c></summary>");
                writer.Line("public static readonly " + typeName + " " + names[i] + " = new(" + Literals.String(shape.EnumValues[i]) + ");");
            }

            writer.Line();
            writer.Line("/// <summary>Every value the model lists, in model order.</summary>");
            writer.Line("public static global::System.Collections.Generic.IReadOnlyList<" + typeName + "> KnownValues => _known ??= " + ShapeIndex.Rt + "EnumValueList.Of(" + schema + ", static value => new " + typeName + "(value));");
            writer.Line();
            writer.Line("/// <summary>True when the model lists <paramref name=\"value\"/>.</summary>");
            writer.Line("public static bool IsKnownValue(string? value) => " + schema + ".IsEnumValue(value);");
            writer.Line();
            writer.Line("/// <summary>Wraps a wire value.</summary>");
            writer.Line("public static implicit operator " + typeName + "(string value) => new(value);");
            writer.Line();
            writer.Line("/// <summary>Compares wire values ordinally.</summary>");
            writer.Line("public static bool operator ==(" + typeName + " left, " + typeName + " right) => left.Equals(right);");
            writer.Line();
            writer.Line("/// <summary>Compares wire values ordinally.</summary>");
            writer.Line("public static bool operator !=(" + typeName + " left, " + typeName + " right) => !left.Equals(right);");
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line("public bool Equals(" + typeName + " other) => string.Equals(Value, other.Value);");
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line("public override bool Equals(object? obj) => obj is " + typeName + " other && Equals(other);");
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line("public override int GetHashCode() => Value.GetHashCode();");
            writer.Line();
            writer.Line("/// <summary>The wire value.</summary>");
            writer.Line("public override string ToString() => Value;");
            writer.Close();
            return GeneratedFile.End(writer);
        }
    }
}
