using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vivier.Core.Audit;
using Vivier.Core.Identity;
using Vivier.Core.Privacy;
using Vivier.Testing;
using Vivier.Web.Features.Privacy;

namespace Vivier.Tests.Privacy;

/// <summary>
/// Every consent is recorded with its date, wording version and how it was given; withdrawing one,
/// from "Mes données" or the API, takes effect at once where it is used (the talent pool, the
/// directory, the registrations' exports) and is recorded too. The privacy notice is not withdrawn.
/// </summary>
public sealed class ConsentTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<List<ConsentRecord>> RecordsAsync(Guid personId, ConsentKind kind)
    {
        await using var db = App.NewDb();
        return await db.ConsentRecords.AsNoTracking().Where(c => c.PersonId == personId && c.Kind == kind).OrderBy(c => c.Id).ToListAsync(Cancel);
    }

    [Fact]
    public async Task Signing_up_records_the_privacy_notice_s_version_which_is_not_withdrawn_and_a_refusal_changes_nothing()
    {
        var email = $"consent-{Guid.NewGuid():N}@vivier.test";
        using var visitor = App.NewClient();
        using (var registered = await visitor.PostAsJsonAsync("/api/v1/auth/register",
            new { givenName = "Camille", familyName = "Martin", email, password = People.Password, acceptPrivacyNotice = true, language = "fr" }, Cancel))
        {
            Assert.True(registered.IsSuccessStatusCode);
        }
        Guid id;
        await using (var db = App.NewDb())
        {
            id = await db.Users.Where(p => p.Email == email).Select(p => p.Id).SingleAsync(Cancel);
            await db.Users.Where(p => p.Id == id).ExecuteUpdateAsync(p => p.SetProperty(x => x.EmailConfirmed, true), Cancel);
        }
        var record = Assert.Single(await RecordsAsync(id, ConsentKind.PrivacyNotice));
        Assert.Equal((PrivacyNotice.Version, ConsentChannel.SignUp, (DateTime?)null), (record.Wording, record.GivenThrough, record.WithdrawnAt));

        var client = App.NewClient().WithBearer(await App.ApiLoginAsync(new TestPerson(id, email, People.Password, null, null)));
        using var refused = await client.PostAsync(new Uri("/api/v1/me/consents/privacy-notice/withdraw", UriKind.Relative), null, Cancel);
        using var unknown = await client.PostAsync(new Uri("/api/v1/me/consents/everything/withdraw", UriKind.Relative), null, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("ne peut pas être retiré", await refused.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Null(Assert.Single(await RecordsAsync(id, ConsentKind.PrivacyNotice)).WithdrawnAt);
    }

    [Fact]
    public async Task The_talent_pool_given_from_the_profile_is_withdrawn_through_the_api_at_once_and_both_are_recorded()
    {
        var (person, client) = await App.CreateCandidateAsync(withCv: false);
        using (var saved = await client.PutAsJsonAsync("/api/v1/me/profile", new { givenName = "Alix", familyName = "Vivier", talentPool = true }, Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }

        using var withdrawn = await client.PostAsync(new Uri("/api/v1/me/consents/talent-pool/withdraw", UriKind.Relative), null, Cancel);
        var states = await client.GetFromJsonAsync<List<ConsentState>>("/api/v1/me/consents", Cancel);

        Assert.Equal(HttpStatusCode.NoContent, withdrawn.StatusCode);
        var record = Assert.Single(await RecordsAsync(person.Id, ConsentKind.TalentPool));
        Assert.Equal((ConsentWordings.TalentPool, ConsentChannel.ProfileForm, ConsentChannel.Api), (record.Wording, record.GivenThrough, record.WithdrawnThrough!.Value));
        var pool = states!.Single(s => s.Kind == "talent-pool");
        Assert.False(pool.Stands);
        Assert.NotNull(Assert.Single(pool.Records).WithdrawnAt);
        await using var db = App.NewDb();
        Assert.Null(await db.CandidateProfiles.Where(p => p.PersonId == person.Id).Select(p => p.TalentPoolConsentAt).SingleAsync(Cancel));
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == AuditActions.ConsentWithdrawn && e.PersonId == person.Id && e.Subject == "talent-pool", Cancel));
    }

    [Fact]
    public async Task Withdrawing_the_directory_listing_from_my_data_takes_the_expert_out_of_the_directory_at_once()
    {
        var expert = await App.CreatePersonAsync(Roles.Expert);
        var today = DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime);
        await App.AddDeploymentAsync("Ministère de la Santé du Niger", today.AddMonths(-3), today.AddMonths(20), "deployed", country: "NE", personId: expert.Id);
        using var own = await App.SignInAsync(expert);
        using (var listed = await own.SubmitAsync(await own.GetDocumentAsync("/annuaire/moi"), "main form",
            new Dictionary<string, string> { ["Listed"] = "true", ["Headline"] = "Santé publique au Niger" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, listed.StatusCode);
        }
        using var partner = await App.SignInAsAsync(Roles.Partner);
        var before = await partner.GetDocumentAsync("/annuaire?pays=NE");

        var page = await own.GetDocumentAsync("/compte/donnees");
        Assert.NotNull(page.QuerySelector("#consent-directory form.consent-withdraw"));
        using var withdrawn = await own.SubmitAsync(page, "#consent-directory form.consent-withdraw");
        var after = await partner.GetDocumentAsync("/annuaire?pays=NE");

        Assert.Contains("Santé publique au Niger", before.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var answer = await Html.ParseAsync(withdrawn);
        Assert.NotNull(answer.QuerySelector("#consent-withdrawn"));
        Assert.Null(answer.QuerySelector("#consent-directory form.consent-withdraw"));
        Assert.DoesNotContain("Santé publique au Niger", after.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var record = Assert.Single(await RecordsAsync(expert.Id, ConsentKind.Directory));
        Assert.Equal((ConsentChannel.DirectoryForm, ConsentChannel.MyData), (record.GivenThrough, record.WithdrawnThrough!.Value));
    }

    [Fact]
    public async Task Image_rights_given_at_registration_are_withdrawn_and_the_organiser_s_export_says_no_at_once()
    {
        var e = await App.CreateEventAsync("Journées du droit à l'image");
        var expert = await App.CreatePersonAsync(Roles.Expert);
        using var own = await App.SignInAsync(expert);
        using (var registered = await own.SubmitAsync(await own.GetDocumentAsync($"/evenements/{e.Id}/inscription"), "main form[method=post]",
            new Dictionary<string, string> { ["Input.ParticipantType"] = "expert", ["Input.ImageRightsConsent"] = "true" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        }
        using var manager = await App.SignInAsAsync(Roles.ProgrammeManager);
        async Task<string> ExportedAsync()
        {
            using var csv = await manager.GetAsync(new Uri($"/gestion/evenements/{e.Id}/inscriptions?handler=csv", UriKind.Relative), Cancel);
            return Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync(Cancel)).Split("\r\n")[1];
        }
        var before = await ExportedAsync();

        using (var withdrawn = await own.SubmitAsync(await own.GetDocumentAsync("/compte/donnees"), "#consent-image-rights form.consent-withdraw"))
        {
            Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        }
        var after = await ExportedAsync();

        // The image-rights column, then the number of sessions.
        Assert.EndsWith(";oui;0;non", before, StringComparison.Ordinal);
        Assert.EndsWith(";non;0;non", after, StringComparison.Ordinal);
        var record = Assert.Single(await RecordsAsync(expert.Id, ConsentKind.ImageRights));
        Assert.Equal((e.Id.ToString(), ConsentChannel.EventRegistration, ConsentChannel.MyData), (record.Scope, record.GivenThrough, record.WithdrawnThrough!.Value));
    }
}
