using System.Linq;
using EndpointConfigGen.Binding;
using EndpointConfigGen.Model;

namespace EndpointConfigGen.Emitters
{
    /// <summary>
    /// Emits a service's client and its config for json-protocol models (awsJson1_0 / 1_1): one method per
    /// generated operation over EndpointConfigGen.Client's <c>JsonServiceClient</c>, which runs the AWS SDK's
    /// own pipeline (credentials, region, endpoint, SigV4, retries, timeouts). Emitted only when that
    /// assembly is referenced.
    /// </summary>
    internal static class ClientEmitter
    {
        private const string Client = "global::EndpointConfigGen.Client.";

        public static string Emit(ShapeIndex index)
        {
            var metadata = index.Model.Metadata;
            var names = index.Bound.Client;
            var writer = GeneratedFile.Begin(index.Namespace);
            EmitConfig(writer, metadata, names);
            writer.Line();
            writer.Line("/// <summary>");
            writer.Line("/// A client of the " + DocComments.Escape(metadata.ServiceId) + " service. <c>new " + names.Client + "()</c> takes credentials and region");
            writer.Line("/// from the AWS SDK's default chain (environment, profiles, SSO, web identity, container and instance metadata).");
            writer.Line("/// </summary>");
            writer.Line(GeneratedFile.GeneratedCodeAttribute);
            writer.Open("public sealed partial class " + names.Client + " : " + Client + "JsonServiceClient");
            writer.Line("/// <summary>Creates a client with the default configuration and credentials.</summary>");
            writer.Line("public " + names.Client + "() : this(new " + names.Config + "()) { }");
            writer.Line();
            writer.Line("/// <summary>Creates a client with credentials from the default chain.</summary>");
            writer.Line("/// <param name=\"config\">Region, endpoint, retries, timeouts and validation.</param>");
            writer.Line("public " + names.Client + "(" + names.Config + " config) : base(config) { }");
            writer.Line();
            writer.Line("/// <summary>Creates a client that signs with the given credentials.</summary>");
            writer.Line("/// <param name=\"credentials\">The credentials to sign requests with.</param>");
            writer.Line("/// <param name=\"config\">Region, endpoint, retries, timeouts and validation.</param>");
            writer.Line("public " + names.Client + "(global::Amazon.Runtime.AWSCredentials credentials, " + names.Config + " config) : base(credentials, config) { }");
            foreach (var operation in index.Operations)
            {
                writer.Line();
                EmitOperation(writer, index, operation);
            }

            if (index.Bound.Errors.Count > 0)
            {
                writer.Line();
                EmitTypedError(writer, index);
            }

            writer.Close();
            return GeneratedFile.End(writer);
        }

        private static void EmitConfig(SourceWriter writer, ServiceMetadata metadata, ClientNames names)
        {
            writer.Line("/// <summary>The configuration of a <see cref=\"" + names.Client + "\"/>: the model's service facts and the SDK's client settings.</summary>");
            writer.Line(GeneratedFile.GeneratedCodeAttribute);
            writer.Open("public sealed partial class " + names.Config + " : " + Client + "JsonServiceConfig");
            writer.Line("/// <summary>The service as the model describes it.</summary>");
            writer.Line("public static " + Client + "JsonServiceDescription Service { get; } = new " + Client + "JsonServiceDescription(");
            writer.Indent();
            writer.Line(Literals.String(metadata.ServiceId) + ",");
            writer.Line(Literals.String(metadata.TargetPrefix) + ",");
            writer.Line(Literals.String(metadata.JsonVersion.Length == 0 ? "1.0" : metadata.JsonVersion) + ",");
            writer.Line(Literals.String(metadata.SigningName) + ",");
            writer.Line(Literals.String(metadata.EndpointPrefix) + ",");
            writer.Line(Literals.String(metadata.ApiVersion) + ");");
            writer.Outdent();
            writer.Line();
            writer.Line("/// <summary>Creates a configuration with the SDK's defaults (region and endpoint from the environment and profile).</summary>");
            writer.Line("public " + names.Config + "() : base(Service) { }");
            writer.Close();
        }

        // A body that does not read as the error's shape (a proxy's page under a modeled code) keeps the error as it is.
        private static void EmitTypedError(SourceWriter writer, ShapeIndex index)
        {
            writer.Line("/// <inheritdoc/>");
            writer.Open("protected override " + Client + "AwsServiceException TypedError(string errorShape, " + Client + "AwsServiceException error)");
            writer.Open("try");
            writer.Line("return errorShape switch");
            writer.Line("{");
            writer.Indent();
            var seen = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal);
            foreach (var type in index.Bound.Errors)
            {
                foreach (var code in type.Codes)
                {
                    if (seen.Add(code))
                    {
                        writer.Line(Literals.String(code) + " => new " + type.TypeName + "(error),");
                    }
                }
            }

            writer.Line("_ => error,");
            writer.Outdent();
            writer.Line("};");
            writer.Close();
            writer.Open("catch (" + ShapeIndex.Rt + "JsonRequestException)");
            writer.Line("return error;");
            writer.Close();
            writer.Close();
        }

        /// <summary>The operation class's <c>Description</c>: what the client's method calls with, and front ends that send a body of their own.</summary>
        public static string EmitDescription(ShapeIndex index, OperationSpec operation)
        {
            var writer = GeneratedFile.Begin(index.Namespace);
            writer.Open("public static partial class " + operation.ClassName);
            writer.Line("/// <summary>The operation as the client's <c>InvokeAsync</c> takes it, for a request body of your own.</summary>");
            writer.Line("public static " + Client + "OperationDescription Description { get; } = new " + Client + "OperationDescription("
                + Literals.String(operation.Name) + ", " + Literals.String(operation.HttpMethod) + ", " + Literals.String(operation.RequestUri) + ");");
            writer.Close();
            return GeneratedFile.End(writer);
        }

        private static void EmitOperation(SourceWriter writer, ShapeIndex index, OperationSpec operation)
        {
            var field = "global::" + index.Namespace + "." + operation.ClassName + ".Description";
            DocComments.Summary(writer, operation.Documentation, "Calls the <c>" + DocComments.Escape(operation.Name) + "</c> operation.");
            var input = operation.Input is null ? null : index.Shape(operation.Input).TypeName;
            var output = operation.Output is null ? null : index.Shape(operation.Output).TypeName;
            if (input is not null)
            {
                writer.Line("/// <param name=\"request\">The request; validated first unless the config's <c>ValidateRequests</c> is off.</param>");
            }

            writer.Line("/// <param name=\"cancellationToken\">Cancels the call and its retries.</param>");
            writer.Line("/// <returns>" + (output is null ? "The completed call." : "The service's response, read as clients read responses: unknown and null members skipped, missing required ones zero.") + "</returns>");
            writer.Line("/// <exception cref=\"global::EndpointConfigGen.Runtime.ValidationException\">The request breaks the model's constraints or rules.</exception>");
            foreach (var error in operation.Errors)
            {
                if (index.Bound.Errors.FirstOrDefault(type => type.ShapeName == error) is { } type)
                {
                    writer.Line("/// <exception cref=\"" + type.TypeName + "\">The service answered with this error.</exception>");
                }
            }

            writer.Line("/// <exception cref=\"" + Client + "AwsServiceException\">The service answered with " + (operation.Errors.Count > 0 ? "another" : "an") + " error.</exception>");
            if (operation.Deprecated)
            {
                writer.Line("[global::System.Obsolete]");
            }

            var method = operation.MethodName;
            var parameters = (input is null ? string.Empty : input + " request, ") + "global::System.Threading.CancellationToken cancellationToken = default";
            var body = input is null ? "\"{}\"u8.ToArray()" : "request.ToJsonUtf8()";
            writer.Open("public async global::System.Threading.Tasks.Task" + (output is null ? string.Empty : "<" + output + ">") + " " + method + "(" + parameters + ")");
            if (input is not null)
            {
                writer.Line("global::System.ArgumentNullException.ThrowIfNull(request);");
                writer.Open("if (ValidateRequests)");
                writer.Line("request.ThrowIfInvalid();");
                writer.Close();
                writer.Line();
            }

            if (output is null)
            {
                writer.Line("await InvokeAsync(" + field + ", " + body + ", static _ => true, cancellationToken).ConfigureAwait(false);");
            }
            else
            {
                writer.Line("return await InvokeAsync(" + field + ", " + body + ", static json => global::EndpointConfigGen.Runtime.JsonSupport.Read(json, " + output + ".ReadJson, response: true), cancellationToken).ConfigureAwait(false);");
            }

            writer.Close();
        }
    }
}
