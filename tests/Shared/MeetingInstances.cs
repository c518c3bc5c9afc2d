using Vivier.Core.Events.Networking;

namespace Vivier.Testing;

/// <summary>A networking day to schedule, as the scheduler's target describes it.</summary>
public sealed record MeetingInstance(IReadOnlyList<MeetingWindow> Windows, TimeSpan SlotLength, int Tables, IReadOnlyList<MeetingRequest> Requests,
    IReadOnlyList<BusySpan> Busy);

/// <summary>
/// Generated networking days: people, accepted requests (at most a given number per person, no pair
/// twice), two meeting windows of three hours in 20-minute slots, and each person's own sessions
/// outside the windows (a morning plenary, an afternoon workshop) — seeded, so the same every time.
/// </summary>
public static class MeetingInstances
{
    public static readonly DateTime Day = new(2024, 8, 29, 0, 0, 0, DateTimeKind.Utc);

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5394", Justification = "Test data from a fixed seed.")]
    public static MeetingInstance Generate(int people = 300, int requests = 1500, int perPerson = 15, int tables = 100, int seed = 2024)
    {
        var random = new Random(seed);
        var ids = Enumerable.Range(0, people).Select(i => new Guid(i + 1, 0, 0, new byte[8])).ToArray();
        var count = new int[people];
        var pairs = new HashSet<(int, int)>();
        var list = new List<MeetingRequest>();
        var attempts = 0;
        while (list.Count < requests && attempts++ < requests * 100)
        {
            var (a, b) = (random.Next(people), random.Next(people));
            if (a == b || count[a] >= perPerson || count[b] >= perPerson || !pairs.Add((Math.Min(a, b), Math.Max(a, b))))
            {
                continue;
            }
            count[a]++;
            count[b]++;
            list.Add(new MeetingRequest(new Guid(0, (short)(list.Count / 30000), (short)(list.Count % 30000), new byte[8]), ids[a], ids[b]));
        }
        MeetingWindow[] windows = [new(Day.AddHours(10), Day.AddHours(13)), new(Day.AddHours(14), Day.AddHours(17))];
        var busy = ids.SelectMany(p => new[]
        {
            new BusySpan(p, Day.AddHours(8), Day.AddHours(10)),
            new BusySpan(p, Day.AddHours(17), Day.AddHours(18.5)),
        }).ToList();
        return new MeetingInstance(windows, TimeSpan.FromMinutes(20), tables, list, busy);
    }
}
