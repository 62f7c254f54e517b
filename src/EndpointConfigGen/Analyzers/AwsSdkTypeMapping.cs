using System;
using System.Collections.Generic;
using System.Text;
using EndpointConfigGen.Binding;
using EndpointConfigGen.Runtime;
using Microsoft.CodeAnalysis;

namespace EndpointConfigGen.Analyzers
{
    /// <summary>
    /// The AWS SDK for .NET (v4) types of a service whose model is in sight, by the SDK's naming conventions:
    /// <c>Amazon.&lt;Svc&gt;.Model.&lt;Op&gt;Request</c> is operation Op's input, other structures keep the shape
    /// name in <c>Amazon.&lt;Svc&gt;.Model</c>, enums are <c>Amazon.Runtime.ConstantClass</c> classes in
    /// <c>Amazon.&lt;Svc&gt;</c> with a static field per value, properties are named as the model's members.
    /// A type, property or field the conventions do not name (an SDK customization) maps to nothing and is not checked.
    /// </summary>
    internal sealed class AwsSdkTypeMapping : IShapeMapping
    {
        private readonly Dictionary<IAssemblySymbol, List<SchemaModel>> _models = new Dictionary<IAssemblySymbol, List<SchemaModel>>(SymbolEqualityComparer.Default);
        private readonly Dictionary<IAssemblySymbol, string> _services = new Dictionary<IAssemblySymbol, string>(SymbolEqualityComparer.Default);

        /// <summary>The C# name the SDK gives an enum value's static field: the value's parts after punctuation other than '_', each capitalized.</summary>
        public static string FieldName(string value)
        {
            var name = new StringBuilder(value.Length);
            var upper = true;
            foreach (var c in value)
            {
                if (!char.IsLetterOrDigit(c) && c != '_')
                {
                    upper = true;
                    continue;
                }

                name.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }

            return name.ToString();
        }

        /// <summary>Adds a model when the compilation references its service's SDK assembly; true when it does.</summary>
        public bool Add(IEnumerable<IAssemblySymbol> referenced, SchemaModel model)
        {
            var service = SdkNaming.Service(model.ServiceId);
            foreach (var assembly in referenced)
            {
                if (assembly.Identity.Name == SdkNaming.Assembly(service))
                {
                    if (!_models.TryGetValue(assembly, out var models))
                    {
                        models = new List<SchemaModel>();
                        _models.Add(assembly, models);
                        _services.Add(assembly, service);
                    }

                    models.Add(model);
                    return true;
                }
            }

            return false;
        }

        public TypeSchema? Shape(INamedTypeSymbol type)
        {
            if (type.ContainingType is not null
                || type.ContainingAssembly is not { } assembly
                || !_models.TryGetValue(assembly, out var models))
            {
                return null;
            }

            var ns = type.ContainingNamespace.ToDisplayString();
            var service = _services[assembly];
            foreach (var model in models)
            {
                var schema = ns == SdkNaming.ModelNamespace(service) && type.TypeKind == TypeKind.Class ? Structure(model, type.Name)
                    : ns == SdkNaming.Namespace(service) && IsConstantClass(type) ? Enum(model, type.Name)
                    : null;
                if (schema is not null)
                {
                    return schema;
                }
            }

            return null;
        }

        public SchemaMember? Member(TypeSchema owner, IPropertySymbol property)
        {
            if (!_models.ContainsKey(property.ContainingAssembly))
            {
                return null;
            }

            foreach (var member in owner.Shape.Members)
            {
                if (FieldName(member.Name) == property.Name)
                {
                    return member;
                }
            }

            return null;
        }

        public string? EnumValue(IFieldSymbol field)
        {
            if (!field.IsStatic || !_models.ContainsKey(field.ContainingAssembly) || Shape(field.ContainingType) is not { } schema)
            {
                return null;
            }

            foreach (var value in schema.Shape.EnumValues)
            {
                if (FieldName(value) == field.Name)
                {
                    return value;
                }
            }

            return null;
        }

        /// <summary>True for the SDK assembly of a service whose model is in sight (the cheap first test of every call).</summary>
        public bool IsSdkAssembly(IAssemblySymbol? assembly) => assembly is not null && _models.ContainsKey(assembly);

        /// <summary>
        /// The input of operation Op for a convenience overload <c>OpAsync</c> (or <c>Op</c>) of the service's client:
        /// a type in <c>Amazon.&lt;Svc&gt;</c> that is an <c>Amazon.Runtime.IAmazonService</c> (the
        /// <c>IAmazon&lt;Svc&gt;</c> interface and <c>Amazon&lt;Svc&gt;Client</c>), every parameter but the
        /// cancellation token naming a member. Null for any other method (the overload taking the request object too).
        /// </summary>
        public TypeSchema? ClientOperation(IMethodSymbol method)
        {
            var client = method.ContainingType;
            if (client is null
                || !_models.TryGetValue(method.ContainingAssembly, out var models)
                || client.ContainingNamespace.ToDisplayString() != SdkNaming.Namespace(_services[method.ContainingAssembly])
                || !IsClient(client))
            {
                return null;
            }

            var name = method.Name.EndsWith(SdkNaming.AsyncSuffix, StringComparison.Ordinal)
                ? method.Name.Substring(0, method.Name.Length - SdkNaming.AsyncSuffix.Length)
                : method.Name;
            foreach (var model in models)
            {
                foreach (var operation in model.Operations)
                {
                    if (operation.Name == name && operation.Input is { } input)
                    {
                        return SetsMembers(method, input) ? new TypeSchema(model, input, isOperationInput: true) : null;
                    }
                }
            }

            return null;
        }

        /// <summary>An operation's input as <c>&lt;Op&gt;Request</c>, else the structure of the type's name.</summary>
        private static TypeSchema? Structure(SchemaModel model, string name)
        {
            if (name.EndsWith(SdkNaming.RequestSuffix, StringComparison.Ordinal))
            {
                var operationName = name.Substring(0, name.Length - SdkNaming.RequestSuffix.Length);
                foreach (var operation in model.Operations)
                {
                    if (operation.Name == operationName && operation.Input is { } input)
                    {
                        return new TypeSchema(model, input, isOperationInput: true);
                    }
                }
            }

            return model.Shape(name) is { Kind: SchemaKind.Structure } shape && !IsInput(model, shape) ? new TypeSchema(model, shape, isOperationInput: false) : null;
        }

        private static TypeSchema? Enum(SchemaModel model, string name) =>
            model.Shape(name) is { Kind: SchemaKind.Enum } shape ? new TypeSchema(model, shape, isOperationInput: false) : null;

        /// <summary>An input shape's SDK type is named after its operation, never after the shape.</summary>
        private static bool IsInput(SchemaModel model, SchemaShape shape)
        {
            foreach (var operation in model.Operations)
            {
                if (operation.Input == shape)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True for <c>System.Threading.CancellationToken</c>, which client methods take beside the request.</summary>
        public static bool IsCancellationToken(ITypeSymbol? type) =>
            type is { Name: "CancellationToken", ContainingNamespace: { Name: "Threading", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } };

        private static bool SetsMembers(IMethodSymbol method, SchemaShape input)
        {
            foreach (var parameter in method.Parameters)
            {
                if (!IsCancellationToken(parameter.Type) && ModelLookup.Parameter(parameter, input) is null)
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsClient(INamedTypeSymbol type)
        {
            foreach (var implemented in type.AllInterfaces)
            {
                if (implemented.ToDisplayString() == SdkNaming.ServiceInterface)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsConstantClass(INamedTypeSymbol type)
        {
            for (var at = type.BaseType; at is not null; at = at.BaseType)
            {
                if (at.ToDisplayString() == SdkNaming.ConstantClass)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
