namespace EndpointConfigGen.Runtime
{
    /// <summary>Where <see cref="ShorthandCursor.NextItem"/> is in one list.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public struct ShorthandItems
    {
        internal ShorthandItems(ListMode mode, bool itemsAreText)
        {
            Mode = mode;
            ItemsAreText = itemsAreText;
            Count = 0;
        }

        /// <summary>How the list is written.</summary>
        internal enum ListMode
        {
            /// <summary><c>[a,b]</c>.</summary>
            Explicit,

            /// <summary><c>a,b</c> as a top-level value.</summary>
            Csv,

            /// <summary>One scalar where a list belongs, inside a hash or list.</summary>
            Single,
        }

        internal ListMode Mode { get; set; }

        internal bool ItemsAreText { get; }

        internal int Count { get; set; }
    }
}
