using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Vivier.Core.Identity;
using Vivier.Core.Recruitment;

namespace Vivier.Bench;

/// <summary>
/// The pages a day of use hits, on the scale data (<see cref="ScaleSizes.Day"/> unless told
/// otherwise), each as users load it: its saturation throughput from 32 connections, then its p50
/// and p99 paced at half that rate; beside it the same for the lean reference serving the same rows
/// (<see cref="LeanPages"/>) where it has one, and for a static file from Vivier (its HTTP stack alone).
///   dotnet run -c Release --project bench/Vivier.Bench -- day &lt;Sqlite|Postgres&gt; &lt;connection string or "auto"&gt; [seconds=5] [missions=… deployments=… applications=… candidates=… events=… seed=…] [only=home;feed]
/// ("only=" measures the pages named, separated by semicolons, and the static file: to re-measure a page that changed.)
/// </summary>
public static class DayBench
{
    private const int Connections = 32;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);
    private const string RecruiterEmail = "bench-day-recruiter@vivier.test";
    private const string CandidateEmail = "bench-day-candidate@vivier.test";
    private const string Password = "Bench-Day-2026!";

    public static async Task RunAsync(string[] args)
    {
        var target = BenchTarget.Parse([.. args.Take(2)]);
        var seconds = TimeSpan.FromSeconds(args.ElementAtOrDefault(2) is { } s && !s.Contains('=', StringComparison.Ordinal) ? int.Parse(s, CultureInfo.InvariantCulture) : 5);
        const string onlyPrefix = "only=";
        var only = args.FirstOrDefault(a => a.StartsWith(onlyPrefix, StringComparison.Ordinal))?[onlyPrefix.Length..].Split(';');
        var sizes = ScaleSizes.Day.With(args.Skip(2).Where(a => !a.StartsWith(onlyPrefix, StringComparison.Ordinal)));
        await ScaleData.EnsureAsync(target, sizes);
        var recruiterKey = await BenchStaff.EnsureAsync(target, RecruiterEmail, Password);
        var candidate = await CandidateAsync(target);
        string[] references;
        await using (var db = target.NewDb())
        {
            references = await db.Missions.AsNoTracking().Where(m => m.Reference.StartsWith("ETI-2000-")).OrderBy(m => m.Id).Select(m => m.Reference).Take(50).ToArrayAsync();
        }

        using var vivier = await BenchServer.StartAsync(target.Provider, target.ConnectionString);
        using var lean = await BenchServer.StartLeanAsync(target.Provider, target.ConnectionString);
        var recruiter = await SignedInAsync(vivier, RecruiterEmail, recruiterKey);
        var expert = await SignedInAsync(vivier, CandidateEmail, null);
        const string day = "2023-12-31";
        var pages = new (string Name, string[] Paths, string? Cookies, string[]? Lean)[]
        {
            ("home", ["/"], null, ["/home"]),
            ("board", ["/missions"], null, ["/missions"]),
            ("board, search", ["/missions?q=cybers%C3%A9curit%C3%A9"], null, ["/missions?q=cybers%C3%A9curit%C3%A9"]),
            ("board, continent and kind", ["/missions?continent=Africa&kind=ETI"], null, ["/missions?continent=Africa&kind=ETI"]),
            ("mission page", [.. references.Select(r => $"/missions/{r}")], null, [.. references.Select(r => $"/mission?ref={r}")]),
            ("feed", ["/missions/feed.atom"], null, ["/missions"]),
            ("sign-in form", ["/connexion"], null, null),
            ("candidate's applications", ["/candidatures"], expert, [$"/applications?person={candidate}"]),
            ("pipeline board, 1,000 applications", [$"/gestion/missions/{PipelineGenerator.BigMission}/candidatures"], recruiter, [$"/pipeline?ref={PipelineGenerator.BigMission}"]),
            ("roster at a date", [$"/roster?asOf={day}"], recruiter, [$"/roster?asOf={day}"]),
            ("dashboards", [$"/dashboards?asOf={day}"], recruiter, null),
        };
        if (only is not null)
        {
            pages = [.. pages.Where(p => only.Contains(p.Name))];
        }
        Console.WriteLine($"{target.Provider}, {sizes}: req/s at saturation from {Connections} connections, then p50 / p99 paced at half of it, {seconds.TotalSeconds:F0} s each");
        // Every page once on both servers before any figure: until the whole server has been compiled
        // to its final tier, the JIT takes a share of the CPU from whichever page is measured first.
        foreach (var (name, paths, cookies, leanPaths) in pages)
        {
            var warm = await LoadRun.SaturateAsync(name, vivier.BaseAddress, paths, Connections, WarmUp, cookies);
            var leanWarm = leanPaths is null ? null : await LoadRun.SaturateAsync(name, lean.BaseAddress, leanPaths, Connections, WarmUp);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm-up, {name}: {warm.PerSecond:F0} req/s ({warm.Failures} failures); lean {leanWarm?.PerSecond:F0} req/s ({leanWarm?.Failures} failures)"));
        }
        var file = await MeasureAsync(vivier, "static file", ["/css/vivier.css"], null, seconds);
        foreach (var (name, paths, cookies, leanPaths) in pages)
        {
            var page = await MeasureAsync(vivier, name, paths, cookies, seconds);
            var reference = leanPaths is null ? null : await MeasureAsync(lean, $"lean {name}", leanPaths, null, seconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {page.Saturated.PerSecond:N0} | {page.Paced.P50Ms:F1} | {page.Paced.P99Ms:F1} | {(reference is null ? "–" : $"{reference.Saturated.PerSecond:N0}")} | {(reference is null ? "–" : $"{reference.Paced.P99Ms:F1}")} | {(reference is null ? "–" : $"{page.Saturated.PerSecond / reference.Saturated.PerSecond:P0}")} | {page.Saturated.PerSecond / file.Saturated.PerSecond:P1} |"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| static file | {file.Saturated.PerSecond:N0} | {file.Paced.P50Ms:F1} | {file.Paced.P99Ms:F1} | | | | |"));
    }

    private sealed record Measure(LoadResult Saturated, LoadResult Paced);

    private static async Task<Measure> MeasureAsync(BenchServer server, string name, string[] paths, string? cookies, TimeSpan seconds)
    {
        var saturated = await LoadRun.SaturateAsync(name, server.BaseAddress, paths, Connections, seconds, cookies);
        if (saturated.Failures > 0 || saturated.Requests == 0)
        {
            throw new InvalidOperationException($"{name} answered other than 200 OK ({saturated.Failures} times): the figures would not be the page's.");
        }
        var paced = await LoadRun.PaceAsync(name, server.BaseAddress, paths, Connections, seconds, saturated.PerSecond / 2, cookies);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {saturated.PerSecond:F0} req/s ({saturated.Failures} failures); at {saturated.PerSecond / 2:F0} req/s p50 {paced.P50Ms:F1} ms, p99 {paced.P99Ms:F1} ms ({paced.Failures} failures)"));
        if (saturated.Failures + paced.Failures > 0)
        {
            throw new InvalidOperationException($"{name} answered other than 200 OK: the figures would not be the page's.");
        }
        return new Measure(saturated, paced);
    }

    /// <summary>The Cookie header of a session signed in through the pages.</summary>
    private static async Task<string> SignedInAsync(BenchServer server, string email, string? key)
    {
        using var jar = new CookieJar();
        using var client = new HttpClient(jar, disposeHandler: false) { BaseAddress = server.BaseAddress };
        await BenchStaff.SignInAsync(client, email, Password, key);
        return jar.Header;
    }

    /// <summary>A candidate with a password and twelve applications, sent to the newest missions at various stages; their id.</summary>
    private static async Task<Guid> CandidateAsync(BenchTarget target)
    {
        await using var db = target.NewDb();
        if (await db.Users.Where(p => p.Email == CandidateEmail).Select(p => (Guid?)p.Id).SingleOrDefaultAsync() is { } existing)
        {
            return existing;
        }
        var now = DateTime.UtcNow;
        var person = new Person
        {
            UserName = CandidateEmail, NormalizedUserName = CandidateEmail.ToUpperInvariant(), Email = CandidateEmail, NormalizedEmail = CandidateEmail.ToUpperInvariant(),
            EmailConfirmed = true, SecurityStamp = Guid.NewGuid().ToString("N"), GivenName = "Camille", FamilyName = "Candidate", CreatedAt = now, LockoutEnabled = true,
        };
        person.PasswordHash = new PasswordHasher<Person>().HashPassword(person, Password);
        db.Users.Add(person);
        db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = person.Id, RoleId = await db.Roles.Where(r => r.Name == Roles.Expert).Select(r => r.Id).SingleAsync() });
        var missions = await db.Missions.AsNoTracking().OrderByDescending(m => m.PublishedAt).Select(m => m.Id).Take(12).ToListAsync();
        string[] stages = [PipelineStage.Received, "screening", "shortlisted", PipelineStage.Rejected];
        foreach (var (mission, i) in missions.Select((m, i) => (m, i)))
        {
            var at = now.AddDays(-i);
            var application = new JobApplication
            {
                MissionId = mission, PersonId = person.Id, CreatedAt = at, UpdatedAt = at, SubmittedAt = at, CoverLetter = "Lettre de motivation.", ProfileSnapshot = "{}",
            };
            application.Enter(DefaultPipeline.ByKey[stages[i % stages.Length]], DefaultPipeline.ByKey);
            db.Applications.Add(application);
            db.ApplicationEvents.Add(new ApplicationEvent { ApplicationId = application.Id, At = at, ActorId = person.Id, ToStage = PipelineStage.Received, VisibleToCandidate = true });
        }
        await db.SaveChangesAsync();
        return person.Id;
    }
}
