namespace Vivier.Web.Features.Missions;

/// <summary>A mission's page: what a candidate needs, the call to apply, the printable job description, and its JSON-LD.</summary>
[AllowAnonymous]
public sealed class DetailModel(VivierDb db, TimeProvider clock, PublicAddress site) : PageModel
{
    public Mission Mission { get; private set; } = null!;
    public bool IsOpen { get; private set; }
    public IReadOnlyDictionary<string, Language> Languages { get; private set; } = new Dictionary<string, Language>();
    public string Title => Locale.Current.Pick(Mission.Title, Mission.TitleEn);
    public string Description => Locale.Current.Pick(Mission.Description, Mission.DescriptionEn);
    public string Profile => Locale.Current.Pick(Mission.Profile, Mission.ProfileEn);
    public string? TitleLang => Locale.Current.LangOf(Mission.Title, Mission.TitleEn);
    public string? DescriptionLang => Locale.Current.LangOf(Mission.Description, Mission.DescriptionEn);
    public string? ProfileLang => Locale.Current.LangOf(Mission.Profile, Mission.ProfileEn);
    public string SiteRoot => site.Root + "/";
    public string PageUrl => $"{SiteRoot}missions/{Mission.Reference}";

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken)
    {
        var mission = MissionReferences.IsWellFormed(reference) ? await MissionDetails.FindAsync(db, reference, cancellationToken) : null;
        if (mission is null || !MissionDetails.IsPublic(mission))
        {
            return NotFound();
        }
        Mission = mission;
        IsOpen = mission.IsOpen(clock.GetUtcNow().UtcDateTime);
        var codes = mission.Languages.Select(x => x.LanguageCode).ToList();
        if (codes.Count > 0)
        {
            Languages = await db.Languages.AsNoTracking().Where(x => codes.Contains(x.Code)).ToDictionaryAsync(x => x.Code, cancellationToken);
        }
        return Page();
    }
}
