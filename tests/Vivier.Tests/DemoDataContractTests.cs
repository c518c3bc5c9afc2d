using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vivier.Core.Demo;
using Vivier.Core.Identity;
using Vivier.Testing;

namespace Vivier.Tests;

/// <summary>
/// The figures the demo must show. Each module's issue adds its own here, so that a later seed can
/// never silently break an earlier figure.
/// </summary>
public sealed class DemoDataContractTests(DemoVivierApp app) : VivierTest(app), IClassFixture<DemoVivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task While_the_demo_is_on_its_accounts_are_not_forced_to_set_up_a_second_factor()
    {
        using var admin = App.NewClient();
        var page = await admin.GetDocumentAsync("/connexion");
        using var signedIn = await admin.SubmitAsync(page, "main form",
            new Dictionary<string, string> { ["Input.Email"] = "admin@vivier.test", ["Input.Password"] = Vivier.Core.Demo.DemoData.Password });

        using var next = await admin.GetAsync("/referentiels", Cancel);

        Assert.Equal(System.Net.HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task Reference_data_counts()
    {
        await using var db = App.NewDb();

        Assert.Equal(250, await db.Countries.CountAsync(Cancel));
        Assert.Equal(12, await db.Countries.CountAsync(c => c.IsFrenchOverseas, Cancel));
        Assert.Equal(184, await db.Languages.CountAsync(Cancel));
        Assert.Equal(44, await db.SectorCategories.CountAsync(Cancel));
        Assert.Equal(325, await db.Sectors.CountAsync(Cancel));
        Assert.Equal(295, await db.Sectors.CountAsync(s => s.IsActive, Cancel));
        Assert.Equal(22, await db.Themes.CountAsync(Cancel));
    }

    [Fact]
    public async Task Demo_accounts_exist_with_their_roles_and_organisations()
    {
        await using var db = App.NewDb();
        var accounts = await db.Users.Where(p => p.IsDemo)
            .Select(p => new
            {
                p.Email,
                p.EmailConfirmed,
                Organisation = p.Organisation!.ShortName,
                Roles = db.UserRoles.Where(r => r.UserId == p.Id).Join(db.Roles, r => r.RoleId, role => role.Id, (_, role) => role.Name).ToList(),
            })
            .ToDictionaryAsync(a => a.Email!, Cancel);

        Assert.Equal(7, accounts.Count);
        Assert.All(accounts.Values, a => Assert.True(a.EmailConfirmed));
        Assert.Equal([Roles.Admin], accounts["admin@vivier.test"].Roles);
        Assert.Equal([Roles.Recruiter], accounts["recruteur@vivier.test"].Roles);
        Assert.Equal([Roles.ProgrammeManager], accounts["suivi@vivier.test"].Roles);
        Assert.Equal([Roles.Sponsor], accounts["meae@vivier.test"].Roles);
        Assert.Equal("MEAE", accounts["meae@vivier.test"].Organisation);
        Assert.Equal([Roles.Sponsor], accounts["tresor@vivier.test"].Roles);
        Assert.Equal("DG Trésor", accounts["tresor@vivier.test"].Organisation);
        Assert.Equal([Roles.Partner], accounts["partenaire@vivier.test"].Roles);
        Assert.NotNull(accounts["partenaire@vivier.test"].Organisation);
        Assert.Equal([Roles.Expert], accounts["expert@vivier.test"].Roles);
        Assert.Equal(2, await db.Organisations.CountAsync(o => o.Kind == OrganisationKind.Sponsor, Cancel));
        Assert.True(await db.Organisations.CountAsync(o => o.Kind == OrganisationKind.HostInstitution, Cancel) >= 3);
    }

    [Theory]
    [InlineData("expert@vivier.test")]
    [InlineData("recruteur@vivier.test")]
    [InlineData("meae@vivier.test")]
    public async Task Demo_accounts_sign_in_with_the_demo_password_without_a_second_factor(string email)
    {
        using var response = await App.PostLoginAsync(email, DemoData.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var person = new TestPerson(Guid.Empty, email, DemoData.Password, null, null);
        using var client = await App.SignInAsync(person);
        using var page = await client.GetAsync("/compte", Cancel);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task The_board_shows_the_articles_calls_among_150_and_more_open_missions_over_about_110_countries()
    {
        await using var db = App.NewDb();
        var today = Vivier.Core.Missions.ParisTime.Today(App.Clock.GetUtcNow().UtcDateTime);
        var open = await db.Missions.Where(m => m.Status == Vivier.Core.Missions.MissionStatus.Published && m.Deadline >= today)
            .Select(m => new { m.Title, m.CountryCode, m.Kind }).ToListAsync(Cancel);

        Assert.Equal(160, open.Count);
        Assert.Equal(120, open.Select(m => m.CountryCode).Distinct().Count());
        // About 110 countries of intervention for ETI; END serve in Brussels and Luxembourg, AT in overseas territories.
        Assert.Equal(110, open.Where(m => m.Kind == Vivier.Core.Missions.ExpertKind.ETI).Select(m => m.CountryCode).Distinct().Count());
        Assert.Equal([Vivier.Core.Missions.ExpertKind.ETI, Vivier.Core.Missions.ExpertKind.END, Vivier.Core.Missions.ExpertKind.AT],
            open.Select(m => m.Kind).Distinct().Order());
        foreach (var (country, title) in new[]
                 {
                     ("VN", "Appui aux industries culturelles et créatives"), ("JP", "Appui au réseau des villes créatives"),
                     ("TH", "Appui à l'organisation de grands événements sportifs"), ("XK", "Appui aux politiques culturelles et sportives"),
                     ("TW", "Conseil en cybersécurité"), ("EG", "Coopération spatiale"), ("AO", "Développement du marché carbone"),
                     ("TD", "Appui à la réforme économique et financière"),
                 })
        {
            Assert.Contains(open, m => m.CountryCode == country && m.Title == title);
        }
        Assert.Equal(20, await db.Missions.CountAsync(m => m.Status == Vivier.Core.Missions.MissionStatus.Closed, Cancel));
        Assert.Equal(20, await db.Missions.CountAsync(m => m.Status == Vivier.Core.Missions.MissionStatus.Filled, Cancel));
    }

    [Fact]
    public async Task Open_postings_read_like_real_jobs_each_title_once_in_a_real_city_with_its_host_and_pay()
    {
        await using var db = App.NewDb();
        var today = Vivier.Core.Missions.ParisTime.Today(App.Clock.GetUtcNow().UtcDateTime);
        var open = await db.Missions.Where(m => m.Status == Vivier.Core.Missions.MissionStatus.Published && m.Deadline >= today)
            .Select(m => new { m.Title, m.TitleEn, m.City, m.HostInstitution, m.CountryCode, CountryName = m.Country!.NameFr, m.Kind, m.Description, m.PayMinMonthly, m.PayMaxMonthly })
            .ToListAsync(Cancel);
        var calls = Vivier.Core.Demo.DemoCalls.All.Select(c => c.Title).ToHashSet();

        Assert.Equal(open.Count, open.Select(m => m.Title).Distinct().Count());
        Assert.Equal(open.Count, open.Select(m => m.TitleEn).Distinct().Count());
        // The city, not the country again (but in city-states, where they share the name).
        Assert.DoesNotContain(open, m => m.City == m.CountryName && m.CountryCode is not ("LU" or "SG" or "DJ" or "PA" or "GT"));
        Assert.DoesNotContain(open, m => m.HostInstitution.Contains("partenaire (", StringComparison.Ordinal) || m.HostInstitution.Contains("compétente", StringComparison.Ordinal));
        Assert.Contains(open, m => m.CountryCode == "ZM" && m.City == "Lusaka");
        Assert.Contains(open, m => m.CountryCode == "LU" && m.HostInstitution.StartsWith("Commission européenne – DG ", StringComparison.Ordinal));
        Assert.Contains(open, m => m.CountryCode == "NC" && m.HostInstitution == "Gouvernement de la Nouvelle-Calédonie");
        Assert.All(open.Where(m => !calls.Contains(m.Title)), m =>
        {
            Assert.Contains("**Vos missions**", m.Description, StringComparison.Ordinal);
            Assert.Contains("**Résultats attendus**", m.Description, StringComparison.Ordinal);
            Assert.True(m.Description.Length > 900, m.Title);
        });
        // Pay within the programme's scale for the kind (the resources' Mission.PayScale.*); END are paid by their administration.
        Assert.All(open.Where(m => m.Kind == Vivier.Core.Missions.ExpertKind.ETI), m => Assert.InRange(m.PayMinMonthly!.Value, 4_200, m.PayMaxMonthly!.Value));
        Assert.All(open.Where(m => m.Kind == Vivier.Core.Missions.ExpertKind.ETI), m => Assert.InRange(m.PayMaxMonthly!.Value, 4_200, 7_800));
        Assert.All(open.Where(m => m.Kind == Vivier.Core.Missions.ExpertKind.AT), m => Assert.InRange(m.PayMaxMonthly!.Value, m.PayMinMonthly!.Value, 6_200));
        Assert.All(open.Where(m => m.Kind == Vivier.Core.Missions.ExpertKind.END), m => Assert.Null(m.PayMinMonthly));
    }

    [Fact]
    public async Task Candidates_have_complete_profiles_and_read_cvs()
    {
        await using var db = App.NewDb();
        // The candidates' profiles; the deployed experts of the roster declare a gender alone (see Deployed_experts_declare_their_gender).
        var profiles = await db.CandidateProfiles.AsNoTracking()
            .Where(p => db.Users.Any(u => u.Id == p.PersonId && (u.Email!.EndsWith("@candidats.vivier.test") || u.Email == "expert@vivier.test"))).ToListAsync(Cancel);

        Assert.Equal(Vivier.Core.Demo.DemoCandidates.Count + Vivier.Core.Demo.DemoMatching.Specialists.Length + 1, profiles.Count);
        Assert.All(profiles, p =>
        {
            Assert.NotEmpty(p.Languages);
            Assert.NotEmpty(p.ThemeCodes);
            Assert.NotEmpty(p.SectorCodes);
            Assert.NotEmpty(p.Employment);
            Assert.NotEmpty(p.Education);
            Assert.NotNull(p.CvFileId);
            Assert.Equal(Vivier.Core.Candidates.CvTextStatus.Extracted, p.CvTextStatus);
            Assert.False(string.IsNullOrWhiteSpace(p.CvText));
        });
        Assert.True(profiles.SelectMany(p => p.Languages).Select(l => l.Code).Distinct().Count() >= 10);
        Assert.True(profiles.SelectMany(p => p.ThemeCodes).Distinct().Count() >= 15);
        Assert.True(profiles.Count(p => p.Gender == Vivier.Core.Candidates.SelfDeclaredGender.Woman) > 100);
        var expert = await db.Users.SingleAsync(u => u.Email == "expert@vivier.test", Cancel);
        var own = profiles.Single(p => p.PersonId == expert.Id);
        Assert.Equal(3, own.Languages.Count);
        Assert.Contains("Dakar", own.CvText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_applications_are_at_every_stage_with_reviews_notes_and_the_hires_of_filled_missions()
    {
        await using var db = App.NewDb();
        var applications = await db.Applications.AsNoTracking().ToListAsync(Cancel);
        var byStage = applications.GroupBy(a => a.StageKey ?? "draft").ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(["draft=12", "hired=20", "interview=18", "offer=17", "received=26", "rejected=76", "screening=21", "shortlisted=20", "withdrawn=16"],
            byStage.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
        Assert.Equal(150, await db.ApplicationReviews.CountAsync(Cancel));
        Assert.Equal(35, await db.ApplicationNotes.CountAsync(Cancel));
        var open = applications.Where(a => a.StageKey is not null && a.StageKey != "hired").GroupBy(a => a.MissionId)
            .Where(g => g.Any(a => a.StageKey == "offer")).ToList();
        Assert.Equal(Vivier.Core.Demo.DemoApplications.OpenMissions, open.Count);
        Assert.All(open, g => Assert.Equal(Vivier.Core.Demo.DemoApplications.OpenStages.Order(), g.Select(a => a.StageKey!).Distinct().Order()));
        var filled = await db.Missions.Where(m => m.Status == Vivier.Core.Missions.MissionStatus.Filled).Select(m => m.Id).ToListAsync(Cancel);
        var deployments = await db.Deployments.AsNoTracking().Where(d => d.MissionId != null).ToListAsync(Cancel);
        Assert.Equal(filled.Order(), deployments.Select(d => d.MissionId!.Value).Order());
        Assert.All(deployments, d => Assert.Equal("hired", applications.Single(a => a.Id == d.ApplicationId).StageKey));
        var expert = await db.Users.SingleAsync(u => u.Email == "expert@vivier.test", Cancel);
        Assert.Equal("shortlisted", applications.Single(a => a.PersonId == expert.Id).StageKey);
    }

    [Fact]
    public async Task Deployed_experts_declare_their_gender_so_the_dashboards_show_parity_among_those_in_post()
    {
        var admin = App.NewClient().WithBearer(await App.ApiLoginAsync(new TestPerson(Guid.Empty, "admin@vivier.test", Vivier.Core.Demo.DemoData.Password, null, null)));
        var figures = await admin.GetFromJsonAsync<Vivier.Web.Features.Dashboards.Dashboard>("/api/v1/dashboards?asOf=2023-12-31", Cancel);

        var row = Assert.Single(figures!["parity-deployed"].Rows);
        // Women, men, other, not declared, total: "other" is fewer than five, so it is hidden, and "not declared"
        // with it (280 − 140 − 117 would give it away otherwise); the 117 men are shown rounded to a multiple of five.
        Assert.Equal(new double?[] { 140, 115, null, null, 280 }, new[] { 1, 3, 5, 7, 9 }.Select(c => row[c].Number));
        Assert.Equal(new[] { false, false, true, true }, new[] { 1, 3, 5, 7 }.Select(c => row[c].Hidden));
    }

    [Fact]
    public async Task The_demo_roster_has_280_experts_in_post_on_31_December_2023_most_of_them_eti_in_about_110_countries()
    {
        await using var db = App.NewDb();
        var day = Vivier.Core.Demo.DemoRoster.CountedOn;
        var inPost = await db.Deployments.AsNoTracking().Where(d => d.InPostFrom <= day && d.InPostUntil >= day).ToListAsync(Cancel);
        var all = await db.Deployments.AsNoTracking().ToListAsync(Cancel);
        var admin = App.NewClient().WithBearer(await App.ApiLoginAsync(new TestPerson(Guid.Empty, "admin@vivier.test", Vivier.Core.Demo.DemoData.Password, null, null)));
        var page = await admin.GetFromJsonAsync<Vivier.Web.Features.Roster.RosterPage>("/api/v1/deployments?asOf=2023-12-31", Cancel);

        Assert.Equal(280, inPost.Count);
        Assert.Equal(280, page!.Total);
        Assert.Equal(new Dictionary<string, int> { ["ETI"] = 238, ["END"] = 28, ["AT"] = 14 }, page.ByKind);
        Assert.Equal(114, inPost.Select(d => d.CountryCode).Distinct().Count());
        Assert.All(inPost, d => Assert.Contains(d.Status, new[] { Vivier.Core.Deployments.DeploymentStatus.Deployed, Vivier.Core.Deployments.DeploymentStatus.Ended }));
        Assert.Equal(1394, all.Count);
        Assert.True(all.Min(d => d.PlannedStart).Year == 2019 && all.Where(d => d.Status != Vivier.Core.Deployments.DeploymentStatus.Preparing).Max(d => d.PlannedStart).Year == 2026);
        Assert.Equal(115, await db.DeploymentEvents.CountAsync(e => e.Action == "extended", Cancel));
        Assert.Equal(91, all.Count(d => d.EndReason is not null));
        Assert.Equal(91, await db.DeploymentEvents.CountAsync(e => e.Action == "ended-early", Cancel));
        Assert.Equal(Vivier.Core.Demo.DemoRoster.Cohort2027, all.Count(d => d.PlannedStart == new DateOnly(2027, 1, 4) && d.IsFirstDeployment));
        Assert.True(all.Count(d => !d.IsFirstDeployment) > 20);
        Assert.True(all.GroupBy(d => d.PostId).Count(g => g.Count() > 1) > 250, "Posts are handed over from one expert to the next.");
        Assert.Equal(99, await db.DirectoryListings.CountAsync(l => l.Listed, Cancel));
    }

    [Fact]
    public async Task The_2024_expertise_days_and_the_preparation_days_are_as_the_article_tells()
    {
        await using var db = App.NewDb();
        var days = await db.Events.SingleAsync(e => e.Title == DemoEvents.DaysTitle, Cancel);
        var preparation = await db.Events.SingleAsync(e => e.Title == DemoEvents.PreparationTitle, Cancel);
        var byType = await db.Registrations.Where(r => r.EventId == days.Id && r.Status == Vivier.Core.Events.RegistrationStatus.Confirmed)
            .GroupBy(r => r.ParticipantType).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, Cancel);
        var sessions = await db.Sessions.Where(s => s.EventId == days.Id).Include(s => s.Speakers).ToListAsync(Cancel);

        Assert.Equal((new DateOnly(2024, 8, 29), new DateOnly(2024, 8, 30)), (days.StartDate, days.EndDate));
        Assert.StartsWith("Institut national du service public (INSP)", days.Venue, StringComparison.Ordinal);
        Assert.Equal(264, byType.Values.Sum());
        Assert.Equal(175, byType[Vivier.Core.Events.ParticipantType.Expert]);
        Assert.Equal(50, byType[Vivier.Core.Events.ParticipantType.FirstTimeDeparting]);
        Assert.Equal((new DateOnly(2024, 8, 27), new DateOnly(2024, 8, 28)), (preparation.StartDate, preparation.EndDate));
        Assert.Equal(50, await db.Registrations.CountAsync(r => r.EventId == preparation.Id && r.ParticipantType == Vivier.Core.Events.ParticipantType.FirstTimeDeparting, Cancel));
        Assert.Equal(50, await db.Invitations.CountAsync(i => i.EventId == preparation.Id, Cancel));

        // The programme: the opening by the director general, the ministries, cartes blanches, ten workshops on the named themes, the debate, the closing.
        Assert.Equal(18, sessions.Count);
        Assert.Equal(10, sessions.Count(s => s.Type == Vivier.Core.Events.SessionType.Workshop));
        Assert.Equal(4, sessions.Count(s => s.Type == Vivier.Core.Events.SessionType.CarteBlanche));
        Assert.Contains(sessions, s => s.Title == "Ouverture des Journées" && s.Speakers.Single().Name == "Jérémie Pellet");
        Assert.Equal(["Armel Castets", "Olivier Richard"], sessions.Single(s => s.Title.StartsWith("Ancrer", StringComparison.Ordinal)).Speakers.Select(x => x.Name).Order());
        foreach (var theme in new[] { "nouvelles énergies", "blanchiment d'argent", "décentralisation", "santé", "océans", "langue française", "sport", "crise, fragilité et résilience", "continuum éducatif" })
        {
            Assert.Contains(sessions, s => s.Type == Vivier.Core.Events.SessionType.Workshop && s.Title.Contains(theme, StringComparison.Ordinal));
        }
        var debate = sessions.Single(s => s.Type == Vivier.Core.Events.SessionType.Debate);
        Assert.Contains("diplomatie féministe", debate.Title, StringComparison.Ordinal);
        Assert.Equal(["Charlotte Lebas", "Isabelle Rome", "Marie Soulié"], debate.Speakers.Select(x => x.Name).Order());
        Assert.Single(sessions, s => s.Type == Vivier.Core.Events.SessionType.Ceremony && s.Start > debate.Start);

        // Seats as the guard keeps them: the counters match the rows, no session over its capacity, full workshops have a waitlist.
        var counts = await db.Enrolments.Where(e => e.EventId == days.Id && e.Status == Vivier.Core.Events.EnrolmentStatus.Enrolled)
            .GroupBy(e => e.SessionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, Cancel);
        Assert.All(sessions, s => Assert.Equal(s.Enrolled, counts.GetValueOrDefault(s.Id)));
        Assert.All(sessions, s => Assert.InRange(s.Enrolled, 0, s.Capacity));
        var waiting = await db.Enrolments.Where(e => e.EventId == days.Id && e.Status == Vivier.Core.Events.EnrolmentStatus.Waitlisted).Select(e => e.SessionId).Distinct().ToListAsync(Cancel);
        Assert.True(waiting.Count >= 3, "The popular workshops are full and keep a waitlist.");
        Assert.All(waiting, id => Assert.Equal(sessions.Single(s => s.Id == id).Capacity, sessions.Single(s => s.Id == id).Enrolled));
        Assert.Equal(264, sessions.Single(s => s.Title == "Ouverture des Journées").Enrolled);

        // One preparation to come, open to registration on approval, its workshop full.
        var coming = await db.Events.SingleAsync(e => e.Title == DemoEvents.ComingTitle, Cancel);
        Assert.True(coming.StartDate > new DateOnly(2026, 11, 27) && coming.Audience == Vivier.Core.Events.EventAudience.Approval);
        var workshop = await db.Sessions.SingleAsync(s => s.EventId == coming.Id && s.Type == Vivier.Core.Events.SessionType.Workshop, Cancel);
        Assert.Equal(DemoEvents.ComingWorkshopCapacity, workshop.Enrolled);
    }

    [Fact]
    public async Task The_2024_days_have_their_directory_meetings_arrivals_and_survey_answers()
    {
        await using var db = App.NewDb();
        var days = await db.Events.SingleAsync(e => e.Title == DemoEvents.DaysTitle, Cancel);
        var meetings = await db.Meetings.Where(m => m.EventId == days.Id).ToListAsync(Cancel);
        var accepted = meetings.Where(m => m.Status == Vivier.Core.Events.Networking.MeetingStatus.Accepted).ToList();
        var windows = await db.NetworkingWindows.Where(w => w.EventId == days.Id).Select(w => new Vivier.Core.Events.Networking.MeetingWindow(w.Start, w.End)).ToListAsync(Cancel);
        var busy = await db.Enrolments.Where(x => x.EventId == days.Id && x.Status == Vivier.Core.Events.EnrolmentStatus.Enrolled)
            .Join(db.Sessions, x => x.SessionId, s => s.Id, (x, s) => new Vivier.Core.Events.Networking.BusySpan(x.PersonId, s.Start, s.End)).ToListAsync(Cancel);
        var checkIns = await db.CheckIns.Where(c => c.EventId == days.Id).ToListAsync(Cancel);

        Assert.Equal(("Jérémie Pellet", 2, 25), (days.SignatoryName, windows.Count, days.MeetingTables));
        Assert.Equal((183, 110, 1316, 525), (await db.Registrations.CountAsync(r => r.EventId == days.Id && r.InDirectory, Cancel), accepted.Count(m => m.Start is not null),
            checkIns.Count(c => c.Place != days.Id), await db.FeedbackAnswers.CountAsync(a => a.EventId == days.Id, Cancel)));
        Assert.Equal((150, 110, 20), (meetings.Count, accepted.Count, meetings.Count(m => m.Status == Vivier.Core.Events.Networking.MeetingStatus.Declined)));
        Vivier.Testing.MeetingRules.AssertKept(new Vivier.Testing.MeetingInstance(windows, TimeSpan.FromMinutes(days.MeetingMinutes), days.MeetingTables,
                accepted.Select(m => new Vivier.Core.Events.Networking.MeetingRequest(m.Id, m.FromId, m.ToId)).ToList(), busy),
            new Vivier.Core.Events.Networking.MeetingSchedule(accepted.Where(m => m.Start is not null).Select(m => new Vivier.Core.Events.Networking.MeetingPlacement(m.Id, m.Start!.Value, m.End!.Value, m.Table!.Value)).ToList(),
                accepted.Where(m => m.Start is null).Select(m => m.Id).ToList()));
        Assert.Equal(251, checkIns.Count(c => c.Place == days.Id));
        Assert.Equal(await db.FeedbackAnswers.CountAsync(a => a.EventId == days.Id, Cancel), await db.FeedbackReceipts.CountAsync(r => r.EventId == days.Id, Cancel));
    }

    [Theory]
    [InlineData("Cybersecurity adviser", 1)]
    [InlineData("Space cooperation", 6)]
    [InlineData("Carbon market development", 11)]
    [InlineData("Support to economic and financial reform", 16)]
    public async Task The_pools_top_five_for_the_articles_main_calls_are_their_specialists_each_explained(string call, int firstSpecialist)
    {
        await using var db = App.NewDb();
        var reference = await db.Missions.Where(m => m.TitleEn == call).Select(m => m.Reference).SingleAsync(Cancel);
        var specialists = DemoMatching.Specialists.Skip(firstSpecialist - 1).Take(5).Select(s => s.Email).ToHashSet();
        var ids = await db.Users.Where(u => specialists.Contains(u.Email!)).Select(u => u.Id).ToListAsync(Cancel);
        using var recruiter = await App.SignInAsync(new TestPerson(Guid.Empty, "recruteur@vivier.test", DemoData.Password, null, null));

        var page = await recruiter.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/missions/{reference}/matches?scope=pool", Cancel);

        var top = page.GetProperty("people").EnumerateArray().Take(5).ToList();
        // Four of the five written for the call lead the pool, ahead of the 300 drawn at random; each score is explained.
        Assert.True(top.Count(p => ids.Contains(p.GetProperty("personId").GetGuid())) >= 4,
            string.Join(", ", top.Select(p => $"{p.GetProperty("name")} {p.GetProperty("score")}")));
        Assert.All(top, p => Assert.All(p.GetProperty("components").EnumerateArray(), c => Assert.NotEmpty(c.GetProperty("evidence").EnumerateArray())));
    }

    [Fact]
    public async Task The_demo_expert_sees_the_chad_reform_call_among_the_missions_that_fit_her()
    {
        using var expert = await App.SignInAsync(new TestPerson(Guid.Empty, "expert@vivier.test", DemoData.Password, null, null));

        var fits = (await expert.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/me/matches", Cancel)).EnumerateArray().ToList();

        // Her public finance and anti-money-laundering missions first; the Chad call among them, its desirable skills what she could add.
        Assert.All(fits.Take(10), f => Assert.Equal(15, f.GetProperty("components").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "domain").GetProperty("points").GetDouble()));
        var chad = fits.Take(20).Single(f => f.GetProperty("title").GetString() == "Appui à la réforme économique et financière");
        Assert.Equal(15, chad.GetProperty("components").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "required-skills").GetProperty("points").GetDouble());
        Assert.Contains(chad.GetProperty("toRaiseTheFit").EnumerateArray(), r => r.GetString()!.Contains("mobilisation des recettes", StringComparison.OrdinalIgnoreCase));
    }
}
