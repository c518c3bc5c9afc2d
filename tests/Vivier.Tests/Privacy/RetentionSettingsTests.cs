using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vivier.Core.Audit;
using Vivier.Core.Identity;
using Vivier.Core.Mail;
using Vivier.Core.Privacy;
using Vivier.Testing;
using Vivier.Web.Features.Privacy;

namespace Vivier.Tests.Privacy;

/// <summary>The admin's retention page: a period changed within its ceiling applies at once to the job and the notice; anything else changes nothing.</summary>
public sealed class RetentionSettingsTests(RetentionApp app) : VivierTest(app), IClassFixture<RetentionApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private DateTime Now => App.Clock.GetUtcNow().UtcDateTime;

    private async Task<HttpClient> AdminAsync() => await App.SignInAsync(await App.CreatePersonAsync(Roles.Admin));

    /// <summary>The form's index of a rule's row.</summary>
    private static int RowOf(IDocument page, string rule) =>
        int.Parse(page.QuerySelectorAll("#retention-form input[type=hidden][name$='.Key']").Single(i => i.GetAttribute("value") == rule)
            .GetAttribute("name")!.Split('[', ']')[1], System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<HttpResponseMessage> ChooseAsync(HttpClient client, IDocument page, string rule, string amount, string unit)
    {
        var i = RowOf(page, rule);
        return await client.SubmitAsync(page, "#retention-form", new Dictionary<string, string> { [$"Rows[{i}].Amount"] = amount, [$"Rows[{i}].Unit"] = unit });
    }

    private async Task<Dictionary<string, string>> StoredAsync()
    {
        await using var db = App.NewDb();
        return await db.RetentionSettings.ToDictionaryAsync(s => s.RuleKey, s => s.Period.ToString(), Cancel);
    }

    private async Task<string> NoticeRowAsync(string dataName)
    {
        using var visitor = App.NewClient();
        var notice = await visitor.GetDocumentAsync("/confidentialite");
        return notice.QuerySelectorAll("#retention-table tbody tr").Single(r => r.QuerySelector("th")!.TextContent.StartsWith(dataName, StringComparison.Ordinal)).TextContent;
    }

    [Fact]
    public async Task A_shortened_period_is_stated_by_the_notice_and_applied_by_the_next_run()
    {
        var admin = await AdminAsync();
        var page = await admin.GetDocumentAsync("/admin/conservation");
        Assert.Contains("3 mois", await NoticeRowAsync("Courriels envoyés"), StringComparison.Ordinal);

        using var saved = await ChooseAsync(admin, page, RetentionRules.OutboxMails, "1", "Months");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/admin/conservation?saved=true", saved.Headers.Location!.OriginalString);
        Assert.Equal("1 month", (await StoredAsync())[RetentionRules.OutboxMails]);
        Assert.Contains("1 mois", await NoticeRowAsync("Courriels envoyés"), StringComparison.Ordinal);
        var queued = Now;
        await using (var db = App.NewDb())
        {
            db.OutboxMails.Add(new OutboxMail { To = "retention@vivier.test", Subject = "Shortened", TextBody = "", HtmlBody = "", CreatedAt = queued, NextAttemptAt = queued });
            Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.RetentionChanged && e.Detail!.Contains("outbox-mails=1 month"), Cancel));
            await db.SaveChangesAsync(Cancel);
        }
        App.Clock.SetUtcNow(queued.AddMonths(1).AddSeconds(1));
        await App.Services.GetRequiredService<RetentionJob>().RunAsync(Cancel);
        await using (var db = App.NewDb())
        {
            Assert.False(await db.OutboxMails.AnyAsync(m => m.Subject == "Shortened", Cancel));
        }

        // Back to the default: the choice is removed, not stored as a copy of the default.
        var again = await AdminAsync();
        using var restored = await ChooseAsync(again, await again.GetDocumentAsync("/admin/conservation"), RetentionRules.OutboxMails, "3", "Months");
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.False((await StoredAsync()).ContainsKey(RetentionRules.OutboxMails));
    }

    [Theory]
    [InlineData("4", "Months", "d'au plus 3 mois")]
    [InlineData("0", "Months", "d'au plus 3 mois")]
    [InlineData("", "Months", "d'au plus 3 mois")]
    [InlineData("2", "Fortnights", "d'au plus 3 mois")]
    public async Task A_period_past_its_ceiling_or_without_length_is_refused_beside_its_field_and_nothing_changes(string amount, string unit, string message)
    {
        var admin = await AdminAsync();
        var page = await admin.GetDocumentAsync("/admin/conservation");
        var before = await StoredAsync();

        using var refused = await ChooseAsync(admin, page, RetentionRules.UnsuccessfulApplications, amount, unit);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var answer = await Html.ParseAsync(refused);
        Assert.Contains(message, answer.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        var field = $"Rows[{RowOf(page, RetentionRules.UnsuccessfulApplications)}].Amount";
        Assert.Equal("true", answer.QuerySelector($"[name='{field}']")!.GetAttribute("aria-invalid"));
        Assert.Equal(before, await StoredAsync());
    }

    [Fact]
    public async Task A_form_read_before_another_admin_saved_is_refused_and_keeps_the_other_choice()
    {
        var (one, other) = (await AdminAsync(), await AdminAsync());
        var (first, second) = (await one.GetDocumentAsync("/admin/conservation"), await other.GetDocumentAsync("/admin/conservation"));

        using var saved = await ChooseAsync(one, first, RetentionRules.MeetingRequests, "2", "Months");
        using var stale = await ChooseAsync(other, second, RetentionRules.MeetingRequests, "6", "Months");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Une autre personne a modifié les durées", (await Html.ParseAsync(stale)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2 months", (await StoredAsync())[RetentionRules.MeetingRequests]);
        using var restored = await ChooseAsync(one, await one.GetDocumentAsync("/admin/conservation"), RetentionRules.MeetingRequests, "3", "Months");
    }

    [Fact]
    public async Task A_dry_run_from_the_page_counts_by_rule_and_deletes_nothing()
    {
        var marker = Guid.NewGuid().ToString("N");
        await using (var db = App.NewDb())
        {
            db.AuditEntries.Add(new AuditEntry { At = Now, Action = AuditActions.SignedIn, Subject = marker });
            await db.SaveChangesAsync(Cancel);
        }
        // The log goes by its oldest entries first (a prefix of its chain): everything before the marker ages with it.
        App.Clock.SetUtcNow(Now.AddYears(1).AddDays(1));
        var admin = await AdminAsync();
        var page = await admin.GetDocumentAsync("/admin/conservation");

        using var previewed = await admin.SubmitAsync(page, "#preview-form");

        Assert.Equal(HttpStatusCode.OK, previewed.StatusCode);
        var answer = await Html.ParseAsync(previewed);
        var audit = answer.QuerySelectorAll("#preview tbody tr").Single(r => r.QuerySelector("th")!.TextContent.StartsWith("Journal d'audit", StringComparison.Ordinal));
        Assert.True(int.Parse(audit.QuerySelector("td")!.TextContent.Replace("\u202f", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Contains("Simulation (administration)", answer.QuerySelector("#runs")!.TextContent, StringComparison.Ordinal);
        await using var check = App.NewDb();
        Assert.True(await check.AuditEntries.AnyAsync(e => e.Subject == marker, Cancel));
        Assert.True((await check.RetentionRuns.OrderByDescending(r => r.Id).FirstAsync(Cancel)).DryRun);
    }
}
