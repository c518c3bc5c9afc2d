using Vivier.Core.Search;
using Vivier.Core.Events.Networking;

namespace Vivier.Web.Features.Events.Networking;

public sealed record DirectoryEntry(Guid PersonId, string Name, string? Organisation, string? CountryCode, string? SectorCode, ParticipantType Type);

/// <summary>A meeting as one of its two people sees it.</summary>
public sealed record MeetingView(Guid Id, Guid OtherId, string OtherName, bool Sent, string Message, MeetingStatus Status, DateTime RequestedAt,
    DateTime? Start, DateTime? End, int? Table);

/// <summary>An accepted meeting on the organiser's plan.</summary>
public sealed record PlannedMeeting(Guid Id, string From, string To, DateTime? Start, DateTime? End, int? Table);

public sealed record NetworkingPlan(int Minutes, int Tables, IReadOnlyList<NetworkingWindow> Windows, int Requested, int Declined, IReadOnlyList<PlannedMeeting> Accepted)
{
    public int Placed => Accepted.Count(m => m.Start is not null);
}

public sealed class NetworkingReads(VivierDb db)
{
    /// <summary>The participants listed in the event's directory, but the reader, filtered by country, sector and name.</summary>
    public async Task<IReadOnlyList<DirectoryEntry>> DirectoryAsync(Guid eventId, Guid reader, string? country, string? sector, string? name,
        CancellationToken cancellationToken)
    {
        var listed = db.Registrations.Where(r => r.EventId == eventId && r.Status == RegistrationStatus.Confirmed && r.InDirectory && r.PersonId != reader);
        if (!string.IsNullOrWhiteSpace(country))
        {
            listed = listed.Where(r => r.CountryCode == country);
        }
        if (!string.IsNullOrWhiteSpace(sector))
        {
            listed = listed.Where(r => r.SectorCode == sector);
        }
        var rows = listed.Join(db.Users, r => r.PersonId, p => p.Id, (r, p) => new { r, p });
        var entries = await rows.OrderBy(x => x.p.FamilyName).ThenBy(x => x.p.GivenName)
            .Select(x => new { Entry = new DirectoryEntry(x.p.Id, x.p.GivenName + " " + x.p.FamilyName, x.r.Organisation, x.r.CountryCode, x.r.SectorCode, x.r.ParticipantType), x.p.SearchName })
            .ToListAsync(cancellationToken);
        // Each typed word in the name or the organisation, through the French normaliser; an event's
        // directory is its participants (hundreds), so the organisation, stored as typed, is folded here.
        var words = FrenchText.QueryTokens(name);
        return [.. entries.Where(x => FrenchText.HasEvery(words, x.SearchName, FrenchText.ForIndex(x.Entry.Organisation))).Take(500).Select(x => x.Entry)];
    }

    /// <summary>The reader's meetings at the event, asked and received, the newest first.</summary>
    public async Task<IReadOnlyList<MeetingView>> MineAsync(Guid eventId, Guid reader, CancellationToken cancellationToken) =>
        (await Of(reader, db.Meetings.Where(m => m.EventId == eventId)).ToListAsync(cancellationToken)).Select(x => x.View)
            .OrderByDescending(m => m.RequestedAt).ToList();

    /// <summary>The reader's accepted meetings at these events, by event, in time order (those without a slot last).</summary>
    public async Task<ILookup<Guid, MeetingView>> AcceptedAsync(Guid reader, IReadOnlyCollection<Guid> eventIds, CancellationToken cancellationToken) =>
        (await Of(reader, db.Meetings.Where(m => eventIds.Contains(m.EventId) && m.Status == MeetingStatus.Accepted)).ToListAsync(cancellationToken))
            .OrderBy(x => x.View.Start ?? DateTime.MaxValue).ToLookup(x => x.EventId, x => x.View);

    private sealed record Row(Guid EventId, MeetingView View);

    private IQueryable<Row> Of(Guid reader, IQueryable<Meeting> meetings) =>
        meetings.Where(m => m.FromId == reader || m.ToId == reader)
            .Join(db.Users, m => m.FromId == reader ? m.ToId : m.FromId, p => p.Id, (m, p) => new Row(m.EventId, new MeetingView(m.Id, p.Id, p.GivenName + " " + p.FamilyName,
                m.FromId == reader, m.Message, m.Status, m.RequestedAt, m.Start, m.End, m.Table)));

    public async Task<NetworkingPlan> PlanAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var settings = await db.Events.Where(e => e.Id == eventId).Select(e => new { e.MeetingMinutes, e.MeetingTables }).SingleAsync(cancellationToken);
        var windows = await db.NetworkingWindows.AsNoTracking().Where(w => w.EventId == eventId).OrderBy(w => w.Start).ToListAsync(cancellationToken);
        var counts = await db.Meetings.Where(m => m.EventId == eventId).GroupBy(m => m.Status)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var accepted = await db.Meetings.Where(m => m.EventId == eventId && m.Status == MeetingStatus.Accepted)
            .Join(db.Users, m => m.FromId, p => p.Id, (m, p) => new { m, From = p.GivenName + " " + p.FamilyName })
            .Join(db.Users, x => x.m.ToId, p => p.Id, (x, p) => new PlannedMeeting(x.m.Id, x.From, p.GivenName + " " + p.FamilyName, x.m.Start, x.m.End, x.m.Table))
            .ToListAsync(cancellationToken);
        return new NetworkingPlan(settings.MeetingMinutes, settings.MeetingTables, windows, counts.GetValueOrDefault(MeetingStatus.Requested),
            counts.GetValueOrDefault(MeetingStatus.Declined), accepted.OrderBy(m => m.Start ?? DateTime.MaxValue).ThenBy(m => m.Table).ToList());
    }
}
