using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vivier.Core.Identity;
using Vivier.Core.Matching;
using Vivier.Core.Missions;
using Vivier.Core.ReferenceData;
using Vivier.Testing;
using Vivier.Web.Features.Missions;

namespace Vivier.Tests.Matching;

/// <summary>
/// What matching reads, written by people: a mission's requirements through the staff API, the
/// profile's French public employer date, a dismissal's reason, the programme's weights. Bad input
/// is refused with its message and changes nothing.
/// </summary>
public sealed class RequirementsTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static Dictionary<string, object?> Input(Dictionary<string, object?>? requirements = null)
    {
        var input = new Dictionary<string, object?>
        {
            ["title"] = "Réforme des finances publiques", ["kind"] = "ETI", ["countryCode"] = "TD", ["city"] = "N'Djamena",
            ["hostInstitution"] = "Ministère des finances", ["themes"] = new[] { "public-finance" }, ["description"] = "Appui.",
            ["profile"] = "Dix ans.", ["languages"] = "fr:C1", ["startDate"] = "2027-06-01", ["durationMonths"] = 24, ["deadline"] = "2027-01-31",
        };
        foreach (var (key, value) in requirements ?? [])
        {
            input[key] = value;
        }
        return input;
    }

    private async Task<HttpClient> StaffAsync(string role = Roles.Recruiter) =>
        App.NewClient().WithBearer(await App.ApiLoginAsync(await App.CreatePersonAsync(role)));

    [Fact]
    public async Task A_mission_s_requirements_are_stored_as_written_and_the_change_enters_its_history()
    {
        var staff = await StaffAsync();
        using var created = await staff.PostAsJsonAsync("/api/v1/staff/missions", Input(new()
        {
            ["requiredSkills"] = "Finances publiques\nPolitique macroéconomique", ["desirableSkills"] = "Fiscalité",
            ["sectorCodes"] = new[] { "15111 15142" }, ["minYearsOfExperience"] = 10, ["valuedCountries"] = new[] { "ne", "ML" },
            ["valuedRegions"] = new[] { "Africa" },
        }), Cancel);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var reference = (await created.Content.ReadFromJsonAsync<StaffMissionDto>(Cancel))!.Reference;
        await using var db = App.NewDb();
        var mission = await db.Missions.AsNoTracking().SingleAsync(m => m.Reference == reference, Cancel);
        Assert.Equal([("Finances publiques", true), ("Politique macroéconomique", true), ("Fiscalité", false)],
            mission.Skills.Select(s => (s.Name, s.Required)));
        Assert.Equal(["15111", "15142"], mission.SectorCodes);
        Assert.Equal(["NE", "ML"], mission.ValuedCountryCodes);
        Assert.Equal([Continent.Africa], mission.ValuedRegions);
        Assert.Equal(10, mission.MinYearsOfExperience);
    }

    [Theory]
    [InlineData("sectorCodes", "99999", "Indiquez au plus 20 codes CAD existants")]
    [InlineData("valuedCountries", "XX", "Indiquez au plus 20 codes de pays existants")]
    [InlineData("valuedRegions", "Atlantis", "Choisissez des régions de la liste")]
    [InlineData("requiredSkills", "de la", "Indiquez au plus 30 compétences")]
    [InlineData("minYearsOfExperience", "41", "entre 0 et 40")]
    public async Task A_bad_requirement_is_refused_with_its_message_and_changes_nothing(string field, string value, string message)
    {
        var staff = await StaffAsync();
        var mission = await App.CreateMissionAsync("Appui budgétaire", "TD", publish: false);
        using var read = await staff.GetAsync(new Uri($"/api/v1/staff/missions/{mission.Reference}", UriKind.Relative), Cancel);
        var version = read.Headers.ETag!.Tag;
        object? sent = field switch
        {
            "sectorCodes" or "valuedCountries" or "valuedRegions" => new[] { value },
            "minYearsOfExperience" => int.Parse(value, System.Globalization.CultureInfo.InvariantCulture),
            _ => value,
        };
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/staff/missions/{mission.Reference}") { Content = JsonContent.Create(Input(new() { [field] = sent })) };
        request.Headers.TryAddWithoutValidation("If-Match", version);

        using var refused = await staff.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(message, await refused.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        await using var db = App.NewDb();
        var stored = await db.Missions.AsNoTracking().SingleAsync(m => m.Id == mission.Id, Cancel);
        Assert.Equal(("Appui budgétaire", 0, 0), (stored.Title, stored.SectorCodes.Count, stored.Skills.Count));
        Assert.False(await db.MissionChanges.AnyAsync(c => c.MissionId == mission.Id && c.Action == "edited", Cancel));
    }

    [Fact]
    public async Task Thirty_one_skills_are_refused()
    {
        var staff = await StaffAsync();
        var skills = string.Join('\n', Enumerable.Range(1, SoughtSkill.MaxPerMission + 1).Select(i => $"compétence {i}"));

        using var refused = await staff.PostAsJsonAsync("/api/v1/staff/missions", Input(new() { ["requiredSkills"] = skills }), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Indiquez au plus 30 compétences", await refused.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_profile_keeps_the_french_public_employer_date_and_refuses_one_out_of_range()
    {
        var (person, client) = await App.CreateCandidateAsync(withCv: false);

        using var refused = await client.PutAsJsonAsync("/api/v1/me/profile", new { givenName = "Awa", familyName = "Ndiaye", frenchPublicEmployerSince = "1900-01-01" }, Cancel);
        await using (var db = App.NewDb())
        {
            Assert.Null(await db.CandidateProfiles.Where(p => p.PersonId == person.Id).Select(p => p.FrenchPublicEmployerSince).SingleOrDefaultAsync(Cancel));
        }
        using var saved = await client.PutAsJsonAsync("/api/v1/me/profile", new { givenName = "Awa", familyName = "Ndiaye", frenchPublicEmployerSince = "2018-09-01" }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("frenchPublicEmployerSince", await refused.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        await using var check = App.NewDb();
        Assert.Equal(new DateOnly(2018, 9, 1), await check.CandidateProfiles.Where(p => p.PersonId == person.Id).Select(p => p.FrenchPublicEmployerSince).SingleAsync(Cancel));
    }

    [Fact]
    public async Task A_dismissal_reason_over_500_characters_is_refused_and_records_nothing()
    {
        var mission = await App.CreateMissionAsync("Gouvernance locale", "SN");
        var person = await App.AddPoolPersonAsync(p => p.SectorCodes = ["15112"]);
        var staff = await StaffAsync();

        using var refused = await staff.PostAsJsonAsync($"/api/v1/missions/{mission.Reference}/matches/{person}/dismissal",
            new { reason = new string('x', MatchDismissal.MaxReason + 1) }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        await using var db = App.NewDb();
        Assert.False(await db.MatchDismissals.AnyAsync(d => d.MissionId == mission.Id, Cancel));
    }

    [Fact]
    public async Task The_programme_s_weights_set_by_an_admin_apply_to_missions_without_their_own_and_bad_ones_change_nothing()
    {
        var mission = await App.CreateMissionAsync("Décentralisation", "SN", themes: ["decentralisation"]);
        var admin = await StaffAsync(Roles.Admin);
        var recruiter = await StaffAsync();
        var weights = new MatchWeights { Domain = 40, RequiredSkills = 10, DesirableSkills = 5, Languages = 20, CountryExperience = 10, Seniority = 5, Availability = 5, Deployments = 5 };

        using var none = await admin.PutAsJsonAsync("/api/v1/admin/match-weights", new { weights = (MatchWeights?)null }, Cancel);
        using var negative = await admin.PutAsJsonAsync("/api/v1/admin/match-weights", new { weights = new MatchWeights { Domain = -5 } }, Cancel);
        using var set = await admin.PutAsJsonAsync("/api/v1/admin/match-weights", new { weights }, Cancel);
        var page = await recruiter.GetFromJsonAsync<Vivier.Web.Features.Matching.MatchPageDto>($"/api/v1/missions/{mission.Reference}/matches", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        Assert.Equal(weights.ToString(), page!.Weights.ToString());
        Assert.False(page.MissionWeights);

        // Put back: the other tests of this class read the defaults.
        using var back = await admin.PutAsJsonAsync("/api/v1/admin/match-weights", new { weights = MatchWeights.Default }, Cancel);
        Assert.Equal(HttpStatusCode.NoContent, back.StatusCode);
    }
}
