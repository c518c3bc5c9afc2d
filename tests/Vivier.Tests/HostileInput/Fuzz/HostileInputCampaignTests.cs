using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Vivier.Core.Identity;
using Vivier.Testing;
using Vivier.Tests.Authorization;

namespace Vivier.Tests.HostileInput.Fuzz;

/// <summary>Vivier with its demo data (real missions, events, applications to aim at) and a recorder of every write.</summary>
public sealed class CampaignVivierApp : VivierApp
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Vivier:DemoData"] = "true" };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<WriteRecorder>();
            services.AddSingleton<IInterceptor>(provider => provider.GetRequiredService<WriteRecorder>());
        });
    }
}

/// <summary>
/// The hostile-input campaign: for every operation of the OpenAPI document and every role the
/// authorization matrix lets call it, generated bad input (nulls inside arrays, wrong types, huge
/// strings, extreme dates and numbers, Unicode edge cases, malformed JSON and multipart). No answer
/// may be a server error, none may take more than 5 seconds, and a refused request (4xx) may change
/// no data. Seeded (VIVIER_FUZZ_SEED, default 2024) and sized (VIVIER_FUZZ_REQUESTS, default 3,000):
/// a failure names the seed and the request's number, so it replays.
/// </summary>
public sealed partial class HostileInputCampaignTests(CampaignVivierApp app) : VivierTest(app), IClassFixture<CampaignVivierApp>
{
    private static readonly TimeSpan Slowest = TimeSpan.FromSeconds(5);

    /// <summary>The demo's accounts, one per role (demo accounts sign in without a second factor).</summary>
    private static readonly Dictionary<string, string> DemoAccounts = new()
    {
        [Roles.Admin] = "admin@vivier.test", [Roles.Recruiter] = "recruteur@vivier.test", [Roles.ProgrammeManager] = "suivi@vivier.test",
        [Roles.Sponsor] = "meae@vivier.test", [Roles.Partner] = "partenaire@vivier.test", [Roles.Expert] = "expert@vivier.test",
    };

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;

    [Fact]
    public async Task Every_operation_as_every_role_that_may_call_it_takes_hostile_input_without_a_server_error_a_slow_answer_or_a_change()
    {
        var (requests, seed) = (Setting("VIVIER_FUZZ_REQUESTS", 10_000), Setting("VIVIER_FUZZ_SEED", 2024));
        var cancel = TestContext.Current.CancellationToken;
        var clients = new Dictionary<string, HttpClient> { ["anonymous"] = App.NewClient() };
        foreach (var (role, email) in DemoAccounts)
        {
            using var login = await App.PostLoginAsync(email, Vivier.Core.Demo.DemoData.Password);
            clients[role] = App.NewClient().WithBearer((await login.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<BearerTokens>(cancel))!);
        }
        var operations = ApiOperations.Read(await clients["anonymous"].GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), cancel));
        var callers = Callers(operations);
        var values = new HostileValues(new Random(seed));
        var factory = new HostileRequests(operations, values, await RealValuesAsync());
        var recorder = App.Services.GetRequiredService<WriteRecorder>();

        var failures = new List<string>();
        // VIVIER_FUZZ_TRACE=<part of an operation> writes every request to it and its answer to the results file: how far the campaign gets in.
        var (trace, traced) = (Environment.GetEnvironmentVariable("VIVIER_FUZZ_TRACE"), new List<string>());
        var statuses = new SortedDictionary<int, int>();
        var coverage = new SortedDictionary<string, SortedDictionary<int, int>>(StringComparer.Ordinal);
        var times = new List<double>(requests);
        var total = Stopwatch.StartNew();
        for (var i = 0; i < requests; i++)
        {
            // Each operation in turn, as one of the identities that may call it: every operation gets its share.
            var (operation, roles) = callers[i % callers.Count];
            var role = values.Pick(roles);
            var tag = i.ToString(CultureInfo.InvariantCulture);
            using var request = factory.Make(operation, tag);
            var sent = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancel);
            var clock = Stopwatch.StartNew();
            using var response = await clients[role].SendAsync(request, cancel);
            var answer = await response.Content.ReadAsStringAsync(cancel);
            var took = clock.Elapsed;
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            var reached = coverage.TryGetValue(operation.ToString(), out var byStatus) ? byStatus : coverage[operation.ToString()] = [];
            reached[status] = reached.GetValueOrDefault(status) + 1;
            times.Add(took.TotalMilliseconds);
            var changed = status >= 400 ? recorder.ChangedBy(tag) : [];
            if (trace is not null && operation.ToString().Contains(trace, StringComparison.Ordinal))
            {
                traced.Add($"#{i} as {role}: {request.Method} {request.RequestUri} → {status}\n    sent: {Excerpt(sent)}\n    answer: {Excerpt(answer)}");
            }
            if (status >= 500 || took > Slowest || changed.Count > 0)
            {
                failures.Add($"#{i} as {role}: {request.Method} {request.RequestUri} → {status} in {took.TotalMilliseconds:F0} ms"
                    + (changed.Count > 0 ? $", changed {string.Join(", ", changed)}" : "")
                    + $"\n    sent: {Excerpt(sent)}\n    answer: {Excerpt(answer)}");
            }
        }
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        var summary = Summary(requests, seed, callers.Sum(c => c.Identities.Count), operations.All.Count, statuses, times, total.Elapsed, failures.Count);
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        Directory.CreateDirectory(Repository.PathOf("TestResults"));
        var byOperation = string.Join("\n", coverage.Select(c => $"{c.Key}: {string.Join(", ", c.Value.Select(s => $"{s.Key} × {s.Value}"))}"));
        await File.WriteAllTextAsync(Repository.PathOf("TestResults", $"hostile-input-{App.Database.Provider}.txt".ToLowerInvariant()),
            $"{summary}\nAnswers by operation:\n{byOperation}\n\nFailures:\n{string.Join("\n", failures)}\n\nTraced:\n{string.Join("\n", traced)}", cancel);
        Assert.True(failures.Count == 0, $"{summary}\n{string.Join("\n", failures.Take(30))}");
    }

    /// <summary>Each operation with the identities the matrix lets call it (its "ok" cells).</summary>
    private static List<(ApiOperation Operation, IReadOnlyList<string> Identities)> Callers(ApiOperations operations)
    {
        var allowed = AuthorizationMatrix.Read().ToDictionary(
            row => (row.Endpoint.Method, Constraint().Replace(row.Endpoint.Route, "{$1}")),
            row => (IReadOnlyList<string>)row.Expected.Where(e => e.Value == "ok").Select(e => e.Key).ToList());
        var callers = operations.All.Select(operation => (operation, allowed.GetValueOrDefault((operation.Method, operation.Template), []))).ToList();
        var unstated = callers.Where(c => c.Item2.Count == 0).Select(c => c.operation.ToString()).ToList();
        Assert.True(unstated.Count == 0, "The matrix names no caller for: " + string.Join(", ", unstated));
        return callers;
    }

    /// <summary>Identifiers that exist, by the path segment that precedes them, so that most requests reach their handler.</summary>
    private async Task<Dictionary<string, IReadOnlyList<string>>> RealValuesAsync()
    {
        await using var db = App.NewDb();
        static List<string> Some<T>(IEnumerable<T> values) => values.Select(v => v!.ToString()!).Take(300).ToList();
        return new Dictionary<string, IReadOnlyList<string>>
        {
            ["missions"] = Some(await db.Missions.OrderBy(m => m.Id).Select(m => m.Reference).ToListAsync()),
            ["events"] = Some(await db.Events.Select(e => e.Id).ToListAsync()),
            ["sessions"] = Some(await db.Sessions.OrderBy(s => s.Id).Select(s => s.Id).ToListAsync()),
            ["applications"] = Some(await db.Applications.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync()),
            ["deployments"] = Some(await db.Deployments.OrderBy(d => d.Id).Select(d => d.Id).ToListAsync()),
            ["meetings"] = Some(await db.Meetings.OrderBy(m => m.Id).Select(m => m.Id).ToListAsync()),
            ["files"] = Some(await db.StoredFiles.OrderBy(f => f.Id).Select(f => f.Id).ToListAsync()),
            ["candidates"] = Some(await db.CandidateProfiles.OrderBy(p => p.PersonId).Select(p => p.PersonId).ToListAsync()),
        };
    }

    private static string Summary(int requests, int seed, int pairs, int operations, SortedDictionary<int, int> statuses, List<double> times, TimeSpan elapsed, int failures)
    {
        times.Sort();
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Hostile-input campaign: {requests} requests, seed {seed}, {operations} operations, {pairs} operation × role pairs, {elapsed.TotalSeconds:F0} s.");
        text.AppendLine(CultureInfo.InvariantCulture, $"Statuses: {string.Join(", ", statuses.Select(s => $"{s.Key}: {s.Value}"))}.");
        text.AppendLine(CultureInfo.InvariantCulture, $"5xx: {statuses.Where(s => s.Key >= 500).Sum(s => s.Value)}; failures: {failures}.");
        text.AppendLine(CultureInfo.InvariantCulture, $"Answer time: median {times[times.Count / 2]:F0} ms, p99 {times[(int)(times.Count * 0.99)]:F0} ms, slowest {times[^1]:F0} ms.");
        return text.ToString();
    }

    private static string Excerpt(string text) => text.Length <= 300 ? text : text[..300] + "…";

    [GeneratedRegex(@"\{(\w+):[^}]+\}")]
    private static partial Regex Constraint();
}
