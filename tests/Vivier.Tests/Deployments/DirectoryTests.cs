using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Vivier.Core.Identity;
using Vivier.Testing;

namespace Vivier.Tests.Deployments;

public sealed class DirectoryTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>An expert account with a deployment in post (or not).</summary>
    private async Task<TestPerson> ExpertAsync(string host, string country, bool inPost = true)
    {
        var person = await App.CreatePersonAsync(Roles.Expert);
        var today = DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime);
        await App.AddDeploymentAsync(host, today.AddMonths(-6), today.AddMonths(18), inPost ? "deployed" : "preparing", country: country, personId: person.Id);
        return person;
    }

    [Fact]
    public async Task An_expert_in_post_opts_in_and_shares_only_what_they_tick_and_only_the_right_people_read_it()
    {
        var listed = await ExpertAsync("Ministère de la Santé du Bénin", "BJ");
        var colleague = await ExpertAsync("Ministère des Finances du Togo", "TG");
        var leaving = await ExpertAsync("Ministère en attente", "GH", inPost: false);
        using var expert = await App.SignInAsync(listed);
        var mine = await expert.GetDocumentAsync("/annuaire/moi");
        using var tooLong = await expert.SubmitAsync(mine, "main form", new Dictionary<string, string> { ["Listed"] = "true", ["Headline"] = new string('x', 201) });
        using var saved = await expert.SubmitAsync(mine, "main form", new Dictionary<string, string> { ["Listed"] = "true", ["Headline"] = "Appui au système de santé", ["SharePhone"] = "true" });

        using var partner = await App.SignInAsAsync(Roles.Partner);
        var byPartner = await partner.GetDocumentAsync("/annuaire?pays=BJ");
        var otherCountry = await partner.GetDocumentAsync("/annuaire?pays=TG");
        using var inPost = await App.SignInAsync(colleague);
        using var byColleague = await inPost.GetAsync("/annuaire", Cancel);
        using var candidate = await App.SignInAsync(leaving);
        using var byCandidate = await candidate.GetAsync("/annuaire", Cancel);
        using var anonymous = await App.NewClient().GetAsync("/annuaire", Cancel);
        // A candidate not in post cannot list themselves, even with a hand-made post (the page has no form for them).
        var token = (await candidate.GetDocumentAsync("/compte")).QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        using var form = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Listed", "true")]);
        using var selfListing = await candidate.PostAsync("/annuaire/moi", form, Cancel);

        Assert.Contains("200 caractères", (await Html.ParseAsync(tooLong)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/annuaire/moi?saved=true", saved.Headers.Location!.OriginalString);
        var card = Assert.Single(byPartner.QuerySelectorAll("main li.col"));
        Assert.Contains("Appui au système de santé", card.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(listed.Email, card.TextContent, StringComparison.Ordinal);
        Assert.Empty(otherCountry.QuerySelectorAll("main li.col"));
        Assert.Equal(HttpStatusCode.OK, byColleague.StatusCode);
        Assert.Contains("/erreur/403", byCandidate.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("/connexion", anonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("/erreur/403", selfListing.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await using var db = App.NewDb();
        Assert.False(await db.DirectoryListings.AnyAsync(l => l.PersonId == leaving.Id, Cancel));
    }

    [Fact]
    public async Task The_directory_pages_with_its_filters_kept()
    {
        var size = Vivier.Web.Features.Directory.IndexModel.PageSize;
        var today = DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime);
        for (var i = 0; i < size + 2; i++)
        {
            var deployment = await App.AddDeploymentAsync($"Ministère malgache {i:D2}", today.AddMonths(-6), today.AddMonths(18), country: "MG");
            await using var db = App.NewDb();
            db.DirectoryListings.Add(new Vivier.Core.Deployments.DirectoryListing { PersonId = deployment.PersonId, Listed = true, UpdatedAt = App.Clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(Cancel);
        }
        using var partner = await App.SignInAsAsync(Roles.Partner);

        var first = await partner.GetDocumentAsync("/annuaire?pays=MG");
        var next = first.QuerySelector("main a[rel=next]")!.GetAttribute("href")!;
        var second = await partner.GetDocumentAsync($"/annuaire{next}");

        Assert.Equal(size, first.QuerySelectorAll("main li.col").Length);
        Assert.Contains("pays=MG", next, StringComparison.Ordinal);
        Assert.Equal(2, second.QuerySelectorAll("main li.col").Length);
        Assert.Contains((size + 2).ToString(System.Globalization.CultureInfo.InvariantCulture), second.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
