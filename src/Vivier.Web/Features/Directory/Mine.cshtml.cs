namespace Vivier.Web.Features.Directory;

/// <summary>/annuaire/moi: an expert in post chooses whether to appear in the directory and what to share.</summary>
[Authorize(Roles = Roles.Expert)]
public sealed class MineModel(ExpertDirectory directory, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public bool Listed { get; set; }
    [BindProperty] public string? Headline { get; set; }
    [BindProperty] public bool ShareEmail { get; set; }
    [BindProperty] public bool SharePhone { get; set; }
    [BindProperty(SupportsGet = true)] public bool Saved { get; set; }


    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await directory.IsInPostAsync(User.PersonId(), cancellationToken))
        {
            return Forbid();
        }
        if (await directory.MineAsync(User.PersonId(), cancellationToken) is { } listing)
        {
            (Listed, Headline, ShareEmail, SharePhone) = (listing.Listed, listing.Headline, listing.ShareEmail, listing.SharePhone);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await directory.IsInPostAsync(User.PersonId(), cancellationToken))
        {
            return Forbid();
        }
        if (await directory.SaveAsync(User.PersonId(), new ListingInput(Listed, Headline, ShareEmail, SharePhone), cancellationToken) is { } refusal)
        {
            refusal.AddTo(ModelState, l, prefix: "");
            return Page();
        }
        return Redirect("/annuaire/moi?saved=true");
    }
}
