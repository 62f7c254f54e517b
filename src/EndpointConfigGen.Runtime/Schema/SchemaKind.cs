namespace EndpointConfigGen.Runtime
{
    /// <summary>The botocore shape types, with enum strings apart.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public enum SchemaKind
    {
        /// <summary>A structure of named members.</summary>
        Structure,
        /// <summary>A list.</summary>
        List,
        /// <summary>A map with string keys.</summary>
        Map,
        /// <summary>A string.</summary>
        String,
        /// <summary>A string with a list of known values.</summary>
        Enum,
        /// <summary>A 32-bit integer.</summary>
        Integer,
        /// <summary>A 64-bit integer.</summary>
        Long,
        /// <summary>A float.</summary>
        Float,
        /// <summary>A double.</summary>
        Double,
        /// <summary>A boolean.</summary>
        Boolean,
        /// <summary>A timestamp.</summary>
        Timestamp,
        /// <summary>Bytes.</summary>
        Blob,
        /// <summary>Any JSON value.</summary>
        Document,
    }
}
