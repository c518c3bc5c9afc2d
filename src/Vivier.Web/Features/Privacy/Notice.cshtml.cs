namespace Vivier.Web.Features.Privacy;

/// <summary>The privacy notice (GDPR article 13) that sign-up shows and records consent to, with the retention table as applied.</summary>
[AllowAnonymous]
public sealed class NoticeModel(RetentionPolicy policy) : PageModel
{
    public IReadOnlyList<RetentionRow> Retention { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Retention = await policy.RowsAsync(cancellationToken);
}
