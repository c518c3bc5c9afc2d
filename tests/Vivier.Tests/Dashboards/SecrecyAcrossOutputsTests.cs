using System.Globalization;
using System.Net.Http.Json;
using Vivier.Core.Candidates;
using Vivier.Core.Identity;
using Vivier.Core.Missions;
using Vivier.Testing;
using Vivier.Web.Features.Dashboards;

namespace Vivier.Tests.Dashboards;

/// <summary>
/// Secrecy must hold between outputs, not only within one: a reader subtracting any two parity
/// tables it may request (another day, another kind) must never find a group of 1 to 4 people.
/// Random queries, then every pair of their answers checked.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5394", Justification = "Queries and data from a fixed seed, so that a failure replays.")]
public sealed class SecrecyAcrossOutputsTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private const string Sponsor = "Secret-croisé";

    /// <summary>Deployments of the sponsor in 2024, with starts spread over the year so that days differ by a person or two.</summary>
    private async Task SeedAsync(Random random)
    {
        var plan = new (ExpertKind Kind, SelfDeclaredGender? Gender, int Count)[]
        {
            (ExpertKind.ETI, SelfDeclaredGender.Woman, 23), (ExpertKind.ETI, SelfDeclaredGender.Man, 19), (ExpertKind.ETI, null, 6),
            (ExpertKind.AT, SelfDeclaredGender.Woman, 4), (ExpertKind.AT, SelfDeclaredGender.Man, 2),
            (ExpertKind.END, SelfDeclaredGender.Man, 1), (ExpertKind.END, SelfDeclaredGender.Other, 1),
        };
        foreach (var (kind, gender, count) in plan)
        {
            for (var i = 0; i < count; i++)
            {
                var start = new DateOnly(2024, 1, 1).AddDays(random.Next(0, 200));
                var deployment = await App.AddDeploymentAsync("Secret croisé", start, start.AddDays(random.Next(60, 500)), kind: kind, sponsors: [Sponsor]);
                if (gender is { } declared)
                {
                    await using var db = App.NewDb();
                    db.CandidateProfiles.Add(new CandidateProfile { PersonId = deployment.PersonId, Gender = declared, UpdatedAt = App.Clock.GetUtcNow().UtcDateTime });
                    await db.SaveChangesAsync(Cancel);
                }
            }
        }
    }

    [Fact]
    public async Task No_difference_between_two_parity_tables_a_reader_may_ask_for_is_a_group_of_one_to_four()
    {
        var random = new Random(2024);
        await SeedAsync(random);
        var staff = App.NewClient().WithBearer(await App.ApiLoginAsync(await App.CreatePersonAsync(Roles.ProgrammeManager)));
        var kinds = new[] { "", "&kind=ETI", "&kind=END", "&kind=AT" };
        var queries = Enumerable.Range(0, 40)
            .Select(_ => $"asOf={new DateOnly(2024, 1, 1).AddDays(random.Next(0, 366)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}&sponsor={Uri.EscapeDataString(Sponsor)}{kinds[random.Next(kinds.Length)]}")
            .Concat(kinds.Select(kind => $"asOf=2024-12-31&sponsor={Uri.EscapeDataString(Sponsor)}{kind}"))
            .Distinct().ToList();
        var shown = new List<(string Query, double?[] Counts)>();
        foreach (var query in queries)
        {
            var dashboard = (await staff.GetFromJsonAsync<Dashboard>($"/api/v1/dashboards?{query}", Cancel))!;
            var row = Assert.Single(dashboard["parity-deployed"].Rows);
            shown.Add((query, new[] { 1, 3, 5, 7 }.Select(c => row[c].Hidden ? null : row[c].Number).ToArray()));
        }

        var leaks = new List<string>();
        foreach (var (query, counts) in shown)
        {
            leaks.AddRange(counts.Where(c => c is > 0 and < 5).Select(c => $"{query}: a shown group of {c}"));
        }
        for (var i = 0; i < shown.Count; i++)
        {
            for (var j = i + 1; j < shown.Count; j++)
            {
                for (var g = 0; g < 4; g++)
                {
                    if (shown[i].Counts[g] is { } a && shown[j].Counts[g] is { } b && Math.Abs(a - b) is > 0 and < 5)
                    {
                        leaks.Add($"{shown[i].Query} − {shown[j].Query}, column {g}: {Math.Abs(a - b)}");
                    }
                }
            }
        }

        Assert.True(shown.Count(s => s.Counts.Any(c => c > 0)) > 10, "The queries should show figures.");
        Assert.True(leaks.Count == 0, string.Join("\n", leaks.Take(20)));
    }
}
