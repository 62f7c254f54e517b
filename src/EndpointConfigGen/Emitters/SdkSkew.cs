using System.Collections.Generic;
using System.Linq;
using EndpointConfigGen.Diagnostics;
using EndpointConfigGen.Model;
using EndpointConfigGen.Reader;

namespace EndpointConfigGen.Emitters
{
    /// <summary>
    /// ECG113: what the referenced AWS SDK and the shape file do not share (either may be the newer), one
    /// informational diagnostic per shape, so a user knows at build time what conversions leave out.
    /// </summary>
    internal static class SdkSkew
    {
        private const int MaxNames = 12;

        public static void Report(DiagnosticSink diagnostics, SdkSurface sdk)
        {
            foreach (var shape in sdk.MissingRequests)
            {
                diagnostics.ReportOnFile(DiagnosticDescriptors.SdkSkew, shape, "AWSSDK." + sdk.Service,
                    "the SDK has no request class for this operation input, so it gets no ToAwsSdk/FromAwsSdk");
            }

            foreach (var structure in sdk.Structures)
            {
                var parts = new List<string>();
                if (structure.Missing.Count > 0)
                {
                    parts.Add("the SDK type has no member of a matching type for " + Names(structure.Missing) + " (ToAwsSdk leaves them out)");
                }

                var plain = structure.Properties.Where(p => !SdkConversionEmitter.Convertible(p)).Select(p => p.Member).ToList();
                if (plain.Count > 0)
                {
                    parts.Add("the SDK type holds " + Names(plain) + " as a value type that cannot be unset (an AWS SDK before v4), so ToAwsSdk, FromAwsSdk and Validate() leave them out");
                }

                if (structure.Unmodeled.Count > 0)
                {
                    parts.Add("the model has no member for " + Names(structure.Unmodeled) + " (FromAwsSdk leaves them out)");
                }

                Report(diagnostics, structure.Shape, structure.TypeName, parts);
            }

            foreach (var @enum in sdk.Enums)
            {
                var parts = new List<string>();
                if (@enum.Missing.Count > 0)
                {
                    parts.Add("the SDK type has no constant for " + Names(@enum.Missing));
                }

                if (@enum.Unmodeled.Count > 0)
                {
                    parts.Add("the model has no value for the SDK's " + Names(@enum.Unmodeled));
                }

                if (parts.Count > 0)
                {
                    // Both sides hold any string: such values convert unchanged, nothing is dropped.
                    parts.Add("these values still convert as their text");
                }

                Report(diagnostics, @enum.Shape, @enum.TypeName, parts);
            }
        }

        /// <summary>The names, or the first of many and their count: an instance type enum can differ by hundreds of values.</summary>
        private static string Names(IReadOnlyList<string> names) =>
            names.Count <= MaxNames
                ? string.Join(", ", names)
                : string.Join(", ", names.Take(MaxNames)) + " and " + (names.Count - MaxNames).ToString(System.Globalization.CultureInfo.InvariantCulture) + " more";

        private static void Report(DiagnosticSink diagnostics, string shape, string sdkType, List<string> parts)
        {
            if (parts.Count > 0)
            {
                diagnostics.ReportOnFile(DiagnosticDescriptors.SdkSkew, shape, sdkType.Replace("global::", string.Empty), string.Join("; ", parts));
            }
        }
    }
}
