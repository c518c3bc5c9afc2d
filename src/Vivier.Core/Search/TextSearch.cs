using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace Vivier.Core.Search;

/// <summary>
/// Search by what a person types, the same on both databases: each word of the text, through
/// <see cref="FrenchText"/>, must be in a stored column of normalised words (a person's search
/// name, a mission's title), or else the whole text, upper-cased, in a code column (an email, a
/// reference). The databases' own upper() and lower() do not fold accents alike (SQLite's not at all).
/// </summary>
public static class TextSearch
{
    /// <summary>The rows that match the text; every row when the text is blank.</summary>
    /// <param name="words">The row's normalised words (<see cref="FrenchText.ForIndex"/>).</param>
    /// <param name="code">The row's upper-case code, matched by the whole text.</param>
    public static IQueryable<T> WhereWords<T>(this IQueryable<T> rows, string? text, Expression<Func<T, string>> words, Expression<Func<T, string?>> code)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(code);
        if (string.IsNullOrWhiteSpace(text))
        {
            return rows;
        }
        var row = words.Parameters[0];
        var codeColumn = ReplacingExpressionVisitor.Replace(code.Parameters[0], row, code.Body);
        Expression match = Contains(codeColumn, text.Trim().ToUpperInvariant());
        var tokens = FrenchText.QueryTokens(text);
        if (tokens.Count > 0)
        {
            match = Expression.OrElse(match, tokens.Select(token => Contains(words.Body, token)).Aggregate(Expression.AndAlso));
        }
        return rows.Where(Expression.Lambda<Func<T, bool>>(match, row));
    }

    private static readonly System.Reflection.MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;

    /// <summary>column.Contains(value), the value read from a closure so that EF sends it as a parameter.</summary>
    private static Expression Contains(Expression column, string value) =>
        Expression.AndAlso(Expression.NotEqual(column, Expression.Constant(null, typeof(string))),
            Expression.Call(column, StringContains, Expression.Property(Expression.Constant(new Word(value)), nameof(Word.Value))));

    private sealed record Word(string Value);
}
