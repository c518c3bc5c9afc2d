using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace Vivier.Core.Database;

/// <summary>
/// <c>COUNT(*) OVER ()</c>, which EF Core has no operator for: the number of rows a query selects
/// before its LIMIT, read with the page itself. A search page then reads the matching rows once
/// instead of twice (a count, then the page), which halves the work on large result sets.
/// Both databases evaluate the window over the whole filtered set, before ORDER BY and LIMIT.
/// </summary>
public static class WindowCount
{
    public static long RowsBeforePaging() => throw new InvalidOperationException("Only translated to SQL, inside a query.");

    internal static void Register(ModelBuilder modelBuilder) =>
        modelBuilder.HasDbFunction(typeof(WindowCount).GetMethod(nameof(RowsBeforePaging))!)
            // A niladic built-in function is written as its name, verbatim.
            .HasTranslation(_ => new SqlFunctionExpression("COUNT(*) OVER ()", nullable: false, typeof(long), new LongTypeMapping("bigint")));
}
