namespace Vivier.Web.Features.Account;

/// <summary>
/// /session/prolonger: the timeout warning's "continue" — the session's cookie is issued again and
/// the page is told, as JSON, how many seconds it now has; without scripts, a button and a way back.
/// </summary>
[Authorize]
public sealed class ExtendSessionModel : PageModel
{
    public bool Extended { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await SessionTimeout.ExtendAsync(HttpContext) is not { } left)
        {
            return Challenge();
        }
        if (Request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true))
        {
            return new JsonResult(new { left = (int)left.TotalSeconds });
        }
        Extended = true;
        return Page();
    }
}
