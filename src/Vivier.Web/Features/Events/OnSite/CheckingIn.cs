using Vivier.Core.Search;

namespace Vivier.Web.Features.Events.OnSite;

/// <summary>What the desk shows after a scan; <see cref="Outcome"/> is a wire name (checked-in, already, forged, other-event, not-registered, unknown-place).</summary>
public sealed record ScanResult(string Outcome, Guid? PersonId = null, string? Name = null, ParticipantType? Type = null, string? Organisation = null,
    DateTime? At = null, bool? OnSessionList = null)
{
    public bool Admitted => Outcome is CheckingIn.CheckedIn or CheckingIn.Already;
}

/// <summary>A confirmed participant as the desk finds them by name.</summary>
public sealed record Arrival(Guid PersonId, string Name, ParticipantType Type, string? Organisation, DateTime? At);

/// <summary>The first <see cref="CheckingIn.Shown"/> people a name search finds, by name; <paramref name="More"/> when others match too, so the desk asks for a fuller name instead of hiding them.</summary>
public sealed record Matches(IReadOnlyList<Arrival> People, bool More)
{
    public static readonly Matches None = new([], false);
}

/// <summary>
/// The welcome desk and the session doors. A scan reads the badge's signed code, checks that its
/// holder is confirmed, and records the arrival with one <c>INSERT … ON CONFLICT DO NOTHING</c> on
/// the (event, place, person) key: however many desks scan the same badge at once, one row is
/// written and the other scans are told "already checked in" with the first time.
/// </summary>
public sealed class CheckingIn(VivierDb db, BadgeTokens tokens, TimeProvider clock)
{
    public const string CheckedIn = "checked-in";
    public const string Already = "already";
    public const string Forged = "forged";
    public const string OtherEvent = "other-event";
    public const string NotRegistered = "not-registered";
    public const string UnknownPlace = "unknown-place";
    /// <summary>How many people a name search lists at most: a desk agent reads them at a glance.</summary>
    public const int Shown = 20;

    public async Task<ScanResult> ScanAsync(Guid eventId, Guid place, string? code, Guid by, CancellationToken cancellationToken)
    {
        var (reading, personId) = tokens.Read(code, eventId);
        return reading switch
        {
            BadgeReading.Forged => new ScanResult(Forged),
            BadgeReading.OtherEvent => new ScanResult(OtherEvent),
            _ => await CheckInAsync(eventId, place, personId, by, cancellationToken),
        };
    }

    /// <summary>Checks a person in at a place (the event's id for the desk, a session's id for its door).</summary>
    public async Task<ScanResult> CheckInAsync(Guid eventId, Guid place, Guid personId, Guid by, CancellationToken cancellationToken)
    {
        if (place != eventId && !await db.Sessions.AnyAsync(s => s.Id == place && s.EventId == eventId, cancellationToken))
        {
            return new ScanResult(UnknownPlace);
        }
        var who = await Confirmed(eventId).Where(a => a.PersonId == personId).SingleOrDefaultAsync(cancellationToken);
        if (who is null)
        {
            return new ScanResult(NotRegistered);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var written = await InsertOnce.CheckInAsync(db, eventId, place, personId, now, by, cancellationToken);
        var at = written ? now
            : await db.CheckIns.Where(c => c.EventId == eventId && c.Place == place && c.PersonId == personId).Select(c => c.At).SingleAsync(cancellationToken);
        bool? onList = place == eventId ? null
            : await db.Enrolments.AnyAsync(e => e.SessionId == place && e.PersonId == personId && e.Status == EnrolmentStatus.Enrolled, cancellationToken);
        return new ScanResult(written ? CheckedIn : Already, personId, who.Name, who.Type, who.Organisation, at, onList);
    }

    /// <summary>Confirmed participants whose name or email holds the text, with their arrival at the place if any.</summary>
    public async Task<Matches> FindAsync(Guid eventId, Guid place, string text, CancellationToken cancellationToken)
    {
        if (text.Trim().Length < 2)
        {
            return Matches.None;
        }
        // One more than shown tells whether others match, without counting them all.
        var found = await Confirmed(eventId).WhereNamed(text, a => a.Search, a => a.Email).OrderBy(a => a.Name).ThenBy(a => a.PersonId)
            .Take(Shown + 1).ToListAsync(cancellationToken);
        var shown = found.Take(Shown).ToList();
        var ids = shown.Select(a => a.PersonId).ToList();
        var arrivals = await db.CheckIns.Where(c => c.EventId == eventId && c.Place == place && ids.Contains(c.PersonId))
            .ToDictionaryAsync(c => c.PersonId, c => c.At, cancellationToken);
        var people = shown.Select(a => new Arrival(a.PersonId, a.Name, a.Type, a.Organisation, arrivals.TryGetValue(a.PersonId, out var at) ? at : null)).ToList();
        return new Matches(people, found.Count > Shown);
    }

    /// <summary>A member-initialised projection, so that EF can still filter on it after the join.</summary>
    private sealed class Holder
    {
        public Guid PersonId { get; init; }
        public required string Name { get; init; }
        public required string Search { get; init; }
        public required string Email { get; init; }
        public ParticipantType Type { get; init; }
        public string? Organisation { get; init; }
    }

    private IQueryable<Holder> Confirmed(Guid eventId) =>
        db.Registrations.Where(r => r.EventId == eventId && r.Status == RegistrationStatus.Confirmed)
            .Join(db.Users, r => r.PersonId, p => p.Id, (r, p) => new Holder
            {
                PersonId = p.Id, Name = p.GivenName + " " + p.FamilyName, Search = p.SearchName, Email = p.NormalizedEmail ?? "",
                Type = r.ParticipantType, Organisation = r.Organisation ?? (p.Organisation != null ? p.Organisation.Name : null),
            });
}
