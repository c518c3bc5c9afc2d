using Vivier.Core.Privacy;
using Vivier.Testing;

namespace Vivier.Tests.Privacy;

/// <summary>docs/PRIVACY.md states the retention table the code applies: every rule, its default, its ceiling and its legal basis.</summary>
public sealed class PrivacyDocumentTests
{
    private static readonly Dictionary<LegalBasis, string> Bases = new()
    {
        [LegalBasis.Consent] = "consent (6(1)(a))", [LegalBasis.Contract] = "contract (6(1)(b))", [LegalBasis.LegalObligation] = "legal obligation (6(1)(c), 32)",
        [LegalBasis.LegitimateInterest] = "legitimate interest (6(1)(f))", [LegalBasis.LegalClaims] = "legal claims (17(3)(e))",
    };

    /// <summary>The retention table's rows: rule key → its cells.</summary>
    private static Dictionary<string, string[]> Rows()
    {
        var lines = File.ReadAllLines(Path.Combine(Repository.Root, "docs", "PRIVACY.md"));
        var start = Array.FindIndex(lines, l => l.StartsWith("| rule | data | default | ceiling |", StringComparison.Ordinal));
        Assert.True(start >= 0, "docs/PRIVACY.md has no retention table.");
        return lines.Skip(start + 2).TakeWhile(l => l.StartsWith('|'))
            .Select(l => l.Trim('|').Split(" | ").Select(c => c.Trim()).ToArray())
            .ToDictionary(c => c[0].Trim('`'));
    }

    [Fact]
    public void The_document_lists_every_rule_of_the_code_with_its_default_ceiling_and_basis_and_no_other()
    {
        var rows = Rows();

        Assert.Equal(RetentionRules.All.Select(r => r.Key), rows.Keys);
        foreach (var rule in RetentionRules.All)
        {
            var cells = rows[rule.Key];
            Assert.Equal((rule.Default.ToString(), rule.Ceiling.ToString(), Bases[rule.Basis]), (cells[2], cells[3], cells[5]));
        }
    }

    [Fact]
    public void Every_default_is_within_its_ceiling_and_the_cnil_s_recruitment_clock_cannot_be_lengthened()
    {
        Assert.All(RetentionRules.All, rule => Assert.True(rule.Allows(rule.Default), rule.Key));
        var applications = RetentionRules.Of(RetentionRules.UnsuccessfulApplications);
        Assert.False(applications.Allows(new RetentionPeriod(91, RetentionUnit.Days)));
        Assert.True(applications.Allows(new RetentionPeriod(3, RetentionUnit.Months)));
    }
}
