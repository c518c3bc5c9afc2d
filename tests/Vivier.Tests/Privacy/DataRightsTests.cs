using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vivier.Core.Audit;
using Vivier.Core.Identity;
using Vivier.Core.Privacy;
using Vivier.Testing;
using Vivier.Web.Features.Privacy;

namespace Vivier.Tests.Privacy;

/// <summary>
/// The register of data-rights requests: each with the month it must be answered in, shown to the
/// admin (overdue ones said so) and to the person; the admin answers an open one; an objection to
/// being suggested takes effect when made and enters the register done.
/// </summary>
public sealed class DataRightsTests(RetentionApp app) : VivierTest(app), IClassFixture<RetentionApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private DateTime Now => App.Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task An_objection_made_on_my_data_takes_effect_enters_the_register_done_and_is_withdrawn_there()
    {
        var person = await App.CreatePersonAsync(Roles.Expert);
        using var own = await App.SignInAsync(person);

        using (var made = await own.SubmitAsync(await own.GetDocumentAsync("/compte/donnees"), "#objection-form"))
        {
            Assert.Equal("/compte/donnees#opposition", made.Headers.Location!.OriginalString);
        }
        var page = await own.GetDocumentAsync("/compte/donnees");
        var api = App.NewClient().WithBearer(await App.ApiLoginAsync(person));
        var requests = await api.GetFromJsonAsync<List<PrivacyApi.RequestView>>("/api/v1/me/requests", Cancel);

        Assert.NotNull(page.QuerySelector("#objection-state"));
        var request = Assert.Single(requests!);
        Assert.Equal(("Objection", "Done"), (request.Kind, request.Status));
        Assert.Contains("Opposition aux suggestions", page.QuerySelector("#my-requests")!.TextContent, StringComparison.Ordinal);
        await using (var db = App.NewDb())
        {
            Assert.NotNull(await db.Users.Where(p => p.Id == person.Id).Select(p => p.ObjectsToSuggestionsSince).SingleAsync(Cancel));
        }

        using (var withdrawn = await api.DeleteAsync(new Uri("/api/v1/me/objection", UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.NoContent, withdrawn.StatusCode);
        }
        await using (var db = App.NewDb())
        {
            Assert.Null(await db.Users.Where(p => p.Id == person.Id).Select(p => p.ObjectsToSuggestionsSince).SingleAsync(Cancel));
            Assert.Equal([AuditActions.ObjectionMade, AuditActions.ObjectionWithdrawn],
                await db.AuditEntries.Where(e => e.PersonId == person.Id && e.Action.StartsWith("objection")).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync(Cancel));
        }
        Assert.Null((await own.GetDocumentAsync("/compte/donnees")).QuerySelector("#objection-state"));
    }

    [Fact]
    public async Task The_admin_sees_an_open_request_due_a_month_later_overdue_after_it_answers_it_once_and_the_person_reads_the_answer()
    {
        var person = await App.CreatePersonAsync(Roles.Expert);
        var request = DataRequest.AwaitingConfirmation(person.Id, DataRequestKind.Erasure, Guid.NewGuid().ToString("N"), Now);
        request.Confirmed();
        await using (var db = App.NewDb())
        {
            db.DataRequests.Add(request);
            await db.SaveChangesAsync(Cancel);
        }
        using var admin = await App.SignInAsync(await App.CreatePersonAsync(Roles.Admin));
        var before = (await admin.GetDocumentAsync("/admin/demandes?ouvertes=true")).QuerySelector($"#request-{request.Id}")!;

        App.Clock.SetUtcNow(Now.AddMonths(1).AddDays(1));
        // A month on, the first session has long ended.
        using var later = await App.SignInAsync(await App.CreatePersonAsync(Roles.Admin));
        var overdue = await later.GetDocumentAsync("/admin/demandes?ouvertes=true");
        using var empty = await later.SubmitAsync(overdue, $"#request-{request.Id} form.answer-form", new Dictionary<string, string> { ["Answer"] = " " });
        using var answered = await later.SubmitAsync(overdue, $"#request-{request.Id} form.answer-form",
            new Dictionary<string, string> { ["Answer"] = "Effacement fait après la levée du gel" });
        using var twice = await later.SubmitAsync(overdue, $"#request-{request.Id} form.answer-form", new Dictionary<string, string> { ["Answer"] = "Encore" });
        using var own = await App.SignInAsync(person);
        var mine = await own.GetDocumentAsync("/compte/donnees");

        Assert.Contains(request.DueAt.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), before.TextContent, StringComparison.Ordinal);
        Assert.Null(before.QuerySelector(".overdue"));
        Assert.NotNull(overdue.QuerySelector($"#request-{request.Id} .overdue"));
        Assert.Contains("Écrivez la réponse", (await Html.ParseAsync(empty)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/admin/demandes", answered.Headers.Location!.OriginalString);
        Assert.Contains("quelqu'un y a répondu", (await Html.ParseAsync(twice)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Effacement fait après la levée du gel", mine.QuerySelector("#my-requests")!.TextContent, StringComparison.Ordinal);
        await using var check = App.NewDb();
        var done = await check.DataRequests.SingleAsync(r => r.Id == request.Id, Cancel);
        Assert.Equal((DataRequestStatus.Done, "Effacement fait après la levée du gel"), (done.Status, done.Answer));
    }
}
