using System;
using System.Collections.Generic;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// One shape file's model as <see cref="SchemaDecoder"/> builds it: its generated shapes, operations and
    /// operation rules. Generated code holds one per shape file; the analyzers one per distinct encoding.
    /// </summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class SchemaModel
    {
        private Dictionary<string, SchemaShape>? _byName;

        /// <summary>Creates a model from decoded parts.</summary>
        public SchemaModel(string serviceId, IReadOnlyList<SchemaShape> shapes, IReadOnlyList<SchemaOperation> operations, IReadOnlyList<OperationRules> rules)
        {
            ServiceId = serviceId;
            Shapes = shapes;
            Operations = operations;
            Rules = rules;
        }

        /// <summary>The service's id in the model's metadata, e.g. <c>SageMaker</c>.</summary>
        public string ServiceId { get; }

        /// <summary>The generated shapes, in model order; generated code refers to them by position.</summary>
        public IReadOnlyList<SchemaShape> Shapes { get; }

        /// <summary>The generated operations, in model order.</summary>
        public IReadOnlyList<SchemaOperation> Operations { get; }

        /// <summary>The rules file's operation rules; pass as <see cref="ValidationOptions.Rules"/>.</summary>
        public IReadOnlyList<OperationRules> Rules { get; }

        /// <summary>The shape of this name, or null.</summary>
        public SchemaShape? Shape(string name)
        {
            if (_byName is null)
            {
                var map = new Dictionary<string, SchemaShape>(StringComparer.Ordinal);
                foreach (var shape in Shapes)
                {
                    map[shape.Name] = shape;
                }

                _byName = map;
            }

            return _byName.TryGetValue(name, out var found) ? found : null;
        }
    }

    /// <summary>An operation of a <see cref="SchemaModel"/>.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class SchemaOperation
    {
        /// <summary>Creates an operation.</summary>
        public SchemaOperation(string name, SchemaShape? input, SchemaShape? output)
        {
            Name = name;
            Input = input;
            Output = output;
        }

        /// <summary>The operation's name in the model, e.g. <c>CreateEndpointConfig</c>.</summary>
        public string Name { get; }

        /// <summary>The input structure, or null.</summary>
        public SchemaShape? Input { get; }

        /// <summary>The output structure, or null.</summary>
        public SchemaShape? Output { get; }
    }
}
