using Microsoft.AspNetCore.Mvc.Rendering;

namespace Vivier.Web.Infrastructure.Forms;

/// <summary>
/// The countries a picker offers: those the page is about first (where the programme deploys,
/// posts missions, or where an event's participants come from), then the rest of the 250
/// territories, each group named and sorted in the reader's language. One list for every country
/// select, rendered as option groups by <c>vivier-field</c> and by the <c>_CountryOptions</c> partial.
/// </summary>
public sealed class CountryChoices(VivierDb db, IStringLocalizer<SharedResource> l)
{
    /// <summary>Countries with deployments first (the roster, the experts' directory).</summary>
    public Task<IReadOnlyList<SelectListItem>> DeployedFirstAsync(CancellationToken cancellationToken) =>
        GroupedAsync(db.Deployments.Select(d => d.CountryCode), "Roster.Countries.Deployed", cancellationToken);

    /// <summary>Countries the programme works in first, by its missions or its deployments (the mission editor).</summary>
    public Task<IReadOnlyList<SelectListItem>> ProgrammeFirstAsync(CancellationToken cancellationToken) =>
        GroupedAsync(db.Missions.Select(m => m.CountryCode).Union(db.Deployments.Select(d => d.CountryCode)), "Countries.Programme", cancellationToken);

    /// <summary>The codes of <paramref name="inUse"/> first, under the resource <paramref name="inUseKey"/>; every other country after.</summary>
    public async Task<IReadOnlyList<SelectListItem>> GroupedAsync(IQueryable<string?> inUse, string inUseKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inUse);
        var first = (await inUse.Where(c => c != null).Distinct().ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var countries = await db.Countries.AsNoTracking().ToListAsync(cancellationToken);
        var inUseGroup = new SelectListGroup { Name = l[inUseKey] };
        var others = new SelectListGroup { Name = l["Roster.Countries.Others"] };
        return [.. countries
            .Select(c => (Country: c, Name: c.Name(), First: first.Contains(c.Code)))
            .OrderBy(c => !c.First).ThenBy(c => c.Name, StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true))
            .Select(c => new SelectListItem(c.Name, c.Country.Code) { Group = first.Count == 0 ? null : c.First ? inUseGroup : others })];
    }
}
