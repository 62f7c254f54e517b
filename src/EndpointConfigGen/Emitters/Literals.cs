using Microsoft.CodeAnalysis.CSharp;

namespace EndpointConfigGen.Emitters
{
    internal static class Literals
    {
        /// <summary>A C# string literal for any text.</summary>
        public static string String(string value) => SymbolDisplay.FormatLiteral(value, quote: true);
    }
}
