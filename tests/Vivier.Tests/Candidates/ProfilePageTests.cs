using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Vivier.Core.Identity;
using Vivier.Testing;
using Vivier.Web.Features.Profile;

namespace Vivier.Tests.Candidates;

public sealed class ProfilePageTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static Dictionary<string, string> Fields() => new()
    {
        ["Input.GivenName"] = "Léa",
        ["Input.FamilyName"] = "Martin",
        ["Input.Phone"] = "+33 6 12 34 56 78",
        ["Input.Nationalities[0]"] = "FR",
        ["Input.ResidenceCountry"] = "TD",
        ["Input.Languages[0].Code"] = "fr",
        ["Input.Languages[0].MotherTongue"] = "true",
        ["Input.Languages[1].Code"] = "ar",
        ["Input.Languages[1].Listening"] = "B1",
        ["Input.Languages[1].Writing"] = "A2",
        ["Input.Themes"] = "public-finance",
        ["Input.Skills"] = "Réforme budgétaire, Dette publique",
        ["Input.Employment[0].Position"] = "Conseillère",
        ["Input.Employment[0].Employer"] = "Ministère des Finances",
        ["Input.Employment[0].From"] = "2019-09",
        ["Input.Employment[0].Current"] = "true",
        ["Input.Education[0].Title"] = "Master d'économie",
        ["Input.Education[0].EqfLevel"] = "7",
        ["Input.AvailableFrom"] = "2027-01-04",
        ["Input.Pitch"] = "Dix ans de réforme budgétaire au Tchad.",
        ["Input.TalentPool"] = "true",
    };

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, IDocument page, string handler, string field, byte[] content, string name)
    {
        var token = page.QuerySelector<IHtmlInputElement>($"form[action*='handler={handler}'] input[name=__RequestVerificationToken]")!.Value;
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { file, field, name } };
        return await client.PostAsync($"/profil?handler={handler}", form, Cancel);
    }

    /// <summary>Fills each part on its own page with the fields of <see cref="Fields"/> that page has; returns the answers, in order.</summary>
    private static async Task<List<HttpResponseMessage>> FillPartByPartAsync(HttpClient expert, Dictionary<string, string> fields)
    {
        var answers = new List<HttpResponseMessage>();
        foreach (var section in ProfileSection.All)
        {
            var page = await expert.GetDocumentAsync(section.Path);
            var mine = fields.Where(f => page.QuerySelector($"#profile-form [name='{f.Key}']") is not null).ToDictionary();
            foreach (var key in mine.Keys)
            {
                fields.Remove(key);
            }
            answers.Add(await expert.SubmitAsync(page, "#profile-form", mine));
        }
        Assert.Empty(fields);
        return answers;
    }

    /// <summary>The whole of <see cref="Fields"/> saved, part by part, as the starting point of a test.</summary>
    private static async Task FillProfileAsync(HttpClient expert)
    {
        foreach (var answer in await FillPartByPartAsync(expert, Fields()))
        {
            answer.Dispose();
        }
    }

    [Fact]
    public async Task A_candidate_fills_the_profile_part_by_part_each_page_leading_to_the_next()
    {
        using var expert = await App.SignInAsAsync(Roles.Expert);

        var answers = await FillPartByPartAsync(expert, Fields());
        var profile = await expert.GetFromJsonAsync<ProfileDocument>("/api/v1/me/profile", Cancel);

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
        Assert.Equal([.. ProfileSection.All.Skip(1).Select(s => s.Path), "/profil?done=saved"], answers.Select(a => a.Headers.Location!.OriginalString));
        Assert.Equal(("Léa", "Martin", "TD"), (profile!.GivenName, profile.FamilyName, profile.ResidenceCountry));
        Assert.Equal(["fr", "ar"], profile.Languages.Select(l => l.Code));
        Assert.Equal(Vivier.Core.Missions.CefrLevel.A2, profile.Languages[1].Writing);
        Assert.Equal(["Réforme budgétaire", "Dette publique"], profile.Skills);
        Assert.Equal("2019-09", Assert.Single(profile.Employment).From);
        Assert.Equal(7, Assert.Single(profile.Education).EqfLevel);
        Assert.True(profile.TalentPool);
        var again = await expert.GetDocumentAsync("/profil?done=saved");
        Assert.Equal("Votre profil est enregistré.", again.QuerySelector("[role=status]")!.TextContent.Trim());
        Assert.All(again.QuerySelectorAll("main .profile-task-list .badge").Skip(1), badge => Assert.Equal("Terminé", badge.TextContent.Trim()));
        var identity = await expert.GetDocumentAsync("/profil/identite");
        Assert.Equal("Martin", identity.QuerySelector<IHtmlInputElement>("#Input_FamilyName")!.Value);
        Assert.Equal("Identité et contact", identity.QuerySelector("#profile-form legend h1")!.TextContent.Trim());
        Assert.Null(identity.QuerySelector("#Input_Pitch"));
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }

    [Fact]
    public async Task Saving_one_part_changes_only_that_part_and_can_return_to_the_task_list()
    {
        using var expert = await App.SignInAsAsync(Roles.Expert);
        await FillProfileAsync(expert);
        var page = await expert.GetDocumentAsync("/profil/langues");

        // Fields of other parts posted with this one are not this part's to change.
        using var saved = await expert.SubmitAsync(page, "#profile-form", new Dictionary<string, string>
        {
            ["Input.Languages[1].Writing"] = "B2", ["Input.GivenName"] = "Zoé", ["Input.Pitch"] = "Autre chose", ["then"] = "profile",
        });
        var profile = await expert.GetFromJsonAsync<ProfileDocument>("/api/v1/me/profile", Cancel);

        Assert.Equal("/profil?done=saved", saved.Headers.Location!.OriginalString);
        Assert.Equal(Vivier.Core.Missions.CefrLevel.B2, profile!.Languages[1].Writing);
        Assert.Equal(("Léa", "Dix ans de réforme budgétaire au Tchad."), (profile.GivenName, profile.Pitch));
        Assert.Equal(["public-finance"], profile.Themes);
        Assert.Equal("2019-09", Assert.Single(profile.Employment).From);
    }

    [Fact]
    public async Task A_part_read_before_another_change_is_refused_instead_of_overwriting_it()
    {
        using var expert = await App.SignInAsAsync(Roles.Expert);
        await FillProfileAsync(expert);
        var stale = await expert.GetDocumentAsync("/profil/disponibilite");
        var fresh = await expert.GetDocumentAsync("/profil/identite");
        using (await expert.SubmitAsync(fresh, "#profile-form", new Dictionary<string, string> { ["Input.Phone"] = "+33 1 00 00 00 00" })) { }
        var before = await expert.GetStringAsync("/api/v1/me/profile", Cancel);

        using var refused = await expert.SubmitAsync(stale, "#profile-form", new Dictionary<string, string> { ["Input.Pitch"] = "Trop tard" });
        var shown = await Html.ParseAsync(refused);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotNull(shown.QuerySelector(".error-summary"));
        Assert.Equal("Trop tard", shown.QuerySelector<IHtmlTextAreaElement>("#Input_Pitch")!.Value);
        Assert.Equal(before, await expert.GetStringAsync("/api/v1/me/profile", Cancel));
    }

    [Fact]
    public async Task A_part_that_does_not_exist_is_not_found()
    {
        using var expert = await App.SignInAsAsync(Roles.Expert);

        using var answer = await expert.GetAsync("/profil/passeport", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
    }

    [Fact]
    public async Task A_mistake_is_listed_at_the_top_linked_to_its_field_and_nothing_is_saved()
    {
        using var expert = await App.SignInAsAsync(Roles.Expert);
        await FillProfileAsync(expert);
        var before = await expert.GetStringAsync("/api/v1/me/profile", Cancel);
        var page = await expert.GetDocumentAsync("/profil/parcours");

        using var refused = await expert.SubmitAsync(page, "#profile-form", new Dictionary<string, string> { ["Input.Employment[0].From"] = "septembre 2019" });
        var shown = await Html.ParseAsync(refused);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var link = shown.QuerySelector<IHtmlAnchorElement>(".error-summary a")!;
        Assert.Equal("#Input_Employment_0__From", link.GetAttribute("href"));
        Assert.StartsWith("Saisissez une date sous la forme AAAA", link.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", shown.QuerySelector("#Input_Employment_0__From")!.GetAttribute("aria-invalid"));
        Assert.Equal("septembre 2019", shown.QuerySelector<IHtmlInputElement>("#Input_Employment_0__From")!.Value);
        Assert.Equal(before, await expert.GetStringAsync("/api/v1/me/profile", Cancel));
    }

    [Fact]
    public async Task A_europass_file_fills_the_form_for_review_and_saves_nothing_until_confirmed()
    {
        using var expert = await App.SignInAsAsync(Roles.Expert);
        var page = await expert.GetDocumentAsync("/profil");
        var sample = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Samples", "europass", "legacy-v3.4-cv.xml"), Cancel);

        using var read = await UploadAsync(expert, page, "Europass", "europassFile", TestPdf.Build(["Europass"], ("attachment.xml", sample)), "cv.pdf");
        var review = await Html.ParseAsync(read);
        var notSaved = await expert.GetFromJsonAsync<ProfileDocument>("/api/v1/me/profile", Cancel);
        using var confirmed = await expert.SubmitAsync(review, "#profile-form");
        var saved = await expert.GetFromJsonAsync<ProfileDocument>("/api/v1/me/profile", Cancel);

        Assert.NotNull(review.QuerySelector("#import-review"));
        Assert.Contains("Elvish", review.QuerySelector("#import-review")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Chuck", review.QuerySelector<IHtmlInputElement>("#Input_GivenName")!.Value);
        Assert.Equal("Martial Arts Instructor", review.QuerySelector<IHtmlInputElement>("#Input_Employment_0__Position")!.Value);
        Assert.NotEqual("Chuck", notSaved!.GivenName);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(("Chuck", "NORRIS"), (saved!.GivenName, saved.FamilyName));
        Assert.Equal(["en", "ja"], saved.Languages.Select(l => l.Code));
        Assert.Equal("2001", saved.Employment[0].From);
    }

    [Fact]
    public async Task A_file_that_is_not_a_pdf_is_refused_on_the_page_and_nothing_is_stored()
    {
        var person = await App.CreatePersonAsync(Roles.Expert);
        using var expert = await App.SignInAsync(person);
        var page = await expert.GetDocumentAsync("/profil");

        using var refused = await UploadAsync(expert, page, "Cv", "cvFile", "MZ\u0090 not a pdf"u8.ToArray(), "cv.pdf");
        var shown = await Html.ParseAsync(refused);

        Assert.StartsWith("Ce fichier n'est pas un PDF", shown.QuerySelector(".error-summary a")!.TextContent, StringComparison.Ordinal);
        await using var db = App.NewDb();
        Assert.False(await db.StoredFiles.AnyAsync(f => f.OwnerId == person.Id, Cancel));
    }
}
