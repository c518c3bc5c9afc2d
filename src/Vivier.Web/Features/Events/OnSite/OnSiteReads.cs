using QRCoder;

namespace Vivier.Web.Features.Events.OnSite;

public sealed record SessionAttendance(Guid SessionId, string Title, string? TitleEn, string Room, DateTime Start, DateTime End, int Seated, int CheckedIn)
{
    public string TitleIn(Locale language) => language.Pick(Title, TitleEn);
}

/// <summary>Arrivals so far: confirmed participants, those seen at the desk, and each session's door against its seats.</summary>
public sealed record AttendanceView(int Confirmed, int AtDesk, IReadOnlyList<SessionAttendance> Sessions);

/// <summary>A badge to print: the holder, their organisation and type, and the signed check-in code its QR code carries.</summary>
public sealed record Badge(Guid PersonId, string GivenName, string FamilyName, string? Organisation, ParticipantType Type, string Code);

/// <summary>Reads for the desk: live attendance and the badges of a batch.</summary>
public sealed class OnSiteReads(VivierDb db, BadgeTokens tokens)
{
    public async Task<AttendanceView> AttendanceAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var confirmed = await db.Registrations.CountAsync(r => r.EventId == eventId && r.Status == RegistrationStatus.Confirmed, cancellationToken);
        var arrivals = await db.CheckIns.Where(c => c.EventId == eventId).GroupBy(c => c.Place)
            .Select(g => new { Place = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Place, x => x.Count, cancellationToken);
        var sessions = await db.Sessions.Where(s => s.EventId == eventId).OrderBy(s => s.Start).ThenBy(s => s.Room)
            .Select(s => new { s.Id, s.Title, s.TitleEn, s.Room, s.Start, s.End, s.Enrolled }).ToListAsync(cancellationToken);
        return new AttendanceView(confirmed, arrivals.GetValueOrDefault(eventId),
            sessions.Select(s => new SessionAttendance(s.Id, s.Title, s.TitleEn, s.Room, s.Start, s.End, s.Enrolled, arrivals.GetValueOrDefault(s.Id))).ToList());
    }

    /// <summary>The confirmed participants' badges, of one type or all, in family-name order.</summary>
    public async Task<IReadOnlyList<Badge>> BadgesAsync(Guid eventId, ParticipantType? type, CancellationToken cancellationToken)
    {
        var rows = await db.Registrations.Where(r => r.EventId == eventId && r.Status == RegistrationStatus.Confirmed && (type == null || r.ParticipantType == type))
            .Join(db.Users, r => r.PersonId, p => p.Id, (r, p) => new
            {
                p.Id, p.GivenName, p.FamilyName, r.ParticipantType,
                Organisation = r.Organisation ?? (p.Organisation != null ? p.Organisation.Name : null),
            })
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.FamilyName, StringComparer.Create(new System.Globalization.CultureInfo("fr-FR"), true)).ThenBy(r => r.GivenName)
            .Select(r => new Badge(r.Id, r.GivenName, r.FamilyName, r.Organisation, r.ParticipantType, tokens.For(eventId, r.Id))).ToList();
    }

    /// <summary>The code as an SVG QR code (QRCoder's SVG writer: no System.Drawing), sized by the stylesheet.</summary>
    public static string QrSvg(string code)
    {
        using var data = QRCodeGenerator.GenerateQrCode(code, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(new System.Drawing.Size(240, 240), drawQuietZones: true,
            sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
