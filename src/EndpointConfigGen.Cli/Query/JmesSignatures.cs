using System.Collections.Generic;

namespace EndpointConfigGen.Cli.Query
{
    /// <summary>
    /// Python jmespath's argument checks: arity, then each argument's type against its signature, with the
    /// quirks its messages show (an element's Python type name, not its JMESPath one, in <c>array-x</c> checks).
    /// </summary>
    internal static class JmesSignatures
    {
        public static void Check(string name, IReadOnlyList<object?> arguments, string[][] signature, bool variadic)
        {
            if (variadic ? arguments.Count < signature.Length : arguments.Count != signature.Length)
            {
                throw JmesException.Arity(name, signature.Length, arguments.Count, variadic);
            }

            for (var i = 0; i < signature.Length; i++)
            {
                if (signature[i].Length > 0)
                {
                    CheckOne(name, arguments[i], signature[i]);
                }
            }
        }

        private static void CheckOne(string name, object? value, string[] types)
        {
            var actual = PythonText.JmesType(value);
            var subtypes = new List<string>();
            var allowed = false;
            foreach (var type in types)
            {
                var dash = type.IndexOf('-');
                allowed |= (dash < 0 ? type : type.Substring(0, dash)) == actual;
                if (dash >= 0)
                {
                    subtypes.Add(type.Substring(dash + 1));
                }
            }

            if (!allowed)
            {
                throw JmesException.Type(name, value, actual, types);
            }

            if (subtypes.Count == 0)
            {
                return;
            }

            var elements = (List<object?>)value!;
            string required;
            if (subtypes.Count == 1)
            {
                required = subtypes[0];
            }
            else if (elements.Count == 0)
            {
                return;
            }
            else
            {
                // The first element picks which of the element types all must have.
                var first = PythonText.JmesType(elements[0]);
                if (!subtypes.Contains(first) || elements[0] is bool || elements[0] is JmesExpref)
                {
                    throw JmesException.Type(name, elements[0], PythonText.TypeName(elements[0]), types);
                }

                required = first;
            }

            foreach (var element in elements)
            {
                if (PythonText.JmesType(element) != required || element is bool)
                {
                    throw JmesException.Type(name, element, PythonText.TypeName(element), types);
                }
            }
        }
    }
}
