using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EndpointConfigGen.Model;

namespace EndpointConfigGen.Emitters
{
    /// <summary>
    /// Emits <c>ToAwsSdk()</c> and <c>static FromAwsSdk(...)</c> on a generated record whose structure the referenced
    /// AWS SDK has: one object initializer each way, member by member in model order. Lists and maps are copied by the
    /// runtime's <c>AwsSdkConversion</c>, which also carries the path and what was left out. Members one side lacks
    /// (ECG113 at build time) are reported when set, never guessed.
    /// </summary>
    internal static class SdkConversionEmitter
    {
        private const string Rt = ShapeIndex.Rt;
        private const string Conversion = Rt + "AwsSdkConversion";
        private const string Dropped = "global::System.Collections.Generic.IReadOnlyList<string>";

        public static string Emit(ShapeIndex index, ShapeSpec shape, SdkStructure sdk, bool initializeCollections)
        {
            var convertible = sdk.Properties.Where(Convertible).ToDictionary(p => p.Member);
            var writer = GeneratedFile.Begin(index.Namespace);
            writer.Open("partial record " + shape.TypeName);
            EmitToAwsSdk(writer, index, shape, sdk, convertible);
            writer.Line();
            EmitFromAwsSdk(writer, index, shape, sdk, convertible, initializeCollections);
            writer.Close();
            return GeneratedFile.End(writer);
        }

        /// <summary>
        /// <c>ToAwsSdk()</c> and <c>static FromAwsSdk(...)</c> on a generated enum whose <c>ConstantClass</c> the SDK has.
        /// Both sides hold any string, so every value converts as its text: the SDK's constant when it has one
        /// (<c>FindValue</c>), a new instance otherwise.
        /// </summary>
        public static string EmitEnum(ShapeIndex index, ShapeSpec shape, SdkEnum sdk)
        {
            var typeName = shape.TypeName;
            var cref = Cref(sdk.TypeName);
            var writer = GeneratedFile.Begin(index.Namespace);
            writer.Open("partial struct " + typeName);
            writer.Line("/// <summary>This value as the AWS SDK for .NET's <see cref=\"" + cref + "\"/>: its constant, or a new one for a value the SDK does not list.</summary>");
            writer.Line("/// <returns>The SDK's value, with the same text.</returns>");
            writer.Line("public " + sdk.TypeName + " ToAwsSdk() => " + sdk.TypeName + ".FindValue(Value);");
            writer.Line();
            writer.Line("/// <summary>A value of the AWS SDK for .NET's <see cref=\"" + cref + "\"/> as this type, known to the model or not.</summary>");
            writer.Line("/// <param name=\"value\">The SDK's value.</param>");
            writer.Line("/// <returns>The value, with the same text.</returns>");
            writer.Line("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"value\"/> or its text is null.</exception>");
            writer.Line("public static " + typeName + " FromAwsSdk(" + sdk.TypeName + " value) => new " + typeName + "((value ?? throw new global::System.ArgumentNullException(nameof(value))).Value);");
            writer.Close();
            return GeneratedFile.End(writer);
        }

        private static void EmitToAwsSdk(SourceWriter writer, ShapeIndex index, ShapeSpec shape, SdkStructure sdk, Dictionary<string, SdkProperty> convertible)
        {
            var sdkType = sdk.TypeName;
            var cref = Cref(sdkType);
            writer.Line("/// <summary>This value as the AWS SDK for .NET's <see cref=\"" + cref + "\"/>, to send with the SDK's own client.</summary>");
            writer.Line("/// <returns>A new SDK object. Members the SDK type lacks are left out: ECG113 lists them at build time, and the <c>out dropped</c> overload names the values left out.</returns>");
            writer.Line("public " + sdkType + " ToAwsSdk() => ToAwsSdk(" + Conversion + ".Start(reportDropped: false));");
            writer.Line();
            writer.Line("/// <summary>This value as the AWS SDK for .NET's <see cref=\"" + cref + "\"/>, telling what it left out.</summary>");
            writer.Line("/// <param name=\"dropped\">The paths of the set values the SDK type has no member for, e.g. <c>ProductionVariants[0].ServerlessConfig</c>; empty when nothing was left out.</param>");
            writer.Line("/// <returns>A new SDK object.</returns>");
            writer.Open("public " + sdkType + " ToAwsSdk(out " + Dropped + " dropped)");
            writer.Line("var conversion = " + Conversion + ".Start(reportDropped: true);");
            writer.Line("var sdk = ToAwsSdk(conversion);");
            writer.Line("dropped = conversion.Dropped;");
            writer.Line("return sdk;");
            writer.Close();
            writer.Line();
            writer.Line("/// <summary>Converts this value as part of a larger conversion.</summary>");
            writer.Line("/// <param name=\"conversion\">Where this value is, and what has been left out so far.</param>");
            writer.Line("/// <returns>A new SDK object.</returns>");
            writer.Line(GeneratedFile.Hidden);
            writer.Open("public " + sdkType + " ToAwsSdk(" + Conversion + " conversion)");
            var locals = new Locals();
            foreach (var member in shape.Members.Where(m => !convertible.ContainsKey(m.Name)))
            {
                if (member.Required)
                {
                    writer.Line("conversion.Drop(" + Literals.String(member.Name) + ");");
                }
                else
                {
                    writer.Open("if (this." + member.Property + " is not null)");
                    writer.Line("conversion.Drop(" + Literals.String(member.Name) + ");");
                    writer.Close();
                }

                writer.Line();
            }

            EmitInitializer(writer, sdkType, shape.Members.Where(m => convertible.ContainsKey(m.Name)).Select(m => (convertible[m.Name].Property,
                ToSdk(index, m.Target, convertible[m.Name], "this." + m.Property, !m.Required, "conversion.At(" + Literals.String(m.Name) + ")", 0, locals))));
            writer.Close();
        }

        private static void EmitFromAwsSdk(SourceWriter writer, ShapeIndex index, ShapeSpec shape, SdkStructure sdk, Dictionary<string, SdkProperty> convertible, bool initializeCollections)
        {
            var typeName = shape.TypeName;
            var sdkType = sdk.TypeName;
            var cref = Cref(sdkType);
            var emptyUnset = initializeCollections ? "global::Amazon.AWSConfigs.InitializeCollections" : "false";
            writer.Line("/// <summary>A value of the AWS SDK for .NET's <see cref=\"" + cref + "\"/> as this type.</summary>");
            writer.Line("/// <param name=\"value\">The SDK object; a list or map the SDK would not send (null, or empty with <c>AWSConfigs.InitializeCollections</c>) is not set.</param>");
            writer.Line("/// <returns>The value. Properties the model lacks are left out: ECG113 lists them at build time, and the <c>out dropped</c> overload names the values left out.</returns>");
            writer.Line("/// <exception cref=\"global::System.ArgumentException\">A member the model requires is not set, or a list or map holds null.</exception>");
            writer.Line("public static " + typeName + " FromAwsSdk(" + sdkType + " value) => FromAwsSdk(value, " + Conversion + ".Start(reportDropped: false, " + emptyUnset + "));");
            writer.Line();
            writer.Line("/// <summary>A value of the AWS SDK for .NET's <see cref=\"" + cref + "\"/> as this type, telling what was left out.</summary>");
            writer.Line("/// <param name=\"value\">The SDK object.</param>");
            writer.Line("/// <param name=\"dropped\">The paths of the set SDK values the model has no member for; empty when nothing was left out.</param>");
            writer.Line("/// <returns>The value.</returns>");
            writer.Line("/// <exception cref=\"global::System.ArgumentException\">A member the model requires is not set, or a list or map holds null.</exception>");
            writer.Open("public static " + typeName + " FromAwsSdk(" + sdkType + " value, out " + Dropped + " dropped)");
            writer.Line("var conversion = " + Conversion + ".Start(reportDropped: true, " + emptyUnset + ");");
            writer.Line("var result = FromAwsSdk(value, conversion);");
            writer.Line("dropped = conversion.Dropped;");
            writer.Line("return result;");
            writer.Close();
            writer.Line();
            writer.Line("/// <summary>Converts an SDK value as part of a larger conversion.</summary>");
            writer.Line("/// <param name=\"value\">The SDK object.</param>");
            writer.Line("/// <param name=\"conversion\">Where this value is, and what has been left out so far.</param>");
            writer.Line("/// <returns>The value.</returns>");
            writer.Line(GeneratedFile.Hidden);
            writer.Open("public static " + typeName + " FromAwsSdk(" + sdkType + " value, " + Conversion + " conversion)");
            writer.Line("global::System.ArgumentNullException.ThrowIfNull(value);");
            foreach (var property in sdk.Unmodeled.Concat(sdk.Properties.Where(p => !Convertible(p)).Select(p => p.Property)))
            {
                writer.Open("if (conversion.IsSet(value." + property + "))");
                writer.Line("conversion.Drop(" + Literals.String(property) + ");");
                writer.Close();
            }

            writer.Line();
            var locals = new Locals();
            EmitInitializer(writer, index.QualifiedTypeName(shape.Name), shape.Members.Select(m => (m.Property, convertible.TryGetValue(m.Name, out var p)
                ? FromSdk(index, m, p, locals)
                : m.Required ? "conversion.Unavailable<" + index.TypeOf(m.Target) + ">(" + Literals.String(m.Name) + ")" : "null")));
            writer.Close();
        }

        private static string Cref(string type) => DocComments.Escape(type.Replace('<', '{').Replace('>', '}'));

        /// <summary>
        /// SDK value types must be nullable (v4's "not set"); anything else (an older SDK's plain <c>int</c>) is left
        /// out of conversions rather than converted with a made-up "set".
        /// </summary>
        public static bool Convertible(SdkProperty property) =>
            property.Kind is not (SdkValueKind.Integer or SdkValueKind.Long or SdkValueKind.Float or SdkValueKind.Double or SdkValueKind.Boolean or SdkValueKind.DateTime)
            || property.TypeName.EndsWith("?", System.StringComparison.Ordinal);

        private static void EmitInitializer(SourceWriter writer, string type, IEnumerable<(string Property, string Value)> members)
        {
            var list = members.ToList();
            if (list.Count == 0)
            {
                writer.Line("return new " + type + "();");
                return;
            }

            writer.Line("return new " + type);
            writer.Line("{");
            writer.Indent();
            foreach (var (property, value) in list)
            {
                writer.Line(property + " = " + value + ",");
            }

            writer.Outdent();
            writer.Line("};");
        }

        /// <summary>Our value as the SDK's. <paramref name="nullable"/>: the value may be unset (a member's, not an item's).</summary>
        private static string ToSdk(ShapeIndex index, string shapeName, SdkProperty sdk, string value, bool nullable, string conversion, int depth, Locals locals)
        {
            var shape = index.Shape(shapeName);
            switch (shape.Kind)
            {
                case ShapeKind.List:
                case ShapeKind.Map:
                    var item = "item" + Depth(depth + 1);
                    var at = "at" + Depth(depth + 1);
                    var itemShape = shape.Kind == ShapeKind.List ? shape.ListMember! : shape.MapValue!;
                    return conversion + (shape.Kind == ShapeKind.List ? ".ToSdkList(" : ".ToSdkMap(") + value + ", static (" + item + ", " + at + ") => "
                        + ToSdk(index, itemShape, sdk, item, false, at, depth + 1, locals) + ")";
                case ShapeKind.Structure:
                    return value + (nullable ? "?" : string.Empty) + ".ToAwsSdk(" + conversion + ")";
            }

            switch (sdk.Leaf)
            {
                case SdkValueKind.Constant:
                    return Scalar(value, nullable, locals, v => sdk.LeafTypeName + ".FindValue(" + v + ".Value)");
                case SdkValueKind.String when shape.Kind == ShapeKind.Enum:
                    return value + (nullable ? "?" : string.Empty) + ".Value";
                case SdkValueKind.Float:
                    return (nullable ? "(float?)" : "(float)") + value;
                case SdkValueKind.DateTime:
                    return value + (nullable ? "?" : string.Empty) + ".UtcDateTime";
                case SdkValueKind.Stream:
                    return Scalar(value, nullable, locals, v => Conversion + ".ToStream(" + v + ")");
                default:
                    // Strings, booleans and numbers the SDK holds as wide or wider (an integer as a long).
                    return value;
            }
        }

        /// <summary>A member's SDK value as ours: required members must be set, optional ones stay unset when the SDK's are.</summary>
        private static string FromSdk(ShapeIndex index, MemberSpec member, SdkProperty sdk, Locals locals)
        {
            var value = "value." + sdk.Property;
            var name = Literals.String(member.Name);
            var at = "conversion.At(" + name + ")";
            var shape = index.Shape(member.Target);
            if (shape.Kind is ShapeKind.List or ShapeKind.Map)
            {
                var whole = at + (shape.Kind == ShapeKind.List ? ".FromSdkList(" : ".FromSdkMap(") + value + ", " + ItemLambda(index, shape, sdk, 0) + ")";
                return member.Required ? "conversion.Required(" + whole + ", " + name + ")" : whole;
            }

            if (member.Required)
            {
                return FromSdkItem(index, member.Target, sdk, "conversion.Required(" + value + ", " + name + ")", at, 0);
            }

            switch (shape.Kind == ShapeKind.Structure ? SdkValueKind.Structure : sdk.Leaf)
            {
                case SdkValueKind.Structure:
                case SdkValueKind.Constant:
                case SdkValueKind.String when shape.Kind == ShapeKind.Enum:
                case SdkValueKind.Float:
                case SdkValueKind.DateTime:
                case SdkValueKind.Stream:
                    // A typed null: a bare one would reach an enum through its implicit conversion from string.
                    var none = shape.Kind == ShapeKind.Structure ? "null" : "(" + index.TypeOf(member.Target) + "?)null";
                    return Scalar(value, true, locals, v => FromSdkItem(index, member.Target, sdk, v, at, 0), none);
                case SdkValueKind.Long when shape.Kind == ShapeKind.Integer:
                    return "conversion.ToInt32(" + value + ", " + name + ")";
                default:
                    return value;
            }
        }

        /// <summary>An SDK value known to be set (an item, or a required member's checked value) as ours.</summary>
        private static string FromSdkItem(ShapeIndex index, string shapeName, SdkProperty sdk, string value, string conversion, int depth)
        {
            var shape = index.Shape(shapeName);
            switch (shape.Kind)
            {
                case ShapeKind.List:
                    return conversion + ".FromSdkItems(" + value + ", " + ItemLambda(index, shape, sdk, depth) + ")";
                case ShapeKind.Map:
                    return conversion + ".FromSdkEntries(" + value + ", " + ItemLambda(index, shape, sdk, depth) + ")";
                case ShapeKind.Structure:
                    return index.QualifiedTypeName(shapeName) + ".FromAwsSdk(" + value + ", " + conversion + ")";
            }

            switch (sdk.Leaf)
            {
                case SdkValueKind.Constant:
                    return "new " + index.QualifiedTypeName(shapeName) + "(" + value + ".Value)";
                case SdkValueKind.String when shape.Kind == ShapeKind.Enum:
                    return "new " + index.QualifiedTypeName(shapeName) + "(" + value + ")";
                case SdkValueKind.Float:
                    return Conversion + ".FromSingle(" + value + ")";
                case SdkValueKind.DateTime:
                    return Conversion + ".FromDateTime(" + value + ")";
                case SdkValueKind.Stream:
                    return Conversion + ".FromStream(" + value + ")";
                case SdkValueKind.Long when shape.Kind == ShapeKind.Integer:
                    return "checked((int)" + value + ")";
                default:
                    return value;
            }
        }

        /// <summary>The lambda converting one item or map value of an SDK list or map.</summary>
        private static string ItemLambda(ShapeIndex index, ShapeSpec shape, SdkProperty sdk, int depth)
        {
            var item = "item" + Depth(depth + 1);
            var at = "at" + Depth(depth + 1);
            var itemShape = shape.Kind == ShapeKind.List ? shape.ListMember! : shape.MapValue!;
            return "static (" + item + ", " + at + ") => " + FromSdkItem(index, itemShape, sdk, item, at, depth + 1);
        }

        private static string Scalar(string value, bool nullable, Locals locals, System.Func<string, string> convert, string none = "null")
        {
            if (!nullable)
            {
                return convert(value);
            }

            var local = locals.Next();
            return value + " is { } " + local + " ? " + convert(local) + " : " + none;
        }

        private static string Depth(int depth) => depth.ToString(CultureInfo.InvariantCulture);

        /// <summary>Pattern variables share a method's scope: one name each.</summary>
        private sealed class Locals
        {
            private int _count;

            public string Next() => "x" + (_count++).ToString(CultureInfo.InvariantCulture);
        }
    }
}
