namespace Vivier.Web.Features.Dashboards;

/// <summary>
/// Statistical secrecy for parity tables: no group of fewer than <see cref="Threshold"/> people is
/// shown, and none can be computed from what is shown. Rows are groups (a stage, the experts in
/// post), columns the categories of one partition (women, men, …), and each row's total is public
/// (the funnel shows it). Three rules, applied until nothing changes:
/// <list type="number">
/// <item>primary: a cell of 1 to 4 is hidden;</item>
/// <item>secondary, along a row: the hidden cells of a row must add up to 0 or to at least the
/// threshold, or the total minus the shown cells would give them; the smallest shown cells join
/// them until they do;</item>
/// <item>secondary, down a cumulative column (a funnel: each row holds the people of the next
/// ones): two shown cells whose difference is 1 to 4 would reveal the people who stopped between
/// them; the later one is hidden.</item>
/// </list>
/// A zero is shown: it reveals nobody.
/// <para>
/// Those rules hold within one table. A reader can ask for many — any kind, any day, the 24
/// month-ends, any period, another sponsor's scope for staff — and subtract them: the groups that
/// differ between two tables (the one woman who left between two days, the AT experts as all kinds
/// minus ETI and END) are not in any single table. So every count shown in a parity table is
/// rounded to a multiple of <see cref="Threshold"/>, as statistics offices publish small counts
/// (<see cref="Rounded"/>): any difference between two shown counts, whichever tables they come
/// from, is 0 or at least 5, and shares are computed from the rounded counts.
/// </para>
/// </summary>
public static class Suppression
{
    public const int Threshold = 5;

    /// <summary>The nearest multiple of <see cref="Threshold"/> (halves upwards): 0–2 → 0, 3–7 → 5, 8–12 → 10.</summary>
    public static int Rounded(int count) => (count + Threshold / 2) / Threshold * Threshold;

    /// <returns>For each cell, whether it is hidden.</returns>
    public static bool[][] Hide(IReadOnlyList<IReadOnlyList<int>> cells, bool cumulativeColumns)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var hidden = cells.Select(row => row.Select(IsSmall).ToArray()).ToArray();
        bool changed;
        do
        {
            changed = false;
            for (var r = 0; r < cells.Count; r++)
            {
                changed |= ProtectRow(cells[r], hidden[r]);
            }
            if (cumulativeColumns)
            {
                for (var c = 0; c < (cells.Count > 0 ? cells[0].Count : 0); c++)
                {
                    changed |= ProtectColumn(cells, hidden, c);
                }
            }
        }
        while (changed);
        return hidden;
    }

    private static bool IsSmall(int count) => count is > 0 and < Threshold;

    private static bool ProtectRow(IReadOnlyList<int> row, bool[] hidden)
    {
        var changed = false;
        while (Enumerable.Range(0, row.Count).Where(c => hidden[c]).Sum(c => row[c]) is var sum && sum is > 0 and < Threshold)
        {
            var next = Enumerable.Range(0, row.Count).Where(c => !hidden[c] && row[c] > 0).OrderBy(c => row[c]).ThenBy(c => c).FirstOrDefault(-1);
            if (next < 0)
            {
                // Every person of the row is hidden already: the row's total is all that shows.
                break;
            }
            hidden[next] = true;
            changed = true;
        }
        return changed;
    }

    private static bool ProtectColumn(IReadOnlyList<IReadOnlyList<int>> cells, bool[][] hidden, int column)
    {
        var changed = false;
        int? previous = null;
        for (var r = 0; r < cells.Count; r++)
        {
            if (hidden[r][column])
            {
                continue;
            }
            if (previous is { } above && IsSmall(cells[above][column] - cells[r][column]))
            {
                hidden[r][column] = true;
                changed = true;
                continue;
            }
            previous = r;
        }
        return changed;
    }
}
