using Vivier.Core.Deployments.Import;

namespace Vivier.Web.Features.Accessibility;

/// <summary>A criterion's result in the self-assessment: compliant, not compliant, or not applicable.</summary>
public enum RgaaStatus
{
    C,
    NC,
    NA,
}

/// <summary>One row of the grid: the criterion, its theme and question, the pages checked, the result, how it was checked and the evidence.</summary>
public sealed record RgaaCriterion(string Number, string Theme, string Title, string Pages, RgaaStatus Status, string Method, string Evidence);

/// <summary>
/// The RGAA 4.1 self-assessment, docs/rgaa/grille.csv, built into the application so that the
/// statement and the footer say what the grid says: the rate is the compliant criteria over the
/// applicable ones (C / (C + NC)), as the RGAA computes it, rounded down to one decimal.
/// </summary>
public sealed class RgaaGrid
{
    public const int CriteriaCount = 106;

    private static readonly Lazy<RgaaGrid> Shipped = new(() =>
    {
        using var stream = typeof(RgaaGrid).Assembly.GetManifestResourceStream("rgaa/grille.csv")
            ?? throw new InvalidOperationException("docs/rgaa/grille.csv is not built into Vivier.Web.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return Parse(copy.ToArray());
    });

    private RgaaGrid(IReadOnlyList<RgaaCriterion> criteria) => Criteria = criteria;

    /// <summary>The grid this build of Vivier ships.</summary>
    public static RgaaGrid Current => Shipped.Value;

    public IReadOnlyList<RgaaCriterion> Criteria { get; }

    public int Count(RgaaStatus status) => Criteria.Count(c => c.Status == status);

    public decimal Rate => Math.Floor(1000m * Count(RgaaStatus.C) / Math.Max(1, Count(RgaaStatus.C) + Count(RgaaStatus.NC))) / 10m;

    /// <summary>The RGAA's words for the state: totally compliant at 100 %, partially from 50 %, not compliant below.</summary>
    public string Level => Rate == 100m ? "Total" : Rate >= 50m ? "Partial" : "None";

    public static RgaaGrid Parse(byte[] csv)
    {
        var rows = CsvSheet.Rows(csv, new CsvLimits(), CancellationToken.None);
        var header = rows[0];
        int Column(string name) => header.IndexOf(name) is var at and >= 0 ? at : throw new FormatException($"The grid has no column {name}.");
        int number = Column("critere"), theme = Column("thematique"), title = Column("intitule"), pages = Column("pages"),
            status = Column("statut"), method = Column("methode"), evidence = Column("preuve");
        return new RgaaGrid([.. rows.Skip(1).Where(r => r.Count > 1).Select(r => new RgaaCriterion(r[number], r[theme], r[title], r[pages],
            Enum.Parse<RgaaStatus>(r[status], ignoreCase: false), r[method], r[evidence]))]);
    }
}
