using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Cli
{
    /// <summary>
    /// Reads a command line as the AWS CLI's argparse parser does: unique option prefixes,
    /// <c>--opt=value</c>, last occurrence wins, list options take every following non-option
    /// token (possibly none), tokens with a space or that look like negative numbers are values,
    /// one stray value is kept for the <c>help</c> positional and reported last.
    /// </summary>
    internal static class ArgvParser
    {
        public const string CliInputJson = "--cli-input-json";
        public const string CliInputYaml = "--cli-input-yaml";
        public const string GenerateSkeleton = "--generate-cli-skeleton";
        public const string HelpOption = "--help";

        private static readonly string[] SkeletonModes = { "input", "output", "yaml-input" };
        private static readonly Regex NegativeNumber = new Regex(@"^-\d+$|^-\d*\.\d+$", RegexOptions.CultureInvariant);

        private enum Arity
        {
            Flag,
            One,
            Many,
            Optional,
        }

        private sealed class Action
        {
            public Action(string option, Arity arity, CliOption? target, bool flagValue = true)
            {
                Option = option;
                Arity = arity;
                Target = target;
                FlagValue = flagValue;
            }

            public string Option { get; }

            public Arity Arity { get; }

            public CliOption? Target { get; }

            public bool FlagValue { get; }
        }

        private readonly struct Token
        {
            public Token(string text, Action? action, string? explicitValue, bool isOption)
            {
                Text = text;
                Action = action;
                ExplicitValue = explicitValue;
                IsOption = isOption;
            }

            public string Text { get; }

            public Action? Action { get; }

            public string? ExplicitValue { get; }

            public bool IsOption { get; }
        }

        /// <exception cref="CliException">An argparse error.</exception>
        public static CliArguments Parse(CliOperation operation, IReadOnlyList<string> args)
        {
            var result = new CliArguments();
            if (args.Count == 1 && args[0] == "help")
            {
                result.Help = true;
                return result;
            }

            var actions = Actions(operation);
            var tokens = Classify(args, actions);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            string? helpPositional = null;
            for (var i = 0; i < tokens.Count;)
            {
                var token = tokens[i];
                if (!token.IsOption)
                {
                    if (helpPositional is null)
                    {
                        helpPositional = token.Text;
                    }
                    else
                    {
                        result.Unknown.Add(token.Text);
                    }

                    i++;
                    continue;
                }

                if (token.Action is null)
                {
                    result.Unknown.Add(token.Text);
                    i++;
                    continue;
                }

                var action = token.Action;
                i++;
                switch (action.Arity)
                {
                    case Arity.Flag:
                        if (token.ExplicitValue is not null)
                        {
                            throw CliException.Usage("argument " + action.Option + ": ignored explicit argument '" + token.ExplicitValue + "'");
                        }

                        Store(result, action, action.FlagValue);
                        break;
                    case Arity.One:
                        if (token.ExplicitValue is not null)
                        {
                            Store(result, action, token.ExplicitValue);
                        }
                        else if (i < tokens.Count && !tokens[i].IsOption)
                        {
                            Store(result, action, tokens[i++].Text);
                        }
                        else
                        {
                            throw CliException.Usage("argument " + action.Option + ": expected one argument");
                        }

                        break;
                    case Arity.Many:
                        var values = new List<string>();
                        if (token.ExplicitValue is not null)
                        {
                            values.Add(token.ExplicitValue);
                        }
                        else
                        {
                            while (i < tokens.Count && !tokens[i].IsOption)
                            {
                                values.Add(tokens[i++].Text);
                            }
                        }

                        Store(result, action, values.ToArray());
                        break;
                    default:
                        var mode = token.ExplicitValue ?? (i < tokens.Count && !tokens[i].IsOption ? tokens[i++].Text : "input");
                        if (Array.IndexOf(SkeletonModes, mode) < 0)
                        {
                            throw CliException.Usage("argument " + action.Option + ": Invalid choice, valid choices are:\n\n" + string.Join(" | ", SkeletonModes));
                        }

                        result.SkeletonMode = mode;
                        break;
                }

                if (action.Target is not null)
                {
                    seen.Add(action.Target.MemberName);
                }
            }

            // --help is ours (the CLI has only the help positional), so it needs no other option.
            if (result.Help)
            {
                return result;
            }

            CheckRequired(operation, args, seen);
            if (helpPositional == "help")
            {
                result.Help = true;
            }
            else if (helpPositional is not null)
            {
                result.Unknown.Add(helpPositional);
            }

            return result;
        }

        private static void Store(CliArguments result, Action action, object value)
        {
            switch (action.Option)
            {
                case CliInputJson:
                    result.CliInputJson = (string)value;
                    break;
                case CliInputYaml:
                    result.CliInputYaml = (string)value;
                    break;
                case HelpOption:
                    result.Help = true;
                    break;
                default:
                    result.Values[action.Target!.MemberName] = value;
                    break;
            }
        }

        // --cli-input-json, --cli-input-yaml and --generate-cli-skeleton, typed as such, lift every requirement.
        private static void CheckRequired(CliOperation operation, IReadOnlyList<string> args, HashSet<string> seen)
        {
            foreach (var arg in args)
            {
                if (arg == CliInputJson || arg == CliInputYaml || arg == GenerateSkeleton)
                {
                    return;
                }
            }

            var missing = new List<string>();
            foreach (var option in operation.Options)
            {
                if (option.Required && !seen.Contains(option.MemberName))
                {
                    missing.Add(option.Name);
                }
            }

            if (missing.Count > 0)
            {
                throw CliException.Usage("the following arguments are required: " + string.Join(", ", missing));
            }
        }

        private static Dictionary<string, Action> Actions(CliOperation operation)
        {
            var actions = new Dictionary<string, Action>(StringComparer.Ordinal);
            foreach (var option in operation.Options)
            {
                if (option.IsBoolean)
                {
                    actions[option.Name] = new Action(option.Name, Arity.Flag, option, flagValue: true);
                    actions[option.NegatedName!] = new Action(option.NegatedName!, Arity.Flag, option, flagValue: false);
                }
                else
                {
                    actions[option.Name] = new Action(option.Name, option.IsList ? Arity.Many : Arity.One, option);
                }
            }

            actions[CliInputJson] = new Action(CliInputJson, Arity.One, null);
            actions[CliInputYaml] = new Action(CliInputYaml, Arity.One, null);
            actions[GenerateSkeleton] = new Action(GenerateSkeleton, Arity.Optional, null);
            actions[HelpOption] = new Action(HelpOption, Arity.Flag, null);
            return actions;
        }

        // argparse classifies every token before consuming any, so an ambiguous prefix fails first.
        private static List<Token> Classify(IReadOnlyList<string> args, Dictionary<string, Action> actions)
        {
            var tokens = new List<Token>(args.Count);
            var onlyValues = false;
            foreach (var arg in args)
            {
                if (onlyValues)
                {
                    tokens.Add(new Token(arg, null, null, isOption: false));
                }
                else if (arg == "--")
                {
                    onlyValues = true;
                }
                else
                {
                    tokens.Add(ClassifyOne(arg, actions));
                }
            }

            return tokens;
        }

        private static Token ClassifyOne(string arg, Dictionary<string, Action> actions)
        {
            if (arg.Length == 0 || arg[0] != '-')
            {
                return new Token(arg, null, null, isOption: false);
            }

            if (actions.TryGetValue(arg, out var exact))
            {
                return new Token(arg, exact, null, isOption: true);
            }

            if (arg.Length == 1)
            {
                return new Token(arg, null, null, isOption: false);
            }

            var equals = arg.IndexOf('=');
            var name = equals >= 0 ? arg.Substring(0, equals) : arg;
            var explicitValue = equals >= 0 ? arg.Substring(equals + 1) : null;
            if (equals >= 0 && actions.TryGetValue(name, out var withValue))
            {
                return new Token(arg, withValue, explicitValue, isOption: true);
            }

            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                var matches = new List<string>();
                foreach (var option in actions.Keys)
                {
                    if (option.StartsWith(name, StringComparison.Ordinal))
                    {
                        matches.Add(option);
                    }
                }

                if (matches.Count > 1)
                {
                    throw CliException.Usage("ambiguous option: " + arg + " could match " + string.Join(", ", matches));
                }

                if (matches.Count == 1)
                {
                    return new Token(arg, actions[matches[0]], explicitValue, isOption: true);
                }
            }

            var isValue = NegativeNumber.IsMatch(arg) || arg.IndexOf(' ') >= 0;
            return new Token(arg, null, null, isOption: !isValue);
        }
    }
}
