using System;
using System.Linq;
using EndpointConfigGen.Analyzers;
using EndpointConfigGen.Reader;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Tests.Analyzers;

/// <summary>
/// Rule kinds are one enum from the rules file to the diagnostic: a kind added to the runtime that the
/// reader or the analyzers do not know fails here, instead of reading as another kind's id.
/// </summary>
public class RuleKindTests
{
    public static TheoryData<OperationRuleKind> Kinds() => new(Enum.GetValues<OperationRuleKind>());

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_rule_kind_is_readable_from_a_rules_file_and_has_its_own_diagnostic(OperationRuleKind kind)
    {
        Assert.True(RulesFileReader.RuleFields.ContainsKey(kind), kind + " cannot be written in a rules file");
        var descriptor = ProblemDescriptors.ForRule(kind);
        var others = Enum.GetValues<OperationRuleKind>().Where(other => other != kind).Select(ProblemDescriptors.ForRule);
        Assert.DoesNotContain(descriptor, others);
    }
}
