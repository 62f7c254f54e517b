namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// <see cref="ShorthandChars"/>' classes for ASCII as one lookup, so the lexer's inner loops
    /// test a character with one load; the table is computed from the predicates, not restated.
    /// </summary>
    internal static class ShorthandCharTable
    {
        public const byte Key = 1;
        public const byte Skippable = 2;
        public const byte Start = 4;
        public const byte FirstFollow = 8;
        public const byte SecondFollow = 16;

        private static readonly byte[] Flags = Build();

        /// <summary>Whether <paramref name="c"/> is in any of the classes in <paramref name="mask"/>; false for non-ASCII.</summary>
        public static bool IsAscii(char c, byte mask) => c < 128 && (Flags[c] & mask) != 0;

        /// <summary>As <see cref="IsAscii"/>, falling back to the predicates (and the surrogate-pair rule) beyond ASCII.</summary>
        public static bool Admits(System.ReadOnlySpan<char> s, int i, byte mask)
        {
            char c = s[i];
            if (c < 128)
            {
                return (Flags[c] & mask) != 0;
            }

            bool inClass = mask == Start ? ShorthandChars.IsStart(c)
                : mask == FirstFollow ? ShorthandChars.IsFirstFollow(c)
                : ShorthandChars.IsSecondFollow(c);
            return inClass && !ShorthandChars.IsPairAt(s, i);
        }

        private static byte[] Build()
        {
            var flags = new byte[128];
            for (char c = '\0'; c < 128; c++)
            {
                flags[c] = (byte)((ShorthandChars.IsKey(c) ? Key : 0)
                    | (ShorthandChars.IsSkippable(c) ? Skippable : 0)
                    | (ShorthandChars.IsStart(c) ? Start : 0)
                    | (ShorthandChars.IsFirstFollow(c) ? FirstFollow : 0)
                    | (ShorthandChars.IsSecondFollow(c) ? SecondFollow : 0));
            }

            return flags;
        }
    }
}
