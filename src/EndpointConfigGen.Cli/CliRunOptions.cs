namespace EndpointConfigGen.Cli
{
    /// <summary>
    /// What a front end adds to the AWS CLI's own settings, read by the front end from wherever it keeps them
    /// (the sample reads <see cref="CliRunner.PrintRequestVariable"/>, <see cref="CliRunner.ValidationVariable"/> and
    /// <see cref="CliRunner.AllowUnknownEnumValuesVariable"/> from its environment). The default sends the request
    /// after full validation.
    /// </summary>
    public sealed record CliRunOptions
    {
        /// <summary>Print the request body instead of sending it, as <see cref="CliRunner.Run"/> does.</summary>
        public bool PrintRequest { get; init; }

        /// <summary>
        /// <c>full</c> (also when null) or <c>botocore</c> (see <see cref="CliRunner.ValidationVariable"/>); any other
        /// value fails the command with the error <see cref="CliRunner.DefaultValidation"/> gives.
        /// </summary>
        public string? ValidationMode { get; init; }

        /// <summary>In <c>full</c> mode, accept enum values the model does not list, e.g. an instance type newer than the model.</summary>
        public bool AllowUnknownEnumValues { get; init; }
    }
}
