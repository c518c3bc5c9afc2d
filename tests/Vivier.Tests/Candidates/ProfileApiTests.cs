using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vivier.Core.Audit;
using Vivier.Core.Candidates;
using Vivier.Core.Identity;
using Vivier.Testing;
using Vivier.Web.Features.Profile;

namespace Vivier.Tests.Candidates;

public sealed class ProfileApiTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<(TestPerson Person, HttpClient Client)> ExpertAsync()
    {
        var person = await App.CreatePersonAsync(Roles.Expert);
        return (person, App.NewClient().WithBearer(await App.ApiLoginAsync(person)));
    }

    private static JsonObject Complete() => JsonNode.Parse("""
        {
          "givenName": "Awa", "familyName": "Diallo", "phone": "+221 77 123 45 67", "contactEmail": "awa@example.org",
          "nationalities": ["SN", "FR"], "residenceCountry": "SN", "gender": "Woman",
          "languages": [
            { "code": "fr", "motherTongue": true },
            { "code": "en", "listening": "C1", "reading": "C1", "spokenInteraction": "B2", "spokenProduction": "B2", "writing": "B2" }
          ],
          "sectors": ["15110"], "themes": ["public-finance"], "skills": ["Budget programme", "Loi de finances"],
          "countriesWorked": [{ "countryCode": "SN", "years": 10 }, { "countryCode": "ML", "years": 3 }],
          "yearsOfExperience": 14,
          "education": [{ "title": "Master en finances publiques", "organisation": "Université Cheikh Anta Diop", "eqfLevel": 7, "from": "2006", "to": "2008-07", "countryCode": "SN" }],
          "employment": [{ "position": "Conseillère budgétaire", "employer": "Ministère des Finances", "from": "2012-03", "current": true, "city": "Dakar", "countryCode": "SN", "description": "Préparation de la loi de finances." }],
          "availableFrom": "2027-03-01", "pitch": "Dix ans de réforme budgétaire en Afrique de l'Ouest.", "talentPool": true
        }
        """)!.AsObject();

    [Fact]
    public async Task A_candidate_saves_and_reads_back_every_field_with_the_consent_dated()
    {
        var (_, client) = await ExpertAsync();

        var saved = await client.PutAsJsonAsync("/api/v1/me/profile", Complete(), Cancel);
        var profile = await client.GetFromJsonAsync<ProfileDocument>("/api/v1/me/profile", Cancel);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(("Awa", "Diallo", "+221 77 123 45 67", "awa@example.org"), (profile!.GivenName, profile.FamilyName, profile.Phone, profile.ContactEmail));
        Assert.Equal(["SN", "FR"], profile.Nationalities);
        Assert.Equal(SelfDeclaredGender.Woman, profile.Gender);
        Assert.True(profile.Languages[0].MotherTongue);
        Assert.Equal(Vivier.Core.Missions.CefrLevel.B2, profile.Languages[1].SpokenInteraction);
        Assert.Equal(["15110"], profile.Sectors);
        Assert.Equal(["Budget programme", "Loi de finances"], profile.Skills);
        Assert.Equal(13, profile.CountriesWorked.Sum(c => c.Years));
        Assert.Equal(("2006", "2008-07", 7), (profile.Education[0].From, profile.Education[0].To, profile.Education[0].EqfLevel));
        Assert.True(profile.Employment[0].Current);
        Assert.Equal(new DateOnly(2027, 3, 1), profile.AvailableFrom);
        Assert.True(profile.TalentPool);
        Assert.Equal(App.Clock.GetUtcNow().UtcDateTime, profile.TalentPoolConsentAt);
        Assert.NotNull(profile.Version);
    }

    public static TheoryData<string, string, string> BadValues => new()
    {
        { "givenName", "\"\"", "givenName" },
        { "familyName", $"\"{new string('x', 101)}\"", "familyName" },
        { "phone", "\"appelez-moi\"", "phone" },
        { "contactEmail", "\"awa@\"", "contactEmail" },
        { "nationalities", "[\"XX\"]", "nationalities[0]" },
        { "nationalities", "[\"SN\", \"sn\"]", "nationalities" },
        { "residenceCountry", "\"ZZ\"", "residenceCountry" },
        { "languages", "[{ \"code\": \"xx\" }]", "languages[0].code" },
        { "sectors", "[\"99999\"]", "sectors" },
        { "themes", "[\"astrologie\"]", "themes" },
        { "skills", $"[\"{new string('x', 51)}\"]", "skills" },
        { "countriesWorked", "[{ \"countryCode\": \"SN\", \"years\": 61 }]", "countriesWorked[0].years" },
        { "yearsOfExperience", "-1", "yearsOfExperience" },
        { "education", "[{ \"title\": \"\" }]", "education[0].title" },
        { "education", "[{ \"title\": \"Master\", \"eqfLevel\": 9 }]", "education[0].eqfLevel" },
        { "education", "[{ \"title\": \"Master\", \"from\": \"2010\", \"to\": \"2008\" }]", "education[0].to" },
        { "employment", "[{ \"position\": \"Conseillère\", \"from\": \"2019-13\" }]", "employment[0].from" },
        { "employment", "[{ \"position\": \"Conseillère\", \"from\": \"2019-02-30\" }]", "employment[0].from" },
        { "employment", "[{ \"position\": \"Conseillère\", \"current\": true, \"to\": \"2020\" }]", "employment[0].to" },
        { "employment", "[{ \"position\": \"Conseillère\", \"countryCode\": \"QQ\" }]", "employment[0].countryCode" },
        { "employment", $"[{{ \"position\": \"Conseillère\", \"description\": \"{new string('x', 4001)}\" }}]", "employment[0].description" },
        { "availableFrom", "\"1999-12-31\"", "availableFrom" },
        { "pitch", $"\"{new string('x', 1001)}\"", "pitch" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task A_bad_value_is_refused_with_a_french_message_and_changes_nothing(string field, string value, string errorKey)
    {
        var (_, client) = await ExpertAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync("/api/v1/me/profile", Complete(), Cancel)).StatusCode);
        var before = await client.GetStringAsync("/api/v1/me/profile", Cancel);
        var bad = Complete();
        bad[field] = JsonNode.Parse(value);
        bad["version"] = JsonNode.Parse(before)!["version"]!.GetValue<string>();

        var response = await client.PutAsJsonAsync("/api/v1/me/profile", bad, Cancel);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>(Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = Assert.Single(problem!["errors"]![errorKey]!.AsArray())!.GetValue<string>();
        Assert.DoesNotContain("Profile.", message, StringComparison.Ordinal);
        Assert.Equal(before, await client.GetStringAsync("/api/v1/me/profile", Cancel));
    }

    [Fact]
    public async Task A_save_based_on_an_older_version_is_refused()
    {
        var (_, client) = await ExpertAsync();
        await client.PutAsJsonAsync("/api/v1/me/profile", Complete(), Cancel);
        var read = JsonNode.Parse(await client.GetStringAsync("/api/v1/me/profile", Cancel))!.AsObject();
        var first = Complete();
        first["version"] = read["version"]!.GetValue<string>();
        first["pitch"] = "Première version.";
        var second = Complete();
        second["version"] = read["version"]!.GetValue<string>();
        second["pitch"] = "Seconde version.";

        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync("/api/v1/me/profile", first, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PutAsJsonAsync("/api/v1/me/profile", second, Cancel)).StatusCode);
        Assert.Equal("Première version.", (await client.GetFromJsonAsync<ProfileDocument>("/api/v1/me/profile", Cancel))!.Pitch);
    }

    [Fact]
    public async Task Withdrawing_from_the_talent_pool_clears_the_consent()
    {
        var (_, client) = await ExpertAsync();
        await client.PutAsJsonAsync("/api/v1/me/profile", Complete(), Cancel);
        var withdrawn = Complete();
        withdrawn["talentPool"] = false;

        await client.PutAsJsonAsync("/api/v1/me/profile", withdrawn, Cancel);

        var profile = await client.GetFromJsonAsync<ProfileDocument>("/api/v1/me/profile", Cancel);
        Assert.False(profile!.TalentPool);
        Assert.Null(profile.TalentPoolConsentAt);
    }

    /// <summary>The French text of a message key, as the API answers by default: CV messages may name the size limit (5 MB), the others ignore it.</summary>
    private string French(string key)
    {
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");
        try
        {
            return App.Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Vivier.Web.SharedResource>>()[key, 5d];
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }

    private static MultipartFormDataContent File(byte[] content, string name, string type = "application/pdf") => Vivier.Testing.Candidates.FileField(content, name, type);

    public static TheoryData<string, byte[], string> BadCvs => new()
    {
        { "fake.pdf", "Ceci n'est pas un PDF, malgré son nom."u8.ToArray(), "Cv.Problem.NotPdf" },
        { "cv.pdf", TestPdf.Build(["CV"], encrypted: true), "Cv.Problem.Encrypted" },
        { "truncated.pdf", TestPdf.Build(["Un CV tronqué"])[..200], "Cv.Problem.Damaged" },
        { "huge.pdf", [.. TestPdf.Build(["CV"]), .. new byte[5 * 1024 * 1024]], "Cv.Problem.TooLarge" },
    };

    [Theory]
    [MemberData(nameof(BadCvs))]
    public async Task A_cv_that_is_not_a_readable_pdf_of_5_mb_at_most_is_refused(string name, byte[] content, string reason)
    {
        var (person, client) = await ExpertAsync();

        var response = await client.PutAsync("/api/v1/me/cv", File(content, name), Cancel);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>(Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(French(reason), problem!["errors"]!["file"]![0]!.GetValue<string>());
        await using var db = App.NewDb();
        Assert.False(await db.StoredFiles.AnyAsync(f => f.OwnerId == person.Id, Cancel));
    }

    [Fact]
    public async Task A_cv_is_stored_its_text_extracted_in_the_background_and_served_back_to_its_owner()
    {
        var (person, client) = await ExpertAsync();
        var pdf = TestPdf.Build(["Awa Diallo", "Finances publiques\nLoi de finances 2024 au Sénégal"]);

        var uploaded = await client.PutAsync("/api/v1/me/cv", File(pdf, "CV Awa.pdf"), Cancel);
        var pending = await client.GetFromJsonAsync<ProfileDocument>("/api/v1/me/profile", Cancel);
        await App.Services.GetRequiredService<CvTextExtraction>().RunAsync(Cancel);
        var extracted = await client.GetFromJsonAsync<ProfileDocument>("/api/v1/me/profile", Cancel);
        var download = await client.GetAsync("/api/v1/me/cv", Cancel);

        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        Assert.Equal(CvTextStatus.Pending, pending!.Cv!.TextStatus);
        Assert.Equal(CvTextStatus.Extracted, extracted!.Cv!.TextStatus);
        Assert.Equal("CV Awa.pdf", extracted.Cv.FileName);
        await using var db = App.NewDb();
        var text = await db.CandidateProfiles.Where(p => p.PersonId == person.Id).Select(p => p.CvText).SingleAsync(Cancel);
        Assert.Contains("Loi de finances 2024 au Sénégal", text, StringComparison.Ordinal);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
    }

    [Fact]
    public async Task A_pdf_bomb_fails_alone_and_says_so_while_the_next_cv_is_extracted()
    {
        var (bomber, bomberClient) = await ExpertAsync();
        var (_, honestClient) = await ExpertAsync();
        await bomberClient.PutAsync("/api/v1/me/cv", File(TestPdf.Build(["CV"], bombBytes: 80L * 1024 * 1024), "cv.pdf"), Cancel);
        await honestClient.PutAsync("/api/v1/me/cv", File(TestPdf.Build(["Un CV honnête"]), "cv.pdf"), Cancel);

        await App.Services.GetRequiredService<CvTextExtraction>().RunAsync(Cancel);

        var bomb = await bomberClient.GetFromJsonAsync<ProfileDocument>("/api/v1/me/profile", Cancel);
        var honest = await honestClient.GetFromJsonAsync<ProfileDocument>("/api/v1/me/profile", Cancel);
        Assert.Equal((CvTextStatus.Failed, "Cv.Problem.Bomb"), (bomb!.Cv!.TextStatus, bomb.Cv.Problem));
        Assert.Equal(CvTextStatus.Extracted, honest!.Cv!.TextStatus);
    }

    [Fact]
    public async Task Staff_opening_a_cv_is_audited_and_the_candidate_sees_who_and_when()
    {
        var (person, client) = await ExpertAsync();
        await client.PutAsync("/api/v1/me/cv", File(TestPdf.Build(["CV"]), "cv.pdf"), Cancel);
        var recruiter = await App.CreatePersonAsync(Roles.Recruiter);
        var staff = App.NewClient().WithBearer(await App.ApiLoginAsync(recruiter));

        var opened = await staff.GetAsync($"/api/v1/staff/candidates/{person.Id}/cv", Cancel);
        var views = await client.GetFromJsonAsync<List<CvView>>("/api/v1/me/cv/views", Cancel);

        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        var view = Assert.Single(views!);
        Assert.Equal(App.Clock.GetUtcNow().UtcDateTime, view.At);
        Assert.Equal("Test Recruiter", view.By);
        await using var db = App.NewDb();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == AuditActions.CvViewed && e.ActorId == recruiter.Id, Cancel));
    }

    [Fact]
    public async Task Staff_read_a_profile_without_the_self_declared_gender()
    {
        var (person, client) = await ExpertAsync();
        await client.PutAsJsonAsync("/api/v1/me/profile", Complete(), Cancel);
        var staff = App.NewClient().WithBearer(await App.ApiLoginAsync(await App.CreatePersonAsync(Roles.ProgrammeManager)));

        var read = await staff.GetFromJsonAsync<StaffProfileDocument>($"/api/v1/staff/candidates/{person.Id}/profile", Cancel);

        Assert.Equal("Diallo", read!.Profile.FamilyName);
        Assert.Null(read.Profile.Gender);
    }

    [Theory]
    [InlineData(Roles.Sponsor)]
    [InlineData(Roles.Partner)]
    [InlineData(Roles.Expert)]
    public async Task Sponsors_partners_and_other_candidates_never_reach_a_profile_or_cv(string role)
    {
        var (person, client) = await ExpertAsync();
        await client.PutAsJsonAsync("/api/v1/me/profile", Complete(), Cancel);
        var cv = await (await client.PutAsync("/api/v1/me/cv", File(TestPdf.Build(["CV"]), "cv.pdf"), Cancel)).Content.ReadFromJsonAsync<CvSummary>(Cancel);
        var other = App.NewClient().WithBearer(await App.ApiLoginAsync(await App.CreatePersonAsync(role)));

        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/v1/staff/candidates/{person.Id}/profile", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/v1/staff/candidates/{person.Id}/cv", Cancel)).StatusCode);
        // The file's own URL answers as if it did not exist.
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/files/{cv!.FileId}", Cancel)).StatusCode);
        if (role == Roles.Expert)
        {
            // Their own profile is theirs only: nothing of the other's shows.
            var own = await other.GetFromJsonAsync<ProfileDocument>("/api/v1/me/profile", Cancel);
            Assert.Null(own!.Cv);
            Assert.NotEqual("Diallo", own.FamilyName);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync("/api/v1/me/profile", Cancel)).StatusCode);
        }
    }

    [Fact]
    public async Task A_europass_import_proposes_a_profile_and_saves_nothing()
    {
        var (_, client) = await ExpertAsync();
        await client.PutAsJsonAsync("/api/v1/me/profile", Complete(), Cancel);
        var before = await client.GetStringAsync("/api/v1/me/profile", Cancel);
        var sample = await System.IO.File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Samples", "europass", "legacy-v3.4-cv.json"), Cancel);

        var response = await client.PostAsync("/api/v1/me/europass", File(sample, "cv.json", "application/json"), Cancel);
        var proposal = await response.Content.ReadFromJsonAsync<EuropassProposal>(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("europass-v3-json", proposal!.Format);
        Assert.Equal(("Betty", "Smith", "GB"), (proposal.Profile.GivenName, proposal.Profile.FamilyName, proposal.Profile.ResidenceCountry));
        Assert.Equal(["en", "zh", "fr", "de"], proposal.Profile.Languages.Select(l => l.Code));
        // What the file does not say is kept from the current profile.
        Assert.Equal(["Budget programme", "Loi de finances"], proposal.Profile.Skills);
        Assert.Equal(before, await client.GetStringAsync("/api/v1/me/profile", Cancel));
        // The proposal saves as it is.
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync("/api/v1/me/profile", proposal.Profile, Cancel)).StatusCode);
    }

    [Fact]
    public async Task A_refused_import_says_why_in_the_readers_language_and_changes_nothing()
    {
        var (_, client) = await ExpertAsync();
        await client.PutAsJsonAsync("/api/v1/me/profile", Complete(), Cancel);
        var before = await client.GetStringAsync("/api/v1/me/profile", Cancel);
        var response = await client.PostAsync("/api/v1/me/europass?lang=en-GB",
            File("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><Candidate xmlns=\"http://www.europass.eu/1.0\">&e;</Candidate>"u8.ToArray(), "cv.xml", "text/xml"), Cancel);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>(Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("This XML file holds a document type declaration", problem!["errors"]!["file"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, await client.GetStringAsync("/api/v1/me/profile", Cancel));
    }
}
