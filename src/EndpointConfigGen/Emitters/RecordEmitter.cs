using System.Collections.Generic;
using System.Linq;
using EndpointConfigGen.Model;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Emitters
{
    /// <summary>
    /// Emits the <c>sealed record</c> of a structure shape as one declaration: properties and value equality,
    /// then the members of <see cref="JsonEmitter"/>, <see cref="ShorthandEmitter"/> and <see cref="ValidationEmitter"/>.
    /// </summary>
    internal static class RecordEmitter
    {
        public static string Emit(ShapeIndex index, ShapeSpec shape, ISet<string> operationInputs)
        {
            var typeName = shape.TypeName;
            var writer = GeneratedFile.Begin(index.Namespace);
            DocComments.Summary(writer, shape.Documentation, "The <c>" + DocComments.Escape(shape.Name) + "</c> structure of the " + DocComments.Escape(index.Model.Metadata.ServiceId) + " model.");
            writer.Line(GeneratedFile.GeneratedCodeAttribute);
            if (shape.Deprecated)
            {
                writer.Line("[global::System.Obsolete]");
            }

            writer.Open("public sealed partial record " + typeName);
            foreach (var member in shape.Members)
            {
                EmitProperty(writer, index, member);
            }

            EmitComparers(writer, index, shape.Members);
            EmitEquals(writer, index, typeName, shape.Members);
            EmitGetHashCode(writer, index, shape.Members);
            writer.Line();
            JsonEmitter.EmitMembers(writer, index, shape);
            writer.Line();
            ShorthandEmitter.EmitMembers(writer, index, shape);
            writer.Line();
            ValidationEmitter.EmitMembers(writer, index, shape, operationInputs);
            writer.Close();
            return GeneratedFile.End(writer);
        }

        private static void EmitProperty(SourceWriter writer, ShapeIndex index, MemberSpec member)
        {
            var property = member.Property;
            var target = index.Shape(member.Target);
            DocComments.Summary(writer, member.Documentation ?? target.Documentation, FallbackDoc(member, target));
            var constraints = ConstraintDoc(index, target);
            if (constraints.Length > 0)
            {
                writer.Line("/// <remarks>" + constraints + "</remarks>");
            }

            if (member.Deprecated)
            {
                writer.Line(member.DeprecatedMessage is null ? "[global::System.Obsolete]" : "[global::System.Obsolete(" + Literals.String(member.DeprecatedMessage) + ")]");
            }

            var type = index.TypeOf(member.Target);
            writer.Line(member.Required
                ? "public required " + type + " " + property + " { get; init; }"
                : "public " + type + "? " + property + " { get; init; }");
            writer.Line();
        }

        private static string FallbackDoc(MemberSpec member, ShapeSpec target)
        {
            var text = "The <c>" + DocComments.Escape(member.Name) + "</c> member";
            return text + (member.Required ? " (required)." : ".");
        }

        /// <summary>The model's constraints in words, so they show where the member is used.</summary>
        private static string ConstraintDoc(ShapeIndex index, ShapeSpec target)
        {
            var parts = new List<string>();
            var what = target.Kind switch
            {
                SchemaKind.String or SchemaKind.Enum or SchemaKind.Blob => "Length",
                SchemaKind.List or SchemaKind.Map => "Items",
                _ => "Value",
            };
            if (target.Min is not null && target.Max is not null)
            {
                parts.Add(what + " " + target.Min + " to " + target.Max + ".");
            }
            else if (target.Min is not null)
            {
                parts.Add(what + " at least " + target.Min + ".");
            }
            else if (target.Max is not null)
            {
                parts.Add(what + " at most " + target.Max + ".");
            }

            if (target.Pattern is not null)
            {
                parts.Add("Pattern <c>" + DocComments.Escape(target.Pattern) + "</c> (whole value).");
            }

            if (target.Kind == SchemaKind.Enum)
            {
                parts.Add("One of the " + target.EnumValues.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " values of <see cref=\"" + index.QualifiedTypeName(target.Name) + "\"/>, or a newer one.");
            }

            return string.Join(" ", parts);
        }

        /// <summary>Members whose values need more than default equality get a cached comparer.</summary>
        private static void EmitComparers(SourceWriter writer, ShapeIndex index, EquatableArray<MemberSpec> members)
        {
            foreach (var member in members)
            {
                var comparer = index.ComparerOf(member.Target);
                if (comparer is null)
                {
                    continue;
                }

                var nullable = !member.Required && index.IsValueType(member.Target);
                writer.Line("private static readonly global::System.Collections.Generic.IEqualityComparer<" + PropertyType(index, member) + "> "
                    + ComparerField(member.Property) + " = " + (nullable ? ShapeIndex.Rt + "ValueComparer.Nullable(" + comparer + ")" : comparer) + ";");
                writer.Line();
            }
        }

        private static string ComparerField(string property) => "__" + property.TrimStart('@') + "Comparer";

        private static void EmitEquals(SourceWriter writer, ShapeIndex index, string typeName, EquatableArray<MemberSpec> members)
        {
            writer.Line("/// <summary>Compares by value, lists and maps included.</summary>");
            if (members.Count == 0)
            {
                writer.Line("public bool Equals(" + typeName + "? other) => other is not null;");
                writer.Line();
                return;
            }

            writer.Line("public bool Equals(" + typeName + "? other) => ReferenceEquals(this, other) || (other is not null");
            writer.Indent();
            for (var i = 0; i < members.Count; i++)
            {
                // Through 'this': a member may be named like the 'other' parameter.
                var member = members[i];
                writer.Line("&& " + MemberEquals(index, member, "this." + member.Property, "other." + member.Property) + (i == members.Count - 1 ? ");" : string.Empty));
            }

            writer.Outdent();
            writer.Line();
        }

        /// <summary>
        /// <c>==</c> where it means value equality (strings ordinally, integers, booleans, enums, records, nullable ones
        /// lifted); a comparer otherwise (doubles: <c>NaN</c> equals itself, as in <c>EqualityComparer</c>; lists, maps, blobs, documents).
        /// </summary>
        private static string MemberEquals(ShapeIndex index, MemberSpec member, string left, string right)
        {
            var comparer = index.ComparerOf(member.Target);
            if (comparer is not null)
            {
                return ComparerField(member.Property) + ".Equals(" + left + ", " + right + ")";
            }

            return index.Shape(member.Target).Kind is SchemaKind.Float or SchemaKind.Double
                ? "global::System.Collections.Generic.EqualityComparer<" + PropertyType(index, member) + ">.Default.Equals(" + left + ", " + right + ")"
                : left + " == " + right;
        }

        private static void EmitGetHashCode(SourceWriter writer, ShapeIndex index, EquatableArray<MemberSpec> members)
        {
            writer.Line("/// <summary>A hash consistent with <see cref=\"Equals(" + "object" + ")\"/>.</summary>");
            if (members.Count is > 0 and <= 8 && members.All(member => index.ComparerOf(member.Target) is null))
            {
                // HashCode.Combine hashes as HashCode.Add does, for up to eight values with their default comparers.
                writer.Line("public override int GetHashCode() => global::System.HashCode.Combine(" + string.Join(", ", members.Select(member => "this." + member.Property)) + ");");
                return;
            }

            writer.Open("public override int GetHashCode()");
            writer.Line("var hash = new global::System.HashCode();");
            foreach (var member in members)
            {
                var property = member.Property;
                writer.Line(index.ComparerOf(member.Target) is null
                    ? "hash.Add(this." + property + ");"
                    : "hash.Add(this." + property + ", " + ComparerField(property) + ");");
            }

            writer.Line("return hash.ToHashCode();");
            writer.Close();
        }

        private static string PropertyType(ShapeIndex index, MemberSpec member) =>
            index.TypeOf(member.Target) + (member.Required ? string.Empty : "?");
    }
}
