using Microsoft.EntityFrameworkCore;
using Vivier.Core;
using Vivier.Core.Deployments;
using Vivier.Core.Identity;
using Vivier.Core.Missions;

namespace Vivier.Bench;

/// <summary>
/// N deployments over 2015–2026 on N/3 posts in every country, two per person, most ended, some
/// extended or ended early, funded by one ministry or both, written in batches through their lifecycle.
/// </summary>
public static class RosterGenerator
{
    public static async Task FillAsync(VivierDb db, int count, DateTime now, Random random, IReadOnlyList<Guid> sponsorIds)
    {
        var today = DateOnly.FromDateTime(now);
        var countries = await db.Countries.AsNoTracking().Where(c => c.Code != "AQ").Select(c => c.Code).ToListAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        const int batch = 5000;
        // A person and a post span batches (saved already when the next batch uses them).
        Person? person = null;
        Post? post = null;
        for (var done = 0; done < count; done += batch)
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            // The batch before was cleared from the tracker: the sponsors are read again for this one.
            var tracked = await db.Organisations.Where(o => sponsorIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id);
            Organisation Sponsor(int i) => tracked[sponsorIds[i]];
            var themes = await db.Themes.ToListAsync();
            for (var i = done; i < Math.Min(count, done + batch); i++)
            {
                if (i % 2 == 0)
                {
                    var email = $"bench-expert-{i:D6}@vivier.test";
                    person = new Person
                    {
                        UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(), EmailConfirmed = true,
                        SecurityStamp = Guid.NewGuid().ToString("N"), GivenName = $"Prénom{i % 89}", FamilyName = $"Nom{random.Next(100_000):D5}", CreatedAt = now,
                    };
                    db.Users.Add(person);
                }
                if (i % 3 == 0)
                {
                    var kind = (ExpertKind)(random.Next(10) switch { < 8 => 0, 8 => 1, _ => 2 });
                    post = new Post { Code = $"BENCH-{i:D6}", Title = "Poste de conseil", Kind = kind, CountryCode = countries[random.Next(countries.Count)], HostInstitution = $"Institution {random.Next(2000)}" };
                    db.Posts.Add(post);
                }
                var start = new DateOnly(2015, 1, 1).AddDays(random.Next(12 * 365));
                var funders = random.Next(3) switch { 0 => new[] { Sponsor(0), Sponsor(1) }, 1 => [Sponsor(0)], _ => [Sponsor(1)] };
                var deployment = new Deployment
                {
                    PersonId = person!.Id, PostId = post!.Id, Kind = post.Kind, CountryCode = post.CountryCode, HostInstitution = post.HostInstitution,
                    Sponsors = [.. funders], Themes = [themes[random.Next(themes.Count)]], PlannedStart = start, PlannedEnd = start.AddMonths(24).AddDays(-1),
                    IsFirstDeployment = i % 2 == 0, CreatedAt = now,
                };
                if (today >= start)
                {
                    deployment.Depart();
                    if (random.Next(6) == 0)
                    {
                        deployment.Extend(deployment.PlannedEnd.AddMonths(12), "Prolongation");
                    }
                    if (random.Next(10) == 0 && start.AddDays(200) < today)
                    {
                        deployment.EndEarly(start.AddDays(200), "Fin anticipée");
                    }
                    else if (today > deployment.PlannedEnd)
                    {
                        deployment.Finish();
                    }
                }
                db.Deployments.Add(deployment);
            }
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            db.ChangeTracker.Clear();
        }
    }
}
