namespace Vivier.Web.Features.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimiting.SignUp)]
public sealed class SignUpModel(AccountRegistration registration, AccountAttempts attempts) : PageModel
{
    [BindProperty]
    public SignUpInput Input { get; set; } = new();

    /// <summary>Where the person was going (the mission they wanted to apply to): the confirmation mail brings them back.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // Every error at once: the password rules are checked even when another field is wrong.
        if (!string.IsNullOrEmpty(Input.Password))
        {
            foreach (var error in (await registration.PasswordProblemsAsync(Input.Password)).Errors)
            {
                ModelState.AddModelError("Input.Password", error.Description);
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (!attempts.TryAttempt(RateLimiting.SignUp, Input.Email, HttpContext, out var wait))
        {
            RateLimiting.TooMany(HttpContext, wait);
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }
        var result = await registration.RegisterAsync(Input.GivenName, Input.FamilyName, Input.Email, Input.Password,
            Locale.Current, ReturnPath.Local(ReturnUrl));
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("Input.Password", error.Description);
            }
            return Page();
        }
        return Redirect("/inscription/envoyee" + ReturnPath.Query(ReturnUrl));
    }
}
