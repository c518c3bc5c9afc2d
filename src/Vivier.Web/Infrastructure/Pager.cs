using Microsoft.AspNetCore.WebUtilities;

namespace Vivier.Web.Infrastructure;

/// <summary>Page numbers for a list, with links that keep the list's other query parameters.</summary>
public sealed class Pager(int page, int pageSize, int total, IQueryCollection query)
{
    public int PageCount { get; } = Math.Max(1, (int)Math.Ceiling(total / (double)pageSize));
    public int Current => Math.Clamp(page, 1, PageCount);
    public int Skip => (Current - 1) * pageSize;

    public string LinkTo(int target)
    {
        var values = query.Where(q => q.Key != "page").ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
        values["page"] = target.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString("", values);
    }
}
