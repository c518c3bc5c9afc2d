using Vivier.Core.Privacy;
using Vivier.Core.Text;

namespace Vivier.Web.Features.Privacy;

/// <summary>
/// Tells each silent candidate, 30 days and again 7 days before, that their data will be erased
/// unless they come back (signing in is enough): one mail per notice and due date, the mail and its
/// record saved together, so a notice is neither lost nor sent twice. A candidate first reached
/// inside the last week gets the 7-day notice only.
/// </summary>
public sealed class ErasureNotices(VivierDb db, Mailer mailer, RetentionPolicy policy, TimeProvider clock)
{
    public const int FirstNotice = 30;
    public const int LastNotice = 7;

    public async Task<int> SendAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var period = (await policy.PeriodsAsync(cancellationToken))[RetentionRules.TalentPool];
        var soon = TalentPool.SilentSince(db, period.Before(now.AddDays(FirstNotice)));
        var sent = 0;
        foreach (var contact in await TalentPool.LastContactsAsync(db, soon, cancellationToken))
        {
            var due = period.After(contact.At);
            var notice = due - now <= TimeSpan.FromDays(LastNotice) ? LastNotice : FirstNotice;
            if (due <= now || await db.ErasureNotices.AnyAsync(n => n.PersonId == contact.PersonId && n.DaysBefore == notice && n.DueAt == due, cancellationToken))
            {
                continue;
            }
            mailer.Queue(contact.Email, contact.Language, "ErasureNotice", contact.GivenName, "/connexion?ReturnUrl=%2Fprofil",
                [Dates.Long(ParisTime.Today(due), contact.Language.Culture)]);
            db.ErasureNotices.Add(new ErasureNotice { PersonId = contact.PersonId, DaysBefore = notice, DueAt = due, SentAt = now });
            await db.SaveChangesAsync(cancellationToken);
            sent++;
        }
        return sent;
    }
}
