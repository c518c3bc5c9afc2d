using Microsoft.AspNetCore.WebUtilities;

namespace Vivier.Web.Infrastructure;

/// <summary>Page numbers for a list, with links that keep the list's other query parameters.</summary>
public sealed class Pager(int page, int pageSize, int total, IQueryCollection query)
{
    public int PageCount { get; } = Math.Max(1, (int)Math.Ceiling(total / (double)pageSize));
    public int Current => Math.Clamp(page, 1, PageCount);
    public int Skip => Rows(Current, pageSize);

    /// <summary>
    /// A page's list at the page its URL asks for (?page=, the first when absent or unreadable).
    /// Read from the query, never bound: Razor Pages keeps the route value "page" for the page's own
    /// path, so a property bound as "page" always read 1.
    /// </summary>
    public static Pager Of(int pageSize, int total, IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = int.TryParse(query["page"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var asked) ? asked : 1;
        return new Pager(page, pageSize, total, query);
    }

    /// <summary>
    /// The rows before a page, for lists that do not clamp to their last page (the API's): counted
    /// in 64 bits and capped, so page 2,147,483,647 of 200 rows is past the end, not an overflow
    /// into a negative offset; the cap leaves room for the page's own rows.
    /// </summary>
    public static int Rows(int page, int pageSize) =>
        (int)Math.Min(((long)Math.Max(page, 1) - 1) * Math.Max(pageSize, 0), int.MaxValue - (long)Math.Max(pageSize, 0));

    public string LinkTo(int target)
    {
        var values = query.Where(q => q.Key != "page").ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
        values["page"] = target.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString("", values);
    }
}
