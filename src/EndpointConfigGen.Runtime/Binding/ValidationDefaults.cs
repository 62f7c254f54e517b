using System.Collections.Generic;

namespace EndpointConfigGen.Runtime
{
    /// <summary>How generated <c>Validate()</c> methods combine the caller's options with the shape file's rules.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static class ValidationDefaults
    {
        /// <summary>
        /// The caller's options with the operation rules added when the caller set none: passing
        /// options to relax one check must not silently switch the rules off.
        /// </summary>
        public static ValidationOptions WithRules(ValidationOptions? options, IReadOnlyList<OperationRules> rules)
        {
            if (options is not null && options.Rules.Count > 0)
            {
                return options;
            }

            return new ValidationOptions
            {
                AllowUnknownEnumValues = options?.AllowUnknownEnumValues ?? false,
                BotocoreOnly = options?.BotocoreOnly ?? false,
                StructuralOnly = options?.StructuralOnly ?? false,
                Rules = rules,
            };
        }
    }
}
