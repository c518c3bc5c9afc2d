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
    /// <summary>What confirming did; null before the person confirms.</summary>
    public ErasureOutcome? Outcome { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Valid = await requests.PendingAsync(Jeton, cancellationToken) is not null;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Outcome = await requests.ConfirmAsync(Jeton, cancellationToken);
        if (Outcome == ErasureOutcome.Erased && User.Identity?.IsAuthenticated == true)
        {
            await signIn.SignOutAsync();
        }
        return Page();
    }
}
