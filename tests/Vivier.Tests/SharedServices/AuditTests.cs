using System.Net;
using Microsoft.EntityFrameworkCore;
using Vivier.Core.Audit;
using Vivier.Core.Identity;
using Vivier.Testing;

namespace Vivier.Tests.SharedServices;

public sealed class AuditTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_refusal_is_written_with_who_was_refused_what()
    {
        var expert = await App.CreatePersonAsync(Roles.Expert);
        using var client = await App.SignInAsync(expert);

        using var page = await client.GetAsync("/admin/journal", Cancel);
        using var api = await client.GetAsync("/admin/personnes", Cancel);

        Assert.Equal("/erreur/403", new Uri(page.Headers.Location!.ToString()).AbsolutePath);
        await using var db = App.NewDb();
        var refusals = await db.AuditEntries.Where(e => e.ActorId == expert.Id && e.Action == AuditActions.Refused).Select(e => e.Subject).ToListAsync(Cancel);
        Assert.Equal(["GET /admin/journal", "GET /admin/personnes"], refusals.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_admin_searches_the_log_by_action_and_person()
    {
        var expert = await App.CreatePersonAsync(Roles.Expert);
        using (await App.SignInAsync(expert))
        {
        }
        using var admin = await App.SignInAsAsync(Roles.Admin);

        var page = await admin.GetDocumentAsync($"/admin/journal?action=sign-in&qui={Uri.EscapeDataString(expert.Email)}");

        var rows = page.QuerySelectorAll("tbody tr");
        var row = Assert.Single(rows);
        Assert.Contains(expert.Email, row.TextContent, StringComparison.Ordinal);
        // The action in words, not its key.
        Assert.Contains("Connexion", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("sign-in", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_audit_log_is_for_admins_only()
    {
        foreach (var role in new[] { Roles.Recruiter, Roles.ProgrammeManager, Roles.Sponsor, Roles.Partner, Roles.Expert })
        {
            using var client = await App.SignInAsAsync(role);
            using var response = await client.GetAsync("/admin/journal", Cancel);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/erreur/403", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }
}
