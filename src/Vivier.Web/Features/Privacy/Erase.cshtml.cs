namespace Vivier.Web.Features.Privacy;

/// <summary>
/// /compte/effacement?jeton=…: the page the erasure mail links to. It says what goes and what is
/// kept, and erases only when the person confirms with the button (a link opened by a mail scanner
/// erases nothing); a spent or expired link says so.
/// </summary>
[AllowAnonymous]
public sealed class EraseModel(ErasureRequests requests, SignInManager<Person> signIn) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Jeton { get; set; }

    public bool Valid { get; private set; }
    public bool Erased { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Valid = await requests.PendingAsync(Jeton, cancellationToken) is not null;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Erased = await requests.ConfirmAsync(Jeton, cancellationToken);
        if (Erased && User.Identity?.IsAuthenticated == true)
        {
            await signIn.SignOutAsync();
        }
        return Page();
    }
}
