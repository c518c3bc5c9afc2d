using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Vivier.Core.Candidates;
using Vivier.Core.Database;
using Vivier.Core.Matching;
using Vivier.Core.Missions;

namespace Vivier.Bench;

/// <summary>
/// Matching at the pool's scale: a mission's suggestions from a talent pool of N people (API and the
/// suggestions page), and the open missions for a person among 50,000 (API and /missions-pour-vous),
/// each against the plainest 20-row read of the same server (GET /api/v1/missions?sort=recent, an
/// indexed query): p50 and p95 of sequential requests from one signed-in client, three rounds, the
/// median kept. Also the pool's first load and the server's resident memory before and after it.
///   dotnet run -c Release --project bench/Vivier.Bench -- matching &lt;Sqlite|Postgres&gt; &lt;connection string or "auto"&gt; [pool] [missions=50000]
/// </summary>
public static class MatchingBench
{
    private const string Email = "bench-matching@vivier.test";
    private const string Password = "Bench-Matching-2026!";
    private const int Sought = 10;

    public static async Task RunAsync(string[] args)
    {
        var target = BenchTarget.Parse(args, postgresCount: 1_000_000, sqliteCount: 100_000);
        var (provider, connectionString, poolSize) = target;
        var missions = int.Parse(args.ElementAtOrDefault(3) ?? "50000", CultureInfo.InvariantCulture);
        await ScaleData.EnsureAsync(target, new ScaleSizes(missions, 0, 0, 0, 0));
        var references = await PrepareAsync(target, poolSize);
        var key = await BenchStaff.EnsureAsync(target, Email, Password);
        await ProfileAsync(target);

        using var server = await BenchServer.StartAsync(provider, connectionString);
        using var handler = new CookieJar();
        using var client = new HttpClient(handler) { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromMinutes(10) };
        await BenchStaff.SignInAsync(client, Email, Password, key);
        var before = server.ResidentBytes;
        var first = Stopwatch.StartNew();
        using (var warm = await client.GetAsync(new Uri($"api/v1/missions/{references[0]}/matches?scope=pool", UriKind.Relative)))
        {
            warm.EnsureSuccessStatusCode();
        }
        first.Stop();
        GC.KeepAlive(first);
        var after = server.ResidentBytes;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{provider}: pool of {poolSize:N0} loaded by the first suggestions in {first.Elapsed.TotalSeconds:F1} s; resident memory {before / 1e6:F0} MB before, {after / 1e6:F0} MB after = {(after - before) / (double)poolSize:F0} bytes per profile"));

        var phases = new (string Name, string[] Paths)[]
        {
            ("reference: 20 missions, indexed", ["api/v1/missions?sort=recent", "api/v1/missions?sort=recent&page=2", "api/v1/missions?sort=recent&page=3"]),
            ("suggestions API (pool)", [.. references.Select(r => $"api/v1/missions/{r}/matches?scope=pool")]),
            ("suggestions page", [.. references.Select(r => $"gestion/missions/{r}/suggestions")]),
            ("missions for the person API", ["api/v1/me/matches"]),
            ("missions for the person page", ["missions-pour-vous"]),
            ("similar missions API", [.. references.Select(r => $"api/v1/missions/{r}/similar")]),
        };
        var medians = phases.ToDictionary(p => p.Name, _ => new List<double>());
        for (var round = 1; round <= 3; round++)
        {
            foreach (var (name, paths) in phases)
            {
                var (p50, p95, max) = await SequentialRun.MeasureAsync(client, paths, 100);
                medians[name].Add(p50);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{provider} round {round} {name}: p50 {p50:F1} ms, p95 {p95:F1} ms, max {max:F1} ms"));
            }
        }
        var reference = medians[phases[0].Name].Order().ElementAt(1);
        foreach (var (name, _) in phases.Skip(1))
        {
            var median = medians[name].Order().ElementAt(1);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{provider} median of rounds, pool {poolSize:N0}, {missions:N0} missions: {name} p50 {median:F1} ms = {median / reference:F1} × the reference ({reference:F1} ms)"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{provider}: resident memory after the rounds {server.ResidentBytes / 1e6:F0} MB"));
    }

    /// <summary>The pool (once), and requirements on the first missions: skills from the pool's vocabulary, years, the country.</summary>
    private static async Task<List<string>> PrepareAsync(BenchTarget target, int poolSize)
    {
        await using var db = target.NewDb();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        if (!await db.Users.AnyAsync(u => u.Email == $"{PoolGenerator.EmailPrefix}0000000@vivier.test"))
        {
            var watch = Stopwatch.StartNew();
            await PoolGenerator.FillAsync(db, poolSize, DateTime.UtcNow, new Random(2026 * 31 + 6));
            await db.Database.ExecuteSqlRawAsync(target.Provider == DatabaseProvider.Postgres ? "VACUUM ANALYZE" : "ANALYZE");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated a pool of {poolSize:N0} in {watch.Elapsed.TotalSeconds:F0} s"));
        }
        var sought = await db.Missions.OrderBy(m => m.Id).Take(Sought).ToListAsync();
        var random = new Random(7);
        foreach (var mission in sought)
        {
            var skills = PoolGenerator.Skills.OrderBy(_ => random.Next()).Take(4).ToList();
            mission.Skills = [.. skills.Take(2).Select(s => new SoughtSkill { Name = s, Required = true }), .. skills.Skip(2).Select(s => new SoughtSkill { Name = s, Required = false })];
            (mission.MinYearsOfExperience, mission.ValuedCountryCodes) = (8, [mission.CountryCode]);
            mission.Revised();
        }
        await db.SaveChangesAsync();
        return sought.ConvertAll(m => m.Reference);
    }

    /// <summary>The bench account's own profile, so that it has missions of its own.</summary>
    private static async Task ProfileAsync(BenchTarget target)
    {
        await using var db = target.NewDb();
        var id = await db.Users.Where(u => u.Email == Email).Select(u => u.Id).SingleAsync();
        if (await db.CandidateProfiles.AnyAsync(p => p.PersonId == id))
        {
            return;
        }
        db.CandidateProfiles.Add(new CandidateProfile
        {
            PersonId = id, UpdatedAt = DateTime.UtcNow, Nationalities = ["FR"], ThemeCodes = ["public-finance"], SectorCodes = ["15111"],
            Skills = ["finances publiques", "budget de programmes"], YearsOfExperience = 12,
            Languages = [new LanguageSkill { Code = "fr", MotherTongue = true }, new LanguageSkill { Code = "en", Listening = CefrLevel.C1, Reading = CefrLevel.C1, SpokenInteraction = CefrLevel.B2, SpokenProduction = CefrLevel.B2, Writing = CefrLevel.C1 }],
            CountriesWorked = [new CountryExperience { CountryCode = "SN", Years = 3 }],
        });
        await db.SaveChangesAsync();
    }
}
