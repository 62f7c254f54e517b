using System.Collections.Generic;
using EndpointConfigGen.Model;

namespace EndpointConfigGen.Emitters
{
    /// <summary>
    /// Emits the run-time schema of one shape file: a <c>SchemaShape</c> per generated shape,
    /// linked after creation so recursive shapes work. CLI conversion, validation, skeletons and
    /// the shorthand binding walk it.
    /// </summary>
    internal static class SchemaEmitter
    {
        private const string Shape = ShapeIndex.Rt + "SchemaShape";
        private const string Kind = ShapeIndex.Rt + "SchemaKind";

        /// <summary>The expression for a shape's schema object.</summary>
        public static string Reference(ShapeIndex index, string shapeName) => "global::" + index.Namespace + "." + index.SchemaClass + "." + index.Shape(shapeName).SchemaField;

        public static string Emit(ShapeIndex index)
        {
            var writer = GeneratedFile.Begin(index.Namespace);
            writer.Line("/// <summary>The shapes of the " + DocComments.Escape(index.Model.Metadata.ServiceId) + " model as data, for CLI conversion and validation.</summary>");
            writer.Line(GeneratedFile.GeneratedCodeAttribute);
            writer.Open("internal static class " + index.SchemaClass);
            foreach (var shape in index.Generated)
            {
                writer.Line("internal static readonly " + Shape + " " + shape.SchemaField + " = new " + Shape + "(" + Literals.String(shape.Name) + ", " + Kind + "." + KindName(shape.Kind) + ")" + Initializer(shape) + ";");
            }

            writer.Line();
            writer.Open("static " + index.SchemaClass + "()");
            foreach (var shape in index.Generated)
            {
                var field = shape.SchemaField;
                switch (shape.Kind)
                {
                    case ShapeKind.Structure:
                        foreach (var member in shape.Members)
                        {
                            writer.Line(field + ".Add(" + Literals.String(member.Name) + ", " + index.Shape(member.Target).SchemaField + (member.Required ? ", required: true" : string.Empty) + Summary(index, member) + ");");
                        }

                        break;
                    case ShapeKind.List:
                        writer.Line(field + ".Item = " + index.Shape(shape.ListMember!).SchemaField + ";");
                        break;
                    case ShapeKind.Map:
                        writer.Line(field + ".Key = " + index.Shape(shape.MapKey!).SchemaField + ";");
                        writer.Line(field + ".Value = " + index.Shape(shape.MapValue!).SchemaField + ";");
                        break;
                }
            }

            writer.Close();
            writer.Close();
            return GeneratedFile.End(writer);
        }

        // What skeleton comments need of the documentation: its first sentence, one per member, so the schema grows with the model.
        private static string Summary(ShapeIndex index, MemberSpec member)
        {
            // A member's own documentation overrides its shape's, as botocore merges member traits.
            var summary = DocOverview.FirstSentence(member.Documentation ?? index.Shape(member.Target).Documentation ?? string.Empty);
            return string.IsNullOrWhiteSpace(summary) ? string.Empty : ", summary: " + Literals.String(summary);
        }

        private static string Initializer(ShapeSpec shape)
        {
            var parts = new List<string>();
            if (shape.Min is not null)
            {
                parts.Add("Min = " + Literals.String(shape.Min));
            }

            if (shape.Max is not null)
            {
                parts.Add("Max = " + Literals.String(shape.Max));
            }

            if (shape.Pattern is not null)
            {
                parts.Add("Pattern = " + Literals.String(shape.Pattern));
            }

            if (shape.IsUnion)
            {
                parts.Add("IsUnion = true");
            }

            if (shape.EnumValues.Count > 0)
            {
                var values = new List<string>();
                foreach (var value in shape.EnumValues)
                {
                    values.Add(Literals.String(value));
                }

                parts.Add("EnumValues = new string[] { " + string.Join(", ", values) + " }");
            }

            return parts.Count == 0 ? string.Empty : " { " + string.Join(", ", parts) + " }";
        }

        private static string KindName(ShapeKind kind) => kind.ToString();
    }
}
