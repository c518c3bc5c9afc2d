namespace Vivier.Web.Features.Dashboards;

/// <summary>
/// The recruitment of the cohort of missions published in the period: how far applications went
/// (an application reaching a stage has reached every stage before it), how long from publication
/// to hire, and how many applications each mission drew.
/// </summary>
internal sealed class RecruitmentFigures(VivierDb db, DashboardScope scope, IStringLocalizer<SharedResource> l, DashboardLinks? links,
    IReadOnlyList<PipelineStage> stages, bool english)
{
    public FigureTable Funnel(IReadOnlyList<StageCount> counts)
    {
        var furthest = counts.GroupBy(c => c.Stage).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        var reached = Reached(furthest);
        var received = reached.Count > 0 ? reached[0].Count : 0;
        var rows = reached.Select(x => (IReadOnlyList<FigureCell>)[FigureCell.Label(Name(x.Stage)), FigureCell.Count(x.Count, links?.Applications(x.Stage.Key)),
            received == 0 ? FigureCell.None : new FigureCell(Number: 100.0 * x.Count / received, Decimals: 1)]).ToList();
        return new FigureTable("funnel", l["Dashboard.Table.funnel"], [l["Dashboard.Column.Stage"], l["Dashboard.Column.Reached"], l["Dashboard.Column.ShareOfReceived"]],
            rows, Chart: 1, Note: l["Dashboard.Note.Funnel"]);
    }

    /// <summary>The funnel's stages in order, each with the count of applications whose furthest stage is it or one after it.</summary>
    public List<(PipelineStage Stage, int Count)> Reached(IReadOnlyDictionary<string, int> furthest)
    {
        var funnel = stages.Where(s => !s.IsExit).ToList();
        return funnel.Select(s => (s, funnel.Where(f => f.Position >= s.Position).Sum(f => furthest.GetValueOrDefault(f.Key)))).ToList();
    }

    /// <summary>Hires of the cohort, and the median number of days from the mission's publication to the hire, by kind.</summary>
    public async Task<FigureTable> HiringAsync(CancellationToken cancellationToken)
    {
        // A hire creates its deployment at that moment, in the same transaction: the deployments name the hires, and when.
        var cohort = scope.Missions().Select(m => m.Id);
        var days = (await db.Deployments.Where(d => d.ApplicationId != null && cohort.Contains(d.MissionId!.Value))
            .Join(db.Missions, d => d.MissionId, m => m.Id, (d, m) => new { m.Kind, d.CreatedAt, m.PublishedAt }).ToListAsync(cancellationToken))
            .ConvertAll(h => (h.Kind, Days: (int)Math.Floor((h.CreatedAt - h.PublishedAt!.Value).TotalDays)));
        var rows = Kinds().Select(kind =>
        {
            var of = days.Where(d => kind is null || d.Kind == kind).Select(d => d.Days).ToList();
            return (IReadOnlyList<FigureCell>)[FigureCell.Label(kind is { } k ? l[$"Kind.{k}"] : l["Dashboard.AllKinds"]),
                FigureCell.Count(of.Count, links?.Applications(PipelineStage.Hired, kind)), Median(of) is { } median ? new FigureCell(Number: median, Decimals: 1) : FigureCell.None];
        }).ToList();
        return new FigureTable("hiring", l["Dashboard.Table.hiring"], [l["Dashboard.Column.Kind"], l["Dashboard.Column.Hires"], l["Dashboard.Column.MedianDays"]], rows,
            Chart: 2);
    }

    /// <summary>Missions of the cohort, their applications, and the mean and median number per mission, by kind.</summary>
    public async Task<FigureTable> MissionsAsync(CancellationToken cancellationToken)
    {
        var missions = await scope.Missions().Select(m => new { m.Kind, m.SentApplications }).ToListAsync(cancellationToken);
        var rows = Kinds().Select(kind =>
        {
            var of = missions.Where(m => kind is null || m.Kind == kind).Select(m => m.SentApplications).ToList();
            return (IReadOnlyList<FigureCell>)[FigureCell.Label(kind is { } k ? l[$"Kind.{k}"] : l["Dashboard.AllKinds"]), FigureCell.Count(of.Count),
                FigureCell.Count(of.Sum(), links?.Applications(null, kind)),
                of.Count == 0 ? FigureCell.None : new FigureCell(Number: of.Average(), Decimals: 1), Median(of) is { } median ? new FigureCell(Number: median, Decimals: 1) : FigureCell.None];
        }).ToList();
        return new FigureTable("missions", l["Dashboard.Table.missions"],
            [l["Dashboard.Column.Kind"], l["Dashboard.Column.Missions"], l["Dashboard.Column.Applications"], l["Dashboard.Column.Mean"], l["Dashboard.Column.Median"]], rows,
            Chart: 3, Note: l["Dashboard.Note.Missions"]);
    }

    /// <summary>Each kind the query covers, then all of them together when it covers several.</summary>
    private List<ExpertKind?> Kinds() => scope.Query.Kind is { } only ? [only] : [.. Enum.GetValues<ExpertKind>().Select(k => (ExpertKind?)k), null];

    internal static double? Median(List<int> values)
    {
        if (values.Count == 0)
        {
            return null;
        }
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
    }

    private string Name(PipelineStage stage) => english ? stage.NameEn : stage.NameFr;
}
