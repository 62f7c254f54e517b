using System;
using System.Globalization;
using System.Numerics;

namespace EndpointConfigGen.Cli.Query
{
    /// <summary>
    /// A JSON number as Python holds it: an <c>int</c> (arbitrary precision) or a <c>float</c>, which print
    /// differently (<c>1</c> and <c>1.0</c>) and mix as Python mixes them (int + float is a float).
    /// </summary>
    internal sealed class JmesNumber
    {
        private JmesNumber(BigInteger integer, double real, bool isInteger)
        {
            Integer = integer;
            Real = real;
            IsInteger = isInteger;
        }

        public bool IsInteger { get; }

        public BigInteger Integer { get; }

        /// <summary>The value as a double (ints converted, as Python converts them in mixed arithmetic).</summary>
        public double Real { get; }

        public static JmesNumber Of(BigInteger value) => new(value, (double)value, true);

        public static JmesNumber Of(double value) => new(BigInteger.Zero, value, false);

        /// <summary>Python's <c>int(text)</c> for the lexer's digits, with an optional leading minus.</summary>
        public static JmesNumber ParseInteger(string digits) => Of(BigInteger.Parse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));

        /// <summary>A JSON number token as <c>json.loads</c> reads it: a float when it has a fraction or an exponent.</summary>
        public static JmesNumber ParseJson(string text) =>
            text.IndexOfAny(['.', 'e', 'E']) >= 0
                ? Of(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture))
                : ParseInteger(text);

        public bool IsZeroOrOne => IsInteger ? Integer.IsZero || Integer.IsOne : Real is 0 or 1;

        public static JmesNumber Add(JmesNumber a, JmesNumber b) =>
            a.IsInteger && b.IsInteger ? Of(a.Integer + b.Integer) : Of(a.Real + b.Real);

        /// <summary>Orders two numbers as Python does; null when either is NaN (every comparison is then false).</summary>
        public static int? Compare(JmesNumber a, JmesNumber b)
        {
            if (a.IsInteger && b.IsInteger)
            {
                return a.Integer.CompareTo(b.Integer);
            }

            return double.IsNaN(a.Real) || double.IsNaN(b.Real) ? null : a.Real.CompareTo(b.Real);
        }

        /// <summary>Python's <c>repr</c>, which <c>json.dumps</c> also writes.</summary>
        public override string ToString() => IsInteger ? Integer.ToString(CultureInfo.InvariantCulture) : FloatRepr(Real);

        /// <summary>Python's <c>float.__repr__</c>: shortest round-trip digits, exponent form below 1e-4 and from 1e16.</summary>
        public static string FloatRepr(double value)
        {
            if (double.IsNaN(value))
            {
                return "nan";
            }

            if (double.IsInfinity(value))
            {
                return value > 0 ? "inf" : "-inf";
            }

            if (value == 0)
            {
                return double.IsNegative(value) ? "-0.0" : "0.0";
            }

            var shortest = value.ToString("R", CultureInfo.InvariantCulture);

            // Split "R" output into sign, significant digits and decimal exponent.
            var negative = shortest.StartsWith('-');
            var body = negative ? shortest.Substring(1) : shortest;
            var exponentAt = body.IndexOfAny(['E', 'e']);
            var exponent = exponentAt >= 0 ? int.Parse(body.Substring(exponentAt + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : 0;
            var mantissa = exponentAt >= 0 ? body.Substring(0, exponentAt) : body;
            var point = mantissa.IndexOf('.');
            var digits = point >= 0 ? mantissa.Remove(point, 1) : mantissa;
            var pointPosition = (point >= 0 ? point : mantissa.Length) + exponent;
            var leadingZeros = digits.Length - digits.TrimStart('0').Length;
            digits = digits.Trim('0');
            pointPosition -= leadingZeros;

            // Now value = 0.digits * 10^pointPosition; Python's exponent is pointPosition - 1.
            var decimalExponent = pointPosition - 1;
            string result;
            if (decimalExponent < -4 || decimalExponent >= 16)
            {
                var fraction = digits.Length > 1 ? "." + digits.Substring(1) : string.Empty;
                result = digits[0] + fraction + "e" + (decimalExponent < 0 ? "-" : "+") + Math.Abs(decimalExponent).ToString("00", CultureInfo.InvariantCulture);
            }
            else if (pointPosition <= 0)
            {
                result = "0." + new string('0', -pointPosition) + digits;
            }
            else if (pointPosition >= digits.Length)
            {
                result = digits + new string('0', pointPosition - digits.Length) + ".0";
            }
            else
            {
                result = digits.Substring(0, pointPosition) + "." + digits.Substring(pointPosition);
            }

            return negative ? "-" + result : result;
        }
    }
}
