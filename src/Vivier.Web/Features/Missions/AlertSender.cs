using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Vivier.Core.Alerts;

namespace Vivier.Web.Features.Missions;

/// <summary>
/// Sends saved-search alerts: for each search due (daily or weekly), the missions of its query
/// published since the last alert (or, for the weekly mail of matching, the new missions that fit
/// the person's profile), by mail through the outbox. Once across a cluster (lease);
/// every Alerts:CheckInterval (default one hour).
/// </summary>
public sealed class AlertSender(JobServices jobs) : LeasedJob(Schedule, jobs)
{
    public static readonly JobSchedule Schedule = new("mission-alerts", TimeSpan.FromMinutes(30), "Alerts:CheckInterval", TimeSpan.FromHours(1));
    private const int MaxMissionsPerAlert = 20;

    protected override async Task<int> WorkAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<VivierDb>();
        var board = services.GetRequiredService<MissionBoard>();
        var mailer = services.GetRequiredService<Mailer>();
        var l = services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var now = Clock.GetUtcNow().UtcDateTime;
        var searches = await db.SavedSearches.ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var search in searches.Where(s => s.IsDue(now)))
        {
            var person = await db.Users.SingleAsync(p => p.Id == search.PersonId, cancellationToken);
            var fresh = search.IsForYou
                ? await FittingAsync(services, person, search, cancellationToken)
                : await FromBoardAsync(board, l, mailer, search, cancellationToken);
            if (fresh.Count > 0)
            {
                mailer.Queue(person.Email!, person.PreferredLanguage, search.IsForYou ? "MatchAlert" : "Alert", person.GivenName,
                    $"/alertes/desabonner?jeton={search.UnsubscribeToken}", fresh);
                queued++;
            }
            search.LastSentAt = now;
            // The mail and the new "last sent" commit together: an alert is neither lost nor sent twice.
            await db.SaveChangesAsync(cancellationToken);
        }
        return queued;
    }

    /// <summary>The board search's missions published since the last alert, one line each.</summary>
    private static async Task<List<string>> FromBoardAsync(MissionBoard board, IStringLocalizer<SharedResource> l, Mailer mailer, SavedSearch search,
        CancellationToken cancellationToken)
    {
        var (query, errors) = BoardQuery.Parse(new QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(search.Query)), l);
        if (errors.Count > 0)
        {
            return [];
        }
        var page = await board.SearchAsync(query with { Sort = BoardSort.Recent, Page = 1, PageSize = 100 }, withFacets: false, cancellationToken);
        return page.Missions.Where(m => m.PublishedAt > search.LastSentAt).Take(MaxMissionsPerAlert)
            .Select(m => $"- {m.Title} ({m.CountryFr}) : {mailer.Absolute($"/missions/{m.Reference}")}").ToList();
    }

    /// <summary>
    /// The weekly mail of matching: missions published since the last one that fit the person's
    /// profile at least <see cref="Matching.ForYouAlert.MinimumScore"/>, best first, with their score.
    /// </summary>
    private static async Task<List<string>> FittingAsync(IServiceProvider services, Person person, SavedSearch search, CancellationToken cancellationToken)
    {
        var matches = services.GetRequiredService<Matching.Matches>();
        var mailer = services.GetRequiredService<Mailer>();
        var fits = await matches.ForPersonAsync(person.Id, Matching.ForYouAlert.Considered, cancellationToken);
        return fits.Where(f => f.Mission.PublishedAt > search.LastSentAt && f.Fit.RoundedScore >= Matching.ForYouAlert.MinimumScore)
            .Take(MaxMissionsPerAlert)
            .Select(f => $"- {person.PreferredLanguage.Pick(f.Mission.Title, f.Mission.TitleEn)} ({f.Fit.RoundedScore}/100) : {mailer.Absolute($"/missions/{f.Mission.Reference}")}")
            .ToList();
    }
}
