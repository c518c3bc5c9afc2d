using Vivier.Core.Candidates;

namespace Vivier.Web.Features.Matching;

/// <summary>A group's count as a report may show it: the count, or null when it is suppressed (a small group).</summary>
public sealed record ShownCount(string Group, int? Count, double? Share);

/// <summary>The self-declared genders of a mission's first suggestions beside those of the eligible pool they come from.</summary>
public sealed record GenderBalance(int Suggested, int Eligible, IReadOnlyList<ShownCount> FirstPage, IReadOnlyList<ShownCount> FirstHundred,
    IReadOnlyList<ShownCount> Pool);

/// <summary>
/// Whether the suggestions lean: the self-declared gender split of a mission's first page of
/// suggestions and of its first hundred, against the pool eligible for it. Gender never enters a
/// score; this report is how staff check that the ranking does not bring it back by another road.
/// Groups under <see cref="MinimumGroup"/> are suppressed, and a second one with a lone suppressed
/// group, so that no count can be worked out from the total.
/// </summary>
public sealed class SuggestionBalance(VivierDb db, Matches matches, MatchPool pool)
{
    public const int MinimumGroup = 5;
    public const int FirstHundred = 100;

    /// <summary>The groups, in the order a report shows them; "undeclared" for no answer.</summary>
    public static readonly string[] Groups = [.. Enum.GetNames<SelfDeclaredGender>(), "undeclared"];

    public async Task<GenderBalance> OfAsync(Mission mission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mission);
        var target = await matches.TargetAsync(mission, cancellationToken);
        var skip = await matches.NotSuggestedAsync(mission, cancellationToken);
        await pool.RefreshAsync(db, cancellationToken);
        var top = pool.Top(target, FirstHundred, skip).Select(t => t.PersonId).ToList();
        var eligible = pool.Eligible(target, skip).ToHashSet();
        // Genders are read from the database for this report only: the pool in memory holds none.
        var genders = await Matches.InPool(db).Select(p => new { p.PersonId, p.Gender }).ToListAsync(cancellationToken);
        var genderOf = genders.Where(g => eligible.Contains(g.PersonId)).ToDictionary(g => g.PersonId, g => g.Gender?.ToString() ?? "undeclared");
        // Someone who left the pool since it was refreshed is counted nowhere.
        top = top.Where(genderOf.ContainsKey).ToList();
        return new GenderBalance(top.Count, genderOf.Count,
            Suppress(Count(top.Take(Matches.PageSize).Select(id => genderOf[id]))),
            Suppress(Count(top.Select(id => genderOf[id]))),
            Suppress(Count(genderOf.Values)));
    }

    private static Dictionary<string, int> Count(IEnumerable<string> genders)
    {
        var counts = Groups.ToDictionary(g => g, _ => 0);
        foreach (var gender in genders)
        {
            counts[gender]++;
        }
        return counts;
    }

    /// <summary>
    /// Counts from 1 to <see cref="MinimumGroup"/> − 1 are suppressed with their share; when only one
    /// group is, the next smallest non-zero group is too, or the total would give it away.
    /// </summary>
    public static IReadOnlyList<ShownCount> Suppress(IReadOnlyDictionary<string, int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var total = counts.Values.Sum();
        var hidden = counts.Where(c => c.Value is > 0 and < MinimumGroup).Select(c => c.Key).ToHashSet();
        if (hidden.Count == 1 && counts.Where(c => c.Value > 0 && !hidden.Contains(c.Key)).OrderBy(c => c.Value).FirstOrDefault() is { Key: { } next })
        {
            hidden.Add(next);
        }
        return Groups.Select(g => hidden.Contains(g)
            ? new ShownCount(g, null, null)
            : new ShownCount(g, counts[g], total == 0 ? null : counts[g] / (double)total)).ToList();
    }
}
