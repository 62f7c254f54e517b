namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// <see cref="ShorthandChars"/>' classes for ASCII as one lookup, so the lexer's inner loops
    /// test a character with one load, and (on .NET 8 or later) as vectorized sets for runs of them.
    /// Both are computed from the predicates, not restated.
    /// </summary>
    internal static class ShorthandCharTable
    {
        public const byte Key = 1;
        public const byte Skippable = 2;
        public const byte Start = 4;
        public const byte FirstFollow = 8;
        public const byte SecondFollow = 16;

        private static readonly byte[] Flags = Build();

#if NET8_0_OR_GREATER
        private static readonly System.Buffers.SearchValues<char> KeyRun = Run(Key);
        private static readonly System.Buffers.SearchValues<char> FirstFollowRun = Run(FirstFollow);
        private static readonly System.Buffers.SearchValues<char> SecondFollowRun = Run(SecondFollow);
#endif

        /// <summary>
        /// How many characters at the start of <paramref name="s"/> are ASCII in class <paramref name="mask"/>
        /// (<see cref="Key"/>, <see cref="FirstFollow"/> or <see cref="SecondFollow"/>), leaving out <c>\</c>,
        /// which may start an escape.
        /// </summary>
        public static int CountRun(System.ReadOnlySpan<char> s, byte mask)
        {
#if NET8_0_OR_GREATER
            int stop = System.MemoryExtensions.IndexOfAnyExcept(s, mask == Key ? KeyRun : mask == FirstFollow ? FirstFollowRun : SecondFollowRun);
            return stop < 0 ? s.Length : stop;
#else
            int i = 0;
            while (i < s.Length && s[i] != '\\' && IsAscii(s[i], mask))
            {
                i++;
            }

            return i;
#endif
        }

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

#if NET8_0_OR_GREATER
        private static System.Buffers.SearchValues<char> Run(byte mask)
        {
            var members = new System.Collections.Generic.List<char>();
            for (char c = '\0'; c < 128; c++)
            {
                if (c != '\\' && (Flags[c] & mask) != 0)
                {
                    members.Add(c);
                }
            }

            return System.Buffers.SearchValues.Create(members.ToArray());
        }
#endif

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
