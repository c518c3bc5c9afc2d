namespace Vivier.Web.Features.Privacy;

/// <summary>
/// /compte/donnees: what Vivier holds about the signed-in person, section by section, to download
/// (the JSON document, or it and their files as a zip), where to correct each part, and asking
/// to be erased (confirmed from a mailed link, <see cref="ErasureRequests"/>).
/// </summary>
[Authorize]
public sealed class MyDataModel(PersonalData data, ErasureRequests erasures, MyConsents consents, DataRights rights, IStringLocalizer<SharedResource> l) : PageModel
{
    /// <summary>Each section of the document with how many items it holds (1 for the account).</summary>
    public IReadOnlyList<(string Section, int Count)> Sections { get; private set; } = [];

    public bool IsCandidate { get; private set; }

    /// <summary>An erasure was just asked for: its confirmation link is in the person's mail.</summary>
    public bool ErasureRequested { get; private set; }

    public IReadOnlyList<ConsentState> Consents { get; private set; } = [];

    /// <summary>The consent just withdrawn, to say so.</summary>
    public string? Withdrawn { get; private set; }

    /// <summary>The person's requests in the register, each with the date it is due by.</summary>
    public IReadOnlyList<DataRequest> Requests { get; private set; } = [];

    /// <summary>Since when the person objects to being suggested to recruiters, if they do.</summary>
    public DateTime? ObjectsSince { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Consents = await consents.ListAsync(User.PersonId(), cancellationToken);
        Requests = await rights.MineAsync(User.PersonId(), cancellationToken);
        ObjectsSince = await rights.ObjectionSinceAsync(User.PersonId(), cancellationToken);
        var document = await data.ReadAsync(User.PersonId(), cancellationToken);
        Sections = [.. document.Where(s => s.Key != "exportedAt")
            .Select(s => (s.Key, s.Value is System.Collections.ICollection rows ? rows.Count : 1))];
        IsCandidate = User.IsInRole(Roles.Expert);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(string? kind, CancellationToken cancellationToken)
    {
        if (!await consents.WithdrawAsync(User.PersonId(), kind, ConsentChannel.MyData, cancellationToken))
        {
            ModelState.AddModelError("", l["Consents.NotWithdrawable"]);
        }
        else
        {
            Withdrawn = kind;
        }
        await OnGetAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostObjectAsync(bool objects, CancellationToken cancellationToken)
    {
        await rights.SetObjectionAsync(User.PersonId(), objects, cancellationToken);
        return Redirect("/compte/donnees#opposition");
    }

    public async Task<IActionResult> OnPostEraseAsync(CancellationToken cancellationToken)
    {
        await erasures.RequestAsync(User.PersonId(), cancellationToken);
        ErasureRequested = true;
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
