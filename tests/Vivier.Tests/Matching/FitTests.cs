using Vivier.Core.Candidates;
using Vivier.Core.Matching;
using Vivier.Core.Missions;
using static Vivier.Testing.Matching;

namespace Vivier.Tests.Matching;

/// <summary>The one scoring function: each component and exclusion with its evidence, determinism, fairness.</summary>
public sealed class FitTests
{
    private static readonly DateOnly Start = new(2027, 3, 1);

    private static MatchTarget Target(ExpertKind kind = ExpertKind.ETI, Action<Mission>? more = null)
    {
        var mission = new Mission
        {
            Reference = "ETI-2027-0001", Title = "Finances publiques", Kind = kind, CountryCode = "TD", City = "N'Djamena", HostInstitution = "Ministère",
            Description = "", Profile = "", StartDate = Start, DurationMonths = 24, Deadline = Start.AddMonths(-2), CreatedAt = DateTime.UnixEpoch,
            SectorCodes = ["15111"], Skills = [Required("finances publiques"), Required("politique macroéconomique"), Desirable("fiscalité")],
            Languages = [new MissionLanguage("fr", CefrLevel.C1), new MissionLanguage("en", CefrLevel.B2)], MinYearsOfExperience = 10,
        };
        more?.Invoke(mission);
        return MatchTarget.For(mission, EligibilityRule.Seeded, EvaluationSetTests.Continents, EvaluationSetTests.Synonyms, MatchWeights.Default);
    }

    private static MatchProfile Profile(Action<CandidateProfile>? shape = null, int ended = 0)
    {
        var profile = new CandidateProfile
        {
            PersonId = Guid.Parse("00000000-0000-0000-0000-000000000001"), Nationalities = ["FR"], SectorCodes = ["15111"],
            Skills = ["Gestion des finances publiques", "Politique macroéconomique"], Languages = [Speaks("fr", CefrLevel.C2), Speaks("en", CefrLevel.B2)],
            CountriesWorked = [new CountryExperience { CountryCode = "NE", Years = 3 }], YearsOfExperience = 12, AvailableFrom = Start.AddDays(-10),
        };
        shape?.Invoke(profile);
        return MatchProfile.From(profile, ended, new DateOnly(2026, 12, 1));
    }

    private static MatchComponent Component(MatchResult result, string name) => result.Components.Single(c => c.Name == name);

    [Fact]
    public void The_domain_is_the_closest_of_the_person_s_sectors_exact_then_same_dac_category_then_same_theme()
    {
        var target = Target();
        var exact = Component(Fit.Explain(target, Profile()), MatchComponents.Domain);
        var category = Component(Fit.Explain(target, Profile(p => p.SectorCodes = ["15142"])), MatchComponents.Domain);
        var none = Component(Fit.Explain(target, Profile(p => p.SectorCodes = ["31120"])), MatchComponents.Domain);

        Assert.Equal((exact.Maximum, "sector-exact"), (exact.Points, exact.Evidence.Single().Key));
        Assert.Equal("sector-category", category.Evidence.Single().Key);
        Assert.Equal(["15142", "151"], category.Evidence.Single().Args);
        Assert.True(category.Points is > 0 and < 15);
        Assert.Equal((0.0, "domain-none", false), (none.Points, none.Evidence.Single().Key, none.Evidence.Single().Met));
    }

    [Fact]
    public void Skills_meet_through_the_normaliser_and_the_synonyms_and_a_missing_one_is_named()
    {
        var result = Fit.Explain(Target(), Profile(p => p.Skills = ["GFP"]));
        var required = Component(result, MatchComponents.RequiredSkills);

        Assert.Equal(["skill-met", "skill-missing"], required.Evidence.Select(e => e.Key));
        Assert.Equal(["finances publiques", "GFP"], required.Evidence[0].Args);
        Assert.Equal(["politique macroéconomique"], required.Evidence[1].Args);
        Assert.Equal(required.Maximum / 2.0, required.Points, 1);
    }

    [Fact]
    public void Each_of_the_five_language_skills_counts_and_a_shortfall_names_the_lowest_level_against_the_one_asked()
    {
        var weakWriting = Profile(p => p.Languages = [Speaks("fr", CefrLevel.C2), new LanguageSkill
        {
            Code = "en", Listening = CefrLevel.B2, Reading = CefrLevel.B2, SpokenInteraction = CefrLevel.B2, SpokenProduction = CefrLevel.B2, Writing = CefrLevel.A2,
        }]);
        var languages = Component(Fit.Explain(Target(), weakWriting), MatchComponents.Languages);
        var absent = Component(Fit.Explain(Target(), Profile(p => p.Languages = [new LanguageSkill { Code = "fr", MotherTongue = true }])), MatchComponents.Languages);

        Assert.Equal(new MatchEvidence("language-met", ["fr", "C2", "C1"], true), languages.Evidence[0], EvidenceComparer.Instance);
        Assert.Equal(new MatchEvidence("language-short", ["en", "A2", "B2"], false), languages.Evidence[1], EvidenceComparer.Instance);
        // French in full, English four skills of five in full and writing two levels short: (1 + (4 + 1/3) / 5) / 2.
        Assert.Equal(Math.Round(20 * (1 + (4 + 1 / 3.0) / 5) / 2, 1), languages.Points);
        Assert.Equal("language-absent", absent.Evidence[1].Key);
        Assert.Equal(10, absent.Points);
    }

    [Fact]
    public void Years_in_the_country_count_whole_and_in_the_region_half_with_each_country_named()
    {
        var result = Fit.Explain(Target(), Profile(p => p.CountriesWorked =
            [new CountryExperience { CountryCode = "TD", Years = 2 }, new CountryExperience { CountryCode = "NE", Years = 2 }, new CountryExperience { CountryCode = "FR", Years = 9 }]));
        var country = Component(result, MatchComponents.CountryExperience);

        Assert.Equal(["country-years", "region-years"], country.Evidence.Select(e => e.Key).Order());
        Assert.Equal(Math.Round(5 * (2 + 2 / 2.0) / 4, 1), country.Points);
    }

    [Fact]
    public void Seniority_reads_the_dated_employment_history_overlaps_once_before_the_declared_years()
    {
        var profile = Profile(p =>
        {
            p.YearsOfExperience = 30;
            p.Employment =
            [
                new EmploymentEntry { Position = "Conseiller", From = "2016-12", To = "2021-12" },
                new EmploymentEntry { Position = "Chargé d'études", From = "2019", To = "2020" },
                new EmploymentEntry { Position = "Chef de bureau", From = "2022-01", Current = true },
            ];
        });

        var seniority = Component(Fit.Explain(Target(), profile), MatchComponents.Seniority);

        Assert.Equal("years-history-min", seniority.Evidence.Single().Key);
        Assert.Equal(["9", "10"], seniority.Evidence.Single().Args);
        Assert.Equal(Math.Round(12 * 9 / 10.0, 1), seniority.Points);
    }

    [Fact]
    public void Availability_after_the_start_loses_points_and_an_early_end_counts_as_a_completed_mission()
    {
        var late = Component(Fit.Explain(Target(), Profile(p => p.AvailableFrom = Start.AddMonths(2))), MatchComponents.Availability);
        var unknown = Component(Fit.Explain(Target(), Profile(p => p.AvailableFrom = null)), MatchComponents.Availability);
        var once = Component(Fit.Explain(Target(), Profile(ended: 1)), MatchComponents.Deployments);
        var none = Component(Fit.Explain(Target(), Profile()), MatchComponents.Deployments);

        Assert.Equal(("available-late", 4.0), (late.Evidence.Single().Key, late.Points));
        Assert.Equal(("availability-unknown", 4.0), (unknown.Evidence.Single().Key, unknown.Points));
        Assert.True(once.Points > none.Points);
    }

    [Fact]
    public void A_kind_s_rules_exclude_with_their_reason_and_never_change_the_score()
    {
        var end = Target(ExpertKind.END, m => m.CountryCode = "BE");
        var civilServant = Profile(p => p.FrenchPublicEmployerSince = Start.AddYears(-4));
        var recentlyHired = Profile(p => p.FrenchPublicEmployerSince = Start.AddMonths(-6));
        var privateSector = Profile();

        Assert.Empty(Fit.Explain(end, civilServant).Exclusions);
        Assert.Equal("french-public-employer-short", Fit.Explain(end, recentlyHired).Exclusions.Single().Key);
        Assert.Equal("french-public-employer-none", Fit.Explain(end, privateSector).Exclusions.Single().Key);
        Assert.Equal(Fit.Score(end, civilServant), Fit.Score(end, privateSector));
        Assert.False(Fit.IsEligible(end, privateSector));
        Assert.Equal("minimum-experience", Fit.Explain(Target(), Profile(p => p.YearsOfExperience = 2)).Exclusions.Single().Key);
    }

    [Fact]
    public void Gender_enters_neither_score_nor_exclusions_and_nationality_only_a_kind_s_rule_shown_as_an_exclusion()
    {
        var target = Target(ExpertKind.AT, m => m.CountryCode = "YT");
        var woman = Fit.Explain(target, Profile(p => p.Gender = SelfDeclaredGender.Woman));
        var man = Fit.Explain(target, Profile(p => p.Gender = SelfDeclaredGender.Man));
        var french = Fit.Explain(target, Profile(p => p.Nationalities = ["FR"]));
        var canadian = Fit.Explain(target, Profile(p => p.Nationalities = ["CA"]));

        Assert.Equal(woman.Score, man.Score);
        Assert.Equal(woman.Exclusions.Count, man.Exclusions.Count);
        Assert.Equal(french.Score, canadian.Score);
        Assert.Empty(french.Exclusions);
        Assert.Equal(new MatchEvidence("nationality", ["CA"], false), canadian.Exclusions.Single(), EvidenceComparer.Instance);
        // On an ETI mission, whose rules say nothing of nationality, the two are the same person to matching.
        Assert.Empty(Fit.Explain(Target(), Profile(p => p.Nationalities = ["CA"])).Exclusions);
    }

    [Fact]
    public void The_score_is_the_share_of_the_points_the_mission_s_components_can_give_and_the_fast_path_agrees()
    {
        var target = Target(more: m => m.Skills = []);
        var result = Fit.Explain(target, Profile());

        Assert.DoesNotContain(result.Components, c => c.Name is MatchComponents.RequiredSkills or MatchComponents.DesirableSkills);
        Assert.Equal(100 * result.Components.Sum(c => c.Points) / result.Components.Sum(c => c.Maximum), result.Score, 1);
        Assert.Equal(result.Score, Fit.Score(target, Profile()));
        Assert.Equal(Fit.Score(target, Profile()), Fit.Score(target, Profile()));
    }

    private sealed class EvidenceComparer : IEqualityComparer<MatchEvidence>
    {
        public static readonly EvidenceComparer Instance = new();

        public bool Equals(MatchEvidence? x, MatchEvidence? y) =>
            x is not null && y is not null && x.Key == y.Key && x.Met == y.Met && x.Args.SequenceEqual(y.Args);

        public int GetHashCode(MatchEvidence obj) => obj.Key.GetHashCode(StringComparison.Ordinal);
    }
}
