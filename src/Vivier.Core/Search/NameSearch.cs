using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

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
    public static IQueryable<T> WhereNamed<T>(this IQueryable<T> rows, string? text, Expression<Func<T, string>> searchName, Expression<Func<T, string?>> normalizedEmail)
    {
        ArgumentNullException.ThrowIfNull(searchName);
        ArgumentNullException.ThrowIfNull(normalizedEmail);
        if (string.IsNullOrWhiteSpace(text))
        {
            return rows;
        }
        var row = searchName.Parameters[0];
        var email = ReplacingExpressionVisitor.Replace(normalizedEmail.Parameters[0], row, normalizedEmail.Body);
        Expression match = Contains(email, text.Trim().ToUpperInvariant());
        var words = FrenchText.QueryTokens(text);
        if (words.Count > 0)
        {
            match = Expression.OrElse(match, words.Select(word => Contains(searchName.Body, word)).Aggregate(Expression.AndAlso));
        }
        return rows.Where(Expression.Lambda<Func<T, bool>>(match, row));
    }

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

    private static readonly System.Reflection.MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;

    /// <summary>column.Contains(value), the value read from a closure so that EF sends it as a parameter.</summary>
    private static Expression Contains(Expression column, string value) =>
        Expression.AndAlso(Expression.NotEqual(column, Expression.Constant(null, typeof(string))),
            Expression.Call(column, StringContains, Expression.Property(Expression.Constant(new Word(value)), nameof(Word.Value))));

    private sealed record Word(string Value);
}
