using Vivier.Core.Matching;
using Vivier.Core.Missions;
using Vivier.Core.ReferenceData;

namespace Vivier.Tests.Matching;

/// <summary>
/// The graded evaluation set (GRADING.md): the shipped weights rank the held-out missions' people
/// with nDCG@10 of at least 0.85, and at least 0.1 above ranking by shared themes alone.
/// </summary>
public sealed class EvaluationSetTests
{
    private static readonly IReadOnlyList<GradedMission> Set = EvaluationSet.Load();

    public static IReadOnlyDictionary<string, Continent> Continents { get; } =
        ReferenceDataFiles.Countries().ToDictionary(c => c.Code, c => c.Continent);

    public static IReadOnlyDictionary<string, string> Synonyms { get; } = SkillSynonym.Seeded.ToDictionary(s => s.Term, s => s.Canonical);

    [Fact]
    public void The_set_covers_what_its_rules_promise()
    {
        Assert.Equal(12, Set.Count);
        Assert.All(Set, m => Assert.Equal(15, m.People.Count));
        Assert.All(Enum.GetValues<ExpertKind>(), kind => Assert.Contains(Set, m => m.Mission.Kind == kind));
        Assert.Equal(6, Set.Count(m => m.IsHeldOut));
        Assert.All(Set, m => Assert.Contains(m.People, p => p.Profile.SectorCodes.Count == 0 && p.Profile.YearsOfExperience is null));
        Assert.All(Set, m => Assert.True(m.People.Count(p => p.Grade >= 2) >= 2, m.Id));
    }

    [Fact]
    public void Held_out_missions_rank_with_ndcg_at_10_of_at_least_085_and_beat_themes_alone_by_01()
    {
        var heldOut = Set.Where(m => m.IsHeldOut).ToList();
        var fit = heldOut.Average(m => Ndcg(m, Rank(m, MatchWeights.Default)));
        var themesOnly = heldOut.Average(m => Ndcg(m, RankByThemes(m)));
        var figures = string.Join("; ", heldOut.Select(m => $"{m.Id} {Ndcg(m, Rank(m, MatchWeights.Default)):F3}/{Ndcg(m, RankByThemes(m)):F3}"));
        Assert.True(fit >= 0.85, $"nDCG@10 {fit:F3} (themes only {themesOnly:F3}): {figures}");
        Assert.True(fit - themesOnly >= 0.1, $"nDCG@10 {fit:F3} against themes only {themesOnly:F3}: {figures}");
    }

    /// <summary>
    /// How the shipped weights were chosen, kept runnable: the best of a grid on the tuning half
    /// (odd missions) alone. The held-out half never took part.
    /// </summary>
    [Fact]
    public void The_shipped_weights_are_the_best_of_the_grid_on_the_tuning_half()
    {
        var tuning = Set.Where(m => !m.IsHeldOut).ToList();
        double Quality(MatchWeights w) => tuning.Average(m => Ndcg(m, Rank(m, w)));
        var best = (Quality: 0.0, Weights: MatchWeights.Default);
        foreach (var domain in new[] { 15, 20, 25, 30, 35 })
        foreach (var required in new[] { 15, 20, 25, 30, 35 })
        foreach (var languages in new[] { 10, 15, 20 })
        foreach (var country in new[] { 5, 10, 15 })
        foreach (var seniority in new[] { 4, 8, 12 })
        foreach (var availability in new[] { 2, 4, 8 })
        {
            var weights = new MatchWeights
            {
                Domain = domain, RequiredSkills = required, DesirableSkills = 10, Languages = languages,
                CountryExperience = country, Seniority = seniority, Availability = availability, Deployments = 3,
            };
            var quality = Quality(weights);
            if (quality > best.Quality + 1e-9)
            {
                best = (quality, weights);
            }
        }
        Assert.Equal(best.Weights.ToString(), MatchWeights.Default.ToString());
    }

    [Fact]
    public void The_people_a_kinds_rule_excludes_are_graded_zero_and_never_ranked()
    {
        foreach (var mission in Set)
        {
            var target = Target(mission, MatchWeights.Default);
            foreach (var person in mission.People.Where(p => !Fit.IsEligible(target, Profile(p))))
            {
                Assert.True(person.Grade == 0, $"{mission.Id} {person.Id} is excluded but graded {person.Grade}");
                Assert.NotEmpty(Fit.Explain(target, Profile(person)).Exclusions);
            }
        }
    }

    [Fact]
    public void A_score_asked_at_least_a_floor_is_the_score_when_it_reaches_it_and_below_the_floor_when_not()
    {
        foreach (var mission in Set)
        {
            var target = Target(mission, MatchWeights.Default);
            foreach (var profile in mission.People.Select(Profile))
            {
                var score = Fit.Score(target, profile);
                foreach (var floor in new[] { 0, 30, 50, 70, 90, score, score + 0.5, score - 0.5 })
                {
                    var asked = Fit.ScoreAtLeast(target, profile, floor);
                    Assert.True(score >= floor ? asked == score : asked < floor, $"{mission.Id}: score {score}, floor {floor}, answered {asked}");
                }
                // The compact profile a pool holds scores as the full one.
                var compact = MatchProfile.From(mission.People.First(p => p.Profile.PersonId == profile.PersonId).Profile, 0, EvaluationSet.Today, forRanking: true);
                Assert.Equal(Fit.Score(target, MatchProfile.From(mission.People.First(p => p.Profile.PersonId == profile.PersonId).Profile, 0, EvaluationSet.Today)), Fit.Score(target, compact));
            }
        }
    }

    public static MatchTarget Target(GradedMission mission, MatchWeights weights) =>
        MatchTarget.For(mission.Mission, EligibilityRule.Seeded, Continents, Synonyms, weights);

    public static MatchProfile Profile(GradedPerson person) =>
        MatchProfile.From(person.Profile, person.CompletedDeployments, EvaluationSet.Today);

    /// <summary>The eligible people by score, best first; equal scores in the order of their ids, as Vivier ranks them.</summary>
    public static List<GradedPerson> Rank(GradedMission mission, MatchWeights weights)
    {
        var target = Target(mission, weights);
        return mission.People.Select(p => (Person: p, Profile: Profile(p)))
            .Where(p => Fit.IsEligible(target, p.Profile))
            .OrderByDescending(p => Fit.Score(target, p.Profile)).ThenBy(p => p.Profile.PersonId)
            .Select(p => p.Person).ToList();
    }

    /// <summary>
    /// The baseline: the number of themes shared with the mission, as many job boards rank, among the
    /// same eligible people (so that the difference is the score's alone, not the exclusions').
    /// </summary>
    public static List<GradedPerson> RankByThemes(GradedMission mission)
    {
        var themes = mission.Mission.Themes.Select(t => t.Code).ToHashSet();
        var target = Target(mission, MatchWeights.Default);
        return mission.People.Where(p => Fit.IsEligible(target, Profile(p))).OrderByDescending(p => p.Profile.ThemeCodes.Count(themes.Contains)).ThenBy(p => p.Profile.PersonId).ToList();
    }

    public static double Ndcg(GradedMission mission, IReadOnlyList<GradedPerson> ranked) =>
        RankingQuality.NdcgAt(10, ranked.Select(p => p.Grade).ToList(), mission.People.Select(p => p.Grade));
}
