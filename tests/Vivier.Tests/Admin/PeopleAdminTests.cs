using System.Net;
using Microsoft.EntityFrameworkCore;
using Vivier.Core.Audit;
using Vivier.Core.Identity;
using Vivier.Testing;

namespace Vivier.Tests.Admin;

public sealed class PeopleAdminTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<Guid> OrganisationAsync(OrganisationKind kind)
    {
        await using var db = App.NewDb();
        var organisation = new Organisation
        {
            Name = $"{kind} {Guid.NewGuid():N}", ShortName = Guid.NewGuid().ToString("N")[..12], Kind = kind, CountryCode = "FR",
        };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(Cancel);
        return organisation.Id;
    }

    [Fact]
    public async Task An_admin_invites_a_sponsor_who_chooses_a_password_from_the_mail_and_signs_in()
    {
        var ministry = await OrganisationAsync(OrganisationKind.Sponsor);
        using var admin = await App.SignInAsAsync(Roles.Admin);
        var email = $"ministere-{Guid.NewGuid():N}@exemple.gouv.test";
        var form = await admin.GetDocumentAsync("/admin/personnes/inviter");

        using var invited = await admin.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.GivenName"] = "Marc",
            ["Input.FamilyName"] = "Ministère",
            ["Input.Email"] = email,
            ["Input.Roles"] = Roles.Sponsor,
            ["Input.OrganisationId"] = ministry.ToString(),
            ["Input.Language"] = "en",
        });

        Assert.StartsWith("/admin/personnes/", invited.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var mail = Assert.Single(await App.MailsToAsync(email));
        Assert.Equal("Your access to Vivier", mail.Subject);
        using var invitee = App.NewClient();
        var setPassword = await invitee.GetDocumentAsync(People.LinkIn(mail));
        using (await invitee.SubmitAsync(setPassword, "main form", new Dictionary<string, string> { ["Input.Password"] = People.Password }))
        {
        }
        using var login = await App.PostLoginAsync(email, People.Password);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        await using var db = App.NewDb();
        var person = await db.Users.SingleAsync(p => p.Email == email, Cancel);
        Assert.True(person.EmailConfirmed);
        Assert.Equal(ministry, person.OrganisationId);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == AuditActions.Invited && e.PersonId == person.Id, Cancel));
    }

    [Fact]
    public async Task A_sponsor_must_speak_for_a_sponsoring_ministry()
    {
        var host = await OrganisationAsync(OrganisationKind.HostInstitution);
        using var admin = await App.SignInAsAsync(Roles.Admin);
        var email = $"sans-ministere-{Guid.NewGuid():N}@exemple.fr";
        var form = await admin.GetDocumentAsync("/admin/personnes/inviter");

        using var response = await admin.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.GivenName"] = "Sans",
            ["Input.FamilyName"] = "Ministère",
            ["Input.Email"] = email,
            ["Input.Roles"] = Roles.Sponsor,
            ["Input.OrganisationId"] = host.ToString(),
        });

        var page = await Html.ParseAsync(response);
        Assert.Contains("ministère commanditaire", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        await using var db = App.NewDb();
        Assert.False(await db.Users.AnyAsync(p => p.Email == email, Cancel));
        Assert.Empty(await App.MailsToAsync(email));
    }

    [Fact]
    public async Task An_admin_changes_roles_and_the_change_is_audited()
    {
        var person = await App.CreatePersonAsync(Roles.Expert);
        using var admin = await App.SignInAsAsync(Roles.Admin);
        var edit = await admin.GetDocumentAsync($"/admin/personnes/{person.Id}");

        using (await admin.SubmitAsync(edit, "main form", new Dictionary<string, string> { ["Input.Roles"] = Roles.Recruiter }))
        {
        }

        await using var db = App.NewDb();
        var entry = await db.AuditEntries.SingleAsync(e => e.Action == AuditActions.RolesChanged && e.PersonId == person.Id, Cancel);
        Assert.Equal("Expert → Recruiter", entry.Detail);
        var list = await admin.GetDocumentAsync($"/admin/personnes?q={Uri.EscapeDataString(person.Email)}");
        Assert.Contains("Recrutement", Assert.Single(list.QuerySelectorAll("tbody tr")).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task People_pages_are_for_admins_only()
    {
        var someone = await App.CreatePersonAsync(Roles.Expert);
        foreach (var role in new[] { Roles.Recruiter, Roles.Sponsor, Roles.Expert })
        {
            using var client = await App.SignInAsAsync(role);
            foreach (var path in new[] { "/admin/personnes", "/admin/personnes/inviter", $"/admin/personnes/{someone.Id}" })
            {
                using var response = await client.GetAsync(path, Cancel);
                Assert.Contains("/erreur/403", response.Headers.Location!.ToString(), StringComparison.Ordinal);
            }
        }
    }
}
