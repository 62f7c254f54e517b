using System.Collections.Generic;
using System.Collections.Immutable;
using EndpointConfigGen.Diagnostics;
using EndpointConfigGen.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace EndpointConfigGen.Analyzers
{
    /// <summary>
    /// Checks a request written in C#: the outermost object creation or <c>with</c> expression of a
    /// generated or AWS SDK structure, or the arguments of an AWS SDK client's convenience overload
    /// (<c>GetItemAsync(tableName, key)</c>), with everything nested in it (constructor arguments, parse calls of constant
    /// strings, locals assigned once, and the later writes to an SDK structure's local included), validated as the run-time <c>Validate()</c> would validate it.
    /// </summary>
    internal static class RequestValueAnalysis
    {
        public static void Analyze(OperationAnalysisContext context, ModelLookup schemas, SingleAssignmentLocals locals)
        {
            var operation = context.Operation;
            // The type test first: it is cached and rules out most creations and calls, the nesting walk is not.
            if (Request(operation, schemas) is not { } schema || (operation is not IInvocationOperation && IsNested(operation, schemas, locals)))
            {
                return;
            }

            // The request itself is "input" in botocore's messages; any other structure is named after its shape.
            var rootPath = schema.IsOperationInput ? string.Empty : schema.Shape.Name;
            var options = new ValidationOptions { Rules = schema.Rules };
            var sites = new NodeSites();
            var builder = new OperationTreeBuilder(schemas, sites, locals, keepUnknownMembers: true);
            var tree = Build(builder, operation, schema.Shape);
            if (tree is null || sites.IsUnknown(tree))
            {
                return;
            }

            var problems = Reportable(ParamValidator.Validate(tree, schema.Shape, rootPath, options), sites);
            problems.RemoveAll(p => builder.Borrowed.ReportedElsewhere(p.Problem, options));
            if (problems.Count > 0 && builder.MetUnknownMember)
            {
                problems = AlsoWithoutUnknownMembers(problems, operation, schema, rootPath, options, schemas, locals);
            }

            foreach (var (problem, descriptor, site) in problems)
            {
                context.ReportDiagnostic(Create(problem, descriptor, site, operation.SemanticModel, schemas));
            }
        }

        /// <summary>The structure a creation or <c>with</c> makes, or the input an SDK client's convenience overload sends.</summary>
        private static TypeSchema? Request(IOperation operation, ModelLookup schemas) =>
            operation is IInvocationOperation call ? schemas.ClientOperation(call.TargetMethod) : schemas.Get(operation.Type);

        private static ParamNode? Build(OperationTreeBuilder builder, IOperation operation, SchemaShape shape) =>
            operation is IInvocationOperation call ? builder.Call(call, shape) : builder.Build(operation, shape, null);

        /// <summary>
        /// True when the value is itself a member value or list item of a request analyzed from further out.
        /// Follows exactly the forms <see cref="OperationTreeBuilder"/> descends into, but for a local's
        /// initializer: that is analyzed on its own, and requests reading the local leave its problems to it.
        /// </summary>
        private static bool IsNested(IOperation operation, ModelLookup schemas, SingleAssignmentLocals locals)
        {
            var current = operation;
            while (true)
            {
                var parent = current.Parent;
                if (parent is IConversionOperation)
                {
                    current = parent;
                    continue;
                }

                if (parent is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target, Parent: IObjectOrCollectionInitializerOperation } assignment
                    && assignment.Value == current)
                {
                    return schemas.Member(target.Property) is not null;
                }

                // A later write to a local holding an SDK structure: q.P = value; or q.P.Add(value); (once: else it is judged alone).
                if (parent is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: ILocalReferenceOperation local } written } later
                    && later.Value == current
                    && locals.IsCreatedLocal(local)
                    && SingleAssignmentLocals.RunsOnce(local.Local, later))
                {
                    return schemas.Member(written.Property) is not null;
                }

                if (parent is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "Add", Instance: IPropertyReferenceOperation { Instance: ILocalReferenceOperation holder } list } add }
                    && locals.IsCreatedLocal(holder)
                    && SingleAssignmentLocals.RunsOnce(holder.Local, add))
                {
                    return schemas.Member(list.Property) is not null;
                }

                if (parent is IArgumentOperation { Parameter: { } parameter, Parent: IObjectCreationOperation creation }
                    && schemas.Get(creation.Type) is { } made)
                {
                    // An SDK convenience constructor's argument.
                    return ModelLookup.Parameter(parameter, made.Shape) is not null;
                }

                if (parent is IArgumentOperation { Parameter: { } sets, Parent: IInvocationOperation call }
                    && schemas.ClientOperation(call.TargetMethod) is { } sent)
                {
                    // An argument of an SDK client's convenience overload.
                    return ModelLookup.Parameter(sets, sent.Shape) is not null;
                }

                var owner = CollectionElements.Owner(current);
                if (owner is null)
                {
                    return false;
                }

                current = owner;
            }
        }

        private static List<(ValidationProblem Problem, DiagnosticDescriptor Descriptor, NodeSite Site)> Reportable(
            IReadOnlyList<ValidationProblem> problems, NodeSites sites)
        {
            var result = new List<(ValidationProblem, DiagnosticDescriptor, NodeSite)>();
            foreach (var problem in problems)
            {
                // Structural problems (missing, unknown, mistyped members) are the C# compiler's to report.
                var descriptor = ProblemDescriptors.For(problem);
                if (descriptor is null || sites.IsUnknown(problem.Node) || sites.IsUnknown(problem.RelatedNode) || sites.Get(problem.Node) is not { } site)
                {
                    continue;
                }

                result.Add((problem, descriptor, site));
            }

            return result;
        }

        /// <summary>
        /// A member set to a value computed at run time may be null then. Keeps only the problems that
        /// also show when every such member is left out, so neither reading can make a false report.
        /// </summary>
        private static List<(ValidationProblem Problem, DiagnosticDescriptor Descriptor, NodeSite Site)> AlsoWithoutUnknownMembers(
            List<(ValidationProblem Problem, DiagnosticDescriptor Descriptor, NodeSite Site)> problems,
            IOperation operation,
            TypeSchema schema,
            string rootPath,
            ValidationOptions options,
            ModelLookup schemas,
            SingleAssignmentLocals locals)
        {
            var sites = new NodeSites();
            var tree = Build(new OperationTreeBuilder(schemas, sites, locals, keepUnknownMembers: false), operation, schema.Shape);
            var seen = new HashSet<string>();
            if (tree is not null)
            {
                foreach (var (problem, _, site) in Reportable(ParamValidator.Validate(tree, schema.Shape, rootPath, options), sites))
                {
                    seen.Add(Key(problem, site));
                }
            }

            return problems.FindAll(p => seen.Contains(Key(p.Problem, p.Site)));
        }

        private static string Key(ValidationProblem problem, NodeSite site) =>
            problem.Kind + "|" + problem.RuleId + "|" + problem.Message + "|" + site.Location(onAssignment: false).SourceSpan;

        private static Diagnostic Create(ValidationProblem problem, DiagnosticDescriptor descriptor, NodeSite site, SemanticModel? model, ModelLookup schemas)
        {
            // The KMS and conflict rules are about setting the member at all: reported on the whole assignment.
            var onAssignment = descriptor == RequestDiagnostics.KmsKeyWithLocalStorage || descriptor == RequestDiagnostics.Conflict;
            var location = site.Location(onAssignment);
            var properties = descriptor == RequestDiagnostics.UnknownEnumValue
                ? FixData.ForEnumValue(problem.Suggestions, site.Value, model, schemas)
                : ImmutableDictionary<string, string?>.Empty;
            return Diagnostic.Create(descriptor, location, properties, ProblemDescriptors.Arguments(problem));
        }
    }
}
