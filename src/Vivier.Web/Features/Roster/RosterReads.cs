using Vivier.Core.Search;

namespace Vivier.Web.Features.Roster;

/// <summary>
/// One deployment as the roster lists it, with the hand-over on its post (who came before, who
/// after); <see cref="Planned"/> when it is prepared for that day but the expert is not in post yet.
/// </summary>
public sealed record RosterRow(Guid Id, Guid PersonId, string Person, ExpertKind Kind, string CountryCode, string Country, string Continent, string HostInstitution,
    string? Post, IReadOnlyList<string> Sponsors, DateOnly Start, DateOnly End, DeploymentStatus Status, bool FirstDeployment, string? Predecessor, string? Successor,
    bool Planned = false);

/// <summary>
/// A page of the roster at a date: the experts in post (<see cref="Total"/>, and by kind: ETI, END,
/// AT), the deployments planned over that day beside them (<see cref="Planned"/>, never in the
/// figures), and one page of rows of both, the planned ones marked.
/// </summary>
public sealed record RosterPage(DateOnly AsOf, int Total, int Planned, int Page, int PageSize, IReadOnlyDictionary<string, int> ByKind, IReadOnlyList<RosterRow> Items)
{
    /// <summary>The rows the pages run through: in post and planned.</summary>
    public int Listed => Total + Planned;
}

/// <summary>
/// The roster at any date. A deployment counts on day D when it is deployed or ended and
/// start ≤ D ≤ end (the actual end if any, else the planned end), both days included; cancelled
/// ones never count, and preparing ones are listed as planned over their planned dates without
/// counting. A sponsor sees only the deployments of missions it funds.
/// </summary>
public sealed class RosterReads(VivierDb db)
{
    /// <param name="sponsorId">The viewer's organisation when the viewer is a sponsor: only its deployments.</param>
    public async Task<RosterPage> ReadAsync(RosterQuery query, Guid? sponsorId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var day = query.AsOf;
        var deployments = db.Deployments.AsNoTracking().InPostOrPlannedOn(day);
        if (sponsorId is { } own)
        {
            deployments = deployments.Where(d => d.Sponsors.Any(s => s.Id == own));
        }
        if (query.Kind is { } kind)
        {
            deployments = deployments.Where(d => d.Kind == kind);
        }
        if (query.Continent is { } continent)
        {
            deployments = deployments.Where(d => db.Countries.Any(c => c.Code == d.CountryCode && c.Continent == continent));
        }
        if (query.Country is { } country)
        {
            deployments = deployments.Where(d => d.CountryCode == country);
        }
        if (query.Theme is { } theme)
        {
            deployments = deployments.Where(d => d.Themes.Any(t => t.Code == theme));
        }
        if (query.Sponsor is { } sponsor)
        {
            deployments = deployments.Where(d => d.Sponsors.Any(s => s.ShortName == sponsor));
        }
        if (FrenchText.QueryTokens(query.Host) is { Count: > 0 } words)
        {
            // Host institutions are few beside deployments: those whose name holds every typed word
            // (through the French normaliser, as every search) are found in memory, then matched exactly.
            var names = await deployments.Select(d => d.HostInstitution).Distinct().ToListAsync(cancellationToken);
            var hosts = names.Where(name => FrenchText.HasEvery(words, FrenchText.ForIndex(name))).ToList();
            deployments = deployments.Where(d => hosts.Contains(d.HostInstitution));
        }
        // Among these, the preparing ones are exactly the planned ones (a preparing deployment is never in post).
        var byKind = await deployments.GroupBy(d => new { d.Kind, Planned = d.Status == DeploymentStatus.Preparing })
            .Select(g => new { g.Key.Kind, g.Key.Planned, Count = g.Count() }).ToListAsync(cancellationToken);
        var counts = Enum.GetValues<ExpertKind>().ToDictionary(k => k.ToString(), k => byKind.Where(x => x.Kind == k && !x.Planned).Sum(x => x.Count));
        var total = counts.Values.Sum();
        var planned = byKind.Where(x => x.Planned).Sum(x => x.Count);
        var rows = await deployments
            .Join(db.Users, d => d.PersonId, p => p.Id, (d, p) => new { d, p.GivenName, p.FamilyName })
            .Join(db.Countries, x => x.d.CountryCode, c => c.Code, (x, c) => new { x.d, x.GivenName, x.FamilyName, c.NameFr, c.NameEn, c.Continent })
            .OrderBy(x => x.NameFr).ThenBy(x => x.FamilyName).ThenBy(x => x.d.Id)
            .Skip(Pager.Rows(query.Page, query.PageSize)).Take(query.PageSize)
            .Select(x => new
            {
                x.d.Id, x.d.PersonId, x.GivenName, x.FamilyName, x.d.Kind, x.d.CountryCode, x.NameFr, x.NameEn, x.Continent, x.d.HostInstitution, x.d.PostId,
                x.d.InPostFrom, x.d.InPostUntil, x.d.PlannedStart, x.d.PlannedEnd, x.d.Status, x.d.IsFirstDeployment,
            })
            .ToListAsync(cancellationToken);
        var ids = rows.ConvertAll(r => r.Id);
        var sponsors = (await db.Deployments.AsNoTracking().Where(d => ids.Contains(d.Id))
            .SelectMany(d => d.Sponsors, (d, s) => new { d.Id, s.ShortName }).ToListAsync(cancellationToken)).ToLookup(x => x.Id, x => x.ShortName);
        var handOvers = await HandOversAsync(rows.Where(r => r.PostId is not null).Select(r => r.PostId!.Value).Distinct().ToList(), sponsorId, cancellationToken);
        var english = Locale.Current.IsEnglish;
        return new RosterPage(day, total, planned, query.Page, query.PageSize, counts, rows.ConvertAll(r =>
        {
            var chain = r.PostId is { } post ? handOvers[post].ToList() : [];
            var at = chain.FindIndex(h => h.Id == r.Id);
            return new RosterRow(r.Id, r.PersonId, $"{r.GivenName} {r.FamilyName}", r.Kind, r.CountryCode, english ? r.NameEn : r.NameFr, r.Continent.ToString(),
                r.HostInstitution, chain.Count > 0 ? chain[0].PostTitle : null, sponsors[r.Id].Order(StringComparer.Ordinal).ToList(), r.InPostFrom ?? r.PlannedStart,
                r.InPostUntil ?? r.PlannedEnd, r.Status, r.IsFirstDeployment, at > 0 ? chain[at - 1].Person : null, at >= 0 && at < chain.Count - 1 ? chain[at + 1].Person : null,
                r.Status == DeploymentStatus.Preparing);
        }));
    }

    /// <summary>One deployment of a post; <see cref="Person"/> is null when the reader may not know who held it.</summary>
    private sealed record HandOver(Guid Id, Guid PostId, string PostTitle, string? Person, DateOnly Start);

    /// <summary>
    /// The successive deployments (not cancelled) of each post, in order of start. A sponsor reads
    /// the names of the deployments it funds only: a post's other holders keep their place in the
    /// chain (so "before" and "after" stay true) without their names.
    /// </summary>
    private async Task<ILookup<Guid, HandOver>> HandOversAsync(List<Guid> posts, Guid? sponsorId, CancellationToken cancellationToken) =>
        (await db.Deployments.AsNoTracking().Where(d => d.PostId != null && posts.Contains(d.PostId.Value) && d.Status != DeploymentStatus.Cancelled)
            .Join(db.Posts, d => d.PostId, p => p.Id, (d, p) => new { d, p.Title })
            .Join(db.Users, x => x.d.PersonId, p => p.Id, (x, p) => new { x.d, x.Title, p.GivenName, p.FamilyName })
            .Select(x => new { x.d, x.Title, x.GivenName, x.FamilyName, InScope = sponsorId == null || x.d.Sponsors.Any(s => s.Id == sponsorId) })
            .Select(x => new
            {
                x.d.Id, PostId = x.d.PostId!.Value, x.Title, Start = x.d.ActualStart ?? x.d.PlannedStart, x.InScope,
                GivenName = x.InScope ? x.GivenName : null, FamilyName = x.InScope ? x.FamilyName : null,
            })
            .ToListAsync(cancellationToken))
        .OrderBy(x => x.Start).ThenBy(x => x.Id)
        .Select(x => new HandOver(x.Id, x.PostId, x.Title, x.InScope ? $"{x.GivenName} {x.FamilyName}" : null, x.Start))
        .ToLookup(h => h.PostId);
}
