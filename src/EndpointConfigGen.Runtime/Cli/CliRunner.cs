using System;
using System.Collections.Generic;
using System.IO;

namespace EndpointConfigGen.Runtime
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

        private const string Usage = "usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\nTo see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n";

        /// <summary>Runs the command.</summary>
        /// <param name="operation">The generated command.</param>
        /// <param name="args">What follows the command name on the command line.</param>
        /// <param name="stdout">Receives the request body, the help or a skeleton.</param>
        /// <param name="stderr">Receives errors.</param>
        /// <param name="validation">
        /// What to check before printing; null checks exactly what botocore checks, so the command
        /// accepts what the AWS CLI sends.
        /// </param>
        /// <returns>0, or <see cref="ErrorExitCode"/>.</returns>
        public static int Run(CliOperation operation, IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, ValidationOptions? validation = null)
        {
            try
            {
                stdout.Write(Execute(operation, args, validation ?? new ValidationOptions { BotocoreOnly = true }));
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

        private static string Execute(CliOperation operation, IReadOnlyList<string> args, ValidationOptions validation)
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
                foreach (var problem in loaded.RewriteProblems(ParamValidator.Validate(input, operation.Input, string.Empty, validation)))
                {
                    if (problem.Severity == ProblemSeverity.Error)
                    {
                        problems.Add(problem);
                    }
                }

                if (problems.Count > 0)
                {
                    throw new CliException(ValidationException.Format(problems));
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
