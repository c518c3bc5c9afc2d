using System.Diagnostics;
using System.Globalization;
using Vivier.Core.Events.Networking;
using Vivier.Testing;

namespace Vivier.Bench;

/// <summary>
/// The one-to-one meeting scheduler on the target's day: 300 participants, 1,500 accepted requests
/// (at most 15 per person), two windows of 3 hours in 20-minute slots, 100 tables, each person's
/// sessions outside the windows. Five seeds, each placed three times (the first one cold); time and
/// share placed. In process: the scheduler is a computation, not a request.
///   dotnet run -c Release --project bench/Vivier.Bench -- meetings [tables=100] [requests=1500]
/// </summary>
public static class MeetingBench
{
    public static void Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        // Optional: tables and requests, for harder days than the target's.
        var tables = int.Parse(args.ElementAtOrDefault(0) ?? "100", CultureInfo.InvariantCulture);
        var requests = int.Parse(args.ElementAtOrDefault(1) ?? "1500", CultureInfo.InvariantCulture);
        foreach (var seed in new[] { 2024, 1, 2, 3, 4 })
        {
            var instance = MeetingInstances.Generate(requests: requests, tables: tables, seed: seed);
            var times = new List<double>();
            MeetingSchedule? schedule = null;
            for (var run = 0; run < 3; run++)
            {
                var watch = Stopwatch.StartNew();
                schedule = MeetingScheduler.Place(instance.Windows, instance.SlotLength, instance.Tables, instance.Requests, instance.Busy);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"seed {seed}: {instance.Requests.Count} requests, {schedule!.Placed.Count} placed ({100.0 * schedule.Placed.Count / instance.Requests.Count:F1} %), cold {times[0]:F0} ms, warm {times.Skip(1).Min():F0} ms"));
            // An agenda change: ten people each take a seat at the time of one of their meetings; the plan is made again from the previous one.
            var requestsById = instance.Requests.ToDictionary(r => r.Id);
            var changed = schedule.Placed.Take(10).Select(p => new BusySpan(requestsById[p.RequestId].From, p.Start, p.End)).ToList();
            var replan = Stopwatch.StartNew();
            var again = MeetingScheduler.Place(instance.Windows, instance.SlotLength, instance.Tables, instance.Requests, [.. instance.Busy, .. changed], schedule.Placed);
            replan.Stop();
            var before = schedule.Placed.ToDictionary(p => p.RequestId);
            var moved = again.Placed.Count(p => !before.TryGetValue(p.RequestId, out var b) || b != p);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"seed {seed}: after 10 agenda changes, replanned in {replan.Elapsed.TotalMilliseconds:F0} ms: {moved} meetings moved, {again.Placed.Count} placed"));
        }
    }
}
