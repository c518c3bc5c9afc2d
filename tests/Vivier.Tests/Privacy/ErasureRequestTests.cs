using System.Net;
using Microsoft.EntityFrameworkCore;
using Vivier.Core.Audit;
using Vivier.Core.Identity;
using Vivier.Core.Privacy;
using Vivier.Testing;

namespace Vivier.Tests.Privacy;

/// <summary>Erasure on request: recorded with its due date, confirmed from a single-use link within 24 hours, then done at once.</summary>
public sealed class ErasureRequestTests(RetentionApp app) : VivierTest(app), IClassFixture<RetentionApp>
{
    private const string ConfirmSubject = "Confirmez l'effacement de vos données";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<string> LinkAsync(TestPerson person) =>
        People.LinkIn((await App.MailsToAsync(person.Email)).Last(m => m.Subject == ConfirmSubject), "/compte/effacement");

    private async Task<bool> ErasedAsync(TestPerson person)
    {
        await using var db = App.NewDb();
        return !await db.Users.AnyAsync(p => p.Id == person.Id && p.ErasedAt == null, Cancel);
    }

    [Fact]
    public async Task A_request_is_registered_and_the_mailed_link_erases_only_when_confirmed_then_is_spent()
    {
        var (person, client) = await App.CreateCandidateAsync();
        var asked = App.Clock.GetUtcNow().UtcDateTime;

        using var accepted = await client.PostAsync(new Uri("/api/v1/me/erasure", UriKind.Relative), null, Cancel);

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Contains(asked.AddMonths(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), await accepted.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        var link = await LinkAsync(person);
        using var visitor = App.NewClient();
        var page = await visitor.GetDocumentAsync(link);
        Assert.Contains("Ce qui est gardé", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.False(await ErasedAsync(person));

        using var confirmed = await visitor.SubmitAsync(page, "#erase-form");

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("Vos données ont été effacées", await confirmed.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.True(await ErasedAsync(person));
        await using (var db = App.NewDb())
        {
            var request = await db.DataRequests.SingleAsync(r => r.PersonId == person.Id, Cancel);
            Assert.Equal((DataRequestKind.Erasure, DataRequestStatus.Done, (string?)null), (request.Kind, request.Status, request.TokenHash));
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == AuditActions.Erased && e.PersonId == person.Id, Cancel));
        }
        var again = await visitor.GetDocumentAsync(link);
        Assert.Contains("n'est plus valable", again.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(again.QuerySelector("#erase-form"));
        client.Dispose();
    }

    [Fact]
    public async Task A_link_older_than_a_day_erases_nothing()
    {
        var person = await App.CreatePersonAsync(Roles.Expert);
        var signedIn = await App.SignInAsync(person);
        var page = await signedIn.GetDocumentAsync("/compte/donnees");
        using (var asked = await signedIn.SubmitAsync(page, "#erasure-form"))
        {
            Assert.Contains("Un courriel vient de vous être envoyé", (await Html.ParseAsync(asked)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }
        var link = await LinkAsync(person);
        using var visitor = App.NewClient();
        var confirm = await visitor.GetDocumentAsync(link);

        App.Clock.Advance(DataRequest.ConfirmationLifetime + TimeSpan.FromSeconds(1));
        using var late = await visitor.SubmitAsync(confirm, "#erase-form");

        Assert.Contains("n'est plus valable", (await Html.ParseAsync(late)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.False(await ErasedAsync(person));
    }
}
