using Vivier.Web.Features.Dashboards;

namespace Vivier.Tests.Dashboards;

public sealed class SuppressionTests
{
    private static bool[][] Hide(bool cumulative, params int[][] rows) => Suppression.Hide(rows.Select(r => (IReadOnlyList<int>)r).ToList(), cumulative);

    [Fact]
    public void A_cell_of_one_to_four_is_hidden_and_a_zero_is_shown()
    {
        var hidden = Hide(false, [3, 40, 0, 12]);

        Assert.True(hidden[0][0]);
        Assert.False(hidden[0][2]);
    }

    [Fact]
    public void A_lone_hidden_cell_takes_the_smallest_other_with_it_so_the_total_does_not_give_it_away()
    {
        var hidden = Hide(false, [3, 40, 0, 7]);

        Assert.Equal([true, false, false, true], hidden[0]);
    }

    [Fact]
    public void Hidden_cells_that_already_add_up_to_five_need_no_company()
    {
        var hidden = Hide(false, [3, 40, 2, 9]);

        Assert.Equal([true, false, true, false], hidden[0]);
    }

    [Fact]
    public void Down_a_funnel_a_difference_of_one_to_four_between_shown_cells_hides_the_later_one()
    {
        // Women: 20 reached the first stage, 17 the second: 3 stopped between them.
        var hidden = Hide(true, [20, 30, 0, 10], [17, 25, 0, 8], [9, 12, 0, 0]);

        Assert.True(hidden[1][0]);
        Assert.False(hidden[2][0]);
        Assert.True(hidden[1].Count(h => h) >= 2);
    }

    [Fact]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5394", Justification = "Test tables from a fixed seed.")]
    public void Across_thousands_of_random_tables_no_shown_figure_reveals_a_group_under_five()
    {
        var random = new Random(8);
        for (var round = 0; round < 3000; round++)
        {
            var rows = random.Next(1, 7);
            var cells = new int[rows][];
            var previous = Enumerable.Range(0, 4).Select(_ => random.Next(0, 30)).ToArray();
            for (var r = 0; r < rows; r++)
            {
                cells[r] = r == 0 ? previous : previous.Select(v => Math.Max(0, v - random.Next(0, 8))).ToArray();
                previous = cells[r];
            }
            var hidden = Hide(true, cells);

            for (var r = 0; r < rows; r++)
            {
                var hiddenSum = Enumerable.Range(0, 4).Where(c => hidden[r][c]).Sum(c => cells[r][c]);
                var everyoneHidden = Enumerable.Range(0, 4).All(c => hidden[r][c] || cells[r][c] == 0);
                Assert.True(hiddenSum == 0 || hiddenSum >= Suppression.Threshold || everyoneHidden, $"row {r} of round {round}: total minus shown gives {hiddenSum}");
                Assert.All(Enumerable.Range(0, 4).Where(c => !hidden[r][c]), c => Assert.False(cells[r][c] is > 0 and < Suppression.Threshold));
            }
            for (var c = 0; c < 4; c++)
            {
                var shown = Enumerable.Range(0, rows).Where(r => !hidden[r][c]).Select(r => cells[r][c]).ToList();
                Assert.All(shown.Zip(shown.Skip(1)), pair => Assert.False(pair.First - pair.Second is > 0 and < Suppression.Threshold, $"column {c} of round {round}"));
            }
        }
    }
}
