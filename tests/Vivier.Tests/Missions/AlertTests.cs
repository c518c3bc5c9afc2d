using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vivier.Core.Identity;
using Vivier.Testing;
using Vivier.Web.Features.Missions;

namespace Vivier.Tests.Missions;

public sealed class AlertTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_saved_search_mails_only_new_matching_missions_and_stops_with_one_click()
    {
        var marker = $"alerte{Guid.NewGuid():N}"[..14];
        await App.CreateMissionAsync($"Climat {marker} ancienne", "SN", themes: ["climate"]);
        var expert = await App.CreatePersonAsync(Roles.Expert);
        using var client = await App.SignInAsync(expert);
        var board = await client.GetDocumentAsync($"/missions?q={marker}&theme=climate");
        using (await client.SubmitAsync(board, "form.board-alert", new Dictionary<string, string> { ["frequency"] = "Daily" }))
        {
        }

        App.Clock.Advance(TimeSpan.FromHours(2));
        var fresh = await App.CreateMissionAsync($"Climat {marker} nouvelle", "VN", themes: ["climate"]);
        await App.CreateMissionAsync($"Santé {marker} nouvelle", "VN", themes: ["health"]);
        var sender = App.Services.GetRequiredService<AlertSender>();
        await sender.RunAsync(Cancel);
        Assert.Empty(await App.MailsToAsync(expert.Email));

        App.Clock.Advance(TimeSpan.FromDays(1));
        await sender.RunAsync(Cancel);
        await sender.RunAsync(Cancel);

        var mail = Assert.Single(await App.MailsToAsync(expert.Email));
        Assert.Equal("Nouvelles missions pour votre recherche", mail.Subject);
        Assert.Contains($"/missions/{fresh.Reference}", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("ancienne", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Santé", mail.TextBody, StringComparison.Ordinal);
        Assert.Matches($"<a href=\"https?://[^\"]+/missions/{fresh.Reference}\">", mail.HtmlBody);

        using var anonymous = App.NewClient();
        var unsubscribe = await anonymous.GetDocumentAsync(People.LinkIn(mail, "/alertes/desabonner"));
        using (await anonymous.SubmitAsync(unsubscribe, "main form"))
        {
        }
        await using var db = App.NewDb();
        Assert.False(await db.SavedSearches.AnyAsync(s => s.PersonId == expert.Id, Cancel));
    }

    [Fact]
    public async Task Nobody_deletes_another_persons_alert()
    {
        var owner = await App.CreatePersonAsync(Roles.Expert);
        using var ownerClient = await App.SignInAsync(owner);
        var board = await ownerClient.GetDocumentAsync("/missions?theme=oceans");
        using (await ownerClient.SubmitAsync(board, "form.board-alert"))
        {
        }
        await using var db = App.NewDb();
        var search = await db.SavedSearches.SingleAsync(s => s.PersonId == owner.Id, Cancel);
        Assert.Equal("?theme=oceans", search.Query);
        using var other = await App.SignInAsAsync(Roles.Expert);
        var page = await other.GetDocumentAsync("/compte/alertes");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? (await other.GetDocumentAsync("/compte")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var form = new FormUrlEncodedContent([new("id", search.Id.ToString()), new("__RequestVerificationToken", token)]);
        using (await other.PostAsync("/compte/alertes?handler=Delete", form, Cancel))
        {
        }

        Assert.True(await db.SavedSearches.AnyAsync(s => s.Id == search.Id, Cancel));
    }

    [Fact]
    public async Task A_person_keeps_at_most_twenty_alerts()
    {
        var expert = await App.CreatePersonAsync(Roles.Expert);
        await using (var db = App.NewDb())
        {
            for (var i = 0; i < 20; i++)
            {
                db.SavedSearches.Add(new Vivier.Core.Alerts.SavedSearch
                {
                    PersonId = expert.Id, Query = $"?q=mot{i}", Frequency = Vivier.Core.Alerts.AlertFrequency.Weekly,
                    CreatedAt = App.Clock.GetUtcNow().UtcDateTime, LastSentAt = App.Clock.GetUtcNow().UtcDateTime,
                });
            }
            await db.SaveChangesAsync(Cancel);
        }
        using var client = await App.SignInAsync(expert);
        var board = await client.GetDocumentAsync("/missions?theme=sport");

        using var refused = await client.SubmitAsync(board, "form.board-alert");

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, refused.StatusCode);
        await using var check = App.NewDb();
        Assert.Equal(20, await check.SavedSearches.CountAsync(s => s.PersonId == expert.Id, Cancel));
    }
}
