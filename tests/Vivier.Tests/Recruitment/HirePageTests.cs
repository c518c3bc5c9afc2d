using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Vivier.Core.Deployments;
using Vivier.Core.Identity;
using Vivier.Core.Missions;
using Vivier.Core.Recruitment;
using Vivier.Testing;
using Vivier.Web.Features.Roster;

namespace Vivier.Tests.Recruitment;

/// <summary>A hire is shown before it is made, asks to be confirmed, and can be found afterwards from the application, the mission and the roster.</summary>
public sealed class HirePageTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<int> MailCountAsync()
    {
        await using var db = App.NewDb();
        return await db.OutboxMails.CountAsync(Cancel);
    }

    [Fact]
    public async Task Choosing_hired_shows_what_the_hire_will_do_and_changes_nothing_until_confirmed()
    {
        var mission = await App.CreateMissionAsync("Mission à pourvoir", "SN", sponsors: ["MEAE", "AFD"]);
        var ids = await App.SeedApplicationsAsync(mission, 3);
        var closed = Assert.Single(await App.SeedApplicationsAsync(mission, 1, PipelineStage.Rejected));
        using var recruiter = await App.SignInAsAsync(Roles.Recruiter);
        var board = await recruiter.GetDocumentAsync($"/gestion/missions/{mission.Reference}/candidatures?vue=liste");
        var mails = await MailCountAsync();

        using var moved = await recruiter.SubmitAsync(board, "form[action$='/deplacer']",
            new Dictionary<string, string> { ["selected"] = ids[0].ToString(), ["stage"] = PipelineStage.Hired, ["reason"] = "Meilleur entretien" });
        var plan = await recruiter.GetDocumentAsync(moved.Headers.Location!.OriginalString);
        var text = plan.QuerySelector("main")!.TextContent;

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.StartsWith($"/gestion/candidatures/{ids[0]}/recruter?", moved.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.All(["Sénégal", "Ministère partenaire", "AFD, MEAE", mission.StartDate.ToString("D", new CultureInfo("fr-FR")), "Candidate0001 Pool0002",
            "Candidate0002 Pool0001", "Les candidatures déclinées (2)"], expected => Assert.Contains(expected, text, StringComparison.Ordinal));
        Assert.Equal("Meilleur entretien", plan.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#raison")!.Value);
        await using (var db = App.NewDb())
        {
            var closedName = await db.Applications.Where(a => a.Id == closed).Join(db.Users, a => a.PersonId, p => p.Id, (a, p) => p.GivenName + " " + p.FamilyName).SingleAsync(Cancel);
            Assert.DoesNotContain(closedName, text, StringComparison.Ordinal);
            Assert.Equal(MissionStatus.Published, (await db.Missions.SingleAsync(m => m.Id == mission.Id, Cancel)).Status);
            Assert.False(await db.Deployments.AnyAsync(d => d.MissionId == mission.Id, Cancel));
            Assert.All(await db.Applications.Where(a => ids.Contains(a.Id)).ToListAsync(Cancel), a => Assert.Equal(PipelineStage.Received, a.StageKey));
        }
        Assert.Equal(mails, await MailCountAsync());
    }

    [Fact]
    public async Task A_confirmed_hire_links_its_deployment_from_the_application_the_mission_and_the_roster_as_planned()
    {
        var mission = await App.CreateMissionAsync("Mission recrutée", "MG");
        var ids = await App.SeedApplicationsAsync(mission, 2);
        using var recruiter = await App.SignInAsAsync(Roles.Recruiter);
        var back = $"/gestion/missions/{mission.Reference}/candidatures?vue=liste";

        var plan = await recruiter.GetDocumentAsync($"/gestion/candidatures/{ids[1]}/recruter?back={Uri.EscapeDataString(back)}");
        using var confirmed = await recruiter.SubmitAsync(plan, "main form");
        var folder = await recruiter.GetDocumentAsync(confirmed.Headers.Location!.OriginalString);
        var editor = await recruiter.GetDocumentAsync($"/gestion/missions/{mission.Reference}");
        var inside = mission.StartDate.AddMonths(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var roster = await recruiter.GetDocumentAsync($"/roster?asOf={inside}&country=MG");
        using var api = App.NewClient().WithBearer(await App.ApiLoginAsync(await App.CreatePersonAsync(Roles.ProgrammeManager)));
        var page = (await api.GetFromJsonAsync<RosterPage>($"/api/v1/deployments?asOf={inside}&country=MG", Cancel))!;

        await using var db = App.NewDb();
        var deployment = await db.Deployments.SingleAsync(d => d.MissionId == mission.Id, Cancel);
        var link = $"/gestion/deploiements/{deployment.Id}";
        Assert.Equal($"/gestion/candidatures/{ids[1]}?done=hired&back={Uri.EscapeDataString(back)}", confirmed.Headers.Location!.OriginalString);
        Assert.Contains("Recrutement enregistré", folder.QuerySelector("main [role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(folder.QuerySelector($"main a[href='{link}']"));
        Assert.NotNull(editor.QuerySelector($"main a[href='{link}']"));
        Assert.Contains("prévu", roster.QuerySelector($"main a[href='{link}']")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal((0, 1), (page.Total, page.Planned));
        Assert.True(Assert.Single(page.Items).Planned);
        Assert.Equal(PipelineStage.Rejected, (await db.Applications.SingleAsync(a => a.Id == ids[0], Cancel)).StageKey);
    }

    [Fact]
    public async Task A_confirmation_made_on_a_list_that_changed_since_is_refused_and_shows_the_new_list()
    {
        var mission = await App.CreateMissionAsync("Mission disputée", "TG");
        var ids = await App.SeedApplicationsAsync(mission, 1);
        using var recruiter = await App.SignInAsAsync(Roles.Recruiter);
        var plan = await recruiter.GetDocumentAsync($"/gestion/candidatures/{ids[0]}/recruter");
        await App.SeedApplicationsAsync(mission, 1);

        using var refused = await recruiter.SubmitAsync(plan, "main form");
        var again = await Html.ParseAsync(refused);
        using var tooLong = await recruiter.SubmitAsync(again, "main form", new Dictionary<string, string> { ["raison"] = new string('x', 1001) });
        var longPage = await Html.ParseAsync(tooLong);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("ont changé", again.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("La candidature déclinée (1)", again.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(longPage.QuerySelector(".error-summary a[href='#raison']"));
        await using var db = App.NewDb();
        Assert.False(await db.Deployments.AnyAsync(d => d.MissionId == mission.Id, Cancel));
        Assert.Equal(MissionStatus.Published, (await db.Missions.SingleAsync(m => m.Id == mission.Id, Cancel)).Status);
    }

    [Fact]
    public async Task A_filled_mission_says_why_it_cannot_be_hired_and_offers_no_form()
    {
        var mission = await App.CreateMissionAsync("Mission déjà pourvue", "BJ");
        var ids = await App.SeedApplicationsAsync(mission, 2);
        using var recruiter = await App.SignInAsAsync(Roles.Recruiter);
        using (var first = await recruiter.SubmitAsync(await recruiter.GetDocumentAsync($"/gestion/candidatures/{ids[0]}/recruter"), "main form"))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        var page = await recruiter.GetDocumentAsync($"/gestion/candidatures/{ids[1]}/recruter");

        Assert.Contains("Recrutement impossible", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("main form"));
    }

    [Theory]
    [InlineData(Roles.ProgrammeManager)]
    [InlineData(Roles.Expert)]
    [InlineData(Roles.Sponsor)]
    public async Task Only_recruiters_and_admins_reach_the_hire_confirmation(string role)
    {
        var mission = await App.CreateMissionAsync("Mission gardée", "ML");
        var id = Assert.Single(await App.SeedApplicationsAsync(mission, 1));
        using var recruiter = await App.SignInAsAsync(Roles.Recruiter);
        var plan = await recruiter.GetDocumentAsync($"/gestion/candidatures/{id}/recruter");
        var token = plan.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        using var other = await App.SignInAsAsync(role);

        using var read = await other.GetAsync($"/gestion/candidatures/{id}/recruter", Cancel);
        using var form = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("plan", "x")]);
        using var post = await other.PostAsync($"/gestion/candidatures/{id}/recruter", form, Cancel);

        Assert.Contains("/erreur/403", read.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.True(post.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest, post.StatusCode.ToString());
        await using var db = App.NewDb();
        Assert.False(await db.Deployments.AnyAsync(d => d.MissionId == mission.Id, Cancel));
    }
}
