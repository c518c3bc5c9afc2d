using Vivier.Core.Search;

namespace Vivier.Web.Features.Admin;

/// <summary>Everyone with an account, searchable by name or address.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class PeopleModel(VivierDb db) : PageModel
{
    private const int PageSize = 50;

    public sealed record Row(Guid Id, string Name, string Email, IReadOnlyList<string> Roles, string? Organisation, bool Confirmed, bool TwoFactor);

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var people = db.Users.AsNoTracking().WhereNamed(Q, p => p.SearchName, p => p.NormalizedEmail);
        Total = await people.CountAsync(cancellationToken);
        Pager = Pager.Of(PageSize, Total, Request.Query);
        var page = await people.OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName)
            .Skip(Pager.Skip).Take(PageSize)
            .Select(p => new
            {
                p.Id, p.GivenName, p.FamilyName, p.Email, Organisation = p.Organisation!.ShortName, p.EmailConfirmed, p.TwoFactorEnabled,
                Roles = db.UserRoles.Where(r => r.UserId == p.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            })
            .ToListAsync(cancellationToken);
        Rows = page.Select(p => new Row(p.Id, $"{p.GivenName} {p.FamilyName}", p.Email ?? "", p.Roles, p.Organisation, p.EmailConfirmed, p.TwoFactorEnabled)).ToList();
    }
}
