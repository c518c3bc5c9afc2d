using Microsoft.AspNetCore.WebUtilities;

namespace Vivier.Web.Features.Applications;

/// <summary>
/// The pipeline view a folder was opened from (board, or list with its filters), carried as a local
/// address in "back": where to return, and the order in which "next application" runs.
/// </summary>
public static class PipelineReturn
{
    /// <summary>The address when it is one of the mission's pipeline views on this site; null otherwise (never another site).</summary>
    public static string? Safe(string? back, string reference)
    {
        var board = $"/gestion/missions/{Uri.EscapeDataString(reference)}/candidatures";
        return back is { Length: <= 2000 } && (back == board || back.StartsWith(board + "?", StringComparison.Ordinal)) && !back.Contains("//", StringComparison.Ordinal)
            ? back : null;
    }

    /// <summary>An application's folder, with the outcome of the change just made and the view to return to (each only when given).</summary>
    public static string Folder(Guid applicationId, string? back, string? done = null) =>
        QueryHelpers.AddQueryString($"/gestion/candidatures/{applicationId}",
            new Dictionary<string, string?> { ["done"] = done, ["back"] = back }.Where(p => !string.IsNullOrEmpty(p.Value)));

    /// <summary>The order of the view: the list's filters and sort; the board's columns (stage, then date) otherwise.</summary>
    public static PipelineFilter FilterOf(string? back)
    {
        var at = back?.IndexOf('?', StringComparison.Ordinal) ?? -1;
        var query = at < 0 ? [] : QueryHelpers.ParseQuery(back![(at + 1)..]);
        string? Value(string name) => query.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;
        if (Value("vue") != "liste")
        {
            return new PipelineFilter(Sort: "etape");
        }
        var sort = Value("tri");
        var search = Value("q");
        return new PipelineFilter(Value("etape"), search is { Length: > 100 } ? search[..100] : search, PipelineFilter.Sorts.Contains(sort) ? sort : null);
    }
}
