using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vivier.Core.Identity;
using Vivier.Testing;
using Vivier.Web.Features.Privacy;

namespace Vivier.Tests.Privacy;

/// <summary>The CNIL's clock on candidates: erased 2 years after the last contact, told a month and a week before; coming back starts it again.</summary>
public sealed class TalentPoolTests(RetentionApp app) : VivierTest(app), IClassFixture<RetentionApp>
{
    private const string NoticeSubject = "Vos données seront bientôt effacées de Vivier";
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private DateTime Now => App.Clock.GetUtcNow().UtcDateTime;

    private async Task RunAtAsync(DateTime at)
    {
        App.Clock.SetUtcNow(at);
        Assert.NotNull(await App.Services.GetRequiredService<RetentionJob>().RunAsync(Cancel));
    }

    private async Task<int> NoticesAsync(TestPerson person) => (await App.MailsToAsync(person.Email)).Count(m => m.Subject == NoticeSubject);

    private async Task<bool> ExistsAsync(TestPerson person)
    {
        await using var db = App.NewDb();
        return await db.Users.AnyAsync(p => p.Id == person.Id && p.ErasedAt == null, Cancel);
    }

    [Fact]
    public async Task A_silent_candidate_is_told_thirty_then_seven_days_before_and_erased_two_years_after_the_last_sign_in()
    {
        var candidate = await App.CreatePersonAsync(Roles.Expert);
        var recruiter = await App.CreatePersonAsync(Roles.Recruiter);
        using (await App.SignInAsync(candidate))
        {
        }
        // Signed in once: an account never used goes after 6 months under its own rule.
        using (await App.SignInAsync(recruiter))
        {
        }
        var lastContact = Now;
        var due = lastContact.AddYears(2);

        await RunAtAsync(due.AddDays(-30) - Second);
        Assert.Equal(0, await NoticesAsync(candidate));
        await RunAtAsync(due.AddDays(-30) + Second);
        Assert.Equal(1, await NoticesAsync(candidate));
        var notice = (await App.MailsToAsync(candidate.Email)).Single(m => m.Subject == NoticeSubject);
        Assert.Contains(Vivier.Core.Text.Dates.Long(Vivier.Core.Missions.ParisTime.Today(due), System.Globalization.CultureInfo.GetCultureInfo("fr-FR")), notice.TextBody, StringComparison.Ordinal);
        Assert.Contains("/connexion?ReturnUrl=%2Fprofil", notice.TextBody, StringComparison.Ordinal);
        await RunAtAsync(due.AddDays(-29));
        Assert.Equal(1, await NoticesAsync(candidate));
        await RunAtAsync(due.AddDays(-7) + Second);
        Assert.Equal(2, await NoticesAsync(candidate));
        await RunAtAsync(due - Second);
        Assert.True(await ExistsAsync(candidate));
        Assert.Equal(2, await NoticesAsync(candidate));

        await RunAtAsync(due + Second);

        Assert.False(await ExistsAsync(candidate));
        Assert.True(await ExistsAsync(recruiter));
    }

    [Fact]
    public async Task A_candidate_who_signs_in_after_the_notice_starts_the_clock_again()
    {
        var candidate = await App.CreatePersonAsync(Roles.Expert);
        using (await App.SignInAsync(candidate))
        {
        }
        var due = Now.AddYears(2);
        await RunAtAsync(due.AddDays(-20));
        Assert.Equal(1, await NoticesAsync(candidate));

        using (await App.SignInAsync(candidate))
        {
        }
        var again = Now;
        await RunAtAsync(due + Second);

        Assert.True(await ExistsAsync(candidate));
        Assert.Equal(1, await NoticesAsync(candidate));
        await RunAtAsync(again.AddYears(2).AddDays(-30) + Second);
        // The first mail itself has gone meanwhile, under the outbox's own period: the notices' records count them.
        await using var db = App.NewDb();
        Assert.Equal(2, await db.ErasureNotices.CountAsync(n => n.PersonId == candidate.Id, Cancel));
        Assert.Equal(1, await NoticesAsync(candidate));
    }
}
