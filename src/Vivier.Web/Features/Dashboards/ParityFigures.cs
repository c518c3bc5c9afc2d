using Vivier.Core.Candidates;

namespace Vivier.Web.Features.Dashboards;

/// <summary>
/// Gender parity, as people declared it themselves (or did not): at each stage of the funnel and
/// among the experts in post. Counts only, never a link to anyone, and under statistical secrecy
/// (<see cref="Suppression"/>) before any output sees them.
/// </summary>
internal sealed class ParityFigures(DashboardScope scope, IStringLocalizer<SharedResource> l, IReadOnlyList<PipelineStage> stages, bool english)
{
    /// <summary>The partition's columns: each declared gender, then "not declared".</summary>
    private static readonly SelfDeclaredGender?[] Genders = [SelfDeclaredGender.Woman, SelfDeclaredGender.Man, SelfDeclaredGender.Other, null];

    public FigureTable Stages(IReadOnlyList<StageCount> counts)
    {
        var funnel = stages.Where(s => !s.IsExit).ToList();
        // Reaching a stage means reaching it or one after it: each column is cumulative down the funnel.
        var rows = funnel.Select(s => (Label: english ? s.NameEn : s.NameFr,
            Cells: Genders.Select(gender => counts.Where(c => c.Gender == gender && funnel.Any(f => f.Key == c.Stage && f.Position >= s.Position)).Sum(c => c.Count)).ToArray())).ToList();
        return Table("parity-stages", l["Dashboard.Column.Stage"], rows, cumulative: true);
    }

    public FigureTable Deployed(List<InPostCount> inPost)
    {
        var cells = Genders.Select(gender => inPost.Where(c => c.Gender == gender).Sum(c => c.Count)).ToArray();
        return Table("parity-deployed", l["Dashboard.Column.Group"], [(l["Dashboard.InPostOn", scope.Query.AsOf.ToString("d", System.Globalization.CultureInfo.CurrentCulture)], cells)],
            cumulative: false);
    }

    private FigureTable Table(string id, string groupColumn, List<(string Label, int[] Cells)> rows, bool cumulative)
    {
        var hidden = Suppression.Hide(rows.ConvertAll(r => (IReadOnlyList<int>)r.Cells), cumulative);
        var columns = new List<string> { groupColumn };
        foreach (var gender in Genders)
        {
            var name = l[$"Dashboard.Gender.{gender?.ToString() ?? "NotDeclared"}"];
            columns.Add(name);
            columns.Add(l["Dashboard.Column.Share", name]);
        }
        columns.Add(l["Dashboard.Column.Total"]);
        var table = rows.Select((row, r) =>
        {
            var total = row.Cells.Sum();
            var cells = new List<FigureCell> { FigureCell.Label(row.Label) };
            for (var c = 0; c < row.Cells.Length; c++)
            {
                // Shares from the rounded count: one from the exact count would give it back (share × total).
                var shown = Suppression.Rounded(row.Cells[c]);
                cells.Add(hidden[r][c] ? new FigureCell(Hidden: true) : FigureCell.Count(shown));
                cells.Add(hidden[r][c] ? new FigureCell(Hidden: true) : total == 0 ? FigureCell.None : new FigureCell(Number: 100.0 * shown / total, Decimals: 1));
            }
            cells.Add(FigureCell.Count(total));
            return (IReadOnlyList<FigureCell>)cells;
        }).ToList();
        return new FigureTable(id, l[$"Dashboard.Table.{id}"], columns, table, Chart: 2,
            Note: $"{l["Dashboard.Note.ParityShares"]} {l["Dashboard.Note.Secrecy", Suppression.Threshold]}");
    }
}
