using System.Diagnostics;
using Vivier.Core.Events.Networking;
using Vivier.Testing;

namespace Vivier.Tests.Events;

/// <summary>The placement of one-to-one meetings, checked by a reading of the schedule that shares nothing with the scheduler.</summary>
public sealed class MeetingSchedulerTests
{
    private static readonly DateTime Day = MeetingInstances.Day;

    [Fact]
    public void Three_hundred_people_and_1500_requests_are_placed_in_under_two_seconds_at_least_95_percent_without_a_clash()
    {
        var instance = MeetingInstances.Generate();
        var watch = Stopwatch.StartNew();
        var schedule = MeetingScheduler.Place(instance.Windows, instance.SlotLength, instance.Tables, instance.Requests, instance.Busy);
        watch.Stop();

        Assert.Equal(1500, instance.Requests.Count);
        MeetingRules.AssertKept(instance, schedule);
        Assert.True(schedule.Placed.Count >= 0.95 * instance.Requests.Count, $"{schedule.Placed.Count} placed of {instance.Requests.Count}");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"{watch.Elapsed}");
        var again = MeetingScheduler.Place(instance.Windows, instance.SlotLength, instance.Tables, instance.Requests, instance.Busy);
        Assert.Equal(schedule.Placed, again.Placed);
    }

    [Fact]
    public void A_request_whose_two_people_share_no_free_slot_is_left_unplaced_and_tables_limit_each_slot()
    {
        var (ana, ben, chloe, david) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        MeetingWindow[] windows = [new(Day.AddHours(10), Day.AddHours(11))];
        // Ana is in a session for the first half hour, Ben for the second: no common slot.
        BusySpan[] busy = [new(ana, Day.AddHours(10), Day.AddHours(10.5)), new(ben, Day.AddHours(10.5), Day.AddHours(11))];
        MeetingRequest[] requests = [new(Guid.NewGuid(), ana, ben), new(Guid.NewGuid(), chloe, david), new(Guid.NewGuid(), ana, chloe), new(Guid.NewGuid(), ben, david)];
        var instance = new MeetingInstance(windows, TimeSpan.FromMinutes(30), 1, requests, busy);

        var schedule = MeetingScheduler.Place(windows, instance.SlotLength, 1, requests, busy);

        MeetingRules.AssertKept(instance, schedule);
        Assert.Contains(requests[0].Id, schedule.Unplaced);
        // One table, two slots: two meetings at most.
        Assert.Equal(2, schedule.Placed.Count);
    }

    [Fact]
    public void Of_two_meetings_wanting_one_slot_the_more_constrained_gets_it_and_both_fit()
    {
        var (ana, ben, chloe) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        MeetingWindow[] windows = [new(Day.AddHours(10), Day.AddHours(11))];
        // Chloé is free only in the first slot; in the order of the requests, Ana and Ben would take it.
        BusySpan[] busy = [new(chloe, Day.AddHours(10.5), Day.AddHours(11))];
        MeetingRequest[] requests = [new(Guid.NewGuid(), ana, ben), new(Guid.NewGuid(), ben, chloe)];
        var instance = new MeetingInstance(windows, TimeSpan.FromMinutes(30), 5, requests, busy);

        var schedule = MeetingScheduler.Place(windows, instance.SlotLength, 5, requests, busy);

        MeetingRules.AssertKept(instance, schedule);
        Assert.Empty(schedule.Unplaced);
    }

    [Fact]
    public void Replanning_keeps_every_meeting_whose_place_still_holds_moves_the_others_and_never_into_a_past_slot()
    {
        var instance = MeetingInstances.Generate(seed: 7);
        var first = MeetingScheduler.Place(instance.Windows, instance.SlotLength, instance.Tables, instance.Requests, instance.Busy);
        var requests = instance.Requests.ToDictionary(r => r.Id);
        // Five people take a seat at the time of one of their meetings; one previous placement is on a table that no longer exists.
        var changed = first.Placed.Take(5).Select(p => new BusySpan(requests[p.RequestId].From, p.Start, p.End)).ToList();
        var shrunk = first.Placed.Where(p => p.Table == instance.Tables).Select(p => p.RequestId).ToHashSet();
        var busy = instance.Busy.Concat(changed).ToList();
        var after = new MeetingInstance(instance.Windows, instance.SlotLength, instance.Tables - 1, instance.Requests, busy);
        // Half an hour into the first window: nothing new may be placed before then.
        var now = instance.Windows[0].Start.AddMinutes(30);

        var second = MeetingScheduler.Place(after.Windows, after.SlotLength, after.Tables, after.Requests, after.Busy, first.Placed, now);

        MeetingRules.AssertKept(after, second);
        var before = first.Placed.ToDictionary(p => p.RequestId);
        var moved = second.Placed.Where(p => before[p.RequestId] != p).Select(p => p.RequestId).Concat(second.Unplaced).ToHashSet();
        var mustMove = first.Placed.Take(5).Select(p => p.RequestId).Concat(shrunk).ToHashSet();
        Assert.Subset(mustMove, moved);
        // Every other meeting is exactly where it was, and the moved ones start at or after now.
        Assert.All(second.Placed.Where(p => !mustMove.Contains(p.RequestId)), p => Assert.Equal(before[p.RequestId], p));
        Assert.All(second.Placed.Where(p => mustMove.Contains(p.RequestId)), p => Assert.True(p.Start >= now, $"{p.Start} is before {now}"));
    }
}
