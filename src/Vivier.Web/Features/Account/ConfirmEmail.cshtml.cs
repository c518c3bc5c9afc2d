namespace Vivier.Web.Features.Account;

/// <summary>The link of the confirmation mail lands here; it leads on to sign-in, and sign-in to where the person was going.</summary>
[AllowAnonymous]
public sealed class ConfirmEmailModel(UserManager<Person> users) : PageModel
{
    public bool Confirmed { get; private set; }

    /// <summary>Where the person was going when they signed up (a path of this site), if anywhere.</summary>
    public string? Back { get; private set; }

    /// <summary>Where signing in leads next: where the person was going, else their profile, a new candidate's first step.</summary>
    public string Next => Back ?? "/profil";

    public async Task OnGetAsync(Guid? personne, string? code, string? returnUrl)
    {
        Back = ReturnPath.Local(returnUrl);
        var person = personne is { } id ? await users.FindByIdAsync(id.ToString()) : null;
        var token = AccountRegistration.Decode(code);
        Confirmed = person is not null && token is not null && (await users.ConfirmEmailAsync(person, token)).Succeeded;
        if (!Confirmed)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }
}
