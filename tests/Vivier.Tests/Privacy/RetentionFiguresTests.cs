using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vivier.Core.Identity;
using Vivier.Core.Privacy;
using Vivier.Testing;
using Vivier.Web.Features.Privacy;

namespace Vivier.Tests.Privacy;

/// <summary>The demo, with the retention job's timer off (its test runs it).</summary>
public sealed class RetentionDemoApp : VivierApp
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Vivier:DemoData"] = "true", ["Retention:Interval"] = "-00:00:00.001",
    };
}

/// <summary>Purging or erasing personal data leaves every figure of the dashboards as it was: their inputs are frozen before anything goes.</summary>
public sealed class RetentionFiguresTests(RetentionDemoApp app) : VivierTest(app), IClassFixture<RetentionDemoApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Every filter of the dashboards, alone and together: the day, the kind, the sponsor, the cohort's period.</summary>
    private static IEnumerable<string> Queries() =>
        from asOf in new[] { "2023-12-31", "2026-11-27" }
        from kind in new[] { "", "&kind=ETI", "&kind=END" }
        from sponsor in new[] { "", "&sponsor=MEAE", "&sponsor=DG%20Tr%C3%A9sor" }
        from period in new[] { "", "&from=2022-01-01&to=2026-12-31" }
        select $"asOf={asOf}{kind}{sponsor}{period}";

    private async Task<Dictionary<string, string>> DashboardsAsync()
    {
        using var staff = App.NewClient().WithBearer(await App.ApiLoginAsync(await App.CreatePersonAsync(Roles.ProgrammeManager)));
        var figures = new Dictionary<string, string>();
        foreach (var query in Queries())
        {
            figures[query] = Canonical(await staff.GetStringAsync(new Uri($"/api/v1/dashboards?{query}", UriKind.Relative), Cancel));
        }
        return figures;
    }

    [Fact]
    public async Task Every_dashboard_table_under_every_filter_shows_the_same_figures_after_the_purge()
    {
        var before = await DashboardsAsync();
        int applications;
        await using (var db = App.NewDb())
        {
            applications = await db.Applications.CountAsync(Cancel);
        }

        App.Clock.Advance(TimeSpan.FromDays(200));
        await App.Services.GetRequiredService<RetentionJob>().RunAsync(Cancel);

        await using (var db = App.NewDb())
        {
            var purge = await db.RetentionRuns.OrderByDescending(r => r.Id).FirstAsync(Cancel);
            var purged = purge.Counts.Single(c => c.RuleKey == RetentionRules.UnsuccessfulApplications).Count;
            Assert.True(purged > 0, "The demo has unsuccessful applications past their period: the test compares figures across a real purge.");
            Assert.Equal(applications - purged, await db.Applications.CountAsync(Cancel));
        }
        var after = await DashboardsAsync();
        foreach (var query in Queries())
        {
            Assert.True(before[query] == after[query], $"The dashboards under {query} changed with the purge.");
        }
    }

    /// <summary>
    /// The document with the map's counts by country in the order of their codes: the database
    /// hands rows over in no set order (PostgreSQL's changes with updated rows), and the map's
    /// counts are a set, while each table's rows are in the order the page shows them.
    /// </summary>
    private static string Canonical(string json)
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        foreach (var (name, value) in document.ToList())
        {
            if (value is System.Text.Json.Nodes.JsonObject map)
            {
                document[name] = new System.Text.Json.Nodes.JsonObject(map.OrderBy(p => p.Key, StringComparer.Ordinal)
                    .Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
            }
        }
        return document.ToJsonString();
    }

    /// <summary>The first table whose figures differ, with both versions of it.</summary>
    private static string Difference(string before, string after)
    {
        using var one = System.Text.Json.JsonDocument.Parse(before);
        using var two = System.Text.Json.JsonDocument.Parse(after);
        var tables = one.RootElement.GetProperty("tables").EnumerateArray().Zip(two.RootElement.GetProperty("tables").EnumerateArray());
        var (a, b) = tables.FirstOrDefault(t => t.First.GetRawText() != t.Second.GetRawText());
        return a.ValueKind == System.Text.Json.JsonValueKind.Undefined ? "outside the tables" : $"{a.GetRawText()} → {b.GetRawText()}";
    }

    [Fact]
    public async Task Every_dashboard_table_under_every_filter_shows_the_same_figures_after_people_are_erased()
    {
        var before = await DashboardsAsync();
        List<Guid> people;
        await using (var db = App.NewDb())
        {
            // Experts in post on the dashboards' days who declared a gender, hired candidates, and candidates still in the pipeline.
            var deployed = await db.Deployments.Where(d => db.CandidateProfiles.Any(p => p.PersonId == d.PersonId && p.Gender != null))
                .Select(d => d.PersonId).Distinct().OrderBy(id => id).Take(40).ToListAsync(Cancel);
            var candidates = await db.Applications.Where(a => a.SubmittedAt != null).Select(a => a.PersonId).Distinct().OrderBy(id => id).Take(40).ToListAsync(Cancel);
            people = [.. deployed.Union(candidates)];
        }
        Assert.True(people.Count >= 60);

        foreach (var id in people)
        {
            await using var db = App.NewDb();
            Assert.True(await new Erasure(db, App.Clock.GetUtcNow().UtcDateTime).EraseAsync(id, Cancel));
        }

        await using (var db = App.NewDb())
        {
            Assert.Equal(0, await db.CandidateProfiles.CountAsync(p => people.Contains(p.PersonId), Cancel));
        }
        var after = await DashboardsAsync();
        foreach (var query in Queries())
        {
            Assert.True(before[query] == after[query], $"The dashboards under {query} changed with the erasures: {Difference(before[query], after[query])}");
        }
    }
}
