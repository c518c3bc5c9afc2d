using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Vivier.Core.Alerts;

namespace Vivier.Web.Features.Missions;

/// <summary>
/// Sends saved-search alerts: for each search due (daily or weekly), the missions of its query
/// published since the last alert, by mail through the outbox. Once across a cluster (lease);
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
            var (query, errors) = BoardQuery.Parse(new QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(search.Query)), l);
            if (errors.Count == 0)
            {
                var page = await board.SearchAsync(query with { Sort = BoardSort.Recent, Page = 1, PageSize = 100 }, withFacets: false, cancellationToken);
                var fresh = page.Missions.Where(m => m.PublishedAt > search.LastSentAt).Take(MaxMissionsPerAlert).ToList();
                if (fresh.Count > 0)
                {
                    mailer.Queue(person.Email!, person.PreferredLanguage, "Alert", person.GivenName,
                        $"/alertes/desabonner?jeton={search.UnsubscribeToken}",
                        fresh.Select(m => $"- {m.Title} ({m.CountryFr}) : {mailer.Absolute($"/missions/{m.Reference}")}").ToList());
                    queued++;
                }
            }
            search.LastSentAt = now;
            // The mail and the new "last sent" commit together: an alert is neither lost nor sent twice.
            await db.SaveChangesAsync(cancellationToken);
        }
        return queued;
    }
}
