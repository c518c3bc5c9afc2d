namespace Vivier.Core.Events.Networking;

/// <summary>When one-to-one meetings may take place: a span cut into slots of the event's length.</summary>
public sealed record MeetingWindow(DateTime Start, DateTime End);

/// <summary>An accepted request for a meeting between two people.</summary>
public sealed record MeetingRequest(Guid Id, Guid From, Guid To);

/// <summary>A span when a person is taken (a session of their agenda).</summary>
public sealed record BusySpan(Guid Person, DateTime Start, DateTime End);

/// <summary>Where and when a meeting takes place: a slot and a table (numbered from 1).</summary>
public sealed record MeetingPlacement(Guid RequestId, DateTime Start, DateTime End, int Table);

/// <summary>The meetings placed, and the requests no slot could take.</summary>
public sealed record MeetingSchedule(IReadOnlyList<MeetingPlacement> Placed, IReadOnlyList<Guid> Unplaced);

/// <summary>
/// Places accepted one-to-one meetings in the event's slots and tables, clashing with neither
/// person's sessions nor their other meetings. The most constrained requests go first (the fewest
/// slots both people have free, then the busiest people); each takes the free slot that leaves the
/// most room to the two people's other requests, then the one with the most tables left.
/// Deterministic: the same input gives the same schedule. Given the previous schedule, every
/// meeting whose slot and table are still possible stays where it was; only the others move, and
/// never to a slot that starts before <c>notBefore</c> (a slot already past).
/// </summary>
public static class MeetingScheduler
{
    public static MeetingSchedule Place(IReadOnlyList<MeetingWindow> windows, TimeSpan slotLength, int tables,
        IReadOnlyList<MeetingRequest> requests, IReadOnlyList<BusySpan> busy, IReadOnlyList<MeetingPlacement>? previous = null,
        DateTime? notBefore = null)
    {
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(busy);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(slotLength, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfNegative(tables);

        var slots = windows.OrderBy(w => w.Start)
            .SelectMany(w => Enumerable.Range(0, (int)((w.End - w.Start) / slotLength)).Select(i => (Start: w.Start + slotLength * i, End: w.Start + slotLength * (i + 1))))
            .ToArray();
        var people = requests.SelectMany(r => new[] { r.From, r.To }).Distinct().Order().Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        // taken[person, slot]: a session or a meeting already there.
        var taken = new bool[people.Count, slots.Length];
        foreach (var span in busy.Where(b => people.ContainsKey(b.Person)))
        {
            for (var s = 0; s < slots.Length; s++)
            {
                if (span.Start < slots[s].End && slots[s].Start < span.End)
                {
                    taken[people[span.Person], s] = true;
                }
            }
        }
        var tablesLeft = Enumerable.Repeat(tables, slots.Length).ToArray();
        var valid = requests.Where(r => r.From != r.To).ToList();
        var pending = valid.ToDictionary(r => r.Id, r => (A: people[r.From], B: people[r.To]));
        var byPerson = new List<Guid>[people.Count];
        for (var p = 0; p < byPerson.Length; p++)
        {
            byPerson[p] = [];
        }
        foreach (var r in valid)
        {
            byPerson[pending[r.Id].A].Add(r.Id);
            byPerson[pending[r.Id].B].Add(r.Id);
        }
        var slotOf = new Dictionary<Guid, int>();
        var tableOf = new Dictionary<Guid, int>();
        var slotIndex = Enumerable.Range(0, slots.Length).ToDictionary(i => slots[i]);
        var keptTables = new HashSet<(int Slot, int Table)>();
        foreach (var kept in (previous ?? []).OrderBy(p => p.Start).ThenBy(p => p.Table).ThenBy(p => p.RequestId))
        {
            // Kept only if it is still a slot of the grid, a table there is still free, and both people still are.
            if (pending.TryGetValue(kept.RequestId, out var pair) && !slotOf.ContainsKey(kept.RequestId)
                && slotIndex.TryGetValue((kept.Start, kept.End), out var slot) && kept.Table >= 1 && kept.Table <= tables
                && !taken[pair.A, slot] && !taken[pair.B, slot] && keptTables.Add((slot, kept.Table)))
            {
                Take(kept.RequestId, slot);
                tableOf[kept.RequestId] = kept.Table;
            }
        }

        bool Free(int person, int slot) => !taken[person, slot];
        int Common(int a, int b) => Enumerable.Range(0, slots.Length).Count(s => Free(a, s) && Free(b, s));

        var order = valid.OrderBy(r => Common(pending[r.Id].A, pending[r.Id].B))
            .ThenByDescending(r => byPerson[pending[r.Id].A].Count + byPerson[pending[r.Id].B].Count)
            .ThenBy(r => r.Id).ToList();
        // A request of a person to themselves has no meeting to place.
        var unplaced = requests.Where(r => r.From == r.To).Select(r => r.Id).ToList();
        foreach (var request in order.Where(r => !slotOf.ContainsKey(r.Id)))
        {
            var (a, b) = pending[request.Id];
            var best = -1;
            var bestRoom = int.MinValue;
            for (var s = 0; s < slots.Length; s++)
            {
                if (tablesLeft[s] == 0 || !Free(a, s) || !Free(b, s) || slots[s].Start < notBefore)
                {
                    continue;
                }
                // Room left to the two people's other unplaced requests if this slot is taken, then more tables left.
                var room = -(Demand(a, s) + Demand(b, s)) * 1000 + tablesLeft[s];
                if (room > bestRoom)
                {
                    (best, bestRoom) = (s, room);
                }
            }
            if (best >= 0)
            {
                Take(request.Id, best);
            }
            else
            {
                unplaced.Add(request.Id);
            }
        }

        // New meetings take the lowest tables the kept ones left free in their slot.
        var used = tableOf.GroupBy(t => slotOf[t.Key]).ToDictionary(g => g.Key, g => g.Select(t => t.Value).ToHashSet());
        foreach (var (request, slot) in slotOf.Where(x => !tableOf.ContainsKey(x.Key)).OrderBy(x => x.Value).ThenBy(x => x.Key).ToList())
        {
            var inSlot = used.TryGetValue(slot, out var set) ? set : used[slot] = [];
            var table = Enumerable.Range(1, tables).First(t => !inSlot.Contains(t));
            inSlot.Add(table);
            tableOf[request] = table;
        }
        var placed = slotOf.OrderBy(x => x.Value).ThenBy(x => tableOf[x.Key])
            .Select(x => new MeetingPlacement(x.Key, slots[x.Value].Start, slots[x.Value].End, tableOf[x.Key])).ToList();
        return new MeetingSchedule(placed, unplaced);

        // How many of the person's unplaced requests could use this slot (their partner free there too).
        int Demand(int person, int slot) => byPerson[person].Count(other =>
        {
            if (slotOf.ContainsKey(other))
            {
                return false;
            }
            var (x, y) = pending[other];
            return Free(x == person ? y : x, slot);
        });

        void Take(Guid request, int slot)
        {
            var (x, y) = pending[request];
            taken[x, slot] = taken[y, slot] = true;
            tablesLeft[slot]--;
            slotOf[request] = slot;
        }
    }
}
