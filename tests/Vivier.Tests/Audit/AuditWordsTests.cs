using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Resources;
using Microsoft.EntityFrameworkCore;
using Vivier.Core.Audit;
using Vivier.Core.Identity;
using Vivier.Core.Recruitment;
using Vivier.Testing;
using Vivier.Web;
using Vivier.Web.Features.Profile;

namespace Vivier.Tests.Audit;

/// <summary>
/// Consequential actions and every reading of a person's data are in the log, about the person;
/// the admin reads it in words, names and Paris time, filtered by reader or person concerned, and
/// the person sees who at the agency opened their CV, profile or folders.
/// </summary>
public sealed class AuditWordsTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<List<AuditEntry>> AboutAsync(Guid application)
    {
        await using var db = App.NewDb();
        var person = await db.Applications.Where(a => a.Id == application).Select(a => a.PersonId).SingleAsync(Cancel);
        return await db.AuditEntries.AsNoTracking().Where(e => e.PersonId == person).OrderBy(e => e.Id).ToListAsync(Cancel);
    }

    private async Task<Person> PersonAsync(Guid id)
    {
        await using var db = App.NewDb();
        return await db.Users.AsNoTracking().SingleAsync(p => p.Id == id, Cancel);
    }

    [Fact]
    public async Task A_move_a_mass_move_and_a_hire_with_its_declines_are_each_audited_about_the_candidate_with_who_did_it()
    {
        var mission = await App.CreateMissionAsync("Mission auditée", "SN");
        var ids = await App.SeedApplicationsAsync(mission, 4);
        var recruiter = await App.CreatePersonAsync(Roles.Recruiter);
        var api = App.NewClient().WithBearer(await App.ApiLoginAsync(recruiter));

        using (var bulk = await api.PostAsJsonAsync($"/api/v1/missions/{mission.Reference}/applications/moves", new { ids = ids[..2], stage = "shortlisted" }, Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, bulk.StatusCode);
        }
        using (var one = await api.PostAsJsonAsync($"/api/v1/applications/{ids[2]}/moves", new { stage = "interview", reason = "Profil solide" }, Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        }
        using (var hire = await api.PostAsJsonAsync($"/api/v1/applications/{ids[3]}/moves", new { stage = PipelineStage.Hired }, Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, hire.StatusCode);
        }

        foreach (var (id, expected) in new[]
                 {
                     (ids[0], new[] { (AuditActions.MovedInBulk, "received → shortlisted (2)"), (AuditActions.MovedInBulk, "shortlisted → rejected (3)") }),
                     (ids[2], new[] { (AuditActions.StageMoved, "received → interview"), (AuditActions.MovedInBulk, "interview → rejected (3)") }),
                     (ids[3], new[] { (AuditActions.Hired, "received → hired") }),
                 })
        {
            var entries = await AboutAsync(id);
            Assert.Equal(expected, entries.Select(e => (e.Action, e.Detail!)));
            Assert.All(entries, e => Assert.Equal((recruiter.Id, id.ToString()), (e.ActorId!.Value, e.Subject!)));
        }
    }

    [Fact]
    public async Task The_admin_reads_a_folder_reading_in_words_with_the_reader_the_candidate_and_the_mission_named_and_linked()
    {
        var mission = await App.CreateMissionAsync("Mission lue", "MG");
        var application = Assert.Single(await App.SeedApplicationsAsync(mission, 1));
        var reading = await App.CreatePersonAsync(Roles.Recruiter);
        using (var reader = await App.SignInAsync(reading))
        {
            await reader.GetDocumentAsync($"/gestion/candidatures/{application}");
        }
        var recruiter = await PersonAsync(reading.Id);
        Person candidate;
        await using (var db = App.NewDb())
        {
            // Names unique to this test, so that a search by name finds its entries alone whatever else the database holds.
            var personId = await db.Applications.Where(a => a.Id == application).Select(a => a.PersonId).SingleAsync(Cancel);
            await db.Users.Where(p => p.Id == personId).ExecuteUpdateAsync(p => p.SetProperty(x => x.FamilyName, "Lu" + Guid.NewGuid().ToString("N")[..10]), Cancel);
            await db.Users.Where(p => p.Id == reading.Id).ExecuteUpdateAsync(p => p.SetProperty(x => x.FamilyName, "Lecteur" + Guid.NewGuid().ToString("N")[..10]), Cancel);
            candidate = await db.Users.AsNoTracking().SingleAsync(p => p.Id == personId, Cancel);
        }
        recruiter = await PersonAsync(reading.Id);
        using var admin = await App.SignInAsAsync(Roles.Admin);

        var byPerson = await admin.GetDocumentAsync($"/admin/journal?personne={Uri.EscapeDataString(candidate.FamilyName)}&action={AuditActions.FolderRead}");
        var byReader = await admin.GetDocumentAsync($"/admin/journal?qui={Uri.EscapeDataString(recruiter.GivenName + " " + recruiter.FamilyName)}&action={AuditActions.FolderRead}");
        var english = await admin.GetDocumentAsync($"/admin/journal?personne={candidate.Id}&action={AuditActions.FolderRead}&lang=en-GB");

        var row = Assert.Single(byPerson.QuerySelectorAll("#audit-log tbody tr"));
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Contains("(heure de Paris)", cells[0], StringComparison.Ordinal);
        Assert.StartsWith($"{recruiter.GivenName} {recruiter.FamilyName}", cells[1], StringComparison.Ordinal);
        Assert.Equal("Lecture d'un dossier de candidature", cells[2]);
        Assert.Equal($"{candidate.GivenName} {candidate.FamilyName}", cells[3]);
        Assert.StartsWith(mission.Reference, cells[4], StringComparison.Ordinal);
        Assert.Equal([$"/admin/personnes/{recruiter.Id}", $"/admin/personnes/{candidate.Id}", $"/gestion/candidatures/{application}"],
            row.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Single(byReader.QuerySelectorAll("#audit-log tbody tr"));
        Assert.Equal("Application folder opened", Assert.Single(english.QuerySelectorAll("#audit-log tbody tr")).QuerySelectorAll("td")[2].TextContent.Trim());
    }

    [Fact]
    public async Task A_candidate_sees_who_at_the_agency_opened_their_folder_but_not_their_own_readings()
    {
        var mission = await App.CreateMissionAsync("Mission consultée", "BJ");
        var application = Assert.Single(await App.SeedApplicationsAsync(mission, 1));
        var (candidate, own) = await App.CreateCandidateAsync(withCv: false);
        await using (var db = App.NewDb())
        {
            await db.Applications.Where(a => a.Id == application).ExecuteUpdateAsync(a => a.SetProperty(x => x.PersonId, candidate.Id), Cancel);
        }
        var reading = await App.CreatePersonAsync(Roles.Recruiter);
        using (var reader = await App.SignInAsync(reading))
        {
            await reader.GetDocumentAsync($"/gestion/candidatures/{application}");
        }
        var recruiter = await PersonAsync(reading.Id);

        var views = await own.GetFromJsonAsync<List<CvView>>("/api/v1/me/cv/views", Cancel);

        var view = Assert.Single(views!);
        Assert.Equal((AuditActions.FolderRead, $"{recruiter.GivenName} {recruiter.FamilyName}"), (view.What, view.By));
    }

    [Fact]
    public void Every_action_the_log_knows_has_its_words_in_French_and_in_English()
    {
        var resources = new ResourceManager("Vivier.Web.Resources.SharedResource", typeof(SharedResource).Assembly);
        var actions = typeof(AuditActions).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetValue(null)!).ToList();

        Assert.True(actions.Count >= 30);
        foreach (var action in actions)
        {
            var french = resources.GetString($"Audit.Action.{action}", CultureInfo.GetCultureInfo("fr"));
            var english = resources.GetString($"Audit.Action.{action}", CultureInfo.GetCultureInfo("en"));
            Assert.False(string.IsNullOrEmpty(french), action);
            Assert.False(string.IsNullOrEmpty(english), action);
            Assert.NotEqual(french, english);
        }
    }
}
