namespace Vivier.Web.Features.Profile;

/// <summary>
/// /profil/{section}: one part of the profile on its own page (GOV.UK "one thing per page"), saved
/// alone and merged into the stored profile; "Enregistrer et continuer" leads to the next part.
/// </summary>
[Authorize(Roles = Roles.Expert)]
public sealed class SectionModel(VivierDb db, CandidateProfiles profiles, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public ProfileDocument Input { get; set; } = new();

    public ProfileSection Part { get; private set; } = ProfileSection.All[0];
    public ProfileChoices Choices { get; private set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Back => Account.ReturnPath.Local(ReturnUrl);

    /// <summary>The task list, with the application one left for it if any.</summary>
    public string Overview => "/profil" + Account.ReturnPath.Query(ReturnUrl);

    public async Task<IActionResult> OnGetAsync(string section, CancellationToken cancellationToken)
    {
        if (ProfileSection.Find(section) is not { } part)
        {
            return NotFound();
        }
        Part = part;
        Input = (await profiles.ReadAsync(User.PersonId(), withGender: true, cancellationToken))!;
        Choices = await ProfileChoices.LoadAsync(db, [part], cancellationToken);
        return Page();
    }

    /// <param name="then">"profile" to go back to the task list once saved; otherwise the next part.</param>
    public async Task<IActionResult> OnPostAsync(string section, string? then, CancellationToken cancellationToken)
    {
        if (ProfileSection.Find(section) is not { } part)
        {
            return NotFound();
        }
        Part = part;
        var posted = ProfileForm.Cleaned(Input, ModelState);
        if (ModelState.IsValid)
        {
            var stored = (await profiles.ReadAsync(User.PersonId(), withGender: true, cancellationToken))!;
            var (saved, refusals) = await profiles.SaveAsync(User.PersonId(), part.Merge(stored, posted), cancellationToken);
            if (saved is not null)
            {
                return Redirect(then != "profile" && part.Next is { } next
                    ? next.Path + Account.ReturnPath.Query(ReturnUrl)
                    : "/profil?done=saved" + Account.ReturnPath.Query(ReturnUrl, '&'));
            }
            ProfileForm.AddRefusals(ModelState, refusals, l);
        }
        Input = posted;
        Choices = await ProfileChoices.LoadAsync(db, [part], cancellationToken);
        return Page();
    }
}
