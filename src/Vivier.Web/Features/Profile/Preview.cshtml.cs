namespace Vivier.Web.Features.Profile;

/// <summary>/profil/apercu: one's profile as recruiters read it in an application's folder (without the gender, which they never see).</summary>
[Authorize(Roles = Roles.Expert)]
public sealed class PreviewModel(CandidateProfiles profiles) : PageModel
{
    public ProfileDocument Profile { get; private set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Profile = (await profiles.ReadAsync(User.PersonId(), withGender: false, cancellationToken))!;
}
