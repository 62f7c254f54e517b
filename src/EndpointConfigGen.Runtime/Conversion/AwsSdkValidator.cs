using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// <c>Validate()</c> and <c>ThrowIfInvalid()</c> on the AWS SDK's classes of one shape file. The model's schema
    /// drives the walk: each SDK object becomes the parameter tree our generated type gives for the same value, and
    /// runs through the same validator and rules. Per SDK class the generated code supplies only a reader of its
    /// member values; the runtime does not reference the AWS SDK and uses no reflection.
    /// </summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class AwsSdkValidator
    {
        private readonly SchemaModel _model;
        private readonly Func<object, string?> _constantText;
        private readonly Dictionary<SchemaShape, Func<object, object?[]>> _readers = new Dictionary<SchemaShape, Func<object, object?[]>>(ReferenceEqualityComparer.Instance);
        private readonly HashSet<SchemaShape> _inputs = new HashSet<SchemaShape>(ReferenceEqualityComparer.Instance);

        /// <summary>Creates the validator of one shape file's SDK classes.</summary>
        /// <param name="model">The shape file's decoded model.</param>
        /// <param name="constantText">The text of an SDK <c>ConstantClass</c> value (its <c>Value</c>).</param>
        /// <param name="readers">
        /// By shape position in <see cref="SchemaModel.Shapes"/>: for a structure the SDK has a class for, the values of
        /// an object of that class, one per schema member in order, null where the SDK has no property the model's value
        /// can be read from; null for other shapes.
        /// </param>
        public AwsSdkValidator(SchemaModel model, Func<object, string?> constantText, IReadOnlyList<Func<object, object?[]>?> readers)
        {
            _model = model;
            _constantText = constantText;
            for (var i = 0; i < readers.Count; i++)
            {
                if (readers[i] is { } reader)
                {
                    _readers.Add(model.Shapes[i], reader);
                }
            }

            foreach (var operation in model.Operations)
            {
                if (operation.Input is { } input)
                {
                    _inputs.Add(input);
                }
            }
        }

        /// <summary>Every problem with an SDK object, as <c>Validate()</c> on the generated type reports it.</summary>
        /// <param name="value">The SDK object.</param>
        /// <param name="shape">Its structure's position in <see cref="SchemaModel.Shapes"/>.</param>
        /// <param name="options">Relaxations; the shape file's rules stay on unless set.</param>
        /// <returns>Errors and warnings, in botocore's order.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
        public IReadOnlyList<ValidationProblem> Validate(object value, int shape, ValidationOptions? options)
        {
            ArgumentNullException.ThrowIfNull(value);
            var schema = _model.Shapes[shape];
            return ParamValidator.Validate(ToParamNode(value, schema), schema, Root(schema), ValidationDefaults.WithRules(options, _model.Rules));
        }

        /// <summary>Throws when <see cref="Validate"/> finds an error.</summary>
        /// <param name="value">The SDK object.</param>
        /// <param name="shape">Its structure's position in <see cref="SchemaModel.Shapes"/>.</param>
        /// <param name="options">As for <see cref="Validate"/>.</param>
        /// <returns>The warnings, when there is no error.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
        /// <exception cref="ValidationException">One or more errors.</exception>
        public IReadOnlyList<ValidationProblem> ThrowIfInvalid(object value, int shape, ValidationOptions? options)
        {
            ArgumentNullException.ThrowIfNull(value);
            var schema = _model.Shapes[shape];
            return ParamValidator.ThrowIfInvalid(ToParamNode(value, schema), schema, Root(schema), ValidationDefaults.WithRules(options, _model.Rules));
        }

        /// <summary>
        /// An SDK value as the parameter tree of its shape: the entries, in the order, of our type's <c>ToParamNode()</c>.
        /// Scalars go by what the SDK holds (an integer shape may be a <see cref="long"/>), containers by the schema.
        /// </summary>
        private ParamNode ToParamNode(object? value, SchemaShape shape)
        {
            if (value is null)
            {
                return ParamNode.Null();
            }

            switch (shape.Kind)
            {
                case SchemaKind.Structure:
                    return Structure(value, shape);
                case SchemaKind.List:
                    var list = (IList)value;
                    var items = new ParamNode[list.Count];
                    for (var i = 0; i < items.Length; i++)
                    {
                        items[i] = ToParamNode(list[i], shape.Item!);
                    }

                    return ParamNode.List(items, fromShorthand: false);
                case SchemaKind.Map:
                    var map = (IDictionary)value;
                    var entries = new List<ParamEntry>(map.Count);
                    foreach (DictionaryEntry entry in map)
                    {
                        entries.Add(new ParamEntry((string)entry.Key, ToParamNode(entry.Value, shape.Value!)));
                    }

                    return ParamNode.Map(entries, fromShorthand: false);
            }

            switch (value)
            {
                case string text:
                    return ParamNode.String(text, fromShorthand: false);
                case int number:
                    return ParamBinding.FromInteger(number);
                case long number:
                    return ParamBinding.FromInteger(number);
                case double number:
                    return ParamBinding.FromDouble(number);
                case float number:
                    return ParamBinding.FromDouble(AwsSdkConversion.FromSingle(number));
                case bool flag:
                    return ParamNode.Boolean(flag);
                case DateTime time:
                    return ParamBinding.FromTimestamp(AwsSdkConversion.FromDateTime(time));
                case MemoryStream bytes:
                    return ParamBinding.FromBlob(bytes.ToArray());
                default:
                    // The generator reads only the scalar types above and the SDK's enum classes.
                    return _constantText(value) is { } constant ? ParamNode.String(constant, fromShorthand: false) : ParamNode.Null();
            }
        }

        private ParamNode Structure(object value, SchemaShape shape)
        {
            var values = _readers[shape](value);
            var members = shape.Members;
            var entries = new List<ParamEntry>(members.Count);
            for (var i = 0; i < members.Count; i++)
            {
                if (values[i] is { } member)
                {
                    entries.Add(new ParamEntry(members[i].Name, ToParamNode(member, members[i].Target)));
                }
            }

            return ParamNode.Map(entries, fromShorthand: false);
        }

        /// <summary>As our types' <c>Validate()</c>: an operation's input is the root "input"; a structure checked alone is named after its shape.</summary>
        private string Root(SchemaShape shape) => _inputs.Contains(shape) ? string.Empty : shape.Name;
    }
}
