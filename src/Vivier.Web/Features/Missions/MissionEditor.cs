namespace Vivier.Web.Features.Missions;

/// <summary>
/// Writing missions, shared by the staff pages and the staff API: create drafts, edit with an
/// optimistic concurrency check, and move statuses; every change goes into the mission's history.
/// </summary>
public sealed class MissionEditor(VivierDb db, TimeProvider clock, IHttpContextAccessor http, Matching.OpenMissionTargets matching)
{
    /// <summary>Someone saved the mission since this edit began (its version token moved on).</summary>
    public static readonly Refusal Changed = Refusal.Stale("MissionForm.Conflict");

    /// <summary>At most this many sector codes or valued countries on one mission.</summary>
    private const int MaxCodes = 20;

    public async Task<(Mission? Mission, IReadOnlyList<Refusal> Problems)> CreateAsync(MissionInput input, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        for (var attempt = 0; ; attempt++)
        {
            var mission = new Mission
            {
                Reference = await MissionReferences.NextAsync(db, input.Kind, now.Year, cancellationToken),
                Title = "", Kind = input.Kind, CountryCode = "", City = "", HostInstitution = "", Description = "", Profile = "",
                StartDate = default, DurationMonths = 1, Deadline = default, CreatedAt = now,
            };
            var problems = await ApplyAsync(mission, input, cancellationToken);
            if (problems.Count > 0)
            {
                return (null, problems);
            }
            db.Missions.Add(mission);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await RecordAsync(mission, "created", null, cancellationToken);
                return (mission, []);
            }
            catch (DbUpdateException) when (attempt < 10)
            {
                // Another mission took this reference a moment ago: number again.
                db.ChangeTracker.Clear();
            }
        }
    }

    public async Task<IReadOnlyList<Refusal>> UpdateAsync(Mission mission, MissionInput input, Guid expectedVersion, CancellationToken cancellationToken)
    {
        if (mission.Version != expectedVersion)
        {
            return [Changed];
        }
        var before = MissionInput.From(mission);
        var problems = await ApplyAsync(mission, input, cancellationToken);
        if (problems.Count > 0)
        {
            return problems;
        }
        var changed = ChangedFields(before, MissionInput.From(mission));
        mission.Revised();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return [Changed];
        }
        await RecordAsync(mission, "edited", changed, cancellationToken);
        return [];
    }

    /// <summary>publish, close, reopen (with a new deadline), cancel (with a reason).</summary>
    public async Task<Refusal?> ChangeStatusAsync(Mission mission, string action, Guid expectedVersion, string? reason, DateOnly? newDeadline,
        CancellationToken cancellationToken)
    {
        if (mission.Version != expectedVersion)
        {
            return Changed;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            switch (action)
            {
                case "publish": mission.Publish(now); break;
                case "close": mission.Close(now); break;
                case "reopen":
                    if (newDeadline is not { } deadline)
                    {
                        return Refusal.Conflict("Mission.Rule.ReopenNeedsFutureDeadline", nameof(MissionInput.Deadline));
                    }
                    mission.Reopen(deadline, now);
                    break;
                case "cancel": mission.Cancel(reason ?? "", now); break;
                default: return Refusal.Conflict("MissionForm.UnknownAction", "Action");
            }
        }
        catch (MissionRuleException rule)
        {
            return Refusal.Conflict(rule.MessageKey);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Changed;
        }
        await RecordAsync(mission, action switch { "publish" => "published", "close" => "closed", "reopen" => "reopened", _ => "cancelled" },
            action == "cancel" ? reason : action == "reopen" ? newDeadline?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null,
            cancellationToken);
        return null;
    }

    public Task<Mission?> FindForEditAsync(string reference, CancellationToken cancellationToken) =>
        db.Missions.AsSplitQuery().Include(m => m.Sponsors).Include(m => m.Themes).ThenInclude(t => t.Sectors)
            .SingleOrDefaultAsync(m => m.Reference == reference, cancellationToken);

    private async Task<List<Refusal>> ApplyAsync(Mission mission, MissionInput input, CancellationToken cancellationToken)
    {
        var problems = new List<Refusal>();
        var country = await db.Countries.SingleOrDefaultAsync(c => c.Code == input.CountryCode, cancellationToken);
        if (country is null)
        {
            problems.Add(Refusal.Invalid(nameof(input.CountryCode), "Board.Invalid.country"));
        }
        var themes = await db.Themes.Include(t => t.Sectors).Where(t => input.Themes.Contains(t.Code)).ToListAsync(cancellationToken);
        if (themes.Count != input.Themes.Distinct().Count())
        {
            problems.Add(Refusal.Invalid(nameof(input.Themes), "Board.Invalid.theme"));
        }
        var sponsors = await db.Organisations.Where(o => o.Kind == OrganisationKind.Sponsor && input.Sponsors.Contains(o.ShortName)).ToListAsync(cancellationToken);
        if (sponsors.Count != input.Sponsors.Distinct().Count())
        {
            problems.Add(Refusal.Invalid(nameof(input.Sponsors), "Board.Invalid.sponsor"));
        }
        var languages = input.ParsedLanguages();
        var codes = languages.Select(l => l.LanguageCode).ToList();
        if (await db.Languages.CountAsync(l => codes.Contains(l.Code), cancellationToken) != codes.Count)
        {
            problems.Add(Refusal.Invalid(nameof(input.Languages), "MissionForm.Languages.Invalid"));
        }
        var sectorCodes = MissionInput.Codes(input.SectorCodes);
        if (sectorCodes.Count > MaxCodes || await db.Sectors.CountAsync(s => sectorCodes.Contains(s.Code), cancellationToken) != sectorCodes.Count)
        {
            problems.Add(Refusal.Invalid(nameof(input.SectorCodes), "MissionForm.SectorCodes.Invalid"));
        }
        var valuedCountries = MissionInput.Codes(input.ValuedCountries);
        if (valuedCountries.Count > MaxCodes || await db.Countries.CountAsync(c => valuedCountries.Contains(c.Code), cancellationToken) != valuedCountries.Count)
        {
            problems.Add(Refusal.Invalid(nameof(input.ValuedCountries), "MissionForm.ValuedCountries.Invalid"));
        }
        var regions = input.ValuedRegions.Select(r => Enum.TryParse<Continent>(r, ignoreCase: false, out var c) && Enum.IsDefined(c) ? c : (Continent?)null).ToList();
        if (regions.Any(r => r is null))
        {
            problems.Add(Refusal.Invalid(nameof(input.ValuedRegions), "MissionForm.ValuedRegions.Invalid"));
        }
        var skills = input.ParsedSkills();
        if (skills.Count > SoughtSkill.MaxPerMission || skills.Any(s => s.Name.Length > SoughtSkill.MaxLength)
            || skills.Any(s => SkillNames.Normalise(s.Name).Length == 0))
        {
            problems.Add(Refusal.Invalid(nameof(input.RequiredSkills), "MissionForm.Skills.Invalid"));
        }
        if (input.StartDate is { } start && input.Deadline is { } deadline && start < deadline)
        {
            problems.Add(Refusal.Invalid(nameof(input.StartDate), "MissionForm.StartAfterDeadline"));
        }
        if (input.PayMinMonthly is null != input.PayMaxMonthly is null || input.PayMinMonthly > input.PayMaxMonthly)
        {
            problems.Add(Refusal.Invalid(nameof(input.PayMaxMonthly), "MissionForm.Pay.Range"));
        }
        var questions = MissionInput.Lines(input.ScreeningQuestions);
        if (questions.Count > Mission.MaxQuestions || questions.Any(q => q.Length > Mission.MaxQuestionLength))
        {
            problems.Add(Refusal.Invalid(nameof(input.ScreeningQuestions), "MissionForm.ScreeningQuestions.Invalid"));
        }
        var criteria = MissionInput.Lines(input.ReviewCriteria);
        if (criteria.Count > Mission.MaxQuestions || criteria.Any(c => c.Length > 100))
        {
            problems.Add(Refusal.Invalid(nameof(input.ReviewCriteria), "MissionForm.ReviewCriteria.Invalid"));
        }
        if (problems.Count > 0 || country is null)
        {
            return problems;
        }
        mission.Title = input.Title.Trim();
        mission.TitleEn = string.IsNullOrWhiteSpace(input.TitleEn) ? null : input.TitleEn.Trim();
        mission.Kind = input.Kind;
        mission.CountryCode = country.Code;
        mission.City = input.City.Trim();
        mission.HostInstitution = input.HostInstitution.Trim();
        mission.Description = input.Description;
        mission.DescriptionEn = string.IsNullOrWhiteSpace(input.DescriptionEn) ? null : input.DescriptionEn;
        mission.Profile = input.Profile;
        mission.ProfileEn = string.IsNullOrWhiteSpace(input.ProfileEn) ? null : input.ProfileEn;
        mission.Languages = languages.ToList();
        mission.ScreeningQuestions = questions;
        mission.Skills = skills.ToList();
        mission.SectorCodes = sectorCodes;
        mission.MinYearsOfExperience = input.MinYearsOfExperience;
        mission.ValuedCountryCodes = valuedCountries;
        mission.ValuedRegions = regions.Select(r => r!.Value).Distinct().ToList();
        mission.ReviewCriteria = criteria;
        mission.StartDate = input.StartDate!.Value;
        mission.DurationMonths = input.DurationMonths;
        (mission.PayMinMonthly, mission.PayMaxMonthly) = (input.PayMinMonthly, input.PayMaxMonthly);
        mission.Deadline = input.Deadline!.Value;
        mission.Sponsors.RemoveAll(s => !sponsors.Contains(s));
        mission.Sponsors.AddRange(sponsors.Where(s => !mission.Sponsors.Contains(s)));
        mission.Themes.RemoveAll(t => !themes.Contains(t));
        mission.Themes.AddRange(themes.Where(t => !mission.Themes.Contains(t)));
        mission.RefreshSearchText(country, themes, sponsors);
        return problems;
    }

    private static string ChangedFields(MissionInput before, MissionInput after) => string.Join(", ",
        typeof(MissionInput).GetProperties()
            .Where(p => !Equals(Comparable(p.GetValue(before)), Comparable(p.GetValue(after))))
            .Select(p => p.Name));

    private static object? Comparable(object? value) => value is System.Collections.IEnumerable list and not string
        ? string.Join(",", list.Cast<object>().Order())
        : value;

    private async Task RecordAsync(Mission mission, string action, string? detail, CancellationToken cancellationToken)
    {
        var user = http.HttpContext?.User;
        db.MissionChanges.Add(new MissionChange
        {
            MissionId = mission.Id,
            At = clock.GetUtcNow().UtcDateTime,
            ActorId = user.FindPersonId() is { } id ? id : null,
            ActorName = user?.Identity?.Name,
            Action = action,
            Detail = detail,
        });
        await db.SaveChangesAsync(cancellationToken);
        // Requirements move no board version: the missions for a person on this instance follow at once.
        matching.Expire();
    }
}
