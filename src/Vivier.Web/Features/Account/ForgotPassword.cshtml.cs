namespace Vivier.Web.Features.Account;

/// <summary>Sends a reset link to a confirmed address; answers the same whether or not an account exists.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimiting.PasswordReset)]
public sealed class ForgotPasswordModel(UserManager<Person> users, Mailer mailer, VivierDb db, AccountAttempts attempts) : PageModel
{
    [BindProperty]
    public EmailInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Sent { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (!attempts.TryAttempt(RateLimiting.PasswordReset, Input.Email, HttpContext, out var wait))
        {
            RateLimiting.TooMany(HttpContext, wait);
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }
        var person = await users.FindByEmailAsync(Input.Email);
        if (person is not null && await users.IsEmailConfirmedAsync(person))
        {
            var token = await users.GeneratePasswordResetTokenAsync(person);
            mailer.Queue(person.Email!, person.PreferredLanguage, "ResetPassword", person.GivenName,
                $"/mot-de-passe/nouveau?personne={person.Id}&code={AccountRegistration.Encode(token)}");
            await db.SaveChangesAsync();
        }
        return RedirectToPage(new { Sent = true });
    }
}
