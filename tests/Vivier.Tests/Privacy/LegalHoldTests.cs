using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vivier.Core.Identity;
using Vivier.Core.Privacy;
using Vivier.Core.Recruitment;
using Vivier.Testing;
using Vivier.Web.Features.Privacy;

namespace Vivier.Tests.Privacy;

/// <summary>A legal hold, placed by an admin with its reason, suspends every purge and erasure of the person's data until it is lifted.</summary>
public sealed class LegalHoldTests(RetentionApp app) : VivierTest(app), IClassFixture<RetentionApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private DateTime Now => App.Clock.GetUtcNow().UtcDateTime;

    private async Task<HttpClient> AdminAsync() => await App.SignInAsync(await App.CreatePersonAsync(Roles.Admin));

    private async Task RunAsync() => Assert.NotNull(await App.Services.GetRequiredService<RetentionJob>().RunAsync(Cancel));

    [Fact]
    public async Task A_held_candidate_keeps_a_declined_application_past_its_period_and_loses_it_at_the_first_run_after_the_lift()
    {
        var mission = await App.CreateMissionAsync("Appui à la justice commerciale");
        var application = (await App.SeedApplicationsAsync(mission, 1, PipelineStage.Rejected))[0];
        Guid personId;
        await using (var db = App.NewDb())
        {
            personId = await db.Applications.Where(a => a.Id == application).Select(a => a.PersonId).SingleAsync(Cancel);
        }
        var admin = await AdminAsync();
        var page = await admin.GetDocumentAsync($"/admin/personnes/{personId}/gel");
        Assert.NotNull(page.QuerySelector("#no-hold"));
        using (var placed = await admin.SubmitAsync(page, "#hold-form", new Dictionary<string, string> { ["Reason"] = "Recours devant le tribunal administratif" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, placed.StatusCode);
        }

        App.Clock.SetUtcNow(Now.AddMonths(4));
        await RunAsync();
        await using (var db = App.NewDb())
        {
            Assert.True(await db.Applications.AnyAsync(a => a.Id == application, Cancel));
            Assert.False(await new Erasure(db, Now).EraseAsync(personId, Cancel));
            Assert.True(await db.Users.AnyAsync(p => p.Id == personId && p.ErasedAt == null, Cancel));
        }

        var again = await AdminAsync();
        var held = await again.GetDocumentAsync($"/admin/personnes/{personId}/gel");
        Assert.Contains("Recours devant le tribunal administratif", held.QuerySelector("#holds")!.TextContent, StringComparison.Ordinal);
        var lift = held.QuerySelector("#holds form")!;
        using (var lifted = await again.PostAsync(new Uri(lift.GetAttribute("action")!, UriKind.Relative),
            new FormUrlEncodedContent([new("__RequestVerificationToken", lift.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)]), Cancel))
        {
            Assert.Equal(HttpStatusCode.Redirect, lifted.StatusCode);
        }
        await RunAsync();

        await using var check = App.NewDb();
        Assert.False(await check.Applications.AnyAsync(a => a.Id == application, Cancel));
    }

    [Fact]
    public async Task A_hold_without_a_reason_is_refused_and_places_nothing()
    {
        var person = await App.CreatePersonAsync(Roles.Expert);
        var admin = await AdminAsync();
        var page = await admin.GetDocumentAsync($"/admin/personnes/{person.Id}/gel");

        using var refused = await admin.SubmitAsync(page, "#hold-form", new Dictionary<string, string> { ["Reason"] = "   " });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Indiquez le motif du gel", (await Html.ParseAsync(refused)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        await using var db = App.NewDb();
        Assert.False(await db.LegalHolds.AnyAsync(h => h.PersonId == person.Id, Cancel));
    }

    [Fact]
    public async Task An_erasure_confirmed_under_a_hold_stays_open_for_the_data_protection_officer()
    {
        var (person, client) = await App.CreateCandidateAsync();
        await using (var db = App.NewDb())
        {
            db.LegalHolds.Add(new LegalHold { PersonId = person.Id, Reason = "Enquête en cours", PlacedAt = Now, PlacedBy = Guid.NewGuid() });
            await db.SaveChangesAsync(Cancel);
        }
        using (var asked = await client.PostAsync(new Uri("/api/v1/me/erasure", UriKind.Relative), null, Cancel))
        {
            Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        }
        var link = People.LinkIn((await App.MailsToAsync(person.Email)).Last(m => m.Subject == "Confirmez l'effacement de vos données"), "/compte/effacement");
        using var visitor = App.NewClient();

        using var confirmed = await visitor.SubmitAsync(await visitor.GetDocumentAsync(link), "#erase-form");

        Assert.Contains("une obligation de conservation", (await Html.ParseAsync(confirmed)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        await using var check = App.NewDb();
        Assert.True(await check.Users.AnyAsync(p => p.Id == person.Id && p.ErasedAt == null, Cancel));
        Assert.Equal(DataRequestStatus.Open, (await check.DataRequests.SingleAsync(r => r.PersonId == person.Id, Cancel)).Status);
        client.Dispose();
    }
}
