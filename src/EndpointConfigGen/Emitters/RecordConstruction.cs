using System;
using EndpointConfigGen.Model;

namespace EndpointConfigGen.Emitters
{
    /// <summary>
    /// The <c>return new T { Member = local, ... };</c> that ends every generated reader (JSON,
    /// one-pass shorthand, parameter tree): one member per line, in model order.
    /// </summary>
    internal static class RecordConstruction
    {
        /// <summary>Writes the return statement.</summary>
        /// <param name="writer">The destination.</param>
        /// <param name="shape">The structure.</param>
        /// <param name="typeName">Its C# type name.</param>
        /// <param name="value">The expression for a member's value, from the reader's local for it.</param>
        public static void EmitReturn(SourceWriter writer, ShapeSpec shape, string typeName, Func<MemberSpec, string> value)
        {
            if (shape.Members.Count == 0)
            {
                writer.Line("return new " + typeName + "();");
                return;
            }

            writer.Line("return new " + typeName);
            writer.Line("{");
            writer.Indent();
            foreach (var member in shape.Members)
            {
                writer.Line(member.Property + " = " + value(member) + ",");
            }

            writer.Outdent();
            writer.Line("};");
        }

        /// <summary>A checked local: required value types are read through <c>.Value</c>.</summary>
        public static string CheckedLocal(ShapeIndex index, MemberSpec member) =>
            member.Required && index.IsValueType(member.Target) ? member.Local + ".Value" : member.Local;
    }
}
