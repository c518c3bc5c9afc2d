namespace Vivier.Web.Features.Missions;

/// <summary>One's own application to the mission, as its page tells it: a draft to resume, or sent (and when).</summary>
public sealed record MyApplication(Guid Id, bool Draft, DateTime At);

/// <summary>A mission's page: what a candidate needs, the call to apply (or where one's application stands), the printable job description, and its JSON-LD.</summary>
[AllowAnonymous]
public sealed class DetailModel(VivierDb db, TimeProvider clock, PublicAddress site, Matching.Matches matches) : PageModel
{
    public const int SimilarShown = 5;

    public Mission Mission { get; private set; } = null!;
    public bool IsOpen { get; private set; }
    public MyApplication? Mine { get; private set; }
    public IReadOnlyDictionary<string, Language> Languages { get; private set; } = new Dictionary<string, Language>();
    /// <summary>The open missions closest to this one, by the matching's one scoring function.</summary>
    public IReadOnlyList<Matching.MissionFit> Similar { get; private set; } = [];
    public string Title => Locale.Current.Pick(Mission.Title, Mission.TitleEn);
    public string Description => Locale.Current.Pick(Mission.Description, Mission.DescriptionEn);
    public string Profile => Locale.Current.Pick(Mission.Profile, Mission.ProfileEn);
    public string? TitleLang => Locale.Current.LangOf(Mission.Title, Mission.TitleEn);
    public string? DescriptionLang => Locale.Current.LangOf(Mission.Description, Mission.DescriptionEn);
    public string? ProfileLang => Locale.Current.LangOf(Mission.Profile, Mission.ProfileEn);
    public string SiteRoot => site.Root + "/";
    public string PageUrl => $"{SiteRoot}missions/{Mission.Reference}";
    /// <summary>Where "Candidater" leads: the form itself, which sign-up and sign-in come back to.</summary>
    public string ApplyPath => Applications.ApplyModel.PathFor(Mission.Reference);

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken)
    {
        var mission = MissionReferences.IsWellFormed(reference) ? await MissionDetails.FindAsync(db, reference, cancellationToken) : null;
        if (mission is null || !MissionDetails.IsPublic(mission))
        {
            return NotFound();
        }
        Mission = mission;
        IsOpen = mission.IsOpen(clock.GetUtcNow().UtcDateTime);
        if (User.IsInRole(Roles.Expert))
        {
            var personId = User.PersonId();
            Mine = await db.Applications.AsNoTracking().Where(a => a.PersonId == personId && a.MissionId == mission.Id)
                .Select(a => new MyApplication(a.Id, a.StageKey == null, a.SubmittedAt ?? a.UpdatedAt)).SingleOrDefaultAsync(cancellationToken);
        }
        var codes = mission.Languages.Select(x => x.LanguageCode).ToList();
        if (codes.Count > 0)
        {
            Languages = await db.Languages.AsNoTracking().Where(x => codes.Contains(x.Code)).ToDictionaryAsync(x => x.Code, cancellationToken);
        }
        Similar = await matches.SimilarAsync(mission, SimilarShown, cancellationToken);
        return Page();
    }
}
