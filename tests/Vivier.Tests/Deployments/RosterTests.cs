using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vivier.Core.Deployments;
using Vivier.Core.Identity;
using Vivier.Core.Missions;
using Vivier.Testing;
using Vivier.Web.Features.Roster;

namespace Vivier.Tests.Deployments;

public sealed class RosterTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly DateOnly Start = new(2023, 1, 1);
    private static readonly DateOnly PlannedEnd = new(2023, 12, 31);

    private async Task<HttpClient> ApiAsync(string role) => App.NewClient().WithBearer(await App.ApiLoginAsync(await App.CreatePersonAsync(role)));

    private static async Task<RosterPage> RosterAsync(HttpClient client, string host, string day, string more = "") =>
        (await client.GetFromJsonAsync<RosterPage>($"/api/v1/deployments?asOf={day}&host={Uri.EscapeDataString(host)}{more}", Cancel))!;

    [Theory]
    [InlineData("2022-12-31", 0)]
    [InlineData("2023-01-01", 1)]
    [InlineData("2023-12-31", 1)]
    [InlineData("2024-01-01", 0)]
    public async Task A_deployment_counts_from_its_first_to_its_last_day_both_included(string day, int expected)
    {
        var host = $"Bornes {day}";
        await App.AddDeploymentAsync(host, Start, PlannedEnd, "ended");
        var staff = await ApiAsync(Roles.ProgrammeManager);

        Assert.Equal(expected, (await RosterAsync(staff, host, day)).Total);
    }

    [Fact]
    public async Task A_host_is_found_whatever_the_accents_and_case_typed_each_word_anywhere_in_its_name()
    {
        var tag = "h" + Guid.NewGuid().ToString("N")[..8].Replace('s', 't').Replace('x', 'y');
        await App.AddDeploymentAsync($"Ministère de l'Économie {tag}", Start, PlannedEnd);
        await App.AddDeploymentAsync($"Ministère de la Santé {tag}", Start, PlannedEnd);
        var staff = await ApiAsync(Roles.ProgrammeManager);

        var economy = await RosterAsync(staff, $"ECONOMIE ministere {tag}", "2023-06-01");
        var both = await RosterAsync(staff, $"MINISTÈRE {tag}", "2023-06-01");
        var none = await RosterAsync(staff, $"santé économie {tag}", "2023-06-01");

        Assert.Equal($"Ministère de l'Économie {tag}", Assert.Single(economy.Items).HostInstitution);
        Assert.Equal((2, 0), (both.Total, none.Total));
    }

    [Fact]
    public async Task Extensions_early_ends_preparing_and_cancelled_deployments_count_as_the_rule_says()
    {
        const string host = "Règle de comptage";
        await App.AddDeploymentAsync(host, Start, PlannedEnd, extendTo: new DateOnly(2024, 6, 30));
        await App.AddDeploymentAsync(host, Start, PlannedEnd, endEarly: new DateOnly(2023, 6, 15));
        await App.AddDeploymentAsync(host, Start, PlannedEnd, "preparing");
        await App.AddDeploymentAsync(host, Start, PlannedEnd, "cancelled");
        var staff = await ApiAsync(Roles.Admin);

        var day = await RosterAsync(staff, host, "2023-06-15");
        Assert.Equal(2, day.Total);
        Assert.Equal(1, (await RosterAsync(staff, host, "2023-06-16")).Total);
        Assert.Equal(1, (await RosterAsync(staff, host, "2024-06-30")).Total);
        Assert.Equal(0, (await RosterAsync(staff, host, "2024-07-01")).Total);
        // The preparing one is listed over its planned dates, marked planned, beside the total and never in it (nor in the counts by kind).
        Assert.Equal(1, day.Planned);
        Assert.Equal(2, day.ByKind["ETI"]);
        Assert.Equal([false, false, true], day.Items.Select(i => i.Planned).Order());
        Assert.Equal(DeploymentStatus.Preparing, Assert.Single(day.Items, i => i.Planned).Status);
        Assert.Equal(0, (await RosterAsync(staff, host, PlannedEnd.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).Planned);
    }

    [Fact]
    public async Task The_api_answers_a_page_with_total_counts_by_kind_and_each_row_s_kind_and_country()
    {
        const string host = "Forme de la réponse";
        await App.AddDeploymentAsync(host, Start, PlannedEnd, kind: ExpertKind.ETI, country: "SN");
        await App.AddDeploymentAsync(host, Start, PlannedEnd, kind: ExpertKind.END, country: "BE");
        await App.AddDeploymentAsync(host, Start, PlannedEnd, kind: ExpertKind.AT, country: "PF");
        var staff = await ApiAsync(Roles.Recruiter);

        var first = await RosterAsync(staff, host, "2023-03-01", "&pageSize=2");
        var second = await RosterAsync(staff, host, "2023-03-01", "&pageSize=2&page=2");
        var json = await staff.GetStringAsync($"/api/v1/deployments?asOf=2023-03-01&host={Uri.EscapeDataString(host)}&kind=AT", Cancel);
        var oceania = await RosterAsync(staff, host, "2023-03-01", "&continent=Oceania");

        Assert.Equal((3, 2, 1), (first.Total, first.Items.Count, second.Items.Count));
        Assert.Equal(new Dictionary<string, int> { ["ETI"] = 1, ["END"] = 1, ["AT"] = 1 }, first.ByKind);
        Assert.Contains("\"kind\":\"AT\"", json, StringComparison.Ordinal);
        Assert.Contains("\"countryCode\":\"PF\"", json, StringComparison.Ordinal);
        Assert.Equal("PF", Assert.Single(oceania.Items).CountryCode);
    }

    [Fact]
    public async Task A_sponsor_sees_the_deployments_it_funds_co_supervised_ones_for_both_and_never_another_s()
    {
        const string host = "Périmètre des tutelles";
        await App.AddDeploymentAsync(host, Start, PlannedEnd, sponsors: ["MEAE"]);
        var treasurys = await App.AddDeploymentAsync(host, Start, PlannedEnd, sponsors: ["DG Trésor"]);
        await App.AddDeploymentAsync(host, Start, PlannedEnd, sponsors: ["MEAE", "DG Trésor"]);
        var meae = await SponsorAsync("MEAE");
        var tresor = await SponsorAsync("DG Trésor");

        var seenByMeae = await RosterAsync(meae, host, "2023-05-01");
        var seenByTresor = await RosterAsync(tresor, host, "2023-05-01");
        var askingForTheOther = await RosterAsync(meae, host, "2023-05-01", "&sponsor=DG%20Tr%C3%A9sor");

        Assert.Equal(2, seenByMeae.Total);
        Assert.All(seenByMeae.Items, row => Assert.Contains("MEAE", row.Sponsors));
        Assert.Equal(2, seenByTresor.Total);
        Assert.Equal(1, askingForTheOther.Total);
        Assert.Equal(["DG Trésor", "MEAE"], Assert.Single(askingForTheOther.Items).Sponsors);
        // By id: a deployment's page and its steps are staff's, whoever funds it.
        Assert.Equal(HttpStatusCode.Forbidden, (await meae.PostAsJsonAsync($"/api/v1/deployments/{treasurys.Id}/extend", new { on = "2030-01-01", reason = "x" }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await meae.GetAsync($"/gestion/deploiements/{treasurys.Id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await ApiAsync(Roles.Partner)).GetAsync("/api/v1/deployments", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await ApiAsync(Roles.Expert)).GetAsync("/api/v1/deployments", Cancel)).StatusCode);
    }

    [Fact]
    public async Task A_sponsor_reads_the_names_of_the_hand_overs_it_funds_and_no_other()
    {
        const string host = "Passation entre tutelles";
        var post = await App.AddPostAsync(host);
        var before = await App.AddDeploymentAsync(host, new DateOnly(2021, 1, 1), new DateOnly(2022, 12, 31), "ended", sponsors: ["MEAE"], postId: post.Id);
        var during = await App.AddDeploymentAsync(host, Start, PlannedEnd, sponsors: ["DG Trésor"], postId: post.Id);
        var after = await App.AddDeploymentAsync(host, new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31), sponsors: ["MEAE"], postId: post.Id);
        await using (var db = App.NewDb())
        {
            foreach (var (deployment, name) in new[] { (before, "Avant"), (during, "Pendant"), (after, "Après") })
            {
                db.Users.Single(p => p.Id == deployment.PersonId).FamilyName = name;
            }
            await db.SaveChangesAsync(Cancel);
        }

        var staffRow = Assert.Single((await RosterAsync(await ApiAsync(Roles.ProgrammeManager), host, "2023-05-01")).Items);
        var tresorRow = Assert.Single((await RosterAsync(await SponsorAsync("DG Trésor"), host, "2023-05-01")).Items);
        var meaeRow = Assert.Single((await RosterAsync(await SponsorAsync("MEAE"), host, "2024-05-01")).Items);

        Assert.Equal((during.Id, "Experte Avant", "Experte Après"), (staffRow.Id, staffRow.Predecessor, staffRow.Successor));
        Assert.Equal((during.Id, (string?)null, (string?)null), (tresorRow.Id, tresorRow.Predecessor, tresorRow.Successor));
        // Its own deployments before and after: named; the other sponsor's between them: not.
        Assert.Equal((after.Id, (string?)null, (string?)null), (meaeRow.Id, meaeRow.Predecessor, meaeRow.Successor));
    }

    private async Task<HttpClient> SponsorAsync(string shortName)
    {
        var person = await App.CreatePersonAsync(Roles.Sponsor);
        await using (var db = App.NewDb())
        {
            var organisation = db.Organisations.Single(o => o.ShortName == shortName);
            db.Users.Single(p => p.Id == person.Id).OrganisationId = organisation.Id;
            await db.SaveChangesAsync(Cancel);
        }
        return App.NewClient().WithBearer(await App.ApiLoginAsync(person));
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_localised_message_on_the_api_and_the_page()
    {
        var staff = await ApiAsync(Roles.Admin);
        using var manager = await App.SignInAsAsync(Roles.ProgrammeManager);

        using var response = await staff.GetAsync("/api/v1/deployments?asOf=2023-13-45&kind=XYZ&pageSize=1000", Cancel);
        var page = await manager.GetDocumentAsync("/roster?asOf=31/12/2023");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("AAAA-MM-JJ", problem, StringComparison.Ordinal);
        Assert.Contains("ETI, END ou AT", problem, StringComparison.Ordinal);
        Assert.Contains("1 à 200", problem, StringComparison.Ordinal);
        Assert.Contains("AAAA-MM-JJ", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("main table"));
    }

    [Fact]
    public async Task The_roster_exports_every_page_of_its_filtered_day_planned_rows_marked_audited_and_staff_or_sponsors_only()
    {
        const string host = "Registre exporté";
        for (var i = 0; i < 3; i++)
        {
            await App.AddDeploymentAsync(host, Start, PlannedEnd);
        }
        await App.AddDeploymentAsync(host, Start, PlannedEnd, "preparing");
        await App.AddDeploymentAsync("Autre institution", Start, PlannedEnd);
        using var manager = await App.SignInAsAsync(Roles.ProgrammeManager);
        using var expert = await App.SignInAsAsync(Roles.Expert);
        var url = $"/roster?asOf=2023-06-15&host={Uri.EscapeDataString(host)}&handler=csv";

        using var export = await manager.GetAsync(url, Cancel);
        var lines = (await export.Content.ReadAsStringAsync(Cancel)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        using var refused = await expert.GetAsync(url, Cancel);

        Assert.Equal("text/csv", export.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("Expert ou experte;Type d'expertise;Pays ou territoire;", lines[0], StringComparison.Ordinal);
        Assert.Equal(5, lines.Length);
        Assert.Equal(1, lines.Count(l => l.Contains(";prévu;", StringComparison.Ordinal)));
        Assert.Equal(3, lines.Count(l => l.Contains(";en poste;", StringComparison.Ordinal)));
        Assert.Contains("/erreur/403", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await using var db = App.NewDb();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "export" && e.Subject == "roster.csv", Cancel));
    }

    [Fact]
    public async Task A_sponsor_s_roster_export_holds_only_the_deployments_it_funds()
    {
        const string host = "Export d'une tutelle";
        await App.AddDeploymentAsync(host, Start, PlannedEnd, sponsors: ["MEAE"]);
        await App.AddDeploymentAsync(host, Start, PlannedEnd, sponsors: ["DG Trésor"]);
        await App.AddDeploymentAsync(host, Start, PlannedEnd, "preparing", sponsors: ["DG Trésor"]);
        var person = await App.CreatePersonAsync(Roles.Sponsor);
        await using (var db = App.NewDb())
        {
            db.Users.Single(p => p.Id == person.Id).OrganisationId = db.Organisations.Single(o => o.ShortName == "MEAE").Id;
            await db.SaveChangesAsync(Cancel);
        }
        using var sponsor = await App.SignInAsync(person);

        using var export = await sponsor.GetAsync($"/roster?asOf=2023-06-15&host={Uri.EscapeDataString(host)}&handler=csv", Cancel);
        var lines = (await export.Content.ReadAsStringAsync(Cancel)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal(2, lines.Length);
        Assert.Contains(";MEAE;", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Contains("DG Trésor", StringComparison.Ordinal));
    }
}
