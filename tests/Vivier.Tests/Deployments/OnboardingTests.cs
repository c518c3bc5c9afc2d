using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vivier.Core.Deployments;
using Vivier.Core.Identity;
using Vivier.Testing;
using Vivier.Web.Features.Applications;
using Vivier.Web.Features.Onboarding;

namespace Vivier.Tests.Deployments;

public sealed class OnboardingTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_hire_starts_the_checklist_the_expert_ticks_their_steps_and_staff_see_who_is_late()
    {
        var mission = await App.CreateMissionAsync("Départ à préparer", "SN");
        var (person, client) = await App.CreateCandidateAsync();
        var sent = await (await client.PostAsJsonAsync($"/api/v1/missions/{mission.Reference}/applications", new { coverLetter = "Motivée." }, Cancel))
            .Content.ReadFromJsonAsync<ApplicationDto>(Cancel);
        var recruiter = App.NewClient().WithBearer(await App.ApiLoginAsync(await App.CreatePersonAsync(Roles.Recruiter)));
        (await recruiter.PostAsJsonAsync($"/api/v1/applications/{sent!.Id}/moves", new { stage = "hired" }, Cancel)).EnsureSuccessStatusCode();
        await using var db = App.NewDb();
        var deployment = await db.Deployments.SingleAsync(d => d.ApplicationId == sent.Id, Cancel);
        var items = await db.ChecklistItems.Where(i => i.DeploymentId == deployment.Id).OrderBy(i => i.Position).ToListAsync(Cancel);
        using var expert = await App.SignInAsync(person);
        using var someoneElse = await App.SignInAsAsync(Roles.Expert);

        var page = await expert.GetDocumentAsync("/mon-depart");
        var visa = items.Single(i => i.TitleFr == "Obtenir le visa");
        var contract = items.Single(i => i.Owner == ChecklistOwner.Staff && i.TitleFr == "Signer le contrat");
        using var ticked = await expert.SubmitAsync(page, $"form:has(input[name=item][value='{visa.Id}'])");
        var token = page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        using var staffStep = await expert.PostAsync("/mon-depart", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("item", contract.Id.ToString()), new("done", "true")]), Cancel);
        var otherPage = await someoneElse.GetDocumentAsync("/mon-depart");
        var otherToken = otherPage.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        using var notTheirs = await someoneElse.PostAsync("/mon-depart", new FormUrlEncodedContent([new("__RequestVerificationToken", otherToken), new("item", visa.Id.ToString()), new("done", "false")]), Cancel);

        Assert.Equal(6, items.Count);
        Assert.Equal(deployment.PlannedStart.AddDays(-30), visa.DueOn);
        Assert.Equal(6, page.QuerySelectorAll("main .task-list li").Length);
        Assert.Equal(3, page.QuerySelectorAll("main .task-list form").Length);
        Assert.Equal(HttpStatusCode.Redirect, ticked.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, staffStep.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
        await using var after = App.NewDb();
        Assert.NotNull((await after.ChecklistItems.SingleAsync(i => i.Id == visa.Id, Cancel)).DoneAt);
        Assert.Null((await after.ChecklistItems.SingleAsync(i => i.Id == contract.Id, Cancel)).DoneAt);
    }

    [Fact]
    public async Task Staff_see_late_departures_and_tick_the_team_s_steps()
    {
        var today = DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime);
        var late = await App.AddDeploymentAsync("Départ en retard", today.AddDays(20), today.AddYears(2), "preparing", withChecklist: true);
        var onTime = await App.AddDeploymentAsync("Départ à l'heure", today.AddDays(200), today.AddYears(3), "preparing", withChecklist: true);
        using var manager = await App.SignInAsAsync(Roles.ProgrammeManager);

        var lateOnly = await manager.GetDocumentAsync("/gestion/departs?retard=true");
        var contract = await App.NewDb().ChecklistItems.SingleAsync(i => i.DeploymentId == late.Id && i.TitleFr == "Signer le contrat", Cancel);
        using var ticked = await manager.SubmitAsync(lateOnly, $"form:has(input[name=item][value='{contract.Id}'])");

        var text = lateOnly.QuerySelector("main")!.TextContent;
        Assert.Contains("Départ en retard", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Départ à l'heure", text, StringComparison.Ordinal);
        Assert.Equal("/gestion/departs?retard=true", ticked.Headers.Location!.OriginalString);
        await using var db = App.NewDb();
        Assert.NotNull((await db.ChecklistItems.SingleAsync(i => i.Id == contract.Id, Cancel)).DoneBy);
        Assert.NotEqual(onTime.Id, late.Id);
    }

    [Fact]
    public async Task The_overview_shows_only_the_late_steps_and_the_deployment_page_the_whole_checklist()
    {
        var today = DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime);
        var late = await App.AddDeploymentAsync("Grille en retard", today.AddDays(25), today.AddYears(2), "preparing", withChecklist: true);
        var onTime = await App.AddDeploymentAsync("Grille à l'heure", today.AddDays(300), today.AddYears(3), "preparing", withChecklist: true);
        await using var db = App.NewDb();
        var lateSteps = await db.ChecklistItems.Where(i => i.DeploymentId == late.Id && i.DoneAt == null && i.DueOn < today).Select(i => i.Id).ToListAsync(Cancel);
        var otherStep = await db.ChecklistItems.Where(i => i.DeploymentId == onTime.Id).Select(i => i.Id).FirstAsync(Cancel);
        using var manager = await App.SignInAsAsync(Roles.ProgrammeManager);

        var overview = await manager.GetDocumentAsync("/gestion/departs");
        var lateRow = overview.QuerySelectorAll("main table.departures tbody tr").Single(r => r.TextContent.Contains("Grille en retard", StringComparison.Ordinal));
        var onTimeRow = overview.QuerySelectorAll("main table.departures tbody tr").Single(r => r.TextContent.Contains("Grille à l'heure", StringComparison.Ordinal));
        var deploymentPage = await manager.GetDocumentAsync($"/gestion/deploiements/{onTime.Id}");
        using var ticked = await manager.SubmitAsync(deploymentPage, $"form:has(input[name=item][value='{otherStep}'])");
        using var notThisOne = await manager.SubmitAsync(deploymentPage, $"form:has(input[name=item][value='{otherStep}'])", new Dictionary<string, string> { ["item"] = lateSteps[0].ToString(CultureInfo.InvariantCulture) });

        Assert.NotEmpty(lateSteps);
        Assert.Equal(lateSteps.Select(id => id.ToString(CultureInfo.InvariantCulture)).Order(), lateRow.QuerySelectorAll("input[name=item]").Select(i => i.GetAttribute("value")!).Order());
        Assert.Equal($"/gestion/deploiements/{late.Id}#checklist", lateRow.QuerySelector("th a")!.GetAttribute("href"));
        Assert.Empty(onTimeRow.QuerySelectorAll("form"));
        Assert.Contains("Prochaine : ", onTimeRow.TextContent, StringComparison.Ordinal);
        Assert.Equal(6, deploymentPage.QuerySelectorAll("#checklist ~ .task-list li").Length);
        Assert.Equal($"/gestion/deploiements/{onTime.Id}#checklist", ticked.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, notThisOne.StatusCode);
        await using var after = App.NewDb();
        Assert.NotNull((await after.ChecklistItems.SingleAsync(i => i.Id == otherStep, Cancel)).DoneAt);
        Assert.Null((await after.ChecklistItems.SingleAsync(i => i.Id == lateSteps[0], Cancel)).DoneAt);
    }
}

/// <summary>The template is the programme's: its own fixture, so its changes touch no other test.</summary>
public sealed class ChecklistTemplateTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Staff_edit_the_template_add_a_step_and_switch_one_off_new_checklists_follow_and_a_stale_save_is_refused()
    {
        using var manager = await App.SignInAsAsync(Roles.ProgrammeManager);
        var page = await manager.GetDocumentAsync("/gestion/departs/modele");
        var rows = page.QuerySelectorAll("tbody tr").Length;

        using var bad = await manager.SubmitAsync(page, "main form", new Dictionary<string, string>
        {
            [$"Rows[{rows - 1}].TitleFr"] = "Ouvrir un compte bancaire local", [$"Rows[{rows - 1}].DaysBeforeStart"] = "900",
        });
        using var saved = await manager.SubmitAsync(page, "main form", new Dictionary<string, string>
        {
            [$"Rows[{rows - 1}].TitleFr"] = "Ouvrir un compte bancaire local", [$"Rows[{rows - 1}].TitleEn"] = "Open a local bank account",
            [$"Rows[{rows - 1}].DaysBeforeStart"] = "-10", [$"Rows[{rows - 1}].Owner"] = "Expert", ["Rows[4].Active"] = "false",
        });
        using var stale = await manager.SubmitAsync(page, "main form", new Dictionary<string, string> { ["Rows[0].TitleFr"] = "Écrasé" });
        var today = DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime);
        var deployment = await App.AddDeploymentAsync("Nouveau modèle", today.AddDays(100), today.AddYears(2), "preparing", withChecklist: true);

        Assert.Contains("-365 et 365", (await Html.ParseAsync(bad)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/gestion/departs/modele?saved=true", saved.Headers.Location!.OriginalString);
        Assert.Contains("modifié par quelqu'un d'autre", (await Html.ParseAsync(stale)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        await using var db = App.NewDb();
        var steps = await db.ChecklistItems.Where(i => i.DeploymentId == deployment.Id).ToListAsync(Cancel);
        Assert.Equal(6, steps.Count);
        Assert.Contains(steps, s => s.TitleFr == "Ouvrir un compte bancaire local" && s.DueOn == today.AddDays(110));
        Assert.DoesNotContain(steps, s => s.TitleFr == "Réserver le voyage");
        Assert.DoesNotContain(await db.ChecklistTemplate.Select(t => t.TitleFr).ToListAsync(Cancel), t => t == "Écrasé");
    }
}

/// <summary>Reminders and alerts move with the clock: their own fixture, so the clock moves for them alone.</summary>
public sealed class DepartureAlertsTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>
    /// One complete run. Moving the clock by weeks also wakes the job's own timer: when that run
    /// holds the lease, wait for it to end and run again, so the test reads what a run leaves.
    /// </summary>
    private async Task RunAsync()
    {
        while (await App.Services.GetRequiredService<DepartureAlerts>().RunAsync(Cancel) is null)
        {
            await Task.Delay(50, Cancel);
        }
    }

    private async Task<List<Vivier.Core.Mail.OutboxMail>> MailsOfAsync(Guid personId)
    {
        await using var db = App.NewDb();
        var email = await db.Users.Where(p => p.Id == personId).Select(p => p.Email!).SingleAsync(Cancel);
        return await App.MailsToAsync(email);
    }

    [Fact]
    public async Task Steps_due_within_a_week_or_late_are_reminded_once_and_end_of_mission_alerts_come_90_and_30_days_before()
    {
        var today = DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime);
        // Starts in 40 days: the medical check (45 days before) is late, the visa (30 days before) due in 10 days.
        var leaving = await App.AddDeploymentAsync("Rappels", today.AddDays(40), today.AddYears(2), "preparing", withChecklist: true);
        var ending = await App.AddDeploymentAsync("Fin de mission", today.AddYears(-2), today.AddDays(80));

        await RunAsync();
        var first = await MailsOfAsync(leaving.PersonId);
        await RunAsync();
        var again = await MailsOfAsync(leaving.PersonId);
        App.Clock.Advance(TimeSpan.FromDays(4));
        await RunAsync();
        var later = await MailsOfAsync(leaving.PersonId);
        var endAlerts = await MailsOfAsync(ending.PersonId);
        App.Clock.Advance(TimeSpan.FromDays(50));
        await RunAsync();
        await RunAsync();
        var endAlertsLater = await MailsOfAsync(ending.PersonId);

        var reminder = Assert.Single(first);
        Assert.Contains("Passer la visite médicale", reminder.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Obtenir le visa", reminder.TextBody, StringComparison.Ordinal);
        Assert.Single(again);
        Assert.Equal(2, later.Count);
        Assert.Contains("Obtenir le visa", later.OrderBy(m => m.CreatedAt).Last().TextBody, StringComparison.Ordinal);
        Assert.Contains("90", Assert.Single(endAlerts).TextBody, StringComparison.Ordinal);
        Assert.Equal(2, endAlertsLater.Count);
        Assert.Contains("30", endAlertsLater.OrderBy(m => m.CreatedAt).Last().TextBody, StringComparison.Ordinal);
    }
}

/// <summary>Paging counts every departure: its own fixture, so no other test's departures shift the pages.</summary>
public sealed class DeparturesPagingTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private const int PageSize = Vivier.Web.Features.Onboarding.IndexModel.PageSize;

    [Fact]
    public async Task The_overview_pages_through_late_departures_and_keeps_its_filter()
    {
        var today = DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime);
        for (var i = 0; i <= PageSize; i++)
        {
            await App.AddDeploymentAsync($"Pagination {i:D2}", today.AddDays(-400 + i), today.AddYears(1), "preparing", withChecklist: true);
        }
        await App.AddDeploymentAsync("Pagination à l'heure", today.AddDays(400), today.AddYears(3), "preparing", withChecklist: true);
        using var manager = await App.SignInAsAsync(Roles.Recruiter);

        var first = await manager.GetDocumentAsync("/gestion/departs?retard=true");
        var next = first.QuerySelector("main a[rel=next]")!.GetAttribute("href")!;
        var second = await manager.GetDocumentAsync($"/gestion/departs{next}");

        Assert.Equal(PageSize, first.QuerySelectorAll("main table.departures tbody tr").Length);
        Assert.Contains("retard=true", next, StringComparison.Ordinal);
        Assert.Contains("page=2", next, StringComparison.Ordinal);
        Assert.Contains("Pagination 00", first.QuerySelector("main table.departures tbody tr")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"Pagination {PageSize:D2}", Assert.Single(second.QuerySelectorAll("main table.departures tbody tr")).TextContent, StringComparison.Ordinal);
        Assert.Null(second.QuerySelector("main a[rel=next]"));
    }
}
