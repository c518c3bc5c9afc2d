using Microsoft.EntityFrameworkCore;
using Vivier.Core.Identity;
using Vivier.Core.Missions;
using Vivier.Testing;

namespace Vivier.Tests.Missions;

public sealed class PartnerNeedTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    [Fact]
    public async Task A_partners_need_arrives_as_a_draft_at_their_institution()
    {
        var partner = await App.CreatePersonAsync(Roles.Partner);
        using var client = await App.SignInAsync(partner);
        var page = await client.GetDocumentAsync("/partenaire/besoin");
        var title = $"Besoin {Guid.NewGuid():N}";

        using var sent = await client.SubmitAsync(page, "main form", new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.City"] = "Lyon",
            ["Input.Description"] = "Structurer notre service de coopération.",
            ["Input.StartDate"] = "2027-09-01",
            ["Input.DurationMonths"] = "24",
        });

        Assert.Equal("/partenaire/besoin?sent=true", sent.Headers.Location!.OriginalString);
        await using var db = App.NewDb();
        var mission = await db.Missions.SingleAsync(m => m.Title == title, TestContext.Current.CancellationToken);
        var organisation = await db.Organisations.SingleAsync(o => o.Id == partner.OrganisationId, TestContext.Current.CancellationToken);
        Assert.Equal(MissionStatus.Draft, mission.Status);
        Assert.Equal(organisation.Name, mission.HostInstitution);
        Assert.Equal(organisation.CountryCode, mission.CountryCode);
        var change = await db.MissionChanges.SingleAsync(c => c.MissionId == mission.Id, TestContext.Current.CancellationToken);
        Assert.Equal(("created", partner.Id), (change.Action, change.ActorId!.Value));
    }
}
