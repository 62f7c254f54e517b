using System;
using System.Collections.Generic;
using System.IO;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Cli
{
    /// <summary>
    /// Runs a generated <see cref="CliOperation"/> as the AWS CLI runs the command, but instead of
    /// sending the request prints its body: one line of JSON on stdout, exit code 0. Every error
    /// prints a blank line and the CLI's message on stderr and exits <see cref="ErrorExitCode"/>.
    /// </summary>
    public static class CliRunner
    {
        /// <summary>The exit code of every error (AWS CLI v2's; v1 uses 255, and 2 for usage errors).</summary>
        public const int ErrorExitCode = 252;

        /// <summary>Set to <c>1</c> (or <c>true</c>) to accept enum values the model does not list, e.g. an instance type newer than the model.</summary>
        public const string AllowUnknownEnumValuesVariable = "ENDPOINTCONFIGGEN_ALLOW_UNKNOWN_ENUM_VALUES";

        private const string Usage = "usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\nTo see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n";

        /// <summary>Runs the command.</summary>
        /// <param name="operation">The generated command.</param>
        /// <param name="args">What follows the command name on the command line.</param>
        /// <param name="stdout">Receives the request body, the help or a skeleton.</param>
        /// <param name="stderr">Receives errors.</param>
        /// <param name="validation">
        /// What to check before printing; null for <see cref="DefaultValidation"/> read from this process's environment.
        /// </param>
        /// <returns>0, or <see cref="ErrorExitCode"/>.</returns>
        public static int Run(CliOperation operation, IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, ValidationOptions? validation = null)
        {
            try
            {
                stdout.Write(Execute(operation, args, validation ?? DefaultValidation(operation, Environment.GetEnvironmentVariable), stderr));
                return 0;
            }
            catch (CliException e) when (e.IsUsageError)
            {
                return Fail(stderr, Usage + "aws: error: " + e.Message);
            }
            catch (CliException e)
            {
                return Fail(stderr, e.Message);
            }
            catch (ParamConversionException e)
            {
                return Fail(stderr, e.Message);
            }
            catch (Exception e)
            {
                // Binding or serialising a validated tree should not fail; say so rather than crash.
                return Fail(stderr, "Internal error: " + e.GetType().Name + ": " + e.Message);
            }
        }

        /// <summary>
        /// Everything the model and the operation's rules say, stricter than the AWS CLI: a request the service
        /// would refuse fails here. <see cref="AllowUnknownEnumValuesVariable"/> relaxes enum values only.
        /// </summary>
        /// <param name="operation">The command whose <see cref="CliOperation.Rules"/> apply.</param>
        /// <param name="environment">Reads an environment variable (null when unset).</param>
        public static ValidationOptions DefaultValidation(CliOperation operation, Func<string, string?> environment)
        {
            var allow = environment(AllowUnknownEnumValuesVariable);
            return new ValidationOptions
            {
                Rules = operation.Rules,
                AllowUnknownEnumValues = allow == "1" || string.Equals(allow, "true", StringComparison.OrdinalIgnoreCase),
            };
        }

        private static string Execute(CliOperation operation, IReadOnlyList<string> args, ValidationOptions validation, TextWriter stderr)
        {
            var arguments = ArgvParser.Parse(operation, args);
            if (arguments.Help)
            {
                return CliHelp.Format(operation);
            }

            if (arguments.Unknown.Count > 0)
            {
                throw new CliException(Usage + "Unknown options: " + string.Join(", ", arguments.Unknown));
            }

            var loaded = new LoadedValues();
            var entries = InputBuilder.FromOptions(operation, arguments, loaded);
            if (arguments.SkeletonMode is not null)
            {
                return Skeleton(operation, arguments.SkeletonMode);
            }

            if (arguments.CliInputJson is not null)
            {
                InputBuilder.MergeCliInputJson(entries, arguments.CliInputJson);
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

            return operation.BindAndSerialize(input) + "\n";
        }

        private static string Skeleton(CliOperation operation, string mode) => mode switch
        {
            "output" => operation.Skeletons.Output,
            "yaml-input" => operation.Skeletons.YamlInput,
            _ => operation.Skeletons.Input,
        };

        private static int Fail(TextWriter stderr, string message)
        {
            stderr.Write("\n" + message + "\n");
            return ErrorExitCode;
        }
    }
}
