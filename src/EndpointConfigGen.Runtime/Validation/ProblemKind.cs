namespace EndpointConfigGen.Runtime
{
    /// <summary>What a <see cref="ValidationProblem"/> is about.</summary>
    public enum ProblemKind
    {
        /// <summary>A required member is absent (structural; botocore checks it).</summary>
        MissingRequired,
        /// <summary>A member the shape does not have (structural; botocore checks it).</summary>
        UnknownMember,
        /// <summary>A value of the wrong type (structural; botocore checks it).</summary>
        InvalidType,
        /// <summary>A string, blob, list or map shorter than the model's <c>min</c> (botocore checks strings and lists).</summary>
        MinLength,
        /// <summary>A string, blob, list or map longer than the model's <c>max</c>.</summary>
        MaxLength,
        /// <summary>A number below the model's <c>min</c> (botocore checks it).</summary>
        MinValue,
        /// <summary>A number above the model's <c>max</c>.</summary>
        MaxValue,
        /// <summary>A string that does not match the model's <c>pattern</c> anchored at both ends.</summary>
        Pattern,
        /// <summary>A string that is not one of the enum's known values.</summary>
        UnknownEnumValue,
        /// <summary>A union with no member or more than one member set (botocore checks it).</summary>
        UnionMemberCount,
        /// <summary>A broken operation rule (see <see cref="ValidationProblem.RuleId"/>).</summary>
        Rule,
    }

    /// <summary>How bad a problem is.</summary>
    public enum ProblemSeverity
    {
        /// <summary>The service rejects the request (or it cannot work).</summary>
        Error,
        /// <summary>Legal, but almost always a mistake.</summary>
        Warning,
    }

    /// <summary>Classifies <see cref="ProblemKind"/> values.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static class ProblemKinds
    {
        /// <summary>
        /// True for missing, unknown and wrongly typed values: what a typed parser reports on its own.
        /// Every other kind is a constraint on a well-formed value.
        /// </summary>
        public static bool IsStructural(this ProblemKind kind) =>
            kind == ProblemKind.MissingRequired || kind == ProblemKind.UnknownMember || kind == ProblemKind.InvalidType;
    }
}
