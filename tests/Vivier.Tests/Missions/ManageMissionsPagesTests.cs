using System.Net;
using Microsoft.EntityFrameworkCore;
using Vivier.Core.Identity;
using Vivier.Core.Missions;
using Vivier.Testing;

namespace Vivier.Tests.Missions;

public sealed class ManageMissionsPagesTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static Dictionary<string, string> Fields(string title) => new()
    {
        ["Input.Title"] = title,
        ["Input.Kind"] = "ETI",
        ["Input.CountryCode"] = "EG",
        ["Input.City"] = "Le Caire",
        ["Input.HostInstitution"] = "Agence spatiale égyptienne",
        ["Input.Themes"] = "space",
        ["Input.Description"] = "Observation de la **Terre**.",
        ["Input.Profile"] = "- Ingénieure ou ingénieur",
        ["Input.Languages"] = "fr:C1 en:B2",
        ["Input.StartDate"] = "2027-06-01",
        ["Input.DurationMonths"] = "24",
        ["Input.Deadline"] = "2027-01-15",
    };

    [Fact]
    public async Task A_recruiter_writes_a_draft_publishes_it_and_it_reaches_the_board()
    {
        using var recruiter = await App.SignInAsAsync(Roles.Recruiter);
        var form = await recruiter.GetDocumentAsync("/gestion/missions/nouvelle");

        using var created = await recruiter.SubmitAsync(form, "main form", Fields("Coopération spatiale rédigée"));
        var editPath = created.Headers.Location!.OriginalString;
        var edit = await recruiter.GetDocumentAsync(editPath);
        using var published = await recruiter.SubmitAsync(edit, "form[action*='handler=Status']:has(input[value=publish])");

        Assert.StartsWith("/gestion/missions/ETI-", editPath, StringComparison.Ordinal);
        Assert.Contains("Terre", edit.QuerySelector("#preview-description strong")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var board = await App.NewClient().GetDocumentAsync("/missions?q=coop%C3%A9ration+spatiale+r%C3%A9dig%C3%A9e");
        Assert.Equal("1 mission ouverte", board.QuerySelector("[aria-live]")!.TextContent);
    }

    [Fact]
    public async Task Saving_on_top_of_someone_elses_edit_is_refused_with_a_clear_message()
    {
        var mission = await App.CreateMissionAsync("Mission partagée", publish: false);
        using var alice = await App.SignInAsAsync(Roles.Recruiter);
        using var bob = await App.SignInAsAsync(Roles.ProgrammeManager);
        var alicePage = await alice.GetDocumentAsync($"/gestion/missions/{mission.Reference}");
        var bobPage = await bob.GetDocumentAsync($"/gestion/missions/{mission.Reference}");

        using var first = await alice.SubmitAsync(alicePage, "#mission-form", new Dictionary<string, string> { ["Input.Title"] = "Titre d'Alice" });
        using var second = await bob.SubmitAsync(bobPage, "#mission-form", new Dictionary<string, string> { ["Input.Title"] = "Titre de Bob" });

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("Quelqu'un d'autre a modifié cette mission", (await Html.ParseAsync(second)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        await using var db = App.NewDb();
        Assert.Equal("Titre d'Alice", await db.Missions.Where(m => m.Id == mission.Id).Select(m => m.Title).SingleAsync(Cancel));
    }

    [Fact]
    public async Task An_edited_description_shows_on_the_public_page_at_once()
    {
        // The rendered text is kept by its source: the page shown before the edit must not come back.
        var mission = await App.CreateMissionAsync("Mission révisée", description: "Première **version**.");
        var visitor = App.NewClient();
        var before = await visitor.GetDocumentAsync($"/missions/{mission.Reference}");
        using var recruiter = await App.SignInAsAsync(Roles.Recruiter);
        var edit = await recruiter.GetDocumentAsync($"/gestion/missions/{mission.Reference}");

        using var saved = await recruiter.SubmitAsync(edit, "#mission-form", new Dictionary<string, string> { ["Input.Description"] = "Seconde *version*." });
        var after = await visitor.GetDocumentAsync($"/missions/{mission.Reference}");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("version", before.QuerySelector(".mission-text strong")!.TextContent);
        Assert.Equal("version", after.QuerySelector(".mission-text em")!.TextContent);
        Assert.DoesNotContain("Première", after.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_live_preview_renders_markdown_safely()
    {
        using var recruiter = await App.SignInAsAsync(Roles.Recruiter);
        var page = await recruiter.GetDocumentAsync("/gestion/missions/nouvelle");
        var token = page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new FormUrlEncodedContent([new("markdown", "**gras** <script>alert(1)</script>"), new("__RequestVerificationToken", token)]);

        using var response = await recruiter.PostAsync("/gestion/missions/nouvelle?handler=Preview", form, Cancel);
        var html = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Contains("<strong>gras</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refused_moves_are_explained_and_change_nothing()
    {
        var mission = await App.CreateMissionAsync("Mission publiée", publish: true);
        using var recruiter = await App.SignInAsAsync(Roles.Recruiter);
        var page = await recruiter.GetDocumentAsync($"/gestion/missions/{mission.Reference}");

        using var noReason = await recruiter.SubmitAsync(page, "form[action*='handler=Status']:has(input[value=cancel])");

        Assert.Contains("raison de l'annulation", (await Html.ParseAsync(noReason)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        await using var db = App.NewDb();
        Assert.Equal(MissionStatus.Published, await db.Missions.Where(m => m.Id == mission.Id).Select(m => m.Status).SingleAsync(Cancel));
    }
}
