using Microsoft.EntityFrameworkCore;
using Vivier.Core;
using Vivier.Core.Candidates;
using Vivier.Core.Missions;
using Vivier.Core.Recruitment;
using Vivier.Core.ReferenceData;
using Vivier.Web.Features.Dashboards;

namespace Vivier.Tests.Dashboards;

/// <summary>
/// Every dashboard figure counted again in C# from the raw rows (deployments, applications and their
/// history, missions, profiles), without the dashboards' queries or the applications' furthest stage:
/// each table as a map from its row key to its figures.
/// </summary>
internal sealed class DashboardRecount
{
    private sealed record Deployed(string Kind, string Country, DateOnly? From, DateOnly? Until, List<string> Sponsors, List<string> Themes, Guid PersonId, SelfDeclaredGender? ErasedGender);
    private sealed record Sent(Guid Id, long MissionId, Guid PersonId, string Stage, SelfDeclaredGender? Gender);
    private sealed record Published(long Id, string Kind, DateTime PublishedAt, List<string> Sponsors);

    private List<Deployed> deployments = [];
    private List<Sent> applications = [];
    private List<Published> missions = [];
    private ILookup<Guid, (string Stage, DateTime At)> history = Array.Empty<(Guid, string, DateTime)>().ToLookup(x => x.Item1, x => (x.Item2, x.Item3));
    private Dictionary<string, Continent> continents = [];
    private Dictionary<Guid, SelfDeclaredGender?> genders = [];
    private List<PipelineStage> funnel = [];

    public static async Task<DashboardRecount> LoadAsync(VivierDb db, CancellationToken cancellationToken)
    {
        var recount = new DashboardRecount
        {
            deployments = (await db.Deployments.AsNoTracking().AsSplitQuery().Include(d => d.Sponsors).Include(d => d.Themes).ToListAsync(cancellationToken))
                .ConvertAll(d => new Deployed(d.Kind.ToString(), d.CountryCode, d.InPostFrom, d.InPostUntil, d.Sponsors.ConvertAll(s => s.ShortName), d.Themes.ConvertAll(t => t.Code), d.PersonId, d.ExpertGender)),
            applications = (await db.Applications.AsNoTracking().Where(a => a.SubmittedAt != null).Select(a => new { a.Id, a.MissionId, a.PersonId, a.StageKey, a.ApplicantGender }).ToListAsync(cancellationToken))
                .ConvertAll(a => new Sent(a.Id, a.MissionId, a.PersonId, a.StageKey!, a.ApplicantGender)),
            missions = (await db.Missions.AsNoTracking().Include(m => m.Sponsors).Where(m => m.PublishedAt != null).ToListAsync(cancellationToken))
                .ConvertAll(m => new Published(m.Id, m.Kind.ToString(), m.PublishedAt!.Value, m.Sponsors.ConvertAll(s => s.ShortName))),
            history = (await db.ApplicationEvents.AsNoTracking().Select(e => new { e.ApplicationId, e.ToStage, e.At }).ToListAsync(cancellationToken))
                .ToLookup(e => e.ApplicationId, e => (e.ToStage, e.At)),
            continents = await db.Countries.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Continent, cancellationToken),
            genders = await db.CandidateProfiles.AsNoTracking().ToDictionaryAsync(p => p.PersonId, p => p.Gender, cancellationToken),
            funnel = (await db.PipelineStages.AsNoTracking().OrderBy(s => s.Position).ToListAsync(cancellationToken)).Where(s => !s.IsExit).ToList(),
        };
        return recount;
    }

    private IEnumerable<Deployed> InPost(DateOnly day, string? sponsor, string? kind) =>
        deployments.Where(d => d.From <= day && d.Until >= day && (sponsor is null || d.Sponsors.Contains(sponsor)) && (kind is null || d.Kind == kind));

    public Dictionary<string, double> Kinds(DateOnly day, string? sponsor) => InPost(day, sponsor, null).GroupBy(d => d.Kind).ToDictionary(g => g.Key, g => (double)g.Count());

    public Dictionary<string, double> Continents(DateOnly day, string? sponsor) =>
        InPost(day, sponsor, null).GroupBy(d => continents[d.Country].ToString()).ToDictionary(g => g.Key, g => (double)g.Count());

    public Dictionary<string, double> Countries(DateOnly day, string? sponsor) => InPost(day, sponsor, null).GroupBy(d => d.Country).ToDictionary(g => g.Key, g => (double)g.Count());

    public Dictionary<string, double> Sectors(DateOnly day, string? sponsor) =>
        InPost(day, sponsor, null).SelectMany(d => d.Themes).GroupBy(t => t).ToDictionary(g => g.Key, g => (double)g.Count());

    public Dictionary<string, double> Sponsors(DateOnly day, string? sponsor) =>
        InPost(day, sponsor, null).SelectMany(d => d.Sponsors).GroupBy(s => s).ToDictionary(g => g.Key, g => (double)g.Count());

    public Dictionary<string, double> Months(DateOnly day, string? sponsor) => Enumerable.Range(0, DashboardQuery.Months)
        .Select(i => new DateOnly(day.Year, day.Month, 1).AddMonths(-i).AddMonths(1).AddDays(-1))
        .ToDictionary(end => end.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), end => (double)InPost(end > day ? day : end, sponsor, null).Count());

    private IEnumerable<Sent> Cohort(string? sponsor, string? kind)
    {
        var ofCohort = missions.Where(m => (sponsor is null || m.Sponsors.Contains(sponsor)) && (kind is null || m.Kind == kind)).Select(m => m.Id).ToHashSet();
        return applications.Where(a => ofCohort.Contains(a.MissionId));
    }

    /// <summary>The furthest funnel stage an application's history entered.</summary>
    private int Furthest(Sent application) => history[application.Id].Select(e => funnel.FindIndex(s => s.Key == e.Stage)).DefaultIfEmpty(-1).Max();

    public Dictionary<string, double> Funnel(string? sponsor) =>
        funnel.Select((stage, i) => (stage.Key, Count: Cohort(sponsor, null).Count(a => Furthest(a) >= i))).ToDictionary(x => x.Key, x => (double)x.Count);

    public Dictionary<string, double> Hires(string? sponsor) => KindsAndAll().ToDictionary(k => k ?? "all", k => (double)HireDays(sponsor, k).Count);

    public Dictionary<string, double?> MedianDaysToHire(string? sponsor) => KindsAndAll().ToDictionary(k => k ?? "all", k => Median(HireDays(sponsor, k)));

    private List<int> HireDays(string? sponsor, string? kind) => Cohort(sponsor, kind).Where(a => a.Stage == PipelineStage.Hired)
        .Select(a => (int)Math.Floor((history[a.Id].Where(e => e.Stage == PipelineStage.Hired).Max(e => e.At) - missions.Single(m => m.Id == a.MissionId).PublishedAt).TotalDays)).ToList();

    public Dictionary<string, (double Missions, double Applications, double? Mean, double? Median)> PerMission(string? sponsor) => KindsAndAll().ToDictionary(k => k ?? "all", k =>
    {
        var of = missions.Where(m => (sponsor is null || m.Sponsors.Contains(sponsor)) && (k is null || m.Kind == k)).ToList();
        var counts = of.ConvertAll(m => applications.Count(a => a.MissionId == m.Id));
        return ((double)of.Count, (double)counts.Sum(), counts.Count == 0 ? null : (double?)counts.Average(), Median(counts));
    });

    /// <summary>Women, men, other, not declared at each funnel stage, as applicants declared it when applying.</summary>
    public List<int[]> ParityStages(string? sponsor) => funnel.Select((_, i) => Partition(Cohort(sponsor, null).Where(a => Furthest(a) >= i).Select(a => a.Gender))).ToList();

    /// <summary>The same among experts in post, as their profiles declare it.</summary>
    public int[] ParityDeployed(DateOnly day, string? sponsor) => Partition(InPost(day, sponsor, null).Select(d => genders.TryGetValue(d.PersonId, out var g) ? g : d.ErasedGender));

    private static int[] Partition(IEnumerable<SelfDeclaredGender?> declared)
    {
        var of = declared.ToList();
        return [of.Count(g => g == SelfDeclaredGender.Woman), of.Count(g => g == SelfDeclaredGender.Man), of.Count(g => g == SelfDeclaredGender.Other), of.Count(g => g is null)];
    }

    private static IEnumerable<string?> KindsAndAll() => [.. Enum.GetNames<ExpertKind>(), null];

    private static double? Median(List<int> values)
    {
        if (values.Count == 0)
        {
            return null;
        }
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2.0;
    }
}
