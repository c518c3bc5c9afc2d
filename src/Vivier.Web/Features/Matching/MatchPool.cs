using Vivier.Core.Candidates;

namespace Vivier.Web.Features.Matching;

/// <summary>
/// Each instance's copy of the talent pool as matching reads it: the compact profile of everyone
/// whose talent-pool consent is current and who does not object to being suggested. Before each
/// answer it reads the profiles changed since it last looked (one indexed query), so a change made
/// on any instance is in the next answer there; no nightly rebuild. Withdrawing consent and objecting
/// touch the profile, so they reach it the same way; what is shown is checked again against the
/// database (<see cref="Matches"/>), so a person who left the pool a moment ago is never suggested.
/// </summary>
public sealed class MatchPool(TimeProvider clock)
{
    /// <summary>Profiles changed this long before the last refresh began are read again: instances' clocks may differ by as much.</summary>
    public static readonly TimeSpan ClockMargin = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Dictionary<Guid, int> slotOf = [];
    // Slots left by people who left the pool, for the next to arrive.
    private readonly Stack<int> free = new();
    private MatchProfile?[] slots = [];
    private int count;
    private DateTime? settledUntil;

    /// <summary>Brings the pool up to date with the database: everything on the first call, the changed profiles after.</summary>
    public async Task RefreshAsync(VivierDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await gate.WaitAsync(cancellationToken);
        try
        {
            var startedAt = clock.GetUtcNow().UtcDateTime;
            var today = DateOnly.FromDateTime(startedAt);
            if (settledUntil is { } from)
            {
                // The changed ones by the index on updated_at alone, then read by key: ordered by person the
                // query would walk the whole table on SQLite, whose planner prefers the order to the filter.
                var changed = await db.CandidateProfiles.Where(p => p.UpdatedAt >= from).Select(p => p.PersonId).ToListAsync(cancellationToken);
                foreach (var chunk in changed.Chunk(PageSize))
                {
                    await PutAsync(db, await Matched(db.CandidateProfiles.AsNoTracking().Where(p => chunk.Contains(p.PersonId))).ToListAsync(cancellationToken),
                        today, cancellationToken);
                }
            }
            else
            {
                // The first load in pages by key: a million profiles are never held as entities at once.
                Guid? after = null;
                while (true)
                {
                    var page = db.CandidateProfiles.AsNoTracking();
                    if (after is { } last)
                    {
                        page = page.Where(p => p.PersonId > last);
                    }
                    var rows = await Matched(page.OrderBy(p => p.PersonId).Take(PageSize)).ToListAsync(cancellationToken);
                    if (rows.Count == 0)
                    {
                        break;
                    }
                    await PutAsync(db, rows, today, cancellationToken);
                    after = rows[^1].PersonId;
                    if (rows.Count < PageSize)
                    {
                        break;
                    }
                }
            }
            // What was written before this refresh began, less the margin, has been read. The margin is
            // counted on this instance's clock, not from the newest profile seen: a bulk import stamped
            // with one time is read again only for the margin's length, not at every answer after it.
            settledUntil = startedAt - ClockMargin;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Puts the profiles read in their slots, or takes out those that left the pool (consent withdrawn, objection).</summary>
    private async Task PutAsync(VivierDb db, List<CandidateProfile> rows, DateOnly today, CancellationToken cancellationToken)
    {
        var ids = rows.ConvertAll(r => r.PersonId);
        var inPool = (await Matches.InPool(db).Where(p => ids.Contains(p.PersonId)).Select(p => p.PersonId).ToListAsync(cancellationToken)).ToHashSet();
        var ended = await Matches.EndedDeploymentsAsync(db, ids, cancellationToken);
        foreach (var row in rows)
        {
            Put(row.PersonId, inPool.Contains(row.PersonId) ? MatchProfile.From(row, ended.GetValueOrDefault(row.PersonId), today, forRanking: true) : null);
        }
    }

    /// <summary>
    /// Only the columns a match reads: a profile's CV text, pitch, education and contact details stay
    /// in the database, so the first load of a large pool reads (and allocates) a fraction of each row.
    /// </summary>
    private static IQueryable<CandidateProfile> Matched(IQueryable<CandidateProfile> profiles) => profiles.Select(p => new CandidateProfile
    {
        PersonId = p.PersonId, UpdatedAt = p.UpdatedAt, Nationalities = p.Nationalities, Languages = p.Languages, ThemeCodes = p.ThemeCodes,
        SectorCodes = p.SectorCodes, Skills = p.Skills, CountriesWorked = p.CountriesWorked, Employment = p.Employment,
        YearsOfExperience = p.YearsOfExperience, AvailableFrom = p.AvailableFrom, FrenchPublicEmployerSince = p.FrenchPublicEmployerSince,
    });

    /// <summary>Takes a person out at once (they left the pool between two refreshes).</summary>
    public async Task RemoveAsync(Guid personId, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            Put(personId, null);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// The best <paramref name="take"/> of the pool for the mission, eligible ones only, best first, equal scores
    /// by person id; <paramref name="skip"/> are left out (those who applied, those dismissed).
    /// </summary>
    public IReadOnlyList<(Guid PersonId, double Score)> Top(MatchTarget target, int take, IReadOnlySet<Guid> skip)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(skip);
        // The count first: the array read after it is at least as new, so it holds every slot the count shows.
        var length = Volatile.Read(ref count);
        var snapshot = Volatile.Read(ref slots);
        length = Math.Min(length, snapshot.Length);
        // Two halves on the machine's two cores, each keeping its own best, merged at the end.
        var halves = Partitions(length).AsParallel().Select(range => Best(target, snapshot, range.From, range.To, take, skip)).ToList();
        return halves.SelectMany(h => h).OrderByDescending(r => r.Score).ThenBy(r => r.PersonId).Take(take).ToList();
    }

    /// <summary>Everyone in the pool eligible for the mission, <paramref name="skip"/> left out: the population the suggestions are drawn from.</summary>
    public IReadOnlyList<Guid> Eligible(MatchTarget target, IReadOnlySet<Guid> skip)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(skip);
        var length = Volatile.Read(ref count);
        var snapshot = Volatile.Read(ref slots);
        var eligible = new List<Guid>();
        for (var i = 0; i < Math.Min(length, snapshot.Length); i++)
        {
            if (Volatile.Read(ref snapshot[i]) is { } profile && !skip.Contains(profile.PersonId) && Fit.IsEligible(target, profile))
            {
                eligible.Add(profile.PersonId);
            }
        }
        return eligible;
    }

    private const int PageSize = 5000;

    private static IEnumerable<(int From, int To)> Partitions(int length)
    {
        var parts = Math.Max(1, Math.Min(Environment.ProcessorCount, length / 10_000));
        for (var i = 0; i < parts; i++)
        {
            yield return (length * i / parts, length * (i + 1) / parts);
        }
    }

    /// <summary>Worse first: the lower score, and between equal scores the larger id (the one ranked after).</summary>
    private static readonly Comparer<(double Score, Guid PersonId)> WorseFirst = Comparer<(double Score, Guid PersonId)>.Create(
        (a, b) => a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.PersonId.CompareTo(a.PersonId));

    private static List<(Guid PersonId, double Score)> Best(MatchTarget target, MatchProfile?[] snapshot, int from, int to, int take, IReadOnlySet<Guid> skip)
    {
        // A heap of the best so far with the worst of them at its root, the one a better person replaces.
        var best = new PriorityQueue<(Guid PersonId, double Score), (double Score, Guid PersonId)>(take + 1, WorseFirst);
        for (var i = from; i < to; i++)
        {
            var profile = Volatile.Read(ref snapshot[i]);
            if (profile is null || skip.Contains(profile.PersonId) || !Fit.IsEligible(target, profile))
            {
                continue;
            }
            // Once the heap is full, a person who cannot reach its worst is dismissed after a component or two.
            var floor = best.Count < take ? double.NegativeInfinity : best.TryPeek(out _, out var kept) ? kept.Score : double.NegativeInfinity;
            var key = (Fit.ScoreAtLeast(target, profile, floor), profile.PersonId);
            if (best.Count < take)
            {
                best.Enqueue((key.PersonId, key.Item1), key);
            }
            else if (best.TryPeek(out _, out var worst) && WorseFirst.Compare(key, worst) > 0)
            {
                best.EnqueueDequeue((key.PersonId, key.Item1), key);
            }
        }
        return best.UnorderedItems.Select(i => i.Element).ToList();
    }

    private void Put(Guid personId, MatchProfile? profile)
    {
        if (slotOf.TryGetValue(personId, out var slot))
        {
            Volatile.Write(ref slots[slot], profile);
            if (profile is null)
            {
                slotOf.Remove(personId);
                free.Push(slot);
            }
            return;
        }
        if (profile is null)
        {
            return;
        }
        if (free.TryPop(out var freed))
        {
            Volatile.Write(ref slots[freed], profile);
            slotOf[personId] = freed;
            return;
        }
        if (count == slots.Length)
        {
            var grown = new MatchProfile?[Math.Max(1024, slots.Length * 2)];
            Array.Copy(slots, grown, count);
            Volatile.Write(ref slots, grown);
        }
        slots[count] = profile;
        slotOf[personId] = count;
        // Readers take (slots, count) without the lock: the slot is written before the count that shows it.
        Volatile.Write(ref count, count + 1);
    }
}
