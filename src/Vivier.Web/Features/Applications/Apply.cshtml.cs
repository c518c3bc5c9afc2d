namespace Vivier.Web.Features.Applications;

/// <summary>/missions/{reference}/postuler: write the cover letter and answer the screening questions, keep a draft or send with the profile and CV as they are.</summary>
[Authorize(Roles = Roles.Expert)]
public sealed class ApplyModel(VivierDb db, Applying desk, IStringLocalizer<SharedResource> l) : PageModel
{
    public Mission Mission { get; private set; } = null!;

    [BindProperty]
    public string? CoverLetter { get; set; }

    /// <summary>Answers to the mission's screening questions, in their order.</summary>
    [BindProperty]
    public List<string?> Answers { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    /// <summary>Sending needs the CV in the profile: without it, the page says so first and leads there and back.</summary>
    public bool HasCv { get; private set; }

    public string Path => PathFor(Mission.Reference);

    /// <summary>The application form's address, which the posting, sign-up's way back and the draft reminder lead to.</summary>
    public static string PathFor(string reference) => $"/missions/{reference}/postuler";


    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(reference, cancellationToken))
        {
            return NotFound();
        }
        var mine = await desk.ForMissionAsync(User.PersonId(), reference, cancellationToken);
        if (mine is { Draft: false })
        {
            return Redirect("/candidatures");
        }
        CoverLetter = mine?.CoverLetter;
        Answers = mine?.Answers.Select(a => (string?)a.Answer).ToList() ?? [];
        return Page();
    }

    public Task<IActionResult> OnPostDraftAsync(string reference, CancellationToken cancellationToken) => SendAsync(reference, submit: false, cancellationToken);

    public Task<IActionResult> OnPostSendAsync(string reference, CancellationToken cancellationToken) => SendAsync(reference, submit: true, cancellationToken);

    private async Task<IActionResult> SendAsync(string reference, bool submit, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(reference, cancellationToken))
        {
            return NotFound();
        }
        var outcome = await desk.ApplyAsync(User.PersonId(), reference, new ApplyInput(CoverLetter, submit, Answers), cancellationToken);
        if (outcome.Application is { Draft: false })
        {
            return Redirect("/candidatures");
        }
        if (outcome.Application is not null)
        {
            return Redirect($"/missions/{reference}/postuler?saved=true");
        }
        outcome.Refusal!.AddTo(ModelState, l, prefix: "");
        return Page();
    }

    private async Task<bool> LoadAsync(string reference, CancellationToken cancellationToken)
    {
        var mission = await db.Missions.AsNoTracking().SingleOrDefaultAsync(m => m.Reference == reference && m.Status != MissionStatus.Draft, cancellationToken);
        Mission = mission!;
        var personId = User.PersonId();
        HasCv = await db.CandidateProfiles.AnyAsync(p => p.PersonId == personId && p.CvFileId != null, cancellationToken);
        return mission is not null;
    }
}
