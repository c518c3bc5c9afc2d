using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Vivier.Core;
using Vivier.Core.Database;
using Vivier.Core.Events;
using Vivier.Core.Identity;
using Vivier.Core.Missions;

namespace Vivier.Bench;

/// <summary>
/// The rush on a workshop: 2,000 distinct registered people ask for a seat in a 30-seat session at
/// once, from 200 concurrent connections (rate limits off), through POST
/// /api/v1/sessions/{id}/enrollments; on PostgreSQL the requests alternate between two app
/// instances on the same database. Checked after each round: exactly 30 enrolled and 1,970
/// waitlisted, tickets 1…2,000 without gap, the first 30 seated, and every waitlisted answer's
/// position equal to its ticket minus 30 — which holds only if the enrolments committed in
/// ticket order. The ceiling, in the same run: the same 2,000 people reading the session
/// (GET /api/v1/sessions/{id}, same sign-in and HTTP stack) from the same connections.
///   dotnet run -c Release --project bench/Vivier.Bench -- rush &lt;Sqlite|Postgres&gt; &lt;connection string or "auto"&gt; [people=2000]
/// </summary>
public static class RushBench
{
    private const int Seats = 30;
    private const int Connections = 200;
    private const int Rounds = 3;
    private const string Password = "Bench-Rush-2026!";

    public static async Task RunAsync(string[] args)
    {
        var target = BenchTarget.Parse(args, 2000, 2000);
        var people = target.Count;
        Guid eventId;
        await using (var db = target.NewDb())
        {
            await db.Database.MigrateAsync();
            await Vivier.Core.ReferenceData.ReferenceDataSync.SyncAsync(db);
            eventId = await FillAsync(db, people);
        }
        var instances = new List<BenchServer> { await BenchServer.StartAsync(target.Provider, target.ConnectionString) };
        if (target.Provider == DatabaseProvider.Postgres)
        {
            instances.Add(await BenchServer.StartAsync(target.Provider, target.ConnectionString));
        }
        try
        {
            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = Connections, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
            using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
            var watch = Stopwatch.StartNew();
            var tokens = await SignInAsync(client, instances, people);
            Console.WriteLine($"{people:N0} people signed in through the API in {watch.Elapsed.TotalSeconds:F1} s");

            // Warm-up, not measured: both instances compile the enrolment's path and fill their pools.
            await using (var db = target.NewDb())
            {
                var warmUp = await AddSessionAsync(db, eventId);
                await DriveAsync(client, instances, tokens[..Math.Min(400, people)], HttpMethod.Post, $"api/v1/sessions/{warmUp}/enrollments");
            }
            var results = new List<(RushResult Ceiling, RushResult Rush)>();
            for (var round = 1; round <= Rounds; round++)
            {
                Guid session;
                await using (var db = target.NewDb())
                {
                    session = await AddSessionAsync(db, eventId);
                }
                var ceiling = await DriveAsync(client, instances, tokens, HttpMethod.Get, $"api/v1/sessions/{session}");
                var rush = await DriveAsync(client, instances, tokens, HttpMethod.Post, $"api/v1/sessions/{session}/enrollments");
                await using (var db = target.NewDb())
                {
                    await CheckAsync(db, session, people, rush);
                }
                results.Add((ceiling, rush));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{target.Provider} round {round}: ceiling {ceiling.PerSecond:F0} req/s p99 {ceiling.P99Ms:F1} ms; rush {rush.PerSecond:F0} req/s p50 {rush.P50Ms:F1} ms p99 {rush.P99Ms:F1} ms, {rush.Failures} failures; ratio {rush.PerSecond / ceiling.PerSecond:P0}; 30 enrolled, {people - Seats:N0} waitlisted in commit order"));
            }
            var median = results.OrderBy(r => r.Rush.P99Ms).ElementAt(Rounds / 2);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"median round ({target.Provider}, {instances.Count} instance(s), {people:N0} people, {Connections} connections): rush p99 {median.Rush.P99Ms:F1} ms, {median.Rush.PerSecond:F0} req/s against a ceiling of {median.Ceiling.PerSecond:F0} req/s ({median.Rush.PerSecond / median.Ceiling.PerSecond:P0})"));
        }
        finally
        {
            foreach (var instance in instances)
            {
                instance.Dispose();
            }
        }
    }

    /// <summary>An event with the people registered and confirmed, each with an account that signs in with a password.</summary>
    private static async Task<Guid> FillAsync(VivierDb db, int people)
    {
        const string title = "Bench: la ruée sur un atelier";
        if (await db.Events.Where(e => e.Title == title).Select(e => (Guid?)e.Id).SingleOrDefaultAsync() is { } filled)
        {
            return filled;
        }
        var now = DateTime.UtcNow;
        var start = ParisTime.Today(now).AddDays(30);
        var e = new Event
        {
            Title = title, StartDate = start, EndDate = start.AddDays(60), Venue = "Loopback", RegistrationOpensAt = now.AddDays(-1),
            RegistrationClosesAt = Event.StartsAt(start), CreatedAt = now,
        };
        db.Events.Add(e);
        var hash = new PasswordHasher<Person>().HashPassword(null!, Password);
        var expert = await db.Roles.Where(r => r.Name == Roles.Expert).Select(r => r.Id).SingleAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = 0; i < people; i++)
        {
            var email = Email(i);
            var person = new Person
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(), EmailConfirmed = true,
                PasswordHash = hash, SecurityStamp = Guid.NewGuid().ToString("N"), GivenName = "Rush", FamilyName = i.ToString(CultureInfo.InvariantCulture), CreatedAt = now,
            };
            db.Users.Add(person);
            db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = person.Id, RoleId = expert });
            db.Registrations.Add(new Registration { EventId = e.Id, PersonId = person.Id, ParticipantType = ParticipantType.Expert, Status = RegistrationStatus.Confirmed, RegisteredAt = now });
        }
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync();
        return e.Id;
    }

    private static string Email(int i) => string.Create(CultureInfo.InvariantCulture, $"rush{i:D5}@bench.vivier.test");

    /// <summary>A 30-seat workshop on a day of its own, so that no one's earlier seat clashes.</summary>
    private static async Task<Guid> AddSessionAsync(VivierDb db, Guid eventId)
    {
        var e = await db.Events.SingleAsync(x => x.Id == eventId);
        // Each session on a day of its own: the same people hold seats from the earlier rounds and runs.
        var earlier = await db.Sessions.CountAsync(s => s.EventId == eventId);
        var day = e.StartDate.AddDays(earlier).ToDateTime(new TimeOnly(14, 0));
        var session = new Session
        {
            EventId = eventId, Title = $"Atelier très demandé {earlier + 1}", Room = "Salle 1", Type = SessionType.Workshop, Capacity = Seats,
            Start = TimeZoneInfo.ConvertTimeToUtc(day, ParisTime.Zone), End = TimeZoneInfo.ConvertTimeToUtc(day.AddHours(2), ParisTime.Zone),
        };
        db.Sessions.Add(session);
        await db.SaveChangesAsync();
        return session.Id;
    }

    private static async Task<string[]> SignInAsync(HttpClient client, List<BenchServer> instances, int people)
    {
        var tokens = new string[people];
        await Parallel.ForEachAsync(Enumerable.Range(0, people), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            using var response = await client.PostAsJsonAsync(new Uri(instances[i % instances.Count].BaseAddress, "api/v1/auth/login"),
                new { email = Email(i), password = Password }, ct);
            response.EnsureSuccessStatusCode();
            tokens[i] = (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("accessToken").GetString()!;
        });
        return tokens;
    }

    private sealed record RushResult(double PerSecond, double P50Ms, double P99Ms, int Failures, ConcurrentDictionary<int, JsonElement> Answers);

    /// <summary>Every person once, 200 requests in flight; person i goes to instance i mod n.</summary>
    private static async Task<RushResult> DriveAsync(HttpClient client, List<BenchServer> instances, string[] tokens, HttpMethod method, string path)
    {
        var latencies = new ConcurrentBag<double>();
        var answers = new ConcurrentDictionary<int, JsonElement>();
        var failures = 0;
        var next = -1;
        var total = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, Connections).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < tokens.Length; i = Interlocked.Increment(ref next))
            {
                using var request = new HttpRequestMessage(method, new Uri(instances[i % instances.Count].BaseAddress, path));
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[i]);
                var started = Stopwatch.GetTimestamp();
                using var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                    continue;
                }
                answers[i] = JsonDocument.Parse(body).RootElement.Clone();
            }
        });
        await Task.WhenAll(workers);
        var sorted = latencies.Order().ToList();
        double Percentile(double p) => sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
        return new RushResult(tokens.Length / total.Elapsed.TotalSeconds, Percentile(0.5), Percentile(0.99), failures, answers);
    }

    /// <summary>Fails the run unless the session holds exactly its seats and the waitlist is in commit order.</summary>
    private static async Task CheckAsync(VivierDb db, Guid session, int people, RushResult rush)
    {
        var stored = await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == session);
        var rows = await db.Enrolments.AsNoTracking().Where(e => e.SessionId == session).OrderBy(e => e.Ticket).ToListAsync();
        var tickets = rows.ToDictionary(r => r.PersonId, r => r.Ticket);
        var emails = await db.Users.Where(p => p.Email!.StartsWith("rush")).ToDictionaryAsync(p => p.Email!, p => p.Id);
        var problems = new List<string>();
        if (rush.Failures > 0)
        {
            problems.Add($"{rush.Failures} requests failed");
        }
        if (stored.Enrolled != Seats || rows.Count(r => r.Status == EnrolmentStatus.Enrolled) != Seats)
        {
            problems.Add($"{stored.Enrolled} enrolled by the counter, {rows.Count(r => r.Status == EnrolmentStatus.Enrolled)} by the rows");
        }
        if (rows.Count != people || !rows.Select(r => r.Ticket).SequenceEqual(Enumerable.Range(1, people).Select(i => (long)i)))
        {
            problems.Add("tickets are not 1…N without gap");
        }
        if (rows.Take(Seats).Any(r => r.Status != EnrolmentStatus.Enrolled) || rows.Skip(Seats).Any(r => r.Status != EnrolmentStatus.Waitlisted))
        {
            problems.Add("the seats are not the first tickets");
        }
        foreach (var (i, answer) in rush.Answers)
        {
            var ticket = tickets[emails[Email(i)]];
            var waitlisted = answer.GetProperty("status").GetString() == "waitlisted";
            if (waitlisted != ticket > Seats || (waitlisted && answer.GetProperty("waitlistPosition").GetInt32() != ticket - Seats))
            {
                problems.Add($"person {i}: answered {answer}, ticket {ticket}");
                break;
            }
        }
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join("; ", problems));
        }
    }
}
