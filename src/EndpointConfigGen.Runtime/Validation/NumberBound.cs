using System.Globalization;
using System.Numerics;

namespace EndpointConfigGen.Runtime
{
    /// <summary>Compares request numbers with the model's <c>min</c>/<c>max</c> as Python compares int and float.</summary>
    internal static class NumberBound
    {
        /// <summary>Sign of <c>value - bound</c> for a number (or, as botocore allows, a boolean) node.</summary>
        public static int Compare(ParamNode value, string bound)
        {
            if (value.Kind == ParamNodeKind.Boolean)
            {
                return CompareLength(value.Text == "true" ? 1 : 0, bound);
            }

            bool valueIsInt = TryInt(value.Text, out var valueInt);
            bool boundIsInt = TryInt(bound, out var boundInt);
            if (valueIsInt && boundIsInt)
            {
                return valueInt.CompareTo(boundInt);
            }

            double left = valueIsInt ? (double)valueInt : Parse(value.Text);
            double right = boundIsInt ? (double)boundInt : Parse(bound);

            // Python's comparisons with NaN are all false: it breaks neither bound.
            return double.IsNaN(left) ? 0 : left.CompareTo(right);
        }

        /// <summary>Sign of <c>length - bound</c>.</summary>
        public static int CompareLength(int length, string bound) =>
            TryInt(bound, out var boundInt) ? new BigInteger(length).CompareTo(boundInt) : ((double)length).CompareTo(Parse(bound));

        private static bool TryInt(string text, out BigInteger value)
        {
            value = BigInteger.Zero;
            return text.IndexOf('.') < 0 && text.IndexOf('e') < 0 && text.IndexOf('E') < 0
                && BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
        }

        private static double Parse(string text) =>
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : double.NaN;
    }
}
