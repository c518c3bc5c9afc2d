using Microsoft.EntityFrameworkCore;
using Vivier.Core.Deployments;
using Vivier.Core.Identity;
using Vivier.Core.Missions;

namespace Vivier.Testing;

/// <summary>Deployments written straight to the database through their lifecycle, for roster tests and benchmarks.</summary>
public static class Deployments
{
    /// <summary>
    /// A deployment on <paramref name="host"/> (of a new person unless <paramref name="personId"/> names one): left preparing, or departed (and
    /// extended, ended early, or ended), or cancelled, as asked.
    /// </summary>
    public static async Task<Deployment> AddDeploymentAsync(this VivierApp app, string host, DateOnly start, DateOnly plannedEnd, string status = "deployed",
        ExpertKind kind = ExpertKind.ETI, string country = "SN", string[]? sponsors = null, DateOnly? extendTo = null, DateOnly? endEarly = null,
        bool withChecklist = false, Guid? personId = null, Guid? postId = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var db = app.NewDb();
        var email = $"deployed-{Guid.NewGuid():N}@vivier.test";
        var person = personId is { } existing ? await db.Users.SingleAsync(p => p.Id == existing) : db.Users.Add(new Person
        {
            UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(), EmailConfirmed = true,
            SecurityStamp = Guid.NewGuid().ToString("N"), GivenName = "Experte", FamilyName = host, CreatedAt = app.Clock.GetUtcNow().UtcDateTime,
        }).Entity;
        var funders = new List<Organisation>();
        foreach (var name in sponsors ?? ["MEAE"])
        {
            funders.Add(await db.Organisations.SingleOrDefaultAsync(o => o.ShortName == name)
                ?? db.Organisations.Add(new Organisation { Name = name, ShortName = name, Kind = OrganisationKind.Sponsor, CountryCode = "FR" }).Entity);
        }
        var deployment = new Deployment
        {
            PersonId = person.Id, Kind = kind, CountryCode = country, HostInstitution = host, Sponsors = funders,
            PlannedStart = start, PlannedEnd = plannedEnd, CreatedAt = app.Clock.GetUtcNow().UtcDateTime, PostId = postId,
        };
        if (status == "cancelled")
        {
            deployment.Cancel("Visa refusé");
        }
        else if (status != "preparing")
        {
            deployment.Depart();
            if (extendTo is { } later)
            {
                deployment.Extend(later, "Prolongation demandée par le partenaire");
            }
            if (endEarly is { } last)
            {
                deployment.EndEarly(last, "Raisons familiales");
            }
            else if (status == "ended")
            {
                deployment.Finish();
            }
        }
        db.Deployments.Add(deployment);
        if (withChecklist)
        {
            db.ChecklistItems.AddRange(ChecklistItem.From(await db.ChecklistTemplate.ToListAsync(), deployment));
        }
        await db.SaveChangesAsync();
        return deployment;
    }

    /// <summary>A post on <paramref name="host"/> that successive deployments can hold.</summary>
    public static async Task<Post> AddPostAsync(this VivierApp app, string host)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var db = app.NewDb();
        var post = new Post { Code = $"POST-{Guid.NewGuid():N}"[..20], Title = $"Conseiller·e {host}", Kind = ExpertKind.ETI, CountryCode = "SN", HostInstitution = host };
        db.Posts.Add(post);
        await db.SaveChangesAsync();
        return post;
    }
}
