using Vivier.Core.Candidates.Europass;

namespace Vivier.Web.Features.Profile;

/// <summary>
/// /profil: the candidate's profile as a task list (GOV.UK pattern) — how complete it is, each part
/// leading to its own page (/profil/{section}) — with the CV and who opened it, and a Europass import
/// that fills every part at once for review before anything is saved.
/// </summary>
[Authorize(Roles = Roles.Expert)]
public sealed class IndexModel(VivierDb db, CandidateProfiles profiles, PdfLimits pdfLimits, IStringLocalizer<SharedResource> l) : PageModel
{
    /// <summary>The whole profile as posted, when an import under review is confirmed.</summary>
    [BindProperty]
    public ProfileDocument Input { get; set; } = new();

    /// <summary>The profile as stored, that the task list reads.</summary>
    public ProfileDocument Saved { get; private set; } = new();

    public ProfileChoices Choices { get; private set; } = new();
    public IReadOnlyList<CvView> CvViews { get; private set; } = [];
    public CvSummary? Cv => Saved.Cv;

    /// <summary>Set when the form shows a Europass proposal to review.</summary>
    public EuropassProposal? Imported { get; private set; }

    /// <summary>Every part is shown in one form: an import to review, or its confirmation refused.</summary>
    public bool Reviewing { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    /// <summary>The application the person left to complete their profile (its CV, most often): the page leads back to it.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Back => Account.ReturnPath.Local(ReturnUrl);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>The import under review, confirmed: the whole profile saved at once.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var document = ProfileForm.Cleaned(Input, ModelState);
        if (ModelState.IsValid)
        {
            var (saved, refusals) = await profiles.SaveAsync(User.PersonId(), document, cancellationToken);
            if (saved is not null)
            {
                return Redirect("/profil?done=saved" + Account.ReturnPath.Query(ReturnUrl, '&'));
            }
            ProfileForm.AddRefusals(ModelState, refusals, l);
        }
        Input = document;
        await LoadAsync(cancellationToken, review: true);
        return Page();
    }

    public async Task<IActionResult> OnPostCvAsync(IFormFile? cvFile, CancellationToken cancellationToken)
    {
        string? problem = "Cv.Problem.Missing";
        if (cvFile is not null)
        {
            await using var stream = cvFile.OpenReadStream();
            (_, problem) = await profiles.StoreCvAsync(User.PersonId(), stream, cvFile.FileName, cancellationToken);
        }
        if (problem is null)
        {
            return Redirect("/profil?done=cv" + Account.ReturnPath.Query(ReturnUrl, '&') + "#cv");
        }
        ModelState.AddModelError("cvFile", l[problem, InputLimits.Megabytes(pdfLimits.MaxBytes)]);
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostEuropassAsync(IFormFile? europassFile, CancellationToken cancellationToken)
    {
        string? refusal = l["Europass.Refused.Missing"];
        if (europassFile is not null)
        {
            try
            {
                Imported = await profiles.ProposeAsync(User.PersonId(), europassFile, note => ProfileMessages.Note(note, l), cancellationToken);
                refusal = null;
            }
            catch (EuropassRefusedException refused)
            {
                refusal = l[refused.MessageKey, [.. refused.Arguments]];
            }
        }
        // What is shown is the proposal to review, or, refused, the task list as it was.
        ModelState.Clear();
        if (refusal is not null)
        {
            ModelState.AddModelError("europassFile", refusal);
        }
        if (Imported is not null)
        {
            Input = Imported.Profile;
        }
        await LoadAsync(cancellationToken, review: Imported is not null);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken, bool review = false)
    {
        Saved = (await profiles.ReadAsync(User.PersonId(), withGender: false, cancellationToken))!;
        CvViews = await profiles.CvViewsAsync(User.PersonId(), cancellationToken);
        Reviewing = review;
        if (review)
        {
            Choices = await ProfileChoices.LoadAsync(db, ProfileSection.All, cancellationToken);
        }
    }
}
