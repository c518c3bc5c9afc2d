namespace Vivier.Web.Features.Dashboards;

/// <summary>
/// What the dashboards are about: the day the deployments are counted (asOf) and the months before
/// it, an expert kind, a sponsor, and the period of the recruitment figures (from, to: applications
/// sent and hires made between these days, both included; none means since the start). Parsed from
/// the URL or the API's query; a value that does not parse is a problem (its message key).
/// </summary>
public sealed record DashboardQuery(DateOnly AsOf, ExpertKind? Kind, string? Sponsor, DateOnly? From, DateOnly? To)
{
    /// <summary>How many month-ends the series of people in post covers, up to asOf.</summary>
    public const int Months = 24;

    public static (DashboardQuery? Query, IReadOnlyCollection<Refusal> Refusals) Parse(DateOnly today, string? asOf, string? kind, string? sponsor, string? from, string? to)
    {
        var refusals = new FieldRefusals();
        var day = Day(asOf, "asOf") ?? today;
        ExpertKind? parsedKind = null;
        if (!string.IsNullOrWhiteSpace(kind))
        {
            if (QueryValue.TryName<ExpertKind>(kind, out var k)) { parsedKind = k; } else { refusals.Add("kind", "Dashboard.Invalid.kind"); }
        }
        if (sponsor is { Length: > 50 })
        {
            refusals.Add("sponsor", "Dashboard.Invalid.sponsor");
        }
        var (start, end) = (Day(from, "from"), Day(to, "to"));
        if (start > end)
        {
            refusals.Add("to", "Dashboard.Invalid.period");
        }
        return refusals.Count > 0
            ? (null, refusals)
            : (new DashboardQuery(day, parsedKind, string.IsNullOrWhiteSpace(sponsor) ? null : sponsor.Trim(), start, end), refusals);

        DateOnly? Day(string? text, string name)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }
            if (QueryValue.TryDay(text, out var value) && value.Year is >= 1990 and <= 2100)
            {
                return value;
            }
            refusals.Add(name, $"Dashboard.Invalid.{name}");
            return null;
        }
    }

    /// <summary>The query as URL parameters (without a leading ?), for links and exports.</summary>
    public string ToQueryString()
    {
        var parts = new List<string> { $"asOf={Iso(AsOf)}" };
        if (Kind is { } kind) { parts.Add($"kind={kind}"); }
        if (Sponsor is { } sponsor) { parts.Add($"sponsor={Uri.EscapeDataString(sponsor)}"); }
        if (From is { } from) { parts.Add($"from={Iso(from)}"); }
        if (To is { } to) { parts.Add($"to={Iso(to)}"); }
        return string.Join('&', parts);
    }

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
