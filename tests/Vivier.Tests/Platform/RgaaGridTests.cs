using System.Text.RegularExpressions;
using Vivier.Testing;
using Vivier.Web.Features.Accessibility;

namespace Vivier.Tests.Platform;

/// <summary>The RGAA 4.1 self-assessment grid as shipped: every criterion once, each with its method and evidence, and the rate the statement publishes.</summary>
public sealed partial class RgaaGridTests
{
    /// <summary>How many criteria each of the RGAA 4.1 themes has, 1 (images) to 13 (consultation): 106 in all.</summary>
    private static readonly int[] CriteriaPerTheme = [9, 2, 3, 13, 8, 2, 5, 10, 4, 14, 13, 11, 12];

    private static readonly string[] Methods = ["axe (tests)", "test clavier", "revue manuelle", "test"];

    [Fact]
    public void The_grid_holds_each_criterion_of_the_standard_once_in_order()
    {
        var expected = CriteriaPerTheme.SelectMany((count, theme) => Enumerable.Range(1, count).Select(n => $"{theme + 1}.{n}")).ToList();

        Assert.Equal(RgaaGrid.CriteriaCount, expected.Count);
        Assert.Equal(expected, RgaaGrid.Current.Criteria.Select(c => c.Number));
    }

    [Fact]
    public void Each_criterion_says_how_it_was_checked_and_on_what_evidence()
    {
        Assert.All(RgaaGrid.Current.Criteria, criterion =>
        {
            Assert.False(string.IsNullOrWhiteSpace(criterion.Title), criterion.Number);
            Assert.False(string.IsNullOrWhiteSpace(criterion.Evidence), criterion.Number);
            Assert.All(criterion.Method.Split('+', StringSplitOptions.TrimEntries), method => Assert.Contains(method, Methods));
            Assert.True(criterion.Status == RgaaStatus.NA || criterion.Pages != "—", $"{criterion.Number} is assessed but names no page.");
        });
    }

    [Fact]
    public void Every_test_file_the_grid_cites_exists()
    {
        var cited = RgaaGrid.Current.Criteria.SelectMany(c => CitedFile().Matches(c.Evidence).Select(m => (c.Number, File: m.Value))).ToList();
        var sources = Directory.EnumerateFiles(Repository.PathOf("tests"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Repository.PathOf("src"), "*.cs*", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(Repository.Root, f).Replace('\\', '/')).ToList();

        Assert.NotEmpty(cited);
        Assert.All(cited, c => Assert.True(sources.Any(s => s == c.File || s.EndsWith("/" + c.File, StringComparison.Ordinal)), $"{c.Number} cites {c.File}, which is not there."));
    }

    [Fact]
    public void The_rate_is_met_over_applicable_criteria_and_reaches_ninety_percent()
    {
        var grid = RgaaGrid.Current;
        var met = grid.Count(RgaaStatus.C);
        var applicable = met + grid.Count(RgaaStatus.NC);

        Assert.Equal(Math.Floor(1000m * met / applicable) / 10m, grid.Rate);
        Assert.True(grid.Rate >= 90m, $"{grid.Rate} % of the applicable criteria are met; the programme's target is 90 %.");
        Assert.Equal(grid.Rate == 100m ? "Total" : "Partial", grid.Level);
    }

    [GeneratedRegex(@"[\w/.-]+\.cs(html)?\b")]
    private static partial Regex CitedFile();
}
