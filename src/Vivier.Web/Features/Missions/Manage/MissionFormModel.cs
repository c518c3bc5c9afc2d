using Microsoft.AspNetCore.Mvc.Rendering;
using Vivier.Web.Infrastructure.Forms;

namespace Vivier.Web.Features.Missions.Manage;

/// <summary>What the mission form shows and posts: the input, and the lists to choose from.</summary>
public abstract class MissionFormModel(VivierDb db, CountryChoices countryChoices, IStringLocalizer<SharedResource> l) : PageModel
{
    protected VivierDb Db { get; } = db;

    [BindProperty]
    public MissionInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Countries { get; private set; } = [];
    public IReadOnlyList<Organisation> Sponsors { get; private set; } = [];
    public IReadOnlyList<Theme> Themes { get; private set; } = [];

    protected async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        var english = Locale.Current.IsEnglish;
        Countries = await countryChoices.ProgrammeFirstAsync(cancellationToken);
        Sponsors = await Db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Sponsor).OrderBy(o => o.Name).ToListAsync(cancellationToken);
        var themes = Db.Themes.AsNoTracking();
        Themes = await (english ? themes.OrderBy(t => t.NameEn) : themes.OrderBy(t => t.NameFr)).ToListAsync(cancellationToken);
    }

    /// <summary>The live preview asks for one Markdown text rendered: answered with the safe HTML alone.</summary>
    public IActionResult OnPostPreview([FromForm] string? markdown) => Content(SafeMarkdown.Render(markdown).Value ?? "", "text/html; charset=utf-8");

    protected void AddRefusals(IEnumerable<Refusal> refusals)
    {
        foreach (var refusal in refusals)
        {
            refusal.AddTo(ModelState, l);
        }
    }
}
