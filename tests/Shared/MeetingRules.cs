using Vivier.Core.Events.Networking;

namespace Vivier.Testing;

/// <summary>The rules a meeting schedule must keep, checked from its output alone: shares nothing with the scheduler.</summary>
public static class MeetingRules
{
    /// <summary>Every rule a schedule must keep, read from its output alone.</summary>
    public static void AssertKept(MeetingInstance instance, MeetingSchedule schedule)
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
}
