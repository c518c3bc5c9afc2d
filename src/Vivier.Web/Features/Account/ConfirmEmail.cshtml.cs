namespace Vivier.Web.Features.Account;

/// <summary>The link of the confirmation mail lands here.</summary>
[AllowAnonymous]
public sealed class ConfirmEmailModel(UserManager<Person> users) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(Guid? personne, string? code)
    {
        var person = personne is { } id ? await users.FindByIdAsync(id.ToString()) : null;
        var token = AccountRegistration.Decode(code);
        Confirmed = person is not null && token is not null && (await users.ConfirmEmailAsync(person, token)).Succeeded;
        if (!Confirmed)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }
}
