using System;

namespace EndpointConfigGen.Emitters
{
    /// <summary>
    /// Names of runtime types as generated code writes them, taken from the types themselves (the
    /// generator compiles the runtime's metadata and validation types from the same source).
    /// </summary>
    internal static class RuntimeNames
    {
        /// <summary>The name as generated code writes it: <c>Ecg::OperationRuleKind</c> for the runtime's (see <see cref="GeneratedFile.Runtime"/>), else fully qualified.</summary>
        public static string Of(Type type) => type.Namespace == "EndpointConfigGen.Runtime" ? GeneratedFile.Runtime + type.Name : "global::" + type.FullName;

        /// <summary>An attribute's name as written in brackets: fully qualified, without the <c>Attribute</c> suffix.</summary>
        public static string Attribute(Type type)
        {
            var name = Of(type);
            return name.EndsWith("Attribute", StringComparison.Ordinal) ? name.Substring(0, name.Length - "Attribute".Length) : name;
        }
    }
}
