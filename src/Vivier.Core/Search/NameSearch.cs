using System.Linq.Expressions;

namespace Vivier.Core.Search;

/// <summary>
/// Finding people by what a desk agent or a recruiter types: each word of the text, through
/// <see cref="FrenchText"/>, must be in the person's stored search name (so "emilie lefevre" finds
/// "Émilie Lefèvre" on both databases, whose own upper() and lower() do not fold accents alike),
/// or the whole text in the email, case folded.
/// </summary>
public static class NameSearch
{
    /// <summary>The rows whose person matches the text; every row when the text is blank.</summary>
    /// <param name="searchName">The row's <see cref="Identity.Person.SearchName"/>.</param>
    /// <param name="normalizedEmail">The row's <see cref="Microsoft.AspNetCore.Identity.IdentityUser{TKey}.NormalizedEmail"/>.</param>
    public static IQueryable<T> WhereNamed<T>(this IQueryable<T> rows, string? text, Expression<Func<T, string>> searchName, Expression<Func<T, string?>> normalizedEmail) =>
        rows.WhereWords(text, searchName, normalizedEmail);

    /// <summary>Fills the search names of people saved before the column existed (none after the first run), a thousand at a time.</summary>
    public static async Task BackfillAsync(VivierDb db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stale = await db.Users.Where(p => p.SearchName == "" && (p.GivenName != "" || p.FamilyName != "")).Select(p => p.Id).ToListAsync(cancellationToken);
        foreach (var chunk in stale.Chunk(1000))
        {
            var people = await db.Users.Where(p => chunk.Contains(p.Id)).ToListAsync(cancellationToken);
            people.ForEach(p => p.RefreshSearchName());
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }
}
