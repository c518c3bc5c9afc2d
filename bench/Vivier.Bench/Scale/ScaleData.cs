using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Vivier.Core;
using Vivier.Core.Database;
using Vivier.Core.Identity;

namespace Vivier.Bench;

/// <summary>
/// How much of each kind of data a benchmark wants. <see cref="Day"/> is the scale the programme
/// plans for; a part of size 0 is not generated. Parsed from "name=value" arguments
/// (missions=, deployments=, applications=, candidates=, events=, pipeline=, seed=) over a default.
/// </summary>
public sealed record ScaleSizes(int Missions, int Deployments, int Applications, int Candidates, int Events, int PipelineApplications = 0, int Seed = 2026)
{
    public static readonly ScaleSizes Day = new(50_000, 100_000, 1_000_000, 100_000, 24, 1_000);

    public ScaleSizes With(IEnumerable<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var sizes = this;
        foreach (var (name, value) in args.Select(a => a.Split('=', 2)).Where(p => p.Length == 2).Select(p => (p[0], int.Parse(p[1], CultureInfo.InvariantCulture))))
        {
            sizes = name switch
            {
                "missions" => sizes with { Missions = value },
                "deployments" => sizes with { Deployments = value },
                "applications" => sizes with { Applications = value },
                "candidates" => sizes with { Candidates = value },
                "events" => sizes with { Events = value },
                "pipeline" => sizes with { PipelineApplications = value },
                "seed" => sizes with { Seed = value },
                _ => throw new ArgumentException($"Unknown size {name}: missions, deployments, applications, candidates, events, pipeline or seed."),
            };
        }
        return sizes;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Missions:N0} missions, {Deployments:N0} deployments, {Applications:N0} applications, {Candidates:N0} candidates with profiles, {Events} events, seed {Seed}");
}

/// <summary>
/// The one generator behind every benchmark's data: the schema and reference data, then each part
/// the sizes ask for, in an order where later parts draw on earlier ones (applications go to the
/// missions, events' participants are the candidates). Each part has its own random stream from the
/// seed, so a part's content does not depend on the sizes of the others; a part already in the
/// database is kept (a second run reuses the first's data). Later modules add their part here.
/// </summary>
public static class ScaleData
{
    /// <summary>The ministries funding missions and deployments.</summary>
    public static readonly string[] Sponsors = ["MEAE", "DG Trésor"];

    public static async Task EnsureAsync(BenchTarget target, ScaleSizes sizes)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(sizes);
        var watch = Stopwatch.StartNew();
        var now = DateTime.UtcNow.Date.AddHours(6);
        Random Part(int part) => new(sizes.Seed * 31 + part);
        await using var db = target.NewDb();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        await db.Database.MigrateAsync();
        await Vivier.Core.ReferenceData.ReferenceDataSync.SyncAsync(db);
        await Vivier.Core.Recruitment.DefaultPipeline.EnsureAsync(db);
        await Vivier.Core.Deployments.DefaultChecklist.EnsureAsync(db);
        var sponsors = await SponsorsAsync(db);
        var generated = false;
        async Task StepAsync(string what, int size, Func<Task<bool>> present, Func<Task> fill)
        {
            if (size > 0 && !await present())
            {
                var step = Stopwatch.StartNew();
                await fill();
                db.ChangeTracker.Clear();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated {size:N0} {what} in {step.Elapsed.TotalSeconds:F0} s"));
                generated = true;
            }
        }
        await StepAsync("missions", sizes.Missions, () => db.Missions.AnyAsync(), () => MissionGenerator.FillAsync(db, sizes.Missions, now, Part(1)));
        await StepAsync("deployments", sizes.Deployments, () => db.Deployments.AnyAsync(), () => RosterGenerator.FillAsync(db, sizes.Deployments, now, Part(2), sponsors));
        await StepAsync("applications", sizes.Applications, () => db.Applications.AnyAsync(),
            () => RecruitmentGenerator.FillAsync(db, sizes.Applications, sizes.Candidates, now, Part(3)));
        await StepAsync("events", sizes.Events, () => db.Events.AnyAsync(), () => EventGenerator.FillAsync(db, sizes.Events, now, Part(4)));
        await StepAsync("applications to the pipeline's mission", sizes.PipelineApplications, () => db.Missions.AnyAsync(m => m.Reference == PipelineGenerator.BigMission),
            () => PipelineGenerator.FillAsync(db, sizes.PipelineApplications, now, Part(5)));
        if (generated)
        {
            // Statistics for the planner, as a production database has them.
            await db.Database.ExecuteSqlRawAsync(target.Provider == DatabaseProvider.Postgres ? "VACUUM ANALYZE" : "ANALYZE");
            Console.WriteLine($"{target.Provider}: {sizes} ready in {watch.Elapsed.TotalSeconds:F0} s");
        }
    }

    private static async Task<List<Guid>> SponsorsAsync(VivierDb db)
    {
        var existing = await db.Organisations.Where(o => Sponsors.Contains(o.ShortName)).ToDictionaryAsync(o => o.ShortName, o => o.Id);
        foreach (var name in Sponsors.Where(n => !existing.ContainsKey(n)))
        {
            var sponsor = new Organisation { Name = name, ShortName = name, Kind = OrganisationKind.Sponsor, CountryCode = "FR" };
            db.Organisations.Add(sponsor);
            await db.SaveChangesAsync();
            existing[name] = sponsor.Id;
        }
        return Sponsors.Select(n => existing[n]).ToList();
    }
}
