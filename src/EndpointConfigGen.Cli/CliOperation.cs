using System;
using System.Collections.Generic;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Cli
{
    /// <summary>
    /// An operation as an AWS CLI command: its name, its options (one per input member, in model
    /// order) and how a finished input tree becomes the request body. Generated per operation.
    /// </summary>
    public sealed class CliOperation
    {
        private static readonly CliOption[] NoOptions = new CliOption[0];
        private static readonly OperationRules[] NoRules = new OperationRules[0];
        private readonly Func<ParamNode, string> _bindAndSerialize;

        private CliOperation(string operationName, string commandName, SchemaShape? input, IReadOnlyList<CliOption> options, Func<ParamNode, string> bindAndSerialize, OperationSkeletons skeletons, IReadOnlyList<OperationRules> rules)
        {
            OperationName = operationName;
            CommandName = commandName;
            Input = input;
            Options = options;
            _bindAndSerialize = bindAndSerialize;
            Skeletons = skeletons;
            Rules = rules;
        }

        /// <summary>The operation's name in the model, e.g. <c>CreateEndpointConfig</c>, as error messages and tables show it.</summary>
        public string OperationName { get; }

        /// <summary>The command, e.g. <c>create-endpoint-config</c>.</summary>
        public string CommandName { get; }

        /// <summary>The input shape; null when the operation takes none.</summary>
        public SchemaShape? Input { get; }

        /// <summary>The options in model order.</summary>
        public IReadOnlyList<CliOption> Options { get; }

        /// <summary>What <c>--generate-cli-skeleton</c> prints, per mode.</summary>
        public OperationSkeletons Skeletons { get; }

        /// <summary>The model's operation rules (the rules file), which the driver checks by default.</summary>
        public IReadOnlyList<OperationRules> Rules { get; }

        /// <summary>An operation with an input shape bound by <paramref name="bind"/> and written by <paramref name="toJson"/>.</summary>
        public static CliOperation Create<TInput>(string operationName, string commandName, SchemaShape input, IReadOnlyList<CliOption> options, Func<ParamNode, TInput> bind, Func<TInput, string> toJson, OperationSkeletons skeletons, IReadOnlyList<OperationRules>? rules = null) =>
            new CliOperation(operationName, commandName, input, options, node => toJson(bind(node)), skeletons, rules ?? NoRules);

        /// <summary>An operation without input: its request body is always <c>{}</c>.</summary>
        public static CliOperation WithoutInput(string operationName, string commandName, OperationSkeletons skeletons) =>
            new CliOperation(operationName, commandName, null, NoOptions, _ => "{}", skeletons, NoRules);

        /// <summary>Binds a converted, validated input tree and writes the request body.</summary>
        public string BindAndSerialize(ParamNode input) => _bindAndSerialize(input);
    }
}
