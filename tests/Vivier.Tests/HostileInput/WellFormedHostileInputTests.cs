using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vivier.Core.Identity;
using Vivier.Core.Missions;
using Vivier.Core.Recruitment;
using Vivier.Testing;

namespace Vivier.Tests.HostileInput;

/// <summary>
/// Input that is well formed yet hostile — nulls inside arrays, a property set to null, a tab, dates
/// at the calendar's end, page numbers that overflow — answered with a 400 problem naming what is
/// wrong (API) or the page with its message, never a server error, and with nothing changed.
/// </summary>
public sealed class WellFormedHostileInputTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<HttpClient> ApiAsAsync(string role) => App.NewClient().WithBearer(await App.ApiLoginAsync(await App.CreatePersonAsync(role)));

    private static async Task<(HttpStatusCode Status, string Body)> SendJsonAsync(HttpClient client, HttpMethod method, string url, string json,
        string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        using var response = await client.SendAsync(request, Cancel);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Cancel));
    }

    /// <summary>What a failed answer said, for the assertion's message (the developer page names the exception).</summary>
    private static async Task<string> Excerpt(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(Cancel);
        return $"{response.RequestMessage?.RequestUri?.PathAndQuery}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 1500)]}";
    }

    private static void AssertProblem((HttpStatusCode Status, string Body) answer, string field)
    {
        Assert.True(answer.Status == HttpStatusCode.BadRequest, $"{answer.Status}: {answer.Body}");
        var problem = JsonDocument.Parse(answer.Body).RootElement;
        var errors = problem.GetProperty("errors");
        Assert.True(errors.EnumerateObject().Any(e => e.Name.StartsWith(field, StringComparison.OrdinalIgnoreCase)), answer.Body);
        Assert.All(errors.EnumerateObject().SelectMany(e => e.Value.EnumerateArray()), m => Assert.False(string.IsNullOrWhiteSpace(m.GetString())));
    }

    [Theory]
    [InlineData("languages")]
    [InlineData("education")]
    [InlineData("employment")]
    [InlineData("countriesWorked")]
    [InlineData("nationalities")]
    [InlineData("skills")]
    public async Task A_profile_with_a_null_inside_a_list_is_refused_and_unchanged(string list)
    {
        var (person, client) = await App.CreateCandidateAsync(withCv: false);
        var saved = await SendJsonAsync(client, HttpMethod.Put, "/api/v1/me/profile", """{ "givenName": "Awa", "familyName": "Diallo", "pitch": "Avant" }""");

        var answer = await SendJsonAsync(client, HttpMethod.Put, "/api/v1/me/profile", $$"""{ "givenName": "Awa", "familyName": "Diallo", "pitch": "Après", "{{list}}": [null] }""");

        Assert.Equal(HttpStatusCode.OK, saved.Status);
        AssertProblem(answer, list);
        await using var db = App.NewDb();
        Assert.Equal("Avant", await db.CandidateProfiles.Where(p => p.PersonId == person.Id).Select(p => p.Pitch).SingleAsync(Cancel));
    }

    [Theory]
    [InlineData("/api/v1/me/cv", "PUT")]
    [InlineData("/api/v1/me/europass", "POST")]
    public async Task A_multipart_body_with_a_wrong_boundary_is_a_400(string url, string method)
    {
        var (person, client) = await App.CreateCandidateAsync(withCv: false);
        var body = "--real-boundary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cv.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\r\n--real-boundary--\r\n";
        using var content = new ByteArrayContent(Encoding.ASCII.GetBytes(body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=another-boundary");

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = content }, Cancel);
        var text = await response.Content.ReadAsStringAsync(Cancel);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        await using var db = App.NewDb();
        Assert.False(await db.StoredFiles.AnyAsync(f => f.OwnerId == person.Id, Cancel));
    }

    private static string MissionJson(string title, string overrides = "") => $$"""
        { "title": "{{title}}", "kind": "ETI", "countryCode": "TW", "city": "Taipei", "hostInstitution": "Administration",
          "themes": ["cybersecurity"], "sponsors": [], "description": "Protection.", "profile": "Dix ans.", "languages": "fr:C1 en:B2",
          "startDate": "2027-06-01", "durationMonths": 24, "deadline": "2027-01-31" {{overrides}} }
        """;

    [Theory]
    [InlineData("themes", """, "themes": null""")]
    [InlineData("sponsors", """, "sponsors": null""")]
    [InlineData("themes", """, "themes": [null]""")]
    [InlineData("languages", """, "languages": "fr:C1\ten:B2" """)]
    [InlineData("startDate", """, "startDate": "9999-12-01" """)]
    [InlineData("deadline", """, "deadline": "9999-12-31" """)]
    [InlineData("kind", """, "kind": 10001""")]
    [InlineData("kind", """, "kind": "2147483647" """)]
    public async Task Staff_missions_refuse_nulls_tabs_and_the_calendars_end_on_creation_and_update(string field, string overrides)
    {
        using var recruiter = await ApiAsAsync(Roles.Recruiter);
        var title = $"Mission {Guid.NewGuid():N}";
        var created = await SendJsonAsync(recruiter, HttpMethod.Post, "/api/v1/staff/missions", MissionJson(title));
        var draft = JsonDocument.Parse(created.Body).RootElement;
        var reference = draft.GetProperty("reference").GetString()!;
        var version = draft.GetProperty("version").GetString()!;

        var refusedCreation = await SendJsonAsync(recruiter, HttpMethod.Post, "/api/v1/staff/missions", MissionJson(title + " bis", overrides));
        var refusedUpdate = await SendJsonAsync(recruiter, HttpMethod.Put, $"/api/v1/staff/missions/{reference}", MissionJson(title + " ter", overrides), $"\"{version}\"");

        Assert.Equal(HttpStatusCode.Created, created.Status);
        AssertProblem(refusedCreation, field);
        AssertProblem(refusedUpdate, field);
        await using var db = App.NewDb();
        Assert.Equal(1, await db.Missions.CountAsync(m => m.Title.StartsWith(title), Cancel));
        Assert.Equal(title, await db.Missions.Where(m => m.Reference == reference).Select(m => m.Title).SingleAsync(Cancel));
    }

    [Fact]
    public async Task Sessions_networking_and_events_refuse_null_elements_and_the_calendars_end()
    {
        using var manager = await ApiAsAsync(Roles.ProgrammeManager);
        var e = await App.CreateEventAsync($"Journées {Guid.NewGuid():N}");
        var day = e.StartDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var session = await SendJsonAsync(manager, HttpMethod.Post, $"/api/v1/events/{e.Id}/sessions",
            $$"""{ "title": "Atelier", "type": "workshop", "room": "Salle 2", "start": "{{day}}T14:00", "end": "{{day}}T15:00", "capacity": 30, "speakers": [null] }""");
        var themes = await SendJsonAsync(manager, HttpMethod.Post, $"/api/v1/events/{e.Id}/sessions",
            $$"""{ "title": "Atelier", "type": "workshop", "room": "Salle 2", "start": "{{day}}T14:00", "end": "{{day}}T15:00", "capacity": 30, "themes": [null] }""");
        var windows = await SendJsonAsync(manager, HttpMethod.Put, $"/api/v1/events/{e.Id}/networking", """{ "minutes": 20, "tables": 4, "windows": [null] }""");
        var farEvent = await SendJsonAsync(manager, HttpMethod.Post, "/api/v1/events",
            """{ "title": "Fin des temps", "startDate": "9999-12-30", "endDate": "9999-12-31", "venue": "INSP", "audience": "open" }""");
        var questions = await SendJsonAsync(manager, HttpMethod.Post, "/api/v1/events",
            """{ "title": "Questions", "startDate": "2027-08-26", "endDate": "2027-08-27", "venue": "INSP", "audience": "open", "questions": [null] }""");

        AssertProblem(session, "speakers");
        AssertProblem(themes, "themes");
        AssertProblem(windows, "windows");
        AssertProblem(farEvent, "startDate");
        AssertProblem(questions, "questions");
        await using var db = App.NewDb();
        Assert.False(await db.Sessions.AnyAsync(s => s.EventId == e.Id, Cancel));
        Assert.False(await db.NetworkingWindows.AnyAsync(w => w.EventId == e.Id, Cancel));
        Assert.False(await db.Events.AnyAsync(x => x.Title == "Fin des temps" || x.Title == "Questions", Cancel));
    }

    [Fact]
    public async Task The_survey_and_certificate_pages_of_an_event_at_the_calendars_end_answer()
    {
        var e = await App.CreateEventAsync("Au bout du calendrier", start: new DateOnly(9999, 12, 30));
        using var expert = await App.SignInAsAsync(Roles.Expert);

        using var surveys = await expert.GetAsync(new Uri($"/evenements/{e.Id}/avis", UriKind.Relative), Cancel);
        using var certificate = await expert.GetAsync(new Uri($"/evenements/{e.Id}/attestation", UriKind.Relative), Cancel);
        using var programme = await expert.GetAsync(new Uri($"/evenements/{e.Id}", UriKind.Relative), Cancel);

        Assert.True((int)surveys.StatusCode < 500, $"{surveys.StatusCode}");
        Assert.True((int)certificate.StatusCode < 500, $"{certificate.StatusCode}");
        Assert.True((int)programme.StatusCode < 500, $"{programme.StatusCode}");
    }

    [Fact]
    public async Task Query_dates_at_the_calendars_end_get_a_message_not_a_crash()
    {
        var e = await App.CreateEventAsync($"Invitations {Guid.NewGuid():N}");
        using var admin = await App.SignInAsAsync(Roles.Admin);

        using var journal = await admin.GetAsync(new Uri("/admin/journal?au=9999-12-31", UriKind.Relative), Cancel);
        using var journalFrom = await admin.GetAsync(new Uri("/admin/journal?du=0001-01-01&au=9999-12-31", UriKind.Relative), Cancel);
        using var invitations = await admin.GetAsync(new Uri($"/gestion/evenements/{e.Id}/invitations?source=InPost&from=9999-12-31", UriKind.Relative), Cancel);
        var invitationsPage = await Html.ParseAsync(invitations);

        Assert.True(journal.StatusCode == HttpStatusCode.OK, await Excerpt(journal));
        Assert.True(journalFrom.StatusCode == HttpStatusCode.OK, await Excerpt(journalFrom));
        Assert.True(invitations.StatusCode == HttpStatusCode.OK, await Excerpt(invitations));
        Assert.NotNull(invitationsPage.QuerySelector("#From-error"));
    }

    [Theory]
    [InlineData("/mission\tsuivante")]
    [InlineData("/missions\u007f")]
    [InlineData("/\r\nLocation: https://example.org")]
    public async Task The_language_switch_goes_home_when_the_return_address_holds_a_control_character(string returnUrl)
    {
        using var client = App.NewClient();
        var page = await client.GetDocumentAsync("/");

        using var response = await client.SubmitAsync(page, "form[action='/langue']", new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = returnUrl });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_hire_on_a_mission_starting_at_the_calendars_end_is_refused_and_changes_nothing()
    {
        var mission = await App.CreateMissionAsync($"Mission lointaine {Guid.NewGuid():N}");
        await using (var db = App.NewDb())
        {
            await db.Missions.Where(m => m.Id == mission.Id).ExecuteUpdateAsync(set => set.SetProperty(m => m.StartDate, new DateOnly(9999, 12, 1)), Cancel);
        }
        var chosen = (await App.SeedApplicationsAsync(mission, 2, "offer"))[0];
        using var recruiter = await ApiAsAsync(Roles.Recruiter);

        using var response = await recruiter.PostAsJsonAsync($"/api/v1/applications/{chosen}/moves", new { stage = "hired" }, Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Conflict, $"{response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        await using var check = App.NewDb();
        Assert.False(await check.Deployments.AnyAsync(d => d.MissionId == mission.Id, Cancel));
        Assert.Equal(MissionStatus.Published, await check.Missions.Where(m => m.Id == mission.Id).Select(m => m.Status).SingleAsync(Cancel));
    }

    [Theory]
    [InlineData("/api/v1/missions?page=2147483647&pageSize=100", null)]
    [InlineData("/api/v1/missions?page=2147483647&pageSize=100&q=cybers%C3%A9curit%C3%A9", null)]
    [InlineData("/api/v1/missions?page=2147483647&pageSize=200", null)]
    [InlineData("/api/v1/deployments?page=2147483647&pageSize=200", Roles.Admin)]
    [InlineData("/api/v1/deployments?page=-2147483648&pageSize=200", Roles.Admin)]
    public async Task Paged_endpoints_take_the_largest_page_numbers(string url, string? role)
    {
        using var client = role is null ? App.NewClient() : await ApiAsAsync(role);

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{response.StatusCode}: {body}");
    }

    [Theory]
    [InlineData("/missions?page=2147483647&pageSize=200")]
    [InlineData("/missions?q=coop%C3%A9ration&page=2147483647&pageSize=200")]
    [InlineData("/missions/feed.atom?page=2147483647&pageSize=200")]
    [InlineData("/roster?page=2147483647&pageSize=200")]
    [InlineData("/admin/journal?page=2147483647&pageSize=200")]
    [InlineData("/admin/personnes?page=2147483647&pageSize=200")]
    [InlineData("/gestion/candidatures?page=2147483647&pageSize=200")]
    [InlineData("/gestion/missions?page=2147483647&pageSize=200")]
    [InlineData("/gestion/missions?page=-2147483648")]
    public async Task Paged_pages_take_the_largest_page_numbers(string url)
    {
        await App.CreateMissionAsync($"Coopération {Guid.NewGuid():N}");
        using var admin = await App.SignInAsAsync(Roles.Admin);

        using var response = await admin.GetAsync(new Uri(url, UriKind.Relative), Cancel);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{url}: {response.StatusCode}");
    }

    [Fact]
    public async Task Text_holding_a_NUL_character_is_refused_in_a_body_a_query_and_a_form()
    {
        var mission = await App.CreateMissionAsync($"Mission {Guid.NewGuid():N}");
        var application = (await App.SeedApplicationsAsync(mission, 1))[0];
        using var recruiter = await ApiAsAsync(Roles.Recruiter);
        using var staff = await App.SignInAsAsync(Roles.Admin);

        var note = await SendJsonAsync(recruiter, HttpMethod.Post, $"/api/v1/applications/{application}/notes", """{ "text": "avant\u0000après" }""");
        using var query = await recruiter.GetAsync(new Uri($"/api/v1/missions/{mission.Reference}/applications?stage=received%00", UriKind.Relative), Cancel);
        var page = await staff.GetDocumentAsync("/admin/personnes/inviter");
        using var form = await staff.SubmitAsync(page, "main form", new Dictionary<string, string> { ["Input.Email"] = "nul\u0000@example.org" });

        AssertProblem(note, "text");
        Assert.True(query.StatusCode == HttpStatusCode.BadRequest, await Excerpt(query));
        Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
        await using var db = App.NewDb();
        Assert.False(await db.ApplicationNotes.AnyAsync(n => n.ApplicationId == application, Cancel));
    }
}
