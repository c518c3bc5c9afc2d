using Microsoft.EntityFrameworkCore;
using Vivier.Core;
using Vivier.Core.Candidates;
using Vivier.Core.Deployments;
using Vivier.Core.Identity;
using Vivier.Core.Missions;
using Vivier.Core.Recruitment;

namespace Vivier.Bench;

/// <summary>
/// Recruitment at scale: candidates with profiles (languages with their levels, themes and DAC
/// sectors, countries worked in, years of experience; most with a self-declared gender), the
/// applications spread evenly over the missions and the funnel, a hire on 4 missions in 10, and each
/// mission funded by one ministry or both. Written in batches through the model's own rules.
/// </summary>
public static class RecruitmentGenerator
{
    public static async Task FillAsync(VivierDb db, int applications, int candidates, DateTime now, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var sponsors = await db.Organisations.Where(o => o.Kind == OrganisationKind.Sponsor).OrderBy(o => o.ShortName).Select(o => o.Id).ToListAsync();
        var missions = await db.Missions.AsNoTracking().OrderBy(m => m.Id).Select(m => new { m.Id, m.PublishedAt, m.Kind, m.CountryCode, m.HostInstitution, m.StartDate }).ToListAsync();
        for (var done = 0; done < missions.Count; done += 2000)
        {
            var ids = missions.Skip(done).Take(2000).Select(m => m.Id).ToList();
            var batch = await db.Missions.Include(m => m.Sponsors).Where(m => ids.Contains(m.Id)).ToListAsync();
            var funders = await db.Organisations.Where(o => sponsors.Contains(o.Id)).OrderBy(o => o.ShortName).ToListAsync();
            foreach (var mission in batch.Where(m => m.Sponsors.Count == 0))
            {
                mission.Sponsors.AddRange(random.Next(3) switch { 0 => funders, 1 => [funders[0]], _ => [funders[1]] });
            }
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        var pool = Math.Max(100, candidates);
        var themes = await db.Themes.AsNoTracking().Select(t => t.Code).OrderBy(c => c).ToListAsync();
        var sectors = await db.Sectors.AsNoTracking().Where(x => x.IsActive).Select(x => x.Code).OrderBy(c => c).ToListAsync();
        var countries = await db.Countries.AsNoTracking().Where(c => c.Code != "AQ").Select(c => c.Code).OrderBy(c => c).ToListAsync();
        var people = new List<(Guid Id, SelfDeclaredGender? Gender)>(pool);
        for (var done = 0; done < pool; done += 5000)
        {
            for (var i = done; i < Math.Min(pool, done + 5000); i++)
            {
                var email = $"bench-applicant-{i:D7}@vivier.test";
                var person = new Person
                {
                    UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(), EmailConfirmed = true,
                    SecurityStamp = Guid.NewGuid().ToString("N"), GivenName = $"Prénom{i % 97}", FamilyName = $"Nom{i:D7}", CreatedAt = now,
                };
                db.Users.Add(person);
                var draw = random.Next(100);
                SelfDeclaredGender? gender = draw < 47 ? SelfDeclaredGender.Woman : draw < 92 ? SelfDeclaredGender.Man : draw < 94 ? SelfDeclaredGender.Other : null;
                people.Add((person.Id, gender));
                db.CandidateProfiles.Add(Profile(person.Id, gender, now, random, themes, sectors, countries));
            }
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        var stages = DefaultPipeline.ByKey;
        string[] funnel = [PipelineStage.Received, "screening", "shortlisted", "interview", "offer"];
        var perMission = Math.Max(1, applications / missions.Count);
        for (var done = 0; done < missions.Count; done += 200)
        {
            foreach (var mission in missions.Skip(done).Take(200))
            {
                var published = mission.PublishedAt!.Value;
                var hire = random.Next(10) < 4 ? random.Next(perMission) : -1;
                var chosen = new HashSet<int>();
                while (chosen.Count < Math.Min(perMission, pool))
                {
                    chosen.Add(random.Next(pool));
                }
                var k = 0;
                foreach (var who in chosen)
                {
                    var sent = published.AddHours(1 + random.Next(24 * 20));
                    var application = new JobApplication
                    {
                        MissionId = mission.Id, PersonId = people[who].Id, ApplicantGender = people[who].Gender, CreatedAt = sent, UpdatedAt = sent, SubmittedAt = sent, CoverLetter = "Lettre de motivation.", ProfileSnapshot = "{}",
                    };
                    var draw = random.Next(100);
                    var furthest = draw < 40 ? 0 : draw < 65 ? 1 : draw < 80 ? 2 : draw < 90 ? 3 : 4;
                    foreach (var step in funnel.Take(furthest + 1))
                    {
                        application.Enter(stages[step], stages);
                    }
                    db.Applications.Add(application);
                    db.ApplicationEvents.Add(new ApplicationEvent { ApplicationId = application.Id, At = sent, ActorId = people[who].Id, ToStage = PipelineStage.Received, VisibleToCandidate = true });
                    if (k++ == hire)
                    {
                        // As Hiring does it: the hire, its event and its deployment at the same instant.
                        var at = published.AddDays(20 + random.Next(70));
                        application.Enter(stages[PipelineStage.Hired], stages);
                        db.ApplicationEvents.Add(new ApplicationEvent { ApplicationId = application.Id, At = at, FromStage = "offer", ToStage = PipelineStage.Hired, VisibleToCandidate = true });
                        db.Deployments.Add(new Deployment
                        {
                            PersonId = people[who].Id, MissionId = mission.Id, ApplicationId = application.Id, Kind = mission.Kind, CountryCode = mission.CountryCode,
                            HostInstitution = mission.HostInstitution, PlannedStart = mission.StartDate, PlannedEnd = mission.StartDate.AddMonths(24).AddDays(-1), CreatedAt = at,
                        });
                    }
                    else if (random.Next(3) > 0)
                    {
                        application.Enter(stages[random.Next(10) == 0 ? PipelineStage.Withdrawn : PipelineStage.Rejected], stages);
                    }
                }
            }
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    private static readonly CefrLevel[] Levels = Enum.GetValues<CefrLevel>();

    /// <summary>A profile as candidates fill it: French and English at some level, often a third language, one to three themes and sectors.</summary>
    private static CandidateProfile Profile(Guid personId, SelfDeclaredGender? gender, DateTime now, Random random,
        List<string> themes, List<string> sectors, List<string> countries)
    {
        LanguageSkill Skill(string code, bool mother = false)
        {
            var level = mother ? Levels[^1] : Levels[random.Next(Levels.Length)];
            return new LanguageSkill { Code = code, MotherTongue = mother, Listening = level, Reading = level, SpokenInteraction = level, SpokenProduction = level, Writing = level };
        }
        var languages = new List<LanguageSkill> { Skill("fr", mother: random.Next(10) < 8), Skill("en") };
        if (random.Next(3) == 0)
        {
            languages.Add(Skill(random.Next(2) == 0 ? "es" : "ar"));
        }
        var profile = new CandidateProfile
        {
            PersonId = personId, UpdatedAt = now, Gender = gender, Nationalities = ["FR"], ResidenceCountryCode = countries[random.Next(countries.Count)],
            Languages = languages,
            ThemeCodes = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => themes[random.Next(themes.Count)]).Distinct().ToList(),
            SectorCodes = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => sectors[random.Next(sectors.Count)]).Distinct().ToList(),
            CountriesWorked = Enumerable.Range(0, random.Next(4)).Select(_ => countries[random.Next(countries.Count)]).Distinct()
                .Select(code => new CountryExperience { CountryCode = code, Years = 1 + random.Next(6) }).ToList(),
            YearsOfExperience = 5 + random.Next(25),
            Pitch = "Expérience de la coopération internationale et du conseil aux administrations.",
        };
        return profile;
    }
}
