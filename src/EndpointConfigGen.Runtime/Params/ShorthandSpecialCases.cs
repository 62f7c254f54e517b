using System;
using System.Collections.Generic;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// The AWS CLI's two shorthand special cases for one-member shapes, kept for backward compatibility
    /// (awscli argprocess.py, <c>ParamShorthandParser._handle_special_cases</c>). Both apply to a
    /// top-level argument only, take the text as it is (no conversion) and leave validation to follow.
    /// </summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static class ShorthandSpecialCases
    {
        // awscli 1.45.11 argprocess.py, ParamShorthand._uses_old_list_case: CLI service name
        // (the hyphenated service id), CLI operation name, CLI argument name.
        private static readonly string[][] OldListCases =
        {
            new[] { "firehose", "put-record-batch", "records" },
            new[] { "workspaces", "reboot-workspaces", "reboot-workspace-requests" },
            new[] { "workspaces", "rebuild-workspaces", "rebuild-workspace-requests" },
            new[] { "workspaces", "terminate-workspaces", "terminate-workspace-requests" },
            new[] { "elastic-load-balancing", "remove-tags", "tags" },
            new[] { "elastic-load-balancing", "describe-instance-health", "instances" },
            new[] { "elastic-load-balancing", "deregister-instances-from-load-balancer", "instances" },
            new[] { "elastic-load-balancing", "register-instances-with-load-balancer", "instances" },
        };

        /// <summary>
        /// True for a structure whose only member is the string <c>Value</c>: text without <c>=</c>
        /// is that member's value (<c>--instance-initiated-shutdown-behavior stop</c> is <c>{"Value":"stop"}</c>).
        /// </summary>
        public static bool IsBareValue(SchemaShape shape, string text) =>
            IsValueWrapper(shape) && text.IndexOf('=') < 0;

        /// <summary>A structure whose only member is the string (or enum) <c>Value</c>.</summary>
        public static bool IsValueWrapper(SchemaShape shape) =>
            shape.Kind == SchemaKind.Structure && shape.Members.Count == 1 && shape.Members[0].Name == "Value"
            && shape.Members[0].Target.Kind is SchemaKind.String or SchemaKind.Enum;

        /// <summary>
        /// True for a list argument in the CLI's table: when its item is a structure of one member, each
        /// token is that member's value (ELB <c>--instances i-1 i-2</c> is <c>[{"InstanceId":"i-1"},{"InstanceId":"i-2"}]</c>).
        /// </summary>
        /// <param name="serviceId">The model's <c>serviceId</c> (<c>Elastic Load Balancing</c>).</param>
        /// <param name="operation">The operation's CLI name (<c>register-instances-with-load-balancer</c>).</param>
        /// <param name="argument">The argument's CLI name without dashes (<c>instances</c>).</param>
        public static bool IsOldListArgument(string serviceId, string operation, string argument) =>
            Array.Exists(OldListCases, row => row[0] == CliServiceName(serviceId) && row[1] == operation && row[2] == argument);

        /// <summary>True for a service with an argument in the CLI's table of one-member list arguments.</summary>
        public static bool IsOldListService(string serviceId) => Array.Exists(OldListCases, row => row[0] == CliServiceName(serviceId));

        // The CLI's service name is botocore's ServiceId.hyphenize().
        private static string CliServiceName(string serviceId) => serviceId.Replace(' ', '-').ToLowerInvariant();

        /// <summary>True when a table argument's item shape takes the old list case.</summary>
        public static bool IsOldListItem(SchemaShape item) => item.Kind == SchemaKind.Structure && item.Members.Count == 1;

        /// <summary>The old list case's value: one structure per token, its one member set to the token.</summary>
        public static ParamNode OldListValue(IReadOnlyList<string> tokens, SchemaShape item)
        {
            var key = item.Members[0].Name;
            var items = new ParamNode[tokens.Count];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = ParamNode.Map(new[] { new ParamEntry(key, ParamNode.String(tokens[i], fromShorthand: false, 0), 0) }, fromShorthand: false, 0);
            }

            return ParamNode.List(items, fromShorthand: false, 0);
        }

        /// <summary>The bare value case's value: <c>{"Value": text}</c>.</summary>
        public static ParamNode BareValue(string text) =>
            ParamNode.Map(new[] { new ParamEntry("Value", ParamNode.String(text, fromShorthand: false, 0), 0) }, fromShorthand: false, 0);
    }
}
