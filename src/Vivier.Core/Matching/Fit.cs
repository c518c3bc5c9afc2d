namespace Vivier.Core.Matching;

/// <summary>
/// One fact behind a point or an exclusion, as a resource key (Match.Evidence.*) and its arguments:
/// codes, levels, years and dates that the reader's page names in their language.
/// </summary>
public sealed record MatchEvidence(string Key, IReadOnlyList<string> Args, bool Met);

/// <summary>One component of a fit: its points out of its maximum (the weight), and why.</summary>
public sealed record MatchComponent(string Name, double Points, int Maximum, IReadOnlyList<MatchEvidence> Evidence);

/// <summary>A person against a mission: the score (0–100), its components, and the hard requirements not met.</summary>
public sealed record MatchResult(Guid PersonId, double Score, IReadOnlyList<MatchComponent> Components, IReadOnlyList<MatchEvidence> Exclusions)
{
    public bool Excluded => Exclusions.Count > 0;
    public int RoundedScore => (int)Math.Round(Score, MidpointRounding.AwayFromZero);
}

/// <summary>
/// The one scoring function: deterministic and additive. Each component gives a fraction from 0 to 1
/// of its weight, with its evidence from the profile; the score is the points won out of the points
/// the mission's components could give, as a percentage. The expert kind's eligibility rules are
/// exclusions with their reason, never points. <see cref="Score"/> and <see cref="Explain"/> run the
/// same code; the first only skips writing the evidence, so that a pool of a million is ranked fast.
/// </summary>
public static class Fit
{
    public static double Score(MatchTarget target, MatchProfile profile) => Evaluate(target, profile, null, double.NegativeInfinity);

    /// <summary>
    /// The score when it can reach <paramref name="floor"/>, else a number below it: once even full
    /// marks on the components still to come could not reach the floor, they are not computed. A ranking passes the worst score it keeps, so most of a large pool is
    /// dismissed after a component or two. Equal to <see cref="Score"/> whenever that is ≥ the floor.
    /// </summary>
    public static double ScoreAtLeast(MatchTarget target, MatchProfile profile, double floor) => Evaluate(target, profile, null, floor);

    public static bool IsEligible(MatchTarget target, MatchProfile profile) => Exclusions(target, profile, null);

    public static MatchResult Explain(MatchTarget target, MatchProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var components = new List<MatchComponent>();
        var score = Evaluate(target, profile, components, double.NegativeInfinity);
        var exclusions = new List<MatchEvidence>();
        Exclusions(target, profile, exclusions);
        return new MatchResult(profile.PersonId, score, components, exclusions);
    }

    private static double Evaluate(MatchTarget target, MatchProfile profile, List<MatchComponent>? explain, double floor)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(profile);
        var weights = target.Weights;
        var total = (double)target.PossiblePoints;
        double won = 0, possible = 0;
        // False once full marks on the components still to come could not lift the score to the floor.
        bool Add(string name, int weight, double fraction, List<MatchEvidence>? evidence)
        {
            won += weight * fraction;
            possible += weight;
            explain?.Add(new MatchComponent(name, Math.Round(weight * fraction, 1), weight, evidence ?? []));
            return total == 0 || 100 * (won + (total - possible)) / total >= floor - 1e-9;
        }
        List<MatchEvidence>? Sink() => explain is null ? null : [];
        const double Dismissed = double.NegativeInfinity;

        var evidence = Sink();
        if (!Add(MatchComponents.Domain, weights.Domain, Domain(target, profile, evidence), evidence))
        {
            return Dismissed;
        }
        if (target.SeeksRequiredSkills)
        {
            evidence = Sink();
            if (!Add(MatchComponents.RequiredSkills, weights.RequiredSkills, Skills(target, profile, required: true, evidence), evidence))
            {
                return Dismissed;
            }
        }
        if (target.SeeksDesirableSkills)
        {
            evidence = Sink();
            if (!Add(MatchComponents.DesirableSkills, weights.DesirableSkills, Skills(target, profile, required: false, evidence), evidence))
            {
                return Dismissed;
            }
        }
        if (target.Languages.Length > 0)
        {
            evidence = Sink();
            if (!Add(MatchComponents.Languages, weights.Languages, Languages(target, profile, evidence), evidence))
            {
                return Dismissed;
            }
        }
        evidence = Sink();
        if (!Add(MatchComponents.CountryExperience, weights.CountryExperience, CountryExperience(target, profile, evidence), evidence))
        {
            return Dismissed;
        }
        evidence = Sink();
        if (!Add(MatchComponents.Seniority, weights.Seniority, Seniority(target, profile, evidence), evidence))
        {
            return Dismissed;
        }
        evidence = Sink();
        if (!Add(MatchComponents.Availability, weights.Availability, Availability(target, profile, evidence), evidence))
        {
            return Dismissed;
        }
        evidence = Sink();
        Add(MatchComponents.Deployments, weights.Deployments, Deployments(profile, evidence), evidence);
        return possible == 0 ? 0 : 100 * won / possible;
    }

    /// <summary>The closest of the person's sectors: the same DAC code, the same DAC category, or the same theme.</summary>
    private static double Domain(MatchTarget target, MatchProfile profile, List<MatchEvidence>? evidence)
    {
        // Only the best match is kept, and its evidence is written once at the end: nothing is allocated while ranking a pool.
        var (best, key, code) = (0.0, "domain-none", "");
        var hasSectors = target.Sectors.Length > 0;
        foreach (var sector in profile.Sectors)
        {
            var (level, found) = hasSectors && Array.IndexOf(target.Sectors, sector) >= 0 ? (1.0, "sector-exact")
                : hasSectors && sector.Length >= 3 && target.HasCategory(sector) ? (0.7, "sector-category")
                : target.ThemeSectors.Contains(sector) ? (hasSectors ? 0.5 : 1.0, "sector-theme")
                : (0.0, "");
            if (level > best)
            {
                (best, key, code) = (level, found, sector);
            }
        }
        foreach (var theme in profile.Themes)
        {
            var level = target.Themes.Contains(theme) ? (hasSectors ? 0.5 : 1.0) : 0.0;
            if (level > best)
            {
                (best, key, code) = (level, "theme", theme);
            }
        }
        evidence?.Add(key switch
        {
            "domain-none" => new MatchEvidence(key, [], false),
            "sector-category" => new MatchEvidence(key, [code, code[..3]], true),
            _ => new MatchEvidence(key, [code], true),
        });
        return best;
    }

    private static double Skills(MatchTarget target, MatchProfile profile, bool required, List<MatchEvidence>? evidence)
    {
        var covered = 0L;
        var firstCover = evidence is null ? null : new int[target.Skills.Length];
        for (var i = 0; i < profile.Skills.Length; i++)
        {
            var mask = target.CoveredBy(profile.Skills[i]);
            if (firstCover is not null)
            {
                for (var s = 0; s < target.Skills.Length; s++)
                {
                    if ((mask & ~covered & (1L << s)) != 0)
                    {
                        firstCover[s] = i;
                    }
                }
            }
            covered |= mask;
        }
        int sought = 0, met = 0;
        for (var s = 0; s < target.Skills.Length; s++)
        {
            if (target.Skills[s].Required != required)
            {
                continue;
            }
            sought++;
            var isMet = (covered & (1L << s)) != 0;
            met += isMet ? 1 : 0;
            evidence?.Add(isMet
                ? new MatchEvidence("skill-met", [target.Skills[s].Name, profile.SkillsAsWritten[firstCover![s]]], true)
                : new MatchEvidence("skill-missing", [target.Skills[s].Name], false));
        }
        return sought == 0 ? 0 : (double)met / sought;
    }

    /// <summary>Each of the five skills against the level asked; one level short loses a third of that skill.</summary>
    private static double Languages(MatchTarget target, MatchProfile profile, List<MatchEvidence>? evidence)
    {
        var total = 0.0;
        foreach (var asked in target.Languages)
        {
            var level = MatchLanguage.Level(asked.Level);
            var found = false;
            foreach (var language in profile.Languages)
            {
                if (language.Code != asked.LanguageCode)
                {
                    continue;
                }
                found = true;
                total += (Against(language.Listening, level) + Against(language.Reading, level) + Against(language.SpokenInteraction, level)
                    + Against(language.SpokenProduction, level) + Against(language.Writing, level)) / 5;
                var lowest = language.Lowest;
                evidence?.Add(new MatchEvidence(lowest >= level ? "language-met" : "language-short",
                    [asked.LanguageCode, LevelName(lowest), asked.Level.ToString()], lowest >= level));
                break;
            }
            if (!found)
            {
                evidence?.Add(new MatchEvidence("language-absent", [asked.LanguageCode, asked.Level.ToString()], false));
            }
        }
        return total / target.Languages.Length;
    }

    /// <summary>Years in the country (or a country the mission values), and half of the years elsewhere in the region; four years fill it.</summary>
    private static double CountryExperience(MatchTarget target, MatchProfile profile, List<MatchEvidence>? evidence)
    {
        var (countryYears, regionYears) = (0, 0);
        foreach (var country in profile.Countries)
        {
            if (target.ValuedCountries.Contains(country.Code))
            {
                countryYears += country.Years;
                evidence?.Add(new MatchEvidence("country-years", [country.Code, Number(country.Years)], true));
            }
            else if (target.Continents.TryGetValue(country.Code, out var continent) && target.Regions.Contains(continent))
            {
                regionYears += country.Years;
                evidence?.Add(new MatchEvidence("region-years", [country.Code, Number(country.Years), continent.ToString()], true));
            }
        }
        if (countryYears + regionYears == 0)
        {
            evidence?.Add(new MatchEvidence("country-none", [target.CountryCode], false));
        }
        return Math.Min(1, (countryYears + regionYears / 2.0) / 4);
    }

    /// <summary>Against the mission's minimum when it states one; else twelve years fill it.</summary>
    private static double Seniority(MatchTarget target, MatchProfile profile, List<MatchEvidence>? evidence)
    {
        var years = profile.Years;
        if (target.MinYears is > 0 and var min)
        {
            evidence?.Add(new MatchEvidence(profile.YearsFromHistory ? "years-history-min" : "years-declared-min",
                [Number(years), Number(min)], years >= min));
            return years >= min ? 1 : (double)years / min;
        }
        evidence?.Add(new MatchEvidence(profile.YearsFromHistory ? "years-history" : "years-declared", [Number(years)], years > 0));
        return Math.Min(years, 12) / 12.0;
    }

    /// <summary>Free by the start: all; within three months of it: half; later: none. Not said: half.</summary>
    private static double Availability(MatchTarget target, MatchProfile profile, List<MatchEvidence>? evidence)
    {
        if (profile.AvailableFrom is not { } from)
        {
            evidence?.Add(new MatchEvidence("availability-unknown", [], false));
            return 0.5;
        }
        if (from <= target.StartDate)
        {
            evidence?.Add(new MatchEvidence("available", [Day(from)], true));
            return 1;
        }
        evidence?.Add(new MatchEvidence("available-late", [Day(from), Day(target.StartDate)], false));
        return from <= target.StartDate.AddMonths(3) ? 0.5 : 0;
    }

    /// <summary>Ended deployments with the programme; an early end counts as a full one, never less.</summary>
    private static double Deployments(MatchProfile profile, List<MatchEvidence>? evidence)
    {
        evidence?.Add(new MatchEvidence(profile.CompletedDeployments > 0 ? "deployments" : "deployments-none",
            [Number(profile.CompletedDeployments)], profile.CompletedDeployments > 0));
        return profile.CompletedDeployments switch { 0 => 0, 1 => 0.7, _ => 1 };
    }

    /// <summary>The kind's rules; true when every one is met. The reasons go to <paramref name="reasons"/>.</summary>
    private static bool Exclusions(MatchTarget target, MatchProfile profile, List<MatchEvidence>? reasons)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(profile);
        var eligible = true;
        foreach (var rule in target.Rules)
        {
            if (Meets(rule, target, profile))
            {
                continue;
            }
            eligible = false;
            if (reasons is null)
            {
                return false;
            }
            reasons.Add(Reason(rule, profile));
        }
        return eligible;
    }

    /// <summary>Whether the person meets the rule; nothing allocated, since a pool asks it of everyone.</summary>
    private static bool Meets(EligibilityRule rule, MatchTarget target, MatchProfile profile)
    {
        switch (rule.Condition)
        {
            case EligibilityCondition.Nationality:
                foreach (var nationality in profile.Nationalities)
                {
                    if (rule.Countries.Contains(nationality))
                    {
                        return true;
                    }
                }
                return false;
            case EligibilityCondition.FrenchPublicEmployer:
                return profile.FrenchPublicEmployerSince is { } since && since <= target.StartDate.AddMonths(-rule.Number);
            case EligibilityCondition.MinimumExperience:
                return profile.Years >= rule.Number;
            default:
                return true;
        }
    }

    /// <summary>Why the person does not meet the rule, in evidence.</summary>
    private static MatchEvidence Reason(EligibilityRule rule, MatchProfile profile) => rule.Condition switch
    {
        EligibilityCondition.Nationality when profile.Nationalities.Length == 0 => new MatchEvidence("nationality-unknown", [], false),
        EligibilityCondition.Nationality => new MatchEvidence("nationality", [string.Join(' ', profile.Nationalities)], false),
        EligibilityCondition.FrenchPublicEmployer when profile.FrenchPublicEmployerSince is null =>
            new MatchEvidence("french-public-employer-none", [Number(rule.Number)], false),
        EligibilityCondition.FrenchPublicEmployer => new MatchEvidence("french-public-employer-short",
            [Number(rule.Number), Day(profile.FrenchPublicEmployerSince!.Value)], false),
        _ => new MatchEvidence("minimum-experience", [Number(rule.Number), Number(profile.Years)], false),
    };

    /// <summary>One Europass skill against the level asked: whole when met, a third less for each level short.</summary>
    private static double Against(byte skill, byte level) => skill >= level ? 1 : Math.Max(0, 1 - (level - skill) / 3.0);

    private static string LevelName(byte level) => level == 0 ? "-" : ((CefrLevel)(level - 1)).ToString();

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
