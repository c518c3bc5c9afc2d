using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vivier.Core.Audit;
using Vivier.Core.Identity;
using Vivier.Core.Privacy;
using Vivier.Testing;
using Vivier.Tests.Privacy;
using Vivier.Web.Features.Privacy;
using Vivier.Web.Infrastructure;

namespace Vivier.Tests.Audit;

/// <summary>
/// The audit log is a hash chain: what erasure never changes (place, id, time, reader, person,
/// action) is sealed, so a changed, removed or slipped-in entry is found at its place, while the
/// addresses erasure blanks are outside it; a purge leaves a checkpoint the chain goes on from.
/// </summary>
public sealed class AuditChainTests(RetentionApp app) : VivierTest(app), IClassFixture<RetentionApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private DateTime Now => App.Clock.GetUtcNow().UtcDateTime;

    private async Task SealAsync() => Assert.NotNull(await App.Services.GetRequiredService<AuditSealing>().RunAsync(Cancel));

    private async Task<AuditVerification> VerifyAsync()
    {
        await using var db = App.NewDb();
        return await AuditChain.VerifyAsync(db, Cancel);
    }

    /// <summary>Writes entries as the app would, about a new person, and seals them: their ids, oldest first.</summary>
    private async Task<List<long>> RecordSealedAsync(int count, Guid? personId = null)
    {
        var person = personId ?? (await App.CreatePersonAsync(Roles.Expert)).Id;
        var entries = Enumerable.Range(0, count).Select(i => new AuditEntry
        {
            At = Now, ActorId = Guid.NewGuid(), ActorEmail = $"lecteur{i}@agence.example", Action = AuditActions.ProfileRead, PersonId = person,
            Detail = "CV_Dupont.pdf", IpAddress = "203.0.113.7",
        }).ToList();
        await using (var db = App.NewDb())
        {
            db.AuditEntries.AddRange(entries);
            await db.SaveChangesAsync(Cancel);
        }
        await SealAsync();
        return entries.ConvertAll(e => e.Id);
    }

    [Fact]
    public async Task Sealed_entries_verify_and_a_changed_action_breaks_the_chain_at_its_place_while_blanked_addresses_do_not()
    {
        var ids = await RecordSealedAsync(5);
        var target = ids[2];
        long place;
        await using (var db = App.NewDb())
        {
            Assert.False(await db.AuditEntries.AnyAsync(e => e.Sequence == null, Cancel));
            place = await db.AuditEntries.Where(e => e.Id == target).Select(e => e.Sequence!.Value).SingleAsync(Cancel);
        }
        Assert.True((await VerifyAsync()).Intact);

        await using (var db = App.NewDb())
        {
            await db.AuditEntries.Where(e => ids.Contains(e.Id)).ExecuteUpdateAsync(e => e.SetProperty(x => x.ActorEmail, (string?)null)
                .SetProperty(x => x.IpAddress, (string?)null).SetProperty(x => x.Detail, (string?)null), Cancel);
        }
        Assert.True((await VerifyAsync()).Intact);

        await using (var db = App.NewDb())
        {
            await db.AuditEntries.Where(e => e.Id == target).ExecuteUpdateAsync(e => e.SetProperty(x => x.Action, AuditActions.SignedIn), Cancel);
        }
        var broken = await VerifyAsync();
        var problem = Assert.Single(broken.Breaks);
        Assert.Equal((place, target, "changed"), (problem.Sequence, problem.EntryId, problem.Problem));

        await using (var db = App.NewDb())
        {
            await db.AuditEntries.Where(e => e.Id == target).ExecuteUpdateAsync(e => e.SetProperty(x => x.Action, AuditActions.ProfileRead), Cancel);
        }
        Assert.True((await VerifyAsync()).Intact);
    }

    [Fact]
    public async Task A_removed_entry_is_missing_at_its_place_and_one_slipped_in_does_not_follow_the_one_before()
    {
        var ids = await RecordSealedAsync(4);
        AuditEntry removed;
        await using (var db = App.NewDb())
        {
            removed = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Id == ids[1], Cancel);
            await db.AuditEntries.Where(e => e.Id == ids[1]).ExecuteDeleteAsync(Cancel);
        }
        var gap = Assert.Single((await VerifyAsync()).Breaks);
        Assert.Equal((removed.Sequence!.Value, "missing " + removed.Sequence), (gap.Sequence, gap.Problem));

        // A forger who puts an entry of their own in its place, hashed as the chain hashes, still breaks the link.
        var forged = new AuditEntry { At = removed.At, ActorId = Guid.NewGuid(), Action = AuditActions.SignedIn, Sequence = removed.Sequence, PreviousHash = AuditChain.Genesis };
        await using (var db = App.NewDb())
        {
            db.AuditEntries.Add(forged);
            await db.SaveChangesAsync(Cancel);
            forged.Hash = AuditChain.HashOf(forged, forged.PreviousHash);
            await db.SaveChangesAsync(Cancel);
        }
        // Neither it nor the entry after it follows the one before.
        var unlinked = (await VerifyAsync()).Breaks;
        Assert.Equal([(forged.Id, "unlinked"), (ids[2], "unlinked")], unlinked.Select(b => (b.EntryId!.Value, b.Problem)));

        await using (var db = App.NewDb())
        {
            await db.AuditEntries.Where(e => e.Id == forged.Id).ExecuteDeleteAsync(Cancel);
            db.AuditEntries.Add(removed);
            await db.SaveChangesAsync(Cancel);
        }
        Assert.True((await VerifyAsync()).Intact);
    }

    [Fact]
    public async Task Purging_old_entries_leaves_a_checkpoint_the_chain_goes_on_from_and_a_held_person_s_entries_are_kept_and_checked_alone()
    {
        var held = await App.CreatePersonAsync(Roles.Expert);
        var old = await RecordSealedAsync(3);
        var heldEntries = await RecordSealedAsync(2, held.Id);
        var hold = new LegalHold { PersonId = held.Id, Reason = "Contentieux", PlacedAt = Now, PlacedBy = held.Id };
        await using (var db = App.NewDb())
        {
            db.LegalHolds.Add(hold);
            await db.SaveChangesAsync(Cancel);
        }

        App.Clock.SetUtcNow(Now.AddYears(1).AddDays(2));
        var recent = await RecordSealedAsync(2);
        Assert.NotNull(await App.Services.GetRequiredService<RetentionJob>().RunAsync(Cancel));
        await SealAsync();

        await using (var db = App.NewDb())
        {
            Assert.False(await db.AuditEntries.AnyAsync(e => old.Contains(e.Id), Cancel));
            Assert.Equal(2, await db.AuditEntries.CountAsync(e => heldEntries.Contains(e.Id), Cancel));
            Assert.Equal(2, await db.AuditEntries.CountAsync(e => recent.Contains(e.Id), Cancel));
            var checkpoint = await db.AuditCheckpoints.OrderByDescending(c => c.Sequence).FirstAsync(Cancel);
            var firstRecent = await db.AuditEntries.Where(e => e.Id == recent[0]).SingleAsync(Cancel);
            Assert.True(checkpoint.Sequence < firstRecent.Sequence);
            Assert.True(checkpoint.Purged >= 3);
            var runs = await db.RetentionRuns.Where(r => !r.DryRun).OrderByDescending(r => r.Id).FirstAsync(Cancel);
            Assert.Equal(checkpoint.Purged, runs.Counts.Single(c => c.RuleKey == RetentionRules.AuditLog).Count);
        }
        var verified = await VerifyAsync();
        Assert.True(verified.Intact, string.Join("; ", verified.Breaks));
        Assert.True(verified.FromSequence > 0);

        await using (var db = App.NewDb())
        {
            await db.AuditEntries.Where(e => e.Id == heldEntries[0]).ExecuteUpdateAsync(e => e.SetProperty(x => x.PersonId, Guid.NewGuid()), Cancel);
        }
        Assert.Equal("changed", Assert.Single((await VerifyAsync()).Breaks).Problem);
        await using (var db = App.NewDb())
        {
            await db.AuditEntries.Where(e => e.Id == heldEntries[0]).ExecuteUpdateAsync(e => e.SetProperty(x => x.PersonId, held.Id), Cancel);
            await db.LegalHolds.Where(h => h.Id == hold.Id).ExecuteDeleteAsync(Cancel);
        }
        Assert.True((await VerifyAsync()).Intact);
    }

    [Fact]
    public async Task Erasing_a_person_blanks_what_the_log_kept_of_them_and_the_chain_holds()
    {
        var person = await App.CreatePersonAsync(Roles.Expert);
        var ids = await RecordSealedAsync(2, person.Id);
        await using (var db = App.NewDb())
        {
            db.AuditEntries.Add(new AuditEntry { At = Now, ActorId = person.Id, ActorEmail = person.Email, Action = AuditActions.SignedIn, IpAddress = "198.51.100.4" });
            await db.SaveChangesAsync(Cancel);
        }
        await SealAsync();

        await using (var db = App.NewDb())
        {
            Assert.True(await new Erasure(db, Now).EraseAsync(person.Id, Cancel));
            var about = await db.AuditEntries.AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync(Cancel);
            Assert.All(about, e => Assert.Null(e.Detail));
            var own = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.ActorId == person.Id, Cancel);
            Assert.Equal((null, null), (own.ActorEmail, own.IpAddress));
        }
        Assert.True((await VerifyAsync()).Intact);
    }
}
