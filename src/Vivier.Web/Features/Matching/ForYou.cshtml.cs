using Vivier.Core.Alerts;

namespace Vivier.Web.Features.Matching;

/// <summary>
/// /missions-pour-vous: the open missions that fit the signed-in person's profile, best first, each
/// explained in their words with what would raise the fit; and the optional weekly mail of new
/// ones, kept as one of their saved-search alerts (<see cref="SavedSearch.ForYou"/>).
/// </summary>
[Authorize]
public sealed class ForYouModel(VivierDb db, Matches matches, TimeProvider clock) : PageModel
{
    public const int Shown = 20;

    public IReadOnlyList<MissionFit> Fits { get; private set; } = [];
    public bool HasProfile { get; private set; }
    public bool Weekly { get; private set; }

    /// <summary>"on" or "off" after the weekly mail was switched.</summary>
    [BindProperty(SupportsGet = true, Name = "hebdo")]
    public string? Switched { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var me = User.PersonId();
        HasProfile = await db.CandidateProfiles.AnyAsync(p => p.PersonId == me, cancellationToken);
        Fits = HasProfile ? await matches.ForPersonAsync(me, Shown, cancellationToken) : [];
        Weekly = await db.SavedSearches.AnyAsync(s => s.PersonId == me && s.Query == SavedSearch.ForYou, cancellationToken);
    }

    /// <summary>Switches the weekly mail on (once: a second one is never created) or off.</summary>
    public async Task<IActionResult> OnPostWeeklyAsync([FromForm] bool weekly, CancellationToken cancellationToken)
    {
        var me = User.PersonId();
        var existing = db.SavedSearches.Where(s => s.PersonId == me && s.Query == SavedSearch.ForYou);
        if (!weekly)
        {
            await existing.ExecuteDeleteAsync(cancellationToken);
        }
        else if (!await existing.AnyAsync(cancellationToken))
        {
            var now = clock.GetUtcNow().UtcDateTime;
            db.SavedSearches.Add(new SavedSearch { PersonId = me, Query = SavedSearch.ForYou, Frequency = AlertFrequency.Weekly, CreatedAt = now, LastSentAt = now });
            await db.SaveChangesAsync(cancellationToken);
        }
        return Redirect($"/missions-pour-vous?hebdo={(weekly ? "on" : "off")}");
    }
}
