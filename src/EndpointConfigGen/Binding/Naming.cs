using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp;

namespace EndpointConfigGen.Binding
{
    /// <summary>Turns model names into valid, stable C# identifiers.</summary>
    internal static class Naming
    {
        /// <summary>
        /// Names the generated code itself declares on every structure; a model member with one
        /// of these names gets a suffix instead of breaking the build.
        /// </summary>
        public static readonly HashSet<string> ReservedStructureMembers = new HashSet<string>(StringComparer.Ordinal)
        {
            "EqualityContract", "Equals", "GetHashCode", "ToString", "GetType", "Deconstruct", "PrintMembers",
            "MemberwiseClone", "Finalize", "Clone",
            "ToJson", "ToJsonUtf8", "FromJson", "WriteJson", "ReadJson",
            "ToShorthand", "ParseShorthand", "TryParseShorthand", "ParseShorthandList", "ReadShorthand", "WriteShorthand", "Bind",
            "Validate", "ThrowIfInvalid", "FromParamNode", "ToParamNode", "ShapeName", "Skeletons",
        };

        /// <summary>
        /// Names a generated exception inherits (<c>System.Exception</c>, the SDK's <c>AmazonServiceException</c>,
        /// <c>AwsServiceException</c>) or declares; a member of an error shape with one of these names gets a suffix.
        /// </summary>
        public static readonly HashSet<string> ReservedExceptionMembers = new HashSet<string>(StringComparer.Ordinal)
        {
            "Message", "Data", "InnerException", "TargetSite", "StackTrace", "HelpLink", "Source", "HResult",
            "GetBaseException", "GetObjectData", "SerializeObjectState", "ToString", "GetType", "Equals", "GetHashCode",
            "MemberwiseClone", "Finalize", "ReferenceEquals",
            "ErrorType", "ErrorCode", "RequestId", "StatusCode", "Retryable",
            "OperationName", "CliErrorCode", "CliMessage", "CliErrorLine", "ErrorBody", "ReadMembers",
        };

        /// <summary>
        /// Names declared on every generated enum struct. <c>Values</c> named a nested class of constants until
        /// issue 17; it stays reserved so that value names do not change.
        /// </summary>
        public static readonly HashSet<string> ReservedEnumMembers = new HashSet<string>(StringComparer.Ordinal)
        {
            "Value", "Values", "IsKnown", "IsKnownValue", "KnownValues", "Equals", "GetHashCode", "ToString", "GetType",
            "MemberwiseClone", "Finalize", "ShapeName",
        };

        /// <summary>
        /// A type name: the shape name, made a valid identifier; a shape named like a member every
        /// generated type declares (<c>ToString</c>, <c>ToJson</c>, <c>Value</c>) gets a suffix, since a
        /// type cannot hold a member of its own name.
        /// </summary>
        public static string TypeName(string shapeName)
        {
            var name = DistinctIdentifier(shapeName);
            var bare = name.TrimStart('@');
            return ReservedStructureMembers.Contains(bare) || ReservedEnumMembers.Contains(bare) ? bare + "Shape" : name;
        }

        /// <summary>
        /// The static class holding an operation's constants: <c>CreateEndpointConfigOperation</c>,
        /// with <c>_</c> appended when a shape already has that type name.
        /// </summary>
        public static string OperationClassName(string operationName, ISet<string> shapeTypeNames)
        {
            var name = Identifier(operationName + "Operation").TrimStart('@');
            return shapeTypeNames.Contains(name) ? name + "_" : name;
        }

        /// <summary>A property name: the member name, unless it clashes with its type or our own members.</summary>
        public static string PropertyName(string memberName, string declaringTypeName)
        {
            var name = DistinctIdentifier(memberName);
            var bare = name.TrimStart('@');
            if (bare == declaringTypeName.TrimStart('@') || ReservedStructureMembers.Contains(bare))
            {
                return bare + "Value";
            }

            return name;
        }

        /// <summary>A property of a generated exception: as <see cref="PropertyName"/>, clear of what exceptions declare.</summary>
        public static string ExceptionPropertyName(string memberName, string declaringTypeName)
        {
            var name = DistinctIdentifier(memberName);
            var bare = name.TrimStart('@');
            return bare == declaringTypeName.TrimStart('@') || ReservedExceptionMembers.Contains(bare) ? bare + "Value" : name;
        }

        /// <summary>
        /// Names for the values of an enum shape, in model order: <c>ml.t2.medium</c> becomes
        /// <c>MlT2Medium</c>; values that differ only in case or punctuation get numbered.
        /// </summary>
        public static List<string> EnumValueNames(IEnumerable<string> values, string enumTypeName)
        {
            var names = new List<string>();
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var value in values)
            {
                var baseName = PascalWords(value);
                if (baseName.Length == 0)
                {
                    baseName = "Empty";
                }
                else if (char.IsDigit(baseName[0]))
                {
                    baseName = "Value" + baseName;
                }

                if (ReservedEnumMembers.Contains(baseName) || baseName == enumTypeName.TrimStart('@'))
                {
                    baseName += "Value";
                }

                var name = baseName;
                for (var n = 2; !used.Add(name); n++)
                {
                    name = baseName + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                names.Add(name);
            }

            return names;
        }

        private static readonly Regex SpecialCaseSuffix = new Regex("[A-Z]{2,}s$", RegexOptions.CultureInvariant);
        private static readonly Regex FirstCap = new Regex("(.)([A-Z][a-z]+)", RegexOptions.CultureInvariant);
        private static readonly Regex EndCap = new Regex("([a-z0-9])([A-Z])", RegexOptions.CultureInvariant);

        /// <summary>
        /// The option name the AWS CLI derives from a member name (botocore's <c>xform_name</c> with
        /// <c>-</c>): <c>ProductionVariants</c> becomes <c>production-variants</c>, <c>KmsKeyId</c> <c>kms-key-id</c>.
        /// </summary>
        public static string CliOptionName(string memberName)
        {
            if (memberName.IndexOf('-') >= 0)
            {
                return memberName;
            }

            var name = memberName;
            var special = SpecialCaseSuffix.Match(name);
            if (special.Success)
            {
                name = name.Substring(0, name.Length - special.Length) + "-" + special.Value.ToLowerInvariant();
            }

            name = FirstCap.Replace(name, "$1-$2");
            return EndCap.Replace(name, "$1-$2").ToLowerInvariant();
        }

        /// <summary>A local variable for a member in generated methods; the prefix keeps it clear of parameters and keywords.</summary>
        public static string Local(Model.MemberSpec member) => "__" + DistinctIdentifier(member.Name).TrimStart('@');

        /// <summary>
        /// A shape or member name as an identifier. A name whose characters had to be replaced gets a hash
        /// of the original, so names that differ only there (<c>a-b</c>, <c>a.b</c>) stay distinct; names of
        /// letters, digits and underscores, as AWS models use, are unchanged.
        /// </summary>
        public static string DistinctIdentifier(string name)
        {
            foreach (var c in name)
            {
                if (!IsAsciiLetterOrDigit(c) && c != '_')
                {
                    return Identifier(name) + "_" + StableHash(name);
                }
            }

            return Identifier(name);
        }

        /// <summary>FNV-1a over the UTF-16 code units, as 8 hex digits: the same on every machine and run.</summary>
        private static string StableHash(string text)
        {
            uint hash = 2166136261;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
        }

        /// <summary>Any text made into a C# identifier.</summary>
        public static string Identifier(string text)
        {
            var builder = new StringBuilder(text.Length + 1);
            foreach (var c in text)
            {
                builder.Append(IsAsciiLetterOrDigit(c) || c == '_' ? c : '_');
            }

            if (builder.Length == 0 || char.IsDigit(builder[0]))
            {
                builder.Insert(0, '_');
            }

            // "_" is the discard in lambdas and patterns; a name of underscores only gets a letter.
            if (builder.ToString().Trim('_').Length == 0)
            {
                builder.Append('X');
            }

            var name = builder.ToString();
            return SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) is SyntaxKind.RecordKeyword or SyntaxKind.VarKeyword
                ? "@" + name
                : name;
        }

        private static bool IsAsciiLetterOrDigit(char c) =>
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');

        /// <summary>
        /// Words split at anything but ASCII letters and digits, each capitalised; an all-capitals
        /// word (<c>LEAST_OUTSTANDING</c>) is lower-cased after its first letter.
        /// </summary>
        private static string PascalWords(string value)
        {
            var builder = new StringBuilder(value.Length);
            var start = 0;
            for (var i = 0; i <= value.Length; i++)
            {
                if (i < value.Length && IsAsciiLetterOrDigit(value[i]))
                {
                    continue;
                }

                if (i > start)
                {
                    var word = value.Substring(start, i - start);
                    var shout = word.ToUpperInvariant() == word;
                    builder.Append(char.ToUpperInvariant(word[0]));
                    builder.Append(shout ? word.Substring(1).ToLowerInvariant() : word.Substring(1));
                }

                start = i + 1;
            }

            return builder.ToString();
        }

        /// <summary>Service ids are words ("Application Auto Scaling"): one identifier of their capitalised parts.</summary>
        public static string ServiceWords(string text)
        {
            var builder = new StringBuilder();
            var upper = true;
            foreach (var c in text)
            {
                if (!char.IsLetterOrDigit(c))
                {
                    upper = true;
                    continue;
                }

                builder.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }

            return builder.ToString();
        }
    }
}
