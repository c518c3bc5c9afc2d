using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vivier.Core.Events;
using Vivier.Core.Identity;
using Vivier.Testing;

namespace Vivier.Tests.Events;

/// <summary>The events' pages as people use them: organisers build an event and follow its registrations; participants register and pick sessions.</summary>
public sealed class EventPagesTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_registration_awaiting_approval_is_told_where_the_session_buttons_will_be()
    {
        var approval = await App.CreateEventAsync("Sur validation, programme", EventAudience.Approval);
        await App.AddSessionAsync(approval, "Atelier", new TimeOnly(10, 0), new TimeOnly(11, 0), 10);
        var person = await App.CreatePersonAsync(Roles.Expert);
        using var api = App.NewClient().WithBearer(await App.ApiLoginAsync(person));
        using var registered = await api.PostAsJsonAsync($"/api/v1/events/{approval.Id}/registrations", new { participantType = "expert", imageRightsConsent = true }, Cancel);
        using var browser = await App.SignInAsync(person);

        var programme = await browser.GetDocumentAsync($"/evenements/{approval.Id}");

        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        Assert.Contains("\"status\":\"pending\"", await registered.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Contains("une fois votre inscription validée par les organisateurs", programme.QuerySelector("main ol.list-unstyled")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(programme.QuerySelectorAll("form[action*='handler=enrol']"));
    }

    [Fact]
    public async Task An_organiser_creates_an_event_and_a_session_with_clear_messages_and_sees_it_in_the_programme()
    {
        using var manager = await App.SignInAsAsync(Roles.ProgrammeManager);

        var form = await manager.GetDocumentAsync("/gestion/evenements/nouveau");
        using var bad = await manager.SubmitAsync(form, "main form[method=post]", new Dictionary<string, string>
        {
            ["Input.Title"] = "", ["Input.StartDate"] = "2027-03-12", ["Input.EndDate"] = "2027-03-10", ["Input.Venue"] = "Dakar",
        });
        var badPage = await Html.ParseAsync(bad);
        using var created = await manager.SubmitAsync(form, "main form[method=post]", new Dictionary<string, string>
        {
            ["Input.Title"] = "Rencontre régionale des ETI d'Afrique de l'Ouest", ["Input.StartDate"] = "2027-03-10", ["Input.EndDate"] = "2027-03-11",
            ["Input.Venue"] = "Institut français du Sénégal, Dakar", ["Input.Audience"] = "open",
        });
        var edit = created.Headers.Location!.OriginalString;
        var sessionForm = await manager.GetDocumentAsync($"{edit}/sessions/nouvelle");
        using var badSession = await manager.SubmitAsync(sessionForm, "main form[method=post]", new Dictionary<string, string>
        {
            ["Input.Title"] = "Atelier", ["Input.Room"] = "Salle 1", ["Input.Start"] = "2027-03-10T10:00", ["Input.End"] = "2027-03-10T09:00", ["Input.Capacity"] = "abc",
        });
        var badSessionPage = await Html.ParseAsync(badSession);
        using var session = await manager.SubmitAsync(sessionForm, "main form[method=post]", new Dictionary<string, string>
        {
            ["Input.Title"] = "Atelier décentralisation", ["Input.Type"] = "workshop", ["Input.Room"] = "Salle 1", ["Input.Start"] = "2027-03-10T10:00",
            ["Input.End"] = "2027-03-10T11:30", ["Input.Capacity"] = "25", ["Input.Speakers"] = "Awa Diop, ETI décentralisation\nJean Martin", ["Input.Themes"] = "decentralisation",
        });
        var programme = await App.NewClient().GetDocumentAsync(edit.Replace("/gestion", "", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Ce champ est obligatoire", badPage.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Le dernier jour doit suivre le premier", badPage.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var summary = badSessionPage.QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("La fin doit suivre le début", summary, StringComparison.Ordinal);
        Assert.Contains("capacité entre 1 et 10 000", summary, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, session.StatusCode);
        var text = programme.QuerySelector("main")!.TextContent;
        Assert.Contains("10:00–11:30", text, StringComparison.Ordinal);
        Assert.Contains("Awa Diop, ETI décentralisation ; Jean Martin", text, StringComparison.Ordinal);
        Assert.Contains("25 places libres sur 25", text, StringComparison.Ordinal);
        await using var db = App.NewDb();
        var stored = await db.Sessions.Include(s => s.Themes).SingleAsync(s => s.Title == "Atelier décentralisation", Cancel);
        Assert.Equal(["decentralisation"], stored.Themes.Select(t => t.Code));
    }

    [Fact]
    public async Task A_person_registers_on_the_page_picks_a_session_is_refused_a_clash_and_joins_a_waitlist_told_her_place()
    {
        var e = await App.CreateEventAsync("Journées sur pages");
        var plenary = await App.AddSessionAsync(e, "Plénière", new TimeOnly(9, 0), new TimeOnly(10, 0), 100);
        var parallel = await App.AddSessionAsync(e, "Carte blanche en parallèle", new TimeOnly(9, 30), new TimeOnly(10, 30), 100);
        var full = await App.AddSessionAsync(e, "Atelier complet", new TimeOnly(14, 0), new TimeOnly(15, 0), 1);
        var other = (await App.RegisterPeopleAsync(e, 1, "first"))[0];
        await App.Services.InScopeAsync<Vivier.Web.Features.Events.Enrolling, Vivier.Web.Features.Events.EnrolmentOutcome>(d => d.EnrolAsync(full.Id, other, Cancel));
        using var expert = await App.SignInAsAsync(Roles.Expert);
        var url = $"/evenements/{e.Id}";

        var registration = await expert.GetDocumentAsync($"{url}/inscription");
        using var noType = await expert.SubmitAsync(registration, "main form[method=post]");
        using var registered = await expert.SubmitAsync(registration, "main form[method=post]", new Dictionary<string, string>
        {
            ["Input.ParticipantType"] = "expert", ["Input.DietaryNeeds"] = "Sans gluten", ["Input.ImageRightsConsent"] = "true",
        });
        var page = await expert.GetDocumentAsync(url);
        using var enrolled = await expert.SubmitAsync(page, $"form[action*='session={plenary.Id}']");
        page = await expert.GetDocumentAsync(url);
        using var clash = await expert.SubmitAsync(page, $"form[action*='session={parallel.Id}']");
        var clashPage = await Html.ParseAsync(clash);
        using var waitlisted = await expert.SubmitAsync(page, $"form[action*='session={full.Id}']");
        var after = await expert.GetDocumentAsync(waitlisted.Headers.Location!.OriginalString);
        var agenda = await expert.GetDocumentAsync("/mon-agenda");

        Assert.Contains("Choisissez à quel titre vous participez", (await Html.ParseAsync(noType)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, enrolled.StatusCode);
        Assert.Contains("en même temps que « Plénière »", clashPage.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("en position 1", after.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        var rows = agenda.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r.Contains("Plénière", StringComparison.Ordinal) && r.Contains("Dans votre agenda", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("Atelier complet", StringComparison.Ordinal) && r.Contains("position 1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_organiser_filters_exports_and_decides_registrations_and_the_export_is_audited()
    {
        var e = await App.CreateEventAsync("Sur validation, en page", EventAudience.Approval);
        await using (var setup = App.NewDb())
        {
            var stored = await setup.Events.SingleAsync(x => x.Id == e.Id, Cancel);
            stored.Questions = ["Dans quel pays êtes-vous en poste ?"];
            await setup.SaveChangesAsync(Cancel);
        }
        var person = await App.CreatePersonAsync(Roles.Expert);
        using var expert = await App.SignInAsync(person);
        var form = await expert.GetDocumentAsync($"/evenements/{e.Id}/inscription");
        (await expert.SubmitAsync(form, "main form[method=post]", new Dictionary<string, string>
        {
            ["Input.ParticipantType"] = "expert", ["Input.DietaryNeeds"] = "=HYPERLINK(\"x\")", ["Input.AccessibilityNeeds"] = "Boucle magnétique",
            ["Input.Answers[0]"] = "Au Tchad, depuis 2023",
        })).Dispose();
        await App.RegisterPeopleAsync(e, 2, "confirmed");
        using var manager = await App.SignInAsAsync(Roles.ProgrammeManager);
        var url = $"/gestion/evenements/{e.Id}/inscriptions";

        var pending = await manager.GetDocumentAsync($"{url}?status=pending");
        var withNeeds = await manager.GetDocumentAsync($"{url}?needs=true");
        using var csv = await manager.GetAsync($"{url}?handler=csv&needs=true", Cancel);
        var csvText = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync(Cancel));
        using var approved = await manager.SubmitAsync(pending, "form[action*='approve=true']");

        Assert.Single(pending.QuerySelectorAll("tbody tr"));
        Assert.Single(withNeeds.QuerySelectorAll("tbody tr"));
        Assert.StartsWith("\uFEFFNom;", csvText, StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK", csvText, StringComparison.Ordinal);
        Assert.Contains("Boucle magnétique", csvText, StringComparison.Ordinal);
        var csvLines = csvText.Split("\r\n");
        // Plain column titles (not the form's labels), and the organiser's counts by type in each language's punctuation.
        Assert.Contains(";Date d'arrivée;Régime alimentaire;Besoins d'accessibilité;", csvLines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("facultatif", csvLines[0], StringComparison.Ordinal);
        Assert.Contains("Experte ou expert en poste : 2", pending.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        // After the approval: three confirmed experts.
        var english = await manager.GetDocumentAsync($"{url}?lang=en-GB");
        Assert.Contains("Expert in post: 3", english.QuerySelector("main p")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Arrival date", english.QuerySelectorAll("thead th")[3].TextContent);
        Assert.EndsWith(";Dans quel pays êtes-vous en poste ?", csvLines[0], StringComparison.Ordinal);
        Assert.EndsWith(";Au Tchad, depuis 2023", csvLines[1], StringComparison.Ordinal);
        Assert.Contains("Au Tchad, depuis 2023", withNeeds.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        await using var db = App.NewDb();
        Assert.Equal(RegistrationStatus.Confirmed, (await db.Registrations.SingleAsync(r => r.EventId == e.Id && r.PersonId == person.Id, Cancel)).Status);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "export" && a.Subject == $"events/{e.Id}/registrations.csv", Cancel));
        Assert.Contains(await App.MailsToAsync(person.Email), m => m.Subject == "Votre inscription est confirmée");
    }

    [Fact]
    public async Task The_registrations_list_sorts_and_pages_with_its_filters_kept_and_exports_every_page()
    {
        var e = await App.CreateEventAsync("Journées aux cent inscrits");
        var size = Vivier.Web.Features.Events.Manage.RegistrationsModel.PageSize;
        await App.RegisterPeopleAsync(e, size + 2, "inscrit");
        await using (var db = App.NewDb())
        {
            // The newest registration is the one whose name sorts first.
            var earliest = await db.Registrations.Where(r => r.EventId == e.Id).Join(db.Users, r => r.PersonId, p => p.Id, (r, p) => new { r, p.GivenName })
                .Where(x => x.GivenName == "P0").Select(x => x.r).SingleAsync(Cancel);
            earliest.RegisteredAt = earliest.RegisteredAt.AddHours(1);
            await db.SaveChangesAsync(Cancel);
        }
        using var organiser = await App.SignInAsAsync(Roles.ProgrammeManager);
        var url = $"/gestion/evenements/{e.Id}/inscriptions";

        var first = await organiser.GetDocumentAsync(url + "?status=confirmed&tri=date");
        var next = first.QuerySelector("main a[rel=next]")!.GetAttribute("href")!;
        var second = await organiser.GetDocumentAsync(url + next);
        using var csv = await organiser.GetAsync(url + "?handler=csv&status=confirmed", Cancel);
        var lines = (await csv.Content.ReadAsStringAsync(Cancel)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(size, first.QuerySelectorAll("main tbody tr").Length);
        Assert.StartsWith("P0 ", first.QuerySelector("main tbody tr td")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("status=confirmed", next, StringComparison.Ordinal);
        Assert.Contains("tri=date", next, StringComparison.Ordinal);
        Assert.Equal(2, second.QuerySelectorAll("main tbody tr").Length);
        Assert.Equal("date", second.QuerySelector("#tri option[selected]")!.GetAttribute("value"));
        Assert.Contains((size + 2).ToString(CultureInfo.InvariantCulture), second.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(size + 3, lines.Length);
    }

    [Fact]
    public async Task Two_organisers_editing_the_same_event_do_not_silently_overwrite_each_other()
    {
        var e = await App.CreateEventAsync("Deux organisateurs");
        using var first = await App.SignInAsAsync(Roles.ProgrammeManager);
        using var second = await App.SignInAsAsync(Roles.Admin);
        var url = $"/gestion/evenements/{e.Id}";

        var firstForm = await first.GetDocumentAsync(url);
        var secondForm = await second.GetDocumentAsync(url);
        using var saved = await first.SubmitAsync(firstForm, "main form[method=post]", new Dictionary<string, string> { ["Input.Venue"] = "INSP, Strasbourg" });
        using var refused = await second.SubmitAsync(secondForm, "main form[method=post]", new Dictionary<string, string> { ["Input.Venue"] = "Dakar" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Quelqu'un d'autre a modifié", (await Html.ParseAsync(refused)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        await using var db = App.NewDb();
        Assert.Equal("INSP, Strasbourg", (await db.Events.SingleAsync(x => x.Id == e.Id, Cancel)).Venue);
    }

    [Fact]
    public async Task Invitations_drawn_from_the_roster_go_once_through_the_outbox_and_open_an_invitation_only_event()
    {
        var e = await App.CreateEventAsync("Préparation au départ (test)", EventAudience.Invitation);
        var leaving = await App.AddDeploymentAsync("Départ en mars", new DateOnly(2027, 3, 1), new DateOnly(2029, 2, 28), "preparing");
        var returning = await App.AddDeploymentAsync("Retour en mars", new DateOnly(2027, 3, 1), new DateOnly(2029, 2, 28), "preparing");
        await using (var setup = App.NewDb())
        {
            await setup.Deployments.Where(d => d.Id == leaving.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.IsFirstDeployment, true), Cancel);
        }
        using var manager = await App.SignInAsAsync(Roles.ProgrammeManager);
        var url = $"/gestion/evenements/{e.Id}/invitations";

        var preview = await manager.GetDocumentAsync($"{url}?source=FirstTimeDepartees&from=2027-03-01&until=2027-03-31");
        using var sent = await manager.SubmitAsync(preview, "main form[method=post]");
        var again = await manager.GetDocumentAsync($"{url}?source=FirstTimeDepartees&from=2027-03-01&until=2027-03-31");
        var badSource = await manager.GetDocumentAsync($"{url}?source=everyone");

        Assert.Contains("1 personne, dont 1 à inviter", preview.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("dont aucune à inviter", again.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(again.QuerySelector("main form[method=post]"));
        Assert.Contains("Choisissez qui inviter", badSource.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        await using var db = App.NewDb();
        var email = await db.Users.Where(u => u.Id == leaving.PersonId).Select(u => u.Email!).SingleAsync(Cancel);
        var invitation = Assert.Single(await App.MailsToAsync(email));
        Assert.Contains($"/evenements/{e.Id}/inscription", invitation.TextBody, StringComparison.Ordinal);
        Assert.True(await db.Invitations.AnyAsync(i => i.EventId == e.Id && i.PersonId == leaving.PersonId && i.ParticipantType == ParticipantType.FirstTimeDeparting, Cancel));
    }
}
