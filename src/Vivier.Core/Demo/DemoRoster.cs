using Vivier.Core.Candidates;
using Vivier.Core.Deployments;

namespace Vivier.Core.Demo;

/// <summary>
/// The demo's roster, as the seed article counts it: exactly 280 experts in post on 31 December
/// 2023, most of them ETI, in about 110 countries. Each post has a chain of successive experts from
/// 2019 to 2026 (hand-overs, some with a gap), with extensions and early ends; a cohort of
/// first-time departees leaves in January 2027. Dates are fixed, so the figure does not move with
/// the day the demo is loaded; statuses follow that day.
/// </summary>
public static class DemoRoster
{
    public static readonly DateOnly CountedOn = new(2023, 12, 31);
    public const int InPostOnCountedDay = 280;
    /// <summary>Posts vacant on the counted day (between two experts).</summary>
    public const int VacantPosts = 24;
    public const int Cohort2027 = 18;

    private static readonly DateOnly First = new(2019, 1, 1);
    private static readonly DateOnly Last = new(2026, 12, 31);

    /// <summary>The given names below that these demo experts, all of them women, carry; the others are men's.</summary>
    private static readonly HashSet<string> WomensNames = ["Adèle", "Anne", "Awa", "Camille", "Claire", "Diane", "Émilie", "Florence", "Hawa", "Isabelle", "Karine", "Léa", "Marie", "Mathilde", "Nathalie", "Sarah", "Valérie"];

    private static readonly string[] GivenNames = ["Adèle", "Amadou", "Anne", "Antoine", "Awa", "Benoît", "Camille", "Claire", "Damien", "Diane", "Émilie", "Fabrice", "Florence", "Gaël", "Hawa", "Isabelle", "Jean", "Karine", "Léa", "Louis", "Marc", "Marie", "Mathilde", "Nathalie", "Olivier", "Paul", "Rachid", "Sarah", "Thomas", "Valérie", "Xavier", "Yann"];
    private static readonly string[] FamilyNames = ["Arnaud", "Barbier", "Benoît", "Blanc", "Bonnet", "Chevalier", "Colin", "Coulibaly", "Da Silva", "Denis", "Diop", "Faure", "Fontaine", "Garcia", "Gautier", "Henry", "Joly", "Lacroix", "Leroy", "Martin", "Masson", "Morel", "Ndiaye", "Noël", "Perrin", "Picard", "Renard", "Robin", "Roux", "Sanogo", "Schmitt", "Touré"];

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5394", Justification = "Demo data: a fixed seed makes it the same every time; nothing secret depends on it.")]
    public static async Task SeedAsync(VivierDb db, DateTime now, CancellationToken cancellationToken = default)
    {
        var random = new Random(2023);
        // A draw of its own, so that the roster stays the one the contract pins: who declared a gender in a profile.
        var declarations = new Random(8);
        var today = ParisTime.Today(now);
        var sponsors = await db.Organisations.Where(o => o.Kind == OrganisationKind.Sponsor).ToDictionaryAsync(o => o.ShortName, cancellationToken);
        var themes = await db.Themes.ToDictionaryAsync(t => t.Code, cancellationToken);
        var countries = await db.Countries.AsNoTracking().ToDictionaryAsync(c => c.Code, cancellationToken);
        var themeCodes = DemoMissions.Posts.Keys.ToArray();
        var template = await db.ChecklistTemplate.AsNoTracking().ToListAsync(cancellationToken);

        // Posts: ETI in the demo's countries of intervention, END in Brussels and Luxembourg, AT overseas.
        var posts = new List<(Post Post, string Theme)>();
        (Post, string) NewPost(int i)
        {
            var theme = themeCodes[random.Next(themeCodes.Length)];
            var (kind, country) = (i % 20) switch
            {
                7 or 15 => (ExpertKind.END, i % 40 < 20 ? "BE" : "LU"),
                11 => (ExpertKind.AT, DemoMissions.Overseas[i / 20 % DemoMissions.Overseas.Length].Country),
                _ => (ExpertKind.ETI, DemoMissions.EtiCountries[i % DemoMissions.EtiCountries.Length]),
            };
            var city = kind switch
            {
                ExpertKind.END => country == "BE" ? "Bruxelles" : "Luxembourg",
                ExpertKind.AT => DemoMissions.Overseas.First(o => o.Country == country).City,
                _ => null,
            };
            var (_, host) = DemoPostings.Place(kind, theme, country, city, i);
            var post = new Post
            {
                Code = string.Create(CultureInfo.InvariantCulture, $"POSTE-{i + 1:D3}"), Title = DemoMissions.Posts[theme].Title, Kind = kind, CountryCode = country, HostInstitution = host,
            };
            db.Posts.Add(post);
            return (post, theme);
        }

        // First the dates of every deployment, post by post; people and statuses after.
        var plans = new List<Plan>();
        Plan Add(Post post, string theme, DateOnly start, DateOnly? extendedTo = null, DateOnly? earlyEnd = null)
        {
            var plan = new Plan(post, theme, start, start.AddMonths(24).AddDays(-1), extendedTo, earlyEnd);
            plans.Add(plan);
            return plan;
        }
        DateOnly? MaybeEarly(DateOnly start, DateOnly end, DateOnly notBefore) =>
            random.Next(9) == 0 ? new[] { start.AddDays(90 + random.Next(Math.Max(1, end.DayNumber - start.DayNumber - 120))), notBefore }.Max() is var day && day < end ? day : null : null;
        DateOnly? MaybeExtended(DateOnly plannedEnd) => random.Next(6) == 0 ? plannedEnd.AddMonths(6 + 6 * random.Next(2)) : null;
        DateOnly Gap(DateOnly after) => after.AddDays(1 + (random.Next(4) == 0 ? 20 + random.Next(60) : 0));

        for (var i = 0; i < InPostOnCountedDay + VacantPosts; i++)
        {
            var (post, theme) = NewPost(i);
            posts.Add((post, theme));
            var vacant = i >= InPostOnCountedDay;
            // The deployment around the counted day: in post that day, or ended before it when the post is vacant.
            var start = CountedOn.AddDays(-(vacant ? 450 + random.Next(250) : 20 + random.Next(680)));
            var plannedEnd = start.AddMonths(24).AddDays(-1);
            var anchor = vacant
                ? Add(post, theme, start, earlyEnd: CountedOn.AddDays(-10 - random.Next(60)))
                : Add(post, theme, start, MaybeExtended(plannedEnd), MaybeEarly(start, plannedEnd, notBefore: CountedOn));
            // Predecessors, handing over the day before or after a short gap, back to 2019.
            var before = start;
            while (before > First.AddMonths(12))
            {
                var previousEnd = before.AddDays(-1 - (random.Next(3) == 0 ? 30 + random.Next(90) : 0));
                var previousStart = new[] { previousEnd.AddMonths(-24).AddDays(1), First }.Max();
                plans.Add(new Plan(post, theme, previousStart, previousEnd, null, null));
                before = previousStart;
            }
            // Successors until the end of 2026 (a vacant post is filled again a little after the counted day).
            var after = vacant ? CountedOn.AddDays(30 + random.Next(90)) : Gap(anchor.End);
            while (after <= Last)
            {
                var plannedNext = after.AddMonths(24).AddDays(-1);
                var next = Add(post, theme, after, MaybeExtended(plannedNext), MaybeEarly(after, plannedNext, notBefore: after));
                after = Gap(next.End);
            }
        }
        // A cohort of first-time departees leaving in January 2027 on new posts: pre-departure training is for them.
        for (var i = 0; i < Cohort2027; i++)
        {
            var (post, theme) = NewPost(InPostOnCountedDay + VacantPosts + i);
            Add(post, theme, new DateOnly(2027, 1, 4));
        }

        // People, in order of start: most serve once; some come back after an earlier deployment ended.
        var people = 0;
        var available = new List<(Person Person, DateOnly FreeFrom)>();
        var listed = new HashSet<Guid>();
        foreach (var plan in plans.OrderBy(p => p.Start).ThenBy(p => p.Post.Code))
        {
            var free = available.FindIndex(a => a.FreeFrom < plan.Start && plan.Start.Year < 2027);
            var returning = free >= 0 && random.Next(8) == 0;
            Person person;
            if (returning)
            {
                person = available[free].Person;
                available.RemoveAt(free);
            }
            else
            {
                person = NewPerson(++people);
            }
            available.Add((person, plan.End));
            string[] funders = DemoMissions.EconomicThemes.Contains(plan.Theme) ? (random.Next(3) == 0 ? ["MEAE", "DG Trésor"] : ["DG Trésor"]) : ["MEAE"];
            var deployment = new Deployment
            {
                PersonId = person.Id, PostId = plan.Post.Id, Kind = plan.Post.Kind, CountryCode = plan.Post.CountryCode, HostInstitution = plan.Post.HostInstitution,
                Sponsors = funders.Select(f => sponsors[f]).ToList(), Themes = [themes[plan.Theme]], PlannedStart = plan.Start, PlannedEnd = plan.PlannedEnd,
                IsFirstDeployment = !returning, CreatedAt = plan.Start.AddMonths(-3).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            };
            if (plan.ExtendedTo is { } extended)
            {
                const string why = "Prolongation demandée par l'institution d'accueil";
                deployment.Extend(extended, why);
                Record(deployment, plan.PlannedEnd.AddDays(-60), DeploymentEvent.Extended, $"{extended:yyyy-MM-dd}: {why}");
            }
            if (today >= plan.Start)
            {
                deployment.Depart();
                if (plan.EarlyEnd is { } last && last < today)
                {
                    var why = random.Next(2) == 0 ? "Raisons familiales" : "Réorganisation de l'institution d'accueil";
                    deployment.EndEarly(last, why);
                    Record(deployment, last, DeploymentEvent.EndedEarly, $"{last:yyyy-MM-dd}: {why}");
                }
                else if (today > deployment.PlannedEnd)
                {
                    deployment.Finish();
                }
            }
            db.Deployments.Add(deployment);
            // A third of those in post chose to appear in the directory.
            if (deployment.Status == DeploymentStatus.Deployed && random.Next(3) == 0 && listed.Add(person.Id))
            {
                db.DirectoryListings.Add(new DirectoryListing
                {
                    PersonId = person.Id, Listed = true, Headline = $"{DemoMissions.Posts[plan.Theme].Title} – {plan.Post.HostInstitution}", ShareEmail = random.Next(2) == 0,
                    UpdatedAt = now,
                });
            }
            if (deployment.Status == DeploymentStatus.Preparing)
            {
                // Those leaving soon are under way with their checklist: the earliest steps done.
                foreach (var item in ChecklistItem.From(template, deployment))
                {
                    item.DoneAt = item.DueOn < today.AddDays(-20) ? item.DueOn.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc) : null;
                    db.ChecklistItems.Add(item);
                }
            }
        }

        void Record(Deployment deployment, DateOnly on, string action, string detail) => db.DeploymentEvents.Add(new DeploymentEvent
        {
            DeploymentId = deployment.Id, At = on.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc), Action = action, Detail = detail,
        });

        Person NewPerson(int number)
        {
            var email = string.Create(CultureInfo.InvariantCulture, $"expert{number:D3}@deployes.vivier.test");
            var person = new Person
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(), EmailConfirmed = true,
                SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(), LockoutEnabled = true,
                GivenName = GivenNames[random.Next(GivenNames.Length)], FamilyName = FamilyNames[random.Next(FamilyNames.Length)], CreatedAt = now,
            };
            db.Users.Add(person);
            // Most declare their gender in a profile of their own (the dashboards' parity); some never do.
            var draw = declarations.Next(100);
            if (draw >= 8)
            {
                var gender = draw < 9 ? SelfDeclaredGender.Other : WomensNames.Contains(person.GivenName) ? SelfDeclaredGender.Woman : SelfDeclaredGender.Man;
                db.CandidateProfiles.Add(new CandidateProfile { PersonId = person.Id, Gender = gender, UpdatedAt = now });
            }
            return person;
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>One deployment's dates: planned, and the extension or early end it will have.</summary>
    private sealed record Plan(Post Post, string Theme, DateOnly Start, DateOnly PlannedEnd, DateOnly? ExtendedTo, DateOnly? EarlyEnd)
    {
        public DateOnly End => EarlyEnd ?? ExtendedTo ?? PlannedEnd;
    }
}
