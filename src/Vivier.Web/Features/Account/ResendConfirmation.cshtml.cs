namespace Vivier.Web.Features.Account;

/// <summary>
/// "Rien reçu ?": a new confirmation mail for an account not yet confirmed. The answer is the same
/// whoever the address belongs to. Each client address is limited like sign-up, and each account
/// (RateLimiting:PerAccount) whoever asks, since each try may mail its owner.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimiting.SignUp)]
public sealed class ResendConfirmationModel(UserManager<Person> users, AccountRegistration registration, VivierDb db, AccountAttempts attempts) : PageModel
{
    [BindProperty]
    public EmailInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (!attempts.TryAttemptFromAnyone(RateLimiting.ConfirmationResend, Input.Email, out var wait))
        {
            RateLimiting.TooMany(HttpContext, wait);
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }
        var person = await users.FindByEmailAsync(Input.Email);
        if (person is not null && !await users.IsEmailConfirmedAsync(person))
        {
            await registration.QueueConfirmationAsync(person, ReturnPath.Local(ReturnUrl));
            await db.SaveChangesAsync();
        }
        return Redirect("/inscription/envoyee" + ReturnPath.Query(ReturnUrl));
    }
}
