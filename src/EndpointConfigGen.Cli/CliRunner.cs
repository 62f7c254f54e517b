using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Cli
{
    /// <summary>
    /// Runs a generated <see cref="CliOperation"/> as the AWS CLI v1 runs the command. <see cref="RunAsync"/>
    /// sends the request and prints the response, or the CLI's error with its exit code (255; 2 for argparse
    /// errors). <see cref="Run"/>, and <see cref="RunAsync"/> with <see cref="CliRunOptions.PrintRequest"/>, send
    /// nothing and print the request body: one line of JSON on stdout, exit code 0, every error a blank line
    /// and the CLI's message on stderr and <see cref="ErrorExitCode"/>. What the front end adds to the CLI's
    /// settings comes in <see cref="CliRunOptions"/>; this library reads none of the variables named here.
    /// </summary>
    public static class CliRunner
    {
        /// <summary>The exit code of every error when the body is printed, not sent (AWS CLI v2's).</summary>
        public const int ErrorExitCode = 252;

        /// <summary>The AWS CLI v1's exit code for parameter, client and service errors.</summary>
        public const int SendErrorExitCode = 255;

        /// <summary>The AWS CLI v1's exit code for argparse errors (a missing required option, a bad choice).</summary>
        public const int UsageExitCode = 2;

        /// <summary>The sample front end's variable for <see cref="CliRunOptions.PrintRequest"/>: <c>1</c> (or <c>true</c>) prints the request body instead of sending it.</summary>
        public const string PrintRequestVariable = "ENDPOINTCONFIGGEN_PRINT_REQUEST";

        /// <summary>
        /// The sample front end's variable for <see cref="CliRunOptions.ValidationMode"/>, which error messages name.
        /// <c>full</c> (the default): every model constraint and the operation's rules, stricter than the AWS CLI, so a
        /// request the service would refuse fails early. <c>botocore</c>: only what the AWS CLI itself checks, leaving the
        /// rest to the service as the CLI does; numbers are read as Python reads them and the body
        /// is the one botocore writes (<see cref="BotocoreBody"/>), so every argument list the CLI sends is sent as it sends it.
        /// </summary>
        public const string ValidationVariable = "ENDPOINTCONFIGGEN_VALIDATION";

        /// <summary>The sample front end's variable for <see cref="CliRunOptions.AllowUnknownEnumValues"/>: <c>1</c> (or <c>true</c>) accepts enum values the model does not list.</summary>
        public const string AllowUnknownEnumValuesVariable = "ENDPOINTCONFIGGEN_ALLOW_UNKNOWN_ENUM_VALUES";

        private const string Usage = "usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\nTo see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n";

        // What v1's argparser prints before its usage (awscli/argparser.py), carriage return included.
        private const string V1Note = "usage: \rNote: AWS CLI version 2, the latest major version of the AWS CLI, is now stable and recommended for general use. For more information, see the AWS CLI version 2 installation instructions at: https://docs.aws.amazon.com/cli/latest/userguide/install-cliv2.html\n\n";

        /// <summary>Runs the command.</summary>
        /// <param name="operation">The generated command.</param>
        /// <param name="args">What follows the command name on the command line.</param>
        /// <param name="stdout">Receives the request body, the help or a skeleton.</param>
        /// <param name="stderr">Receives errors.</param>
        /// <param name="validation">What to check before printing; null for the default options' <see cref="DefaultValidation"/>.</param>
        /// <returns>0, or <see cref="ErrorExitCode"/>.</returns>
        public static int Run(CliOperation operation, IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, ValidationOptions? validation = null) =>
            Print(operation, args, stdout, stderr, () => validation ?? DefaultValidation(operation, new CliRunOptions()));

        // The validation options are made only once --version is handled, so that their error comes where the CLI's would.
        private static int Print(CliOperation operation, IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, Func<ValidationOptions> validation)
        {
            try
            {
                var remaining = new List<string>();
                if (CliGlobalOptions.Extract(args, remaining).Version)
                {
                    stdout.Write(VersionLine() + "\n");
                    return 0;
                }

                var prepared = Prepare(operation, remaining, validation(), stderr, v2Debug: false);
                stdout.Write(prepared.Printed ?? prepared.Body + "\n");
                return 0;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return Fail(stderr, e, sending: false);
            }
        }

        /// <summary>
        /// Runs the command and sends the request with <paramref name="send"/>, printing the response as
        /// <c>--output</c> and <c>--query</c> say. With <see cref="CliRunOptions.PrintRequest"/>, does what
        /// <see cref="Run"/> does instead.
        /// </summary>
        /// <param name="operation">The generated command.</param>
        /// <param name="args">What follows the command name on the command line, global options anywhere.</param>
        /// <param name="stdout">Receives the response, the help or a skeleton.</param>
        /// <param name="stderr">Receives errors and validation warnings.</param>
        /// <param name="send">Sends the checked request.</param>
        /// <param name="options">The front end's settings; null for the defaults (send, after full validation).</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>0, <see cref="SendErrorExitCode"/> or <see cref="UsageExitCode"/>.</returns>
        public static async Task<int> RunAsync(CliOperation operation, IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CliSender send, CliRunOptions? options = null, CancellationToken cancellationToken = default)
        {
            options ??= new CliRunOptions();
            if (options.PrintRequest)
            {
                return Print(operation, args, stdout, stderr, () => DefaultValidation(operation, options));
            }

            try
            {
                var remaining = new List<string>();
                var global = CliGlobalOptions.Extract(args, remaining);
                if (global.Version)
                {
                    stdout.Write(VersionLine() + "\n");
                    return 0;
                }

                var environment = (Func<string, string?>)Environment.GetEnvironmentVariable;
                var settings = CliSettings.Resolve(global, environment);
                var v2Debug = CliV2Debug.IsOn(global, environment);
                if (v2Debug)
                {
                    CliV2Debug.Warn(settings, environment, stderr);
                }

                var prepared = Prepare(operation, remaining, DefaultValidation(operation, options), stderr, v2Debug);
                if (prepared.Printed is not null)
                {
                    stdout.Write(prepared.Printed);
                    return 0;
                }

                // As the CLI does, a query or endpoint that cannot be used fails before anything is sent.
                CliOutput.CheckQuery(global.Query);
                global.CheckEndpointUrl();

                var response = await send(new CliSendRequest(operation, prepared.Body!, global) { Settings = settings }, cancellationToken).ConfigureAwait(false);

                // The CLI reads AWS_DEFAULT_OUTPUT and the profile's output only when it prints, after the call.
                stdout.Write(CliOutput.Format(response, global.Query, global.Output ?? CliOutput.FromEnvironment(settings.Output), operation.OperationName));
                return 0;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return Fail(stderr, e, sending: true);
            }
        }

        /// <summary>
        /// What <paramref name="options"/> ask to check. <c>full</c>: everything the model and the operation's rules
        /// say, stricter than the AWS CLI, so a request the service would refuse fails here
        /// (<see cref="CliRunOptions.AllowUnknownEnumValues"/> relaxes enum values only); <c>botocore</c>: what the CLI checks.
        /// </summary>
        /// <param name="operation">The command whose <see cref="CliOperation.Rules"/> apply.</param>
        /// <param name="options">The front end's settings.</param>
        /// <exception cref="CliException">The validation mode is neither <c>full</c> nor <c>botocore</c>.</exception>
        public static ValidationOptions DefaultValidation(CliOperation operation, CliRunOptions options)
        {
            ArgumentNullException.ThrowIfNull(options);
            var mode = options.ValidationMode ?? "full";
            if (mode != "full" && mode != "botocore")
            {
                throw new CliException(ValidationVariable + " must be 'full' or 'botocore', not '" + mode + "'");
            }

            return mode == "botocore"
                ? new ValidationOptions { BotocoreOnly = true }
                : new ValidationOptions { Rules = operation.Rules, AllowUnknownEnumValues = options.AllowUnknownEnumValues };
        }

        /// <summary>
        /// What <c>--version</c> prints, one line in the CLI's form: the front end and its version, then this
        /// package's and the runtime's (<c>EndpointConfigCli/0.1.0 EndpointConfigGen.Cli/0.1.0 .NET/10.0.12 Unix</c>).
        /// </summary>
        public static string VersionLine()
        {
            var entry = System.Reflection.Assembly.GetEntryAssembly() ?? typeof(CliRunner).Assembly;
            return entry.GetName().Name + "/" + VersionOf(entry) + " EndpointConfigGen.Cli/" + VersionOf(typeof(CliRunner).Assembly)
                + " .NET/" + Environment.Version + " " + Environment.OSVersion.Platform;
        }

        // The informational version without a source-revision suffix.
        private static string VersionOf(System.Reflection.Assembly assembly)
        {
            var informational = System.Reflection.CustomAttributeExtensions.GetCustomAttribute<System.Reflection.AssemblyInformationalVersionAttribute>(assembly)?.InformationalVersion;
            var version = informational ?? assembly.GetName().Version?.ToString() ?? "0.0.0";
            var plus = version.IndexOf('+');
            return plus > 0 ? version.Substring(0, plus) : version;
        }

        /// <summary>The request body, or the text to print instead (help, a skeleton).</summary>
        private static (string? Body, string? Printed) Prepare(CliOperation operation, IReadOnlyList<string> args, ValidationOptions validation, TextWriter stderr, bool v2Debug)
        {
            var arguments = ArgvParser.Parse(operation, args);
            if (arguments.Help)
            {
                return (null, CliHelp.Format(operation));
            }

            if (arguments.Unknown.Count > 0)
            {
                throw CliException.AfterUsage("Unknown options: " + string.Join(", ", arguments.Unknown));
            }

            if (v2Debug)
            {
                // The CLI warns as it loads each option's file, in option order (a list option of one value counts as that value).
                foreach (var option in operation.Options)
                {
                    if (arguments.Values.TryGetValue(option.MemberName, out var raw)
                        && (raw as string ?? (raw is string[] { Length: 1 } one ? one[0] : null)) is { } value
                        && ParamFiles.IsFileReference(value))
                    {
                        CliV2Debug.WarnParamFile(stderr);
                    }
                }
            }

            var loaded = new LoadedValues();
            var entries = InputBuilder.FromOptions(operation, arguments, loaded, anyNumber: validation.BotocoreOnly);
            if (arguments.SkeletonMode is not null)
            {
                return (null, Skeleton(operation, arguments.SkeletonMode));
            }

            if (arguments.CliInputJson is not null)
            {
                InputBuilder.MergeCliInputJson(entries, arguments.CliInputJson, validation.BotocoreOnly);
            }

            if (arguments.CliInputYaml is not null)
            {
                InputBuilder.MergeCliInputYaml(entries, arguments.CliInputYaml, validation.BotocoreOnly);
            }

            InputBuilder.FillIdempotencyTokens(operation, entries);
            var input = ParamNode.Map(entries, fromShorthand: false);
            if (operation.Input is not null)
            {
                var problems = new List<ValidationProblem>();
                var warnings = new List<ValidationProblem>();
                foreach (var problem in loaded.RewriteProblems(ParamValidator.Validate(input, operation.Input, string.Empty, validation)))
                {
                    (problem.Severity == ProblemSeverity.Error ? problems : warnings).Add(problem);
                }

                if (problems.Count > 0)
                {
                    throw new CliException(ValidationException.Format(problems));
                }

                // A legal but suspicious request is still printed (stdout stays exactly the body, exit 0).
                foreach (var warning in warnings)
                {
                    stderr.Write("Warning: " + warning.Message + "\n");
                }
            }

            // The CLI's own checks only: what it sends must be sent as it sends it, which the typed model cannot always hold.
            return (validation.BotocoreOnly && operation.Input is not null ? BotocoreBody.Write(input, operation.Input) : operation.BindAndSerialize(input), null);
        }

        private static string Skeleton(CliOperation operation, string mode) => mode switch
        {
            "output" => operation.Skeletons.Output,
            "yaml-input" => operation.Skeletons.YamlInput,
            _ => operation.Skeletons.Input,
        };

        /// <summary>
        /// Prints an error as the CLI does. Printing the body keeps its own forms (a blank line, v2's exit code);
        /// sending prints v1's: argparse errors after its note and usage with exit 2, the rest exit 255.
        /// </summary>
        private static int Fail(TextWriter stderr, Exception error, bool sending)
        {
            var code = sending ? SendErrorExitCode : ErrorExitCode;
            var usage = sending ? V1Note + Usage : "\n" + Usage;
            switch (error)
            {
                case CliException { IsUsageError: true } e:
                    stderr.Write(usage + "aws: error: " + e.Message + "\n");
                    return sending ? UsageExitCode : code;
                case CliException { IsAfterUsage: true } e:
                    stderr.Write(usage + (sending ? "\n" : string.Empty) + e.Message + "\n");
                    return code;
                case CliSendException e:
                    stderr.Write((e.BlankLineFirst ? "\n" : string.Empty) + e.Message + "\n");
                    return code;
                case CliException or ParamConversionException:
                    stderr.Write("\n" + error.Message + "\n");
                    return code;
                default:
                    // Binding or serialising a validated tree should not fail; say so rather than crash.
                    stderr.Write("\nInternal error: " + error.GetType().Name + ": " + error.Message + "\n");
                    return code;
            }
        }
    }
}
