namespace Vivier.Web.Features.Dashboards;

/// <summary>
/// One cell of a dashboard table: a label, or a figure (a count or a decimal), with where it comes
/// from (a link to the roster or pipeline behind it, for staff), or hidden by statistical secrecy.
/// </summary>
public sealed record FigureCell(string? Text = null, double? Number = null, string? Link = null, bool Hidden = false, int Decimals = 0)
{
    public static FigureCell Label(string text, string? link = null) => new(text, Link: link);

    public static FigureCell Count(long count, string? link = null) => new(Number: count, Link: link);

    /// <summary>A figure that cannot be computed (no hire yet, no application): shown as a dash.</summary>
    public static FigureCell None { get; } = new("–");

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsNumber => Number is not null && !Hidden;
}

/// <summary>
/// A table of figures as every output shows it (page, chart, CSV, xlsx, API): built once, with its
/// secrecy applied, so no output can show what another hides.
/// </summary>
/// <param name="Id">Stable, for export URLs: kinds, continents, countries, sectors, sponsors, months, funnel, hiring, missions, parity-stages, parity-deployed.</param>
/// <param name="Chart">The column a chart draws (its first column labels the bars), or null for no chart.</param>
/// <param name="Note">What a reader must know to read it: totals that do not add up, secrecy.</param>
public sealed record FigureTable(string Id, string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<FigureCell>> Rows, int? Chart = null,
    string? Note = null)
{
    public static readonly IReadOnlyList<string> Ids =
        ["kinds", "continents", "countries", "sectors", "sponsors", "months", "funnel", "hiring", "missions", "parity-stages", "parity-deployed"];
}

/// <summary>Everything the dashboards show for a query and a viewer.</summary>
public sealed record Dashboard(DashboardQuery Query, IReadOnlyList<FigureTable> Tables, IReadOnlyDictionary<string, int> InPostByCountry, int InPost)
{
    public FigureTable this[string id] => Tables.Single(t => t.Id == id);
}
