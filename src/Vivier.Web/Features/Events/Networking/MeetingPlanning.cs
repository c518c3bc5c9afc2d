using Microsoft.EntityFrameworkCore;
using Vivier.Core;
using Vivier.Core.Events.Networking;
using Vivier.Web.Infrastructure.Mail;

namespace Vivier.Web.Features.Events.Networking;

/// <summary>
/// Replans an event's one-to-one meetings after anything that changes them: a meeting accepted
/// or cancelled, a seat taken or freed, a session moved, the organiser's windows or tables. Runs
/// in its own transaction once the change has committed, queued per event and under the event's
/// lock, so replannings never interleave; both people of a meeting that moved are told.
/// </summary>
public sealed class MeetingPlanning(VivierDb db, EventTransactions transactions, Mailer mailer, TimeProvider clock)
{
    public Task<IReadOnlyList<MeetingMove>> ReplanAsync(Guid eventId, CancellationToken cancellationToken) =>
        transactions.RunAsync(async queue =>
        {
            await queue.EnterAsync();
            await MeetingPlanner.LockAsync(db, eventId, cancellationToken);
            var moves = await MeetingPlanner.ReplanAsync(db, eventId, clock.GetUtcNow().UtcDateTime, cancellationToken);
            await TellAsync(eventId, moves, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return moves;
        }, cancellationToken, eventId);

    /// <summary>Replans only when the event has accepted meetings: seat changes of events without networking cost one indexed read.</summary>
    public async Task ReplanIfMeetingsAsync(Guid eventId, CancellationToken cancellationToken)
    {
        if (await db.Meetings.AnyAsync(m => m.EventId == eventId && m.Status == MeetingStatus.Accepted, cancellationToken))
        {
            await ReplanAsync(eventId, cancellationToken);
        }
    }

    private async Task TellAsync(Guid eventId, IReadOnlyList<MeetingMove> moves, CancellationToken cancellationToken)
    {
        if (moves.Count == 0)
        {
            return;
        }
        var ids = moves.SelectMany(m => new[] { m.Meeting.FromId, m.Meeting.ToId }).Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Email, p.GivenName, p.FamilyName, p.PreferredLanguage }).ToDictionaryAsync(p => p.Id, cancellationToken);
        foreach (var move in moves)
        {
            foreach (var (me, other) in new[] { (move.Meeting.FromId, move.Meeting.ToId), (move.Meeting.ToId, move.Meeting.FromId) })
            {
                var person = people[me];
                if (person.Email is null)
                {
                    continue;
                }
                var with = $"{people[other].GivenName} {people[other].FamilyName}";
                var line = move.Meeting.Start is { } start
                    ? $"{with} — {EventFormat.Slot(start, move.Meeting.End!.Value, person.PreferredLanguage)}, table {move.Meeting.Table}" : with;
                mailer.Queue(person.Email, person.PreferredLanguage, move.Meeting.Start is null ? "MeetingUnplaced" : "MeetingMoved", person.GivenName,
                    $"/evenements/{eventId}/reseau", [line]);
            }
        }
    }
}
