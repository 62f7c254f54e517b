using System;
using System.Collections.Generic;

namespace EndpointConfigGen.Runtime
{
    /// <summary>A generated enum's <c>KnownValues</c>, built from its shape's values instead of code per value.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static class EnumValueList
    {
        /// <summary>The shape's values in model order, each wrapped in the generated enum type.</summary>
        public static T[] Of<T>(SchemaShape shape, Func<string, T> wrap)
        {
            var values = shape.EnumValues;
            var wrapped = new T[values.Count];
            for (var i = 0; i < wrapped.Length; i++)
            {
                wrapped[i] = wrap(values[i]);
            }

            return wrapped;
        }
    }
}
