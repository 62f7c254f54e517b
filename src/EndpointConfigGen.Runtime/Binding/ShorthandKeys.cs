namespace EndpointConfigGen.Runtime
{
    /// <summary>Where <see cref="ShorthandCursor.NextKey"/> is in one structure or hash.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public struct ShorthandKeys
    {
        internal ShorthandKeys(bool top)
        {
            Top = top;
            First = true;
        }

        /// <summary>The whole input (<c>a=1,b=2</c>) rather than a <c>{...}</c> hash.</summary>
        internal bool Top { get; }

        internal bool First { get; set; }
    }
}
