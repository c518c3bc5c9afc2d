using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vivier.Core;
using Vivier.Core.Database;
using Vivier.Core.Events;
using Vivier.Core.Identity;
using Vivier.Core.Missions;
using Vivier.Web.Features.Events.OnSite;

namespace Vivier.Bench;

/// <summary>
/// The check-in desk on the day: 2,000 confirmed participants' badges, their codes signed with the
/// application's own data-protection keys (read from the database, as every instance does).
/// One desk: one connection scans every badge, then every badge again a few places later in the
/// queue (2 × N scans, one after the other, as a USB scanner sends them); checked: N arrivals, N
/// "already". The ceiling, in the same run: the same connection reading GET /api/v1/events/{id}.
/// Then eight desks at once, every badge scanned at two of them at the same moment at one session
/// door: checked, exactly N arrivals there.
///   dotnet run -c Release --project bench/Vivier.Bench -- checkin &lt;Sqlite|Postgres&gt; &lt;connection string or "auto"&gt; [people=2000]
/// </summary>
public static class CheckInBench
{
    private const string StaffEmail = "desk@bench.vivier.test";
    private const string StaffPassword = "Bench-Desk-2026!";
    private const int Desks = 8;

    public static async Task RunAsync(string[] args)
    {
        var target = BenchTarget.Parse(args, 2000, 2000);
        Guid eventId, door;
        List<Guid> people;
        string key;
        await using (var db = target.NewDb())
        {
            await db.Database.MigrateAsync();
            await Vivier.Core.ReferenceData.ReferenceDataSync.SyncAsync(db);
            (eventId, door, people) = await FillAsync(db, target.Count);
            key = await BenchStaff.KeyOfAsync(db, StaffEmail) ?? await CreateStaffAsync(db);
        }
        var tokens = Tokens(target);
        var codes = people.Select(p => tokens.For(eventId, p)).ToList();
        using var server = await BenchServer.StartAsync(target.Provider, target.ConnectionString);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = Desks, AllowAutoRedirect = false, UseCookies = true, CookieContainer = new System.Net.CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        await BenchStaff.SignInAsync(client, StaffEmail, StaffPassword, key);
        // Warm-up, not counted: a few scans at a place of their own, and reads.
        for (var i = 0; i < 50; i++)
        {
            await ScanAsync(client, eventId, codes[i], Guid.Empty);
            (await client.GetAsync(new Uri($"api/v1/events/{eventId}", UriKind.Relative))).Dispose();
        }

        // One desk: each badge, then each again five places later.
        var queue = codes.Select((c, i) => (Code: c, At: i * 2)).Concat(codes.Select((c, i) => (Code: c, At: i * 2 + 5))).OrderBy(x => x.At).Select(x => x.Code).ToList();
        var latencies = new List<double>();
        var outcomes = new ConcurrentDictionary<string, int>();
        var watch = Stopwatch.StartNew();
        foreach (var code in queue)
        {
            var started = Stopwatch.GetTimestamp();
            var outcome = await ScanAsync(client, eventId, code, null);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            outcomes.AddOrUpdate(outcome, 1, (_, n) => n + 1);
        }
        var desk = queue.Count / watch.Elapsed.TotalSeconds;
        watch.Restart();
        foreach (var _ in queue)
        {
            (await client.GetAsync(new Uri($"api/v1/events/{eventId}", UriKind.Relative))).Dispose();
        }
        var ceiling = queue.Count / watch.Elapsed.TotalSeconds;
        latencies.Sort();

        // Eight desks at the same door, every badge at two of them at once.
        var pairs = codes.SelectMany(c => new[] { c, c }).ToList();
        var next = -1;
        var together = new ConcurrentDictionary<string, int>();
        watch.Restart();
        await Task.WhenAll(Enumerable.Range(0, Desks).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < pairs.Count; i = Interlocked.Increment(ref next))
            {
                together.AddOrUpdate(await ScanAsync(client, eventId, pairs[i], door), 1, (_, n) => n + 1);
            }
        }));
        var parallel = pairs.Count / watch.Elapsed.TotalSeconds;

        await using (var db = target.NewDb())
        {
            var atDesk = await db.CheckIns.CountAsync(c => c.EventId == eventId && c.Place == eventId);
            var atDoor = await db.CheckIns.CountAsync(c => c.EventId == eventId && c.Place == door);
            if (atDesk != people.Count || atDoor != people.Count || outcomes.GetValueOrDefault(CheckingIn.CheckedIn) != people.Count
                || outcomes.GetValueOrDefault(CheckingIn.Already) != people.Count || together.GetValueOrDefault(CheckingIn.CheckedIn) != people.Count)
            {
                throw new InvalidOperationException($"Counts: desk {atDesk}, door {atDoor}, outcomes {string.Join(", ", outcomes)}, together {string.Join(", ", together)}");
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{target.Provider}, {people.Count:N0} badges: one desk {desk:F0} scans/s (p50 {latencies[latencies.Count / 2]:F1} ms, p99 {latencies[(int)(latencies.Count * 0.99)]:F1} ms) against a ceiling of {ceiling:F0} req/s on the same connection ({desk / ceiling:P0}); {people.Count:N0} arrivals and {people.Count:N0} 'already'"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{target.Provider}: {Desks} desks, each badge at two at once: {parallel:F0} scans/s, exactly {people.Count:N0} arrivals at the door"));
    }

    private static async Task<string> ScanAsync(HttpClient client, Guid eventId, string code, Guid? place)
    {
        using var response = await client.PostAsJsonAsync(new Uri($"api/v1/events/{eventId}/check-ins", UriKind.Relative),
            new { code, place = place == Guid.Empty ? (Guid?)Guid.NewGuid() : place });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("outcome").GetString()!;
    }

    /// <summary>The application's own badge codes: its data-protection keys, read from the database under its application name.</summary>
    private static BadgeTokens Tokens(BenchTarget target)
    {
        var services = new ServiceCollection();
        services.AddDbContext<VivierDb>(o => o.UseVivierDatabase(target.Provider, target.ConnectionString));
        services.AddDataProtection().PersistKeysToDbContext<VivierDb>().SetApplicationName("Vivier");
        return new BadgeTokens(services.BuildServiceProvider().GetRequiredService<IDataProtectionProvider>());
    }

    private static async Task<string> CreateStaffAsync(VivierDb db)
    {
        var (_, key) = await BenchStaff.CreateAsync(db, StaffEmail, StaffPassword, DateTime.UtcNow);
        await db.SaveChangesAsync();
        return key;
    }

    /// <summary>An event with its people confirmed and a session door; a fresh one at each run, so that nobody has arrived yet.</summary>
    private static async Task<(Guid Event, Guid Door, List<Guid> People)> FillAsync(VivierDb db, int count)
    {
        var now = DateTime.UtcNow;
        var start = ParisTime.Today(now).AddDays(30);
        var e = new Event
        {
            Title = $"Bench: l'accueil {now:HHmmss}", StartDate = start, EndDate = start, Venue = "Loopback", RegistrationOpensAt = now.AddDays(-1),
            RegistrationClosesAt = Event.StartsAt(start), CreatedAt = now,
        };
        db.Events.Add(e);
        var session = new Session
        {
            EventId = e.Id, Title = "Plénière", Room = "Amphithéâtre", Type = SessionType.Plenary, Capacity = count,
            Start = ParisTime.At(start, 9), End = ParisTime.At(start, 11),
        };
        db.Sessions.Add(session);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var people = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var email = string.Create(CultureInfo.InvariantCulture, $"badge{now:HHmmss}-{i:D5}@bench.vivier.test");
            var person = new Person
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(), EmailConfirmed = true,
                SecurityStamp = Guid.NewGuid().ToString("N"), GivenName = "Badge", FamilyName = i.ToString(CultureInfo.InvariantCulture), CreatedAt = now,
            };
            db.Users.Add(person);
            db.Registrations.Add(new Registration { EventId = e.Id, PersonId = person.Id, ParticipantType = ParticipantType.Expert, Status = RegistrationStatus.Confirmed, RegisteredAt = now });
            people.Add(person.Id);
        }
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync();
        return (e.Id, session.Id, people);
    }
}
