namespace Vivier.Web.Features.Directory;

/// <summary>A listed expert as the directory shows them: only what they chose to share.</summary>
public sealed record DirectoryEntry(Guid PersonId, string Name, string? Headline, string Country, string CountryCode, string HostInstitution,
    IReadOnlyList<string> Themes, string? Email, string? Phone);

/// <summary>What a deployed expert shares, as they set it.</summary>
public sealed record ListingInput(bool Listed, string? Headline, bool ShareEmail, bool SharePhone);

/// <summary>
/// The directory of deployed experts who opted in. Readable by signed-in staff, sponsors, partners
/// and experts in post; never by plain candidates nor the public.
/// </summary>
public sealed class ExpertDirectory(VivierDb db, TimeProvider clock)
{
    /// <summary>Whether this person may read the directory.</summary>
    public async Task<bool> MayReadAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (new[] { Roles.Admin, Roles.Recruiter, Roles.ProgrammeManager, Roles.Sponsor, Roles.Partner }.Any(user.IsInRole))
        {
            return true;
        }
        return user.FindPersonId() is { } me && await IsInPostAsync(me, cancellationToken);
    }

    public Task<bool> IsInPostAsync(Guid personId, CancellationToken cancellationToken) =>
        db.Deployments.AnyAsync(d => d.PersonId == personId && d.Status == DeploymentStatus.Deployed, cancellationToken);

    /// <summary>Listed experts in post, by country then name, narrowed by country and theme.</summary>
    public async Task<List<DirectoryEntry>> ListAsync(string? country, string? theme, CancellationToken cancellationToken)
    {
        var deployments = db.Deployments.AsNoTracking().Where(d => d.Status == DeploymentStatus.Deployed
            && db.DirectoryListings.Any(l => l.PersonId == d.PersonId && l.Listed));
        if (!string.IsNullOrWhiteSpace(country))
        {
            deployments = deployments.Where(d => d.CountryCode == country);
        }
        if (!string.IsNullOrWhiteSpace(theme))
        {
            deployments = deployments.Where(d => d.Themes.Any(t => t.Code == theme));
        }
        var rows = await deployments
            .Join(db.DirectoryListings, d => d.PersonId, l => l.PersonId, (d, l) => new { d, l })
            .Join(db.Users, x => x.d.PersonId, p => p.Id, (x, p) => new { x.d, x.l, p.GivenName, p.FamilyName, p.Email })
            .Join(db.Countries, x => x.d.CountryCode, c => c.Code, (x, c) => new
            {
                x.d.Id, x.d.PersonId, x.GivenName, x.FamilyName, x.Email, x.l.Headline, x.l.ShareEmail, x.l.SharePhone, c.NameFr, c.NameEn, x.d.CountryCode, x.d.HostInstitution,
            })
            .OrderBy(x => x.NameFr).ThenBy(x => x.FamilyName).ToListAsync(cancellationToken);
        var ids = rows.ConvertAll(r => r.Id);
        var english = Locale.Current.IsEnglish;
        var themes = (await db.Deployments.AsNoTracking().Where(d => ids.Contains(d.Id)).SelectMany(d => d.Themes, (d, t) => new { d.Id, t.NameFr, t.NameEn })
            .ToListAsync(cancellationToken)).ToLookup(x => x.Id, x => english ? x.NameEn : x.NameFr);
        var people = rows.Where(r => r.SharePhone).Select(r => r.PersonId).ToList();
        var phones = await db.CandidateProfiles.AsNoTracking().Where(p => people.Contains(p.PersonId)).ToDictionaryAsync(p => p.PersonId, p => p.Phone, cancellationToken);
        return rows.DistinctBy(r => r.PersonId).Select(r => new DirectoryEntry(r.PersonId, $"{r.GivenName} {r.FamilyName}", r.Headline, english ? r.NameEn : r.NameFr,
            r.CountryCode, r.HostInstitution, themes[r.Id].ToList(), r.ShareEmail ? r.Email : null, r.SharePhone ? phones.GetValueOrDefault(r.PersonId) : null)).ToList();
    }

    public Task<DirectoryListing?> MineAsync(Guid personId, CancellationToken cancellationToken) =>
        db.DirectoryListings.AsNoTracking().SingleOrDefaultAsync(l => l.PersonId == personId, cancellationToken);

    /// <summary>Saves what the expert shares; why not otherwise.</summary>
    public async Task<Refusal?> SaveAsync(Guid personId, ListingInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Headline is { Length: > DirectoryListing.MaxHeadline })
        {
            return Refusal.Invalid(nameof(ListingInput.Headline), "Directory.HeadlineTooLong");
        }
        var listing = await db.DirectoryListings.SingleOrDefaultAsync(l => l.PersonId == personId, cancellationToken);
        if (listing is null)
        {
            listing = new DirectoryListing { PersonId = personId, UpdatedAt = clock.GetUtcNow().UtcDateTime };
            db.DirectoryListings.Add(listing);
        }
        (listing.Listed, listing.Headline, listing.ShareEmail, listing.SharePhone, listing.UpdatedAt) =
            (input.Listed, string.IsNullOrWhiteSpace(input.Headline) ? null : input.Headline.Trim(), input.ShareEmail, input.SharePhone, clock.GetUtcNow().UtcDateTime);
        await Consents.SetAsync(db, personId, ConsentKind.Directory, input.Listed, ConsentChannel.DirectoryForm, listing.UpdatedAt, cancellationToken: cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
