using System.Diagnostics;
using Vivier.Core.Events.Networking;
using Vivier.Testing;

namespace Vivier.Tests.Events;

/// <summary>The placement of one-to-one meetings, checked by a reading of the schedule that shares nothing with the scheduler.</summary>
public sealed class MeetingSchedulerTests
{
    private static readonly DateTime Day = MeetingInstances.Day;

    /// <summary>Every rule a schedule must keep, read from its output alone.</summary>
    private static void AssertKeepsTheRules(MeetingInstance instance, MeetingSchedule schedule)
    {
        var requests = instance.Requests.ToDictionary(r => r.Id);
        Assert.Equal(instance.Requests.Count, schedule.Placed.Count + schedule.Unplaced.Count);
        Assert.Equal(requests.Count, schedule.Placed.Select(p => p.RequestId).Concat(schedule.Unplaced).Distinct().Count());
        foreach (var p in schedule.Placed)
        {
            // In a window, on the slot grid, at a table that exists.
            var window = Assert.Single(instance.Windows, w => w.Start <= p.Start && p.End <= w.End);
            Assert.Equal(instance.SlotLength, p.End - p.Start);
            Assert.Equal(0, (p.Start - window.Start).Ticks % instance.SlotLength.Ticks);
            Assert.InRange(p.Table, 1, instance.Tables);
            var r = requests[p.RequestId];
            foreach (var person in new[] { r.From, r.To })
            {
                Assert.DoesNotContain(instance.Busy, b => b.Person == person && b.Start < p.End && p.Start < b.End);
            }
        }
        // One table holds one meeting at a time; a person is at one meeting at a time.
        Assert.All(schedule.Placed.GroupBy(p => (p.Start, p.Table)), g => Assert.Single(g));
        var byPerson = schedule.Placed.SelectMany(p => new[] { (Person: requests[p.RequestId].From, p), (Person: requests[p.RequestId].To, p) }).GroupBy(x => x.Person);
        foreach (var group in byPerson)
        {
            var ordered = group.Select(x => x.p).OrderBy(p => p.Start).ToList();
            Assert.All(ordered.Zip(ordered.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start, $"{group.Key} is in two meetings at {pair.Second.Start}"));
        }
    }

    [Fact]
    public void Three_hundred_people_and_1500_requests_are_placed_in_under_two_seconds_at_least_95_percent_without_a_clash()
    {
        var instance = MeetingInstances.Generate();
        var watch = Stopwatch.StartNew();
        var schedule = MeetingScheduler.Place(instance.Windows, instance.SlotLength, instance.Tables, instance.Requests, instance.Busy);
        watch.Stop();

        Assert.Equal(1500, instance.Requests.Count);
        AssertKeepsTheRules(instance, schedule);
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

        AssertKeepsTheRules(instance, schedule);
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

        AssertKeepsTheRules(instance, schedule);
        Assert.Empty(schedule.Unplaced);
    }
}
