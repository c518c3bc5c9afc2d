using Vivier.Core.Candidates;

namespace Vivier.Web.Features.Matching;

/// <summary>A person ranked for a mission, with their application when they applied.</summary>
public sealed record RankedPerson(Guid PersonId, string Name, MatchResult Fit, Guid? ApplicationId, string? StageKey, DateTime? InvitedAt);

/// <summary>One page of a ranking; <see cref="HasMore"/> when a next page exists; <see cref="Total"/> when known (applicants, not the pool).</summary>
public sealed record MatchPage(string Scope, int Page, IReadOnlyList<RankedPerson> People, bool HasMore, int? Total = null);

/// <summary>An open mission ranked for a person, with the same explanation.</summary>
public sealed record MissionFit(OpenMission Mission, MatchResult Fit);

/// <summary>
/// Every use of matching, through the one scoring function (<see cref="Fit"/>): the applicants to a
/// mission by fit, the pool's suggestions, the missions for a person, similar missions, and the
/// score a decision records.
/// </summary>
public sealed class Matches(VivierDb db, MatchPool pool, OpenMissionTargets open, TimeProvider clock)
{
    public const int PageSize = 20;
    /// <summary>Suggestions go no deeper than this page: past 500 people a recruiter narrows the mission instead.</summary>
    public const int MaxPage = 25;

    private static IReadOnlyDictionary<string, Continent>? continents;

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The mission with everything matching reads of it, or null.</summary>
    public Task<Mission?> MissionAsync(string reference, CancellationToken cancellationToken) =>
        db.Missions.AsNoTracking().AsSplitQuery().Include(m => m.Themes).ThenInclude(t => t.Sectors)
            .SingleOrDefaultAsync(m => m.Reference == reference, cancellationToken);

    public async Task<MatchWeights> ProgrammeWeightsAsync(CancellationToken cancellationToken) =>
        (await db.MatchingSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken))?.Weights ?? MatchWeights.Default;

    public async Task<MatchTarget> TargetAsync(Mission mission, CancellationToken cancellationToken, MatchWeights? weights = null)
    {
        ArgumentNullException.ThrowIfNull(mission);
        var target = (await SettingsAsync(cancellationToken)).Target(mission);
        return weights is null ? target : target.WithWeights(weights);
    }

    /// <summary>
    /// The people who may be suggested: talent-pool consent current, no objection, not erased. The one
    /// definition the pool's refresh, the page's second look and an invitation all ask.
    /// </summary>
    public static IQueryable<CandidateProfile> InPool(VivierDb db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.CandidateProfiles.Where(p => p.TalentPoolConsentAt != null
            && db.Users.Any(u => u.Id == p.PersonId && u.ObjectsToSuggestionsSince == null && u.ErasedAt == null));
    }

    /// <summary>Everyone who applied (drafts aside), by fit; the excluded after the others, each with why.</summary>
    public async Task<MatchPage> ApplicantsAsync(Mission mission, int page, CancellationToken cancellationToken, MatchWeights? weights = null)
    {
        var target = await TargetAsync(mission, cancellationToken, weights);
        var applications = await db.Applications.AsNoTracking().Where(a => a.MissionId == mission.Id && a.StageKey != null)
            .Select(a => new { a.Id, a.PersonId, a.StageKey }).ToListAsync(cancellationToken);
        var fits = await ExplainAsync(target, applications.Select(a => a.PersonId).ToList(), cancellationToken);
        var names = await NamesAsync(fits.Keys, cancellationToken);
        var ranked = applications
            .Select(a => new RankedPerson(a.PersonId, names.GetValueOrDefault(a.PersonId, ""), fits[a.PersonId], a.Id, a.StageKey, null))
            .OrderBy(p => p.Fit.Excluded).ThenByDescending(p => p.Fit.Score).ThenBy(p => p.PersonId).ToList();
        return new MatchPage("applicants", page, ranked.Skip(Pager.Rows(page, PageSize)).Take(PageSize).ToList(),
            ranked.Count > (long)page * PageSize, ranked.Count);
    }

    /// <summary>
    /// The pool's best for the mission among those who did not apply and were not dismissed for it:
    /// consent current, no objection, eligible. The page shown is read again from the database.
    /// </summary>
    public async Task<MatchPage> PoolAsync(Mission mission, int page, CancellationToken cancellationToken, MatchWeights? weights = null)
    {
        ArgumentNullException.ThrowIfNull(mission);
        var target = await TargetAsync(mission, cancellationToken, weights);
        var skip = await NotSuggestedAsync(mission, cancellationToken);
        await pool.RefreshAsync(db, cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            var top = pool.Top(target, page * PageSize + 1, skip);
            var shown = top.Skip((page - 1) * PageSize).Take(PageSize).Select(t => t.PersonId).ToList();
            var stillInPool = await InPoolAsync(shown, cancellationToken);
            var gone = shown.Where(id => !stillInPool.Contains(id)).ToList();
            if (gone.Count > 0 && attempt < 3)
            {
                foreach (var id in gone)
                {
                    await pool.RemoveAsync(id, cancellationToken);
                }
                continue;
            }
            var fits = await ExplainAsync(target, stillInPool.ToList(), cancellationToken);
            var names = await NamesAsync(stillInPool, cancellationToken);
            var invited = await db.MatchInvitations.AsNoTracking().Where(i => i.MissionId == mission.Id && stillInPool.Contains(i.PersonId))
                .ToDictionaryAsync(i => i.PersonId, i => i.At, cancellationToken);
            var people = shown.Where(stillInPool.Contains)
                .Select(id => new RankedPerson(id, names.GetValueOrDefault(id, ""), fits[id], null, null, invited.TryGetValue(id, out var at) ? at : null))
                .OrderByDescending(p => p.Fit.Score).ThenBy(p => p.PersonId).ToList();
            return new MatchPage("pool", page, people, top.Count > page * PageSize);
        }
    }

    /// <summary>Who is never suggested for the mission: those who applied to it and those set aside for it.</summary>
    public async Task<HashSet<Guid>> NotSuggestedAsync(Mission mission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mission);
        return (await db.Applications.Where(a => a.MissionId == mission.Id).Select(a => a.PersonId)
            .Concat(db.MatchDismissals.Where(d => d.MissionId == mission.Id).Select(d => d.PersonId))
            .ToListAsync(cancellationToken)).ToHashSet();
    }

    /// <summary>One person against the mission, excluded or not (a recruiter opens anyone to see why).</summary>
    public async Task<MatchResult> ExplainOneAsync(Mission mission, Guid personId, CancellationToken cancellationToken) =>
        (await ExplainAsync(await TargetAsync(mission, cancellationToken), [personId], cancellationToken))[personId];

    /// <summary>The fits of applicants as a decision about them records them (all in one reading).</summary>
    public async Task<Dictionary<Guid, MatchResult>> ForDecisionAsync(long missionId, IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken)
    {
        var mission = await db.Missions.AsNoTracking().AsSplitQuery().Include(m => m.Themes).ThenInclude(t => t.Sectors)
            .SingleAsync(m => m.Id == missionId, cancellationToken);
        return await ExplainAsync(await TargetAsync(mission, cancellationToken), personIds, cancellationToken);
    }

    /// <summary>A fit as a decision keeps it: score, components with their evidence, exclusions (JSON).</summary>
    public static string Record(MatchResult fit) => System.Text.Json.JsonSerializer.Serialize(fit, System.Text.Json.JsonSerializerOptions.Web);

    /// <summary>The open missions that fit the person best (those they are excluded from left out), with the explanation.</summary>
    public async Task<IReadOnlyList<MissionFit>> ForPersonAsync(Guid personId, int take, CancellationToken cancellationToken)
    {
        var profile = (await ProfilesAsync([personId], cancellationToken)).GetValueOrDefault(personId) ?? new MatchProfile { PersonId = personId };
        return Best(await OpenTargetsAsync(cancellationToken), profile, take, eligibleOnly: true);
    }

    /// <summary>
    /// The open missions closest to this one, by the same function: a person shaped like the mission
    /// (its sectors, themes, skills, languages, country and years) scored against each other mission.
    /// </summary>
    public async Task<IReadOnlyList<MissionFit>> SimilarAsync(Mission mission, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mission);
        // Shown on every view of the mission's page: worked out once per state of the open missions.
        var similar = await open.MemoAsync(db, async ct => (await SettingsAsync(ct)).Target, mission.Id,
            targets => Best(targets, MissionShape(mission), take, eligibleOnly: false, except: mission.Id).Where(f => f.Fit.Score > 0).ToList(),
            cancellationToken);
        return similar.Take(take).ToList();
    }

    /// <summary>
    /// The best <paramref name="take"/> open missions by score (ties by deadline, then reference), in one
    /// pass per core with a heap of the best so far; only those are explained.
    /// </summary>
    private List<MissionFit> Best(IReadOnlyList<(OpenMission Mission, MatchTarget Target)> targets, MatchProfile profile, int take, bool eligibleOnly,
        long? except = null)
    {
        var today = Today;
        // Two halves on the machine's two cores past 10,000 missions, each keeping its own best, merged at the end.
        var parts = Math.Max(1, Math.Min(Environment.ProcessorCount, targets.Count / 10_000));
        var halves = Enumerable.Range(0, parts).AsParallel()
            .Select(i => BestOf(targets, targets.Count * i / parts, targets.Count * (i + 1) / parts, profile, take, eligibleOnly, except, today)).ToList();
        return halves.SelectMany(h => h)
            .OrderByDescending(t => t.Score).ThenBy(t => t.Mission.Deadline).ThenBy(t => t.Mission.Reference, StringComparer.Ordinal).Take(take)
            .Select(t => new MissionFit(t.Mission, Fit.Explain(t.Target, profile))).ToList();
    }

    private static List<(OpenMission Mission, MatchTarget Target, double Score)> BestOf(IReadOnlyList<(OpenMission Mission, MatchTarget Target)> targets,
        int from, int to, MatchProfile profile, int take, bool eligibleOnly, long? except, DateOnly today)
    {
        var best = new PriorityQueue<(OpenMission Mission, MatchTarget Target, double Score), (double Score, OpenMission Mission)>(take + 1, WorseMissionFirst);
        for (var i = from; i < to; i++)
        {
            var (mission, target) = targets[i];
            if (mission.Deadline < today || mission.Id == except || (eligibleOnly && !Fit.IsEligible(target, profile)))
            {
                continue;
            }
            var floor = best.Count < take ? double.NegativeInfinity : best.TryPeek(out _, out var kept) ? kept.Score : double.NegativeInfinity;
            var key = (Fit.ScoreAtLeast(target, profile, floor), mission);
            if (best.Count < take)
            {
                best.Enqueue((mission, target, key.Item1), key);
            }
            else if (best.TryPeek(out _, out var worst) && WorseMissionFirst.Compare(key, worst) > 0)
            {
                best.EnqueueDequeue((mission, target, key.Item1), key);
            }
        }
        return best.UnorderedItems.Select(i => i.Element).ToList();
    }

    /// <summary>Worse first: the lower score, then the later deadline, then the later reference (the one listed after).</summary>
    private static readonly Comparer<(double Score, OpenMission Mission)> WorseMissionFirst = Comparer<(double Score, OpenMission Mission)>.Create((a, b) =>
        a.Score != b.Score ? a.Score.CompareTo(b.Score)
        : a.Mission.Deadline != b.Mission.Deadline ? b.Mission.Deadline.CompareTo(a.Mission.Deadline)
        : string.CompareOrdinal(b.Mission.Reference, a.Mission.Reference));

    /// <summary>Ended deployments per person: an early end counts as much as a full term.</summary>
    public static Task<Dictionary<Guid, int>> EndedDeploymentsAsync(VivierDb db, IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken) =>
        db.Deployments.Where(d => personIds.Contains(d.PersonId) && d.Status == DeploymentStatus.Ended)
            .GroupBy(d => d.PersonId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    private static MatchProfile MissionShape(Mission mission) => MatchProfile.From(new CandidateProfile
    {
        PersonId = Guid.Empty,
        SectorCodes = [.. mission.SectorCodes, .. mission.Themes.SelectMany(t => t.Sectors).Select(s => s.Code)],
        ThemeCodes = mission.Themes.Select(t => t.Code).ToList(),
        Skills = mission.Skills.Select(s => s.Name).ToList(),
        Languages = mission.Languages.Select(l => new LanguageSkill
        {
            Code = l.LanguageCode, Listening = l.Level, Reading = l.Level, SpokenInteraction = l.Level, SpokenProduction = l.Level, Writing = l.Level,
        }).ToList(),
        CountriesWorked = [new CountryExperience { CountryCode = mission.CountryCode, Years = 4 }],
        YearsOfExperience = mission.MinYearsOfExperience,
        AvailableFrom = mission.StartDate,
    }, 0, DateOnly.MinValue);

    private async Task<IReadOnlyList<(OpenMission Mission, MatchTarget Target)>> OpenTargetsAsync(CancellationToken cancellationToken)
    {
        return await open.OpenAsync(db, async ct => (await SettingsAsync(ct)).Target, cancellationToken);
    }

    /// <summary>What every target is compiled with: the kinds' rules, the synonyms, the continents and the programme's weights, read once per answer.</summary>
    private sealed record Settings(List<EligibilityRule> Rules, Dictionary<string, string> Synonyms, IReadOnlyDictionary<string, Continent> Continents,
        MatchWeights Weights)
    {
        public MatchTarget Target(Mission mission) => MatchTarget.For(mission, Rules, Continents, Synonyms, Weights);
    }

    private async Task<Settings> SettingsAsync(CancellationToken cancellationToken) => new(
        await db.EligibilityRules.AsNoTracking().ToListAsync(cancellationToken),
        await db.SkillSynonyms.AsNoTracking().ToDictionaryAsync(s => s.Term, s => s.Canonical, cancellationToken),
        continents ??= await db.Countries.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Continent, cancellationToken),
        await ProgrammeWeightsAsync(cancellationToken));

    private async Task<Dictionary<Guid, MatchResult>> ExplainAsync(MatchTarget target, IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken)
    {
        var profiles = await ProfilesAsync(personIds, cancellationToken);
        return personIds.Distinct().ToDictionary(id => id,
            id => Fit.Explain(target, profiles.GetValueOrDefault(id) ?? new MatchProfile { PersonId = id }));
    }

    private async Task<Dictionary<Guid, MatchProfile>> ProfilesAsync(IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken)
    {
        var rows = await db.CandidateProfiles.AsNoTracking().Where(p => personIds.Contains(p.PersonId)).ToListAsync(cancellationToken);
        var ended = await EndedDeploymentsAsync(db, personIds, cancellationToken);
        var today = Today;
        return rows.ToDictionary(p => p.PersonId, p => MatchProfile.From(p, ended.GetValueOrDefault(p.PersonId), today));
    }

    private async Task<HashSet<Guid>> InPoolAsync(IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken) =>
        (await InPool(db).Where(p => personIds.Contains(p.PersonId)).Select(p => p.PersonId).ToListAsync(cancellationToken)).ToHashSet();

    private Task<Dictionary<Guid, string>> NamesAsync(IEnumerable<Guid> personIds, CancellationToken cancellationToken)
    {
        var ids = personIds.ToList();
        return db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.GivenName + " " + u.FamilyName, cancellationToken);
    }
}
