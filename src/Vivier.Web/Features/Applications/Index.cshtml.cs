namespace Vivier.Web.Features.Applications;

/// <summary>/candidatures: each of the candidate's applications, its stage in plain words and what happened to it.</summary>
[Authorize(Roles = Roles.Expert)]
public sealed class IndexModel(Applying desk) : PageModel
{
    public IReadOnlyList<ApplicationDto> Applications { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }


    public async Task OnGetAsync(CancellationToken cancellationToken) => Applications = await desk.MineAsync(User.PersonId(), cancellationToken);

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, CancellationToken cancellationToken)
    {
        await desk.WithdrawAsync(User.PersonId(), id, cancellationToken);
        return Redirect("/candidatures?done=withdrawn");
    }
}
