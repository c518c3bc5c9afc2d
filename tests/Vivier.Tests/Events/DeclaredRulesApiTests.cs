using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vivier.Core.Identity;
using Vivier.Testing;

namespace Vivier.Tests.Events;

/// <summary>
/// The rules an API input declares are checked before its handler runs (.NET's validation), in the
/// caller's language, formatted with the field's name and the rule's limit, with the fields named
/// as the API spells them; nothing is written.
/// </summary>
public sealed class DeclaredRulesApiTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<HttpClient> AsAsync(string role) => App.NewClient().WithBearer(await App.ApiLoginAsync(await App.CreatePersonAsync(role)));

    [Fact]
    public async Task An_event_breaking_its_declared_rules_is_refused_in_english_and_spaces_never_make_a_text_too_long()
    {
        var manager = await AsAsync(Roles.ProgrammeManager);
        var venue = $"Salle {Guid.NewGuid():N}";
        var padded = $"  {new string('é', 200)}  ";

        using var refused = await manager.PostAsJsonAsync("/api/v1/events?lang=en-GB",
            new { title = new string('a', 201), startDate = "2027-08-27", endDate = "2027-08-26", venue, audience = "everyone" }, Cancel);
        using var accepted = await manager.PostAsJsonAsync("/api/v1/events",
            new { title = padded, startDate = "2027-08-26", endDate = "2027-08-27", venue, audience = "open" }, Cancel);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.Created), (refused.StatusCode, accepted.StatusCode));
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors");
        Assert.Equal(["audience", "endDate", "title"], errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(("This text is too long.", "The last day must follow the first, within 31 days.", "Choose an audience: open, on invitation or approval required."),
            (errors.GetProperty("title")[0].GetString(), errors.GetProperty("endDate")[0].GetString(), errors.GetProperty("audience")[0].GetString()));
        await using var db = App.NewDb();
        Assert.Equal(padded.Trim(), await db.Events.Where(e => e.Venue == venue).Select(e => e.Title).SingleAsync(Cancel));
    }

    [Fact]
    public async Task A_mission_s_too_long_title_is_refused_with_its_label_and_limit_in_the_caller_s_language()
    {
        var recruiter = await AsAsync(Roles.Recruiter);
        var title = new string('m', 201);
        object Mission() => new
        {
            title, kind = "ETI", countryCode = "TW", city = "Taipei", hostInstitution = "Administration", themes = new[] { "cybersecurity" },
            sponsors = Array.Empty<string>(), description = "Protection.", profile = "Dix ans.", languages = "fr:C1 en:B2",
            startDate = "2027-06-01", durationMonths = 24, deadline = "2027-01-31",
        };

        using var english = await recruiter.PostAsJsonAsync("/api/v1/staff/missions?lang=en-GB", Mission(), Cancel);
        using var french = await recruiter.PostAsJsonAsync("/api/v1/staff/missions", Mission(), Cancel);

        Assert.Equal("The Job title is too long: 200 characters at most.", await TitleErrorAsync(english));
        Assert.Equal("Le champ « Intitulé du poste » est trop long : 200 caractères au plus.", await TitleErrorAsync(french));
        await using var db = App.NewDb();
        Assert.False(await db.Missions.AnyAsync(m => m.Title == title, Cancel));
    }

    private static async Task<string?> TitleErrorAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors").GetProperty("title")[0].GetString();
    }
}
