using Vivier.Core.Search;
using Vivier.Web.Features.Dashboards;

namespace Vivier.Web.Features.Events.Manage;

/// <summary>A registration as the organiser's list shows it.</summary>
public sealed record RegistrationRow(Guid Id, string Name, string Email, string? Organisation, ParticipantType Type, RegistrationStatus Status, DateTime RegisteredAt,
    DateOnly? ArrivalDate, string? DietaryNeeds, string? AccessibilityNeeds, bool ImageRightsConsent, int Sessions, List<Vivier.Core.Recruitment.ScreeningAnswer> Answers,
    bool VisaLetter = false)
{
    /// <summary>The answer to one of the event's questions as it is asked now (empty when the person was asked otherwise, or not at all).</summary>
    public string AnswerTo(string question) => Answers.FirstOrDefault(a => a.Question == question)?.Answer ?? "";
}

/// <summary>
/// /gestion/evenements/{id}/inscriptions: the organiser's list, filtered by participant type, status,
/// needs and name, sorted by name or date of registration (?tri=), paged (?page=), with pending
/// registrations to confirm or decline, and the whole filtered list as CSV (?handler=csv, audited:
/// it holds dietary and accessibility needs).
/// </summary>
[Authorize(Roles = $"{Roles.ProgrammeManager},{Roles.Admin}")]
public sealed class RegistrationsModel(VivierDb db, Registering desk, AuditTrail audit, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int PageSize = 100;

    /// <summary>The orders the list offers: by name (the default), newest or oldest registration first.</summary>
    public static readonly IReadOnlyList<string> Sorts = ["nom", "date", "-date"];

    public Event Event { get; private set; } = null!;
    public IReadOnlyList<RegistrationRow> Rows { get; private set; } = [];
    /// <summary>How many registrations the filters keep, on every page.</summary>
    public int Total { get; private set; }
    public Pager? Pager { get; private set; }
    public Dictionary<ParticipantType, int> ByType { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public bool Needs { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "tri")] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetCsvAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken, paged: false))
        {
            return NotFound();
        }
        await audit.RecordNowAsync(AuditActions.Exported, $"events/{id}/registrations.csv", Request.QueryString.Value);
        var culture = CultureInfo.CurrentCulture;
        string[] header = ["Events.Export.Name", "Events.Export.Email", "Events.Export.Organisation", "Events.Export.Type", "Events.Export.Status", "Events.Export.RegisteredAt",
            "Events.Export.ArrivalDate", "Events.Export.DietaryNeeds", "Events.Export.AccessibilityNeeds", "Events.Export.ImageRights", "Events.Export.Sessions", "Events.Export.VisaLetter"];
        string[] questions = [.. Event.Questions];
        var lines = Rows.Select(r => ((string[])
        [
            r.Name, r.Email, r.Organisation ?? "", l[$"Events.ParticipantType.{r.Type}"].Value, l[$"Events.RegistrationStatus.{r.Status}"].Value,
            Core.Missions.ParisTime.Local(r.RegisteredAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            r.ArrivalDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", r.DietaryNeeds ?? "", r.AccessibilityNeeds ?? "",
            r.ImageRightsConsent ? l["Events.Export.Yes"].Value : l["Events.Export.No"].Value, r.Sessions.ToString(culture),
            r.VisaLetter ? l["Events.Export.Yes"].Value : l["Events.Export.No"].Value,
            .. questions.Select(r.AnswerTo),
        ]).Select(FigureExport.Neutralise));
        var semicolon = !Locale.Of(culture).IsEnglish;
        return File(FigureExport.Csv([header.Select(h => l[h].Value).Concat(questions).Select(FigureExport.Neutralise), .. lines], semicolon ? ';' : ','), FigureExport.CsvType,
            $"inscriptions-{Event.StartDate:yyyy-MM-dd}.csv");
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid id, Guid registration, bool approve, CancellationToken cancellationToken)
    {
        var refusal = await desk.DecideAsync(registration, approve, User.PersonId(), cancellationToken);
        if (refusal?.Kind == RefusalKind.NotFound)
        {
            return NotFound();
        }
        if (refusal is not null)
        {
            refusal.AddTo(ModelState, l);
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }
        return Redirect($"/gestion/evenements/{id}/inscriptions?status=pending&done={(approve ? "approved" : "declined")}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken, bool paged = true)
    {
        if (await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken) is not { } e)
        {
            return false;
        }
        Event = e;
        var registrations = db.Registrations.AsNoTracking().Where(r => r.EventId == id);
        ByType = await registrations.Where(r => r.Status == RegistrationStatus.Confirmed).GroupBy(r => r.ParticipantType)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        if (EventNames.TryRead(EventNames.ParticipantTypes, Type, out var type))
        {
            registrations = registrations.Where(r => r.ParticipantType == type);
        }
        if (QueryValue.TryName<RegistrationStatus>(Status ?? "", out var status))
        {
            registrations = registrations.Where(r => r.Status == status);
        }
        if (Needs)
        {
            registrations = registrations.Where(r => r.DietaryNeeds != null || r.AccessibilityNeeds != null);
        }
        var rows = registrations.Join(db.Users, r => r.PersonId, p => p.Id, (r, p) => new { r, p });
        rows = rows.WhereNamed(Q, x => x.p.SearchName, x => x.p.NormalizedEmail);
        Sort = Sorts.Contains(Sort) ? Sort : null;
        var sorted = Sort switch
        {
            "date" => rows.OrderByDescending(x => x.r.RegisteredAt),
            "-date" => rows.OrderBy(x => x.r.RegisteredAt),
            _ => rows.OrderBy(x => x.p.FamilyName).ThenBy(x => x.p.GivenName),
        };
        var ordered = sorted.ThenBy(x => x.r.Id).AsQueryable();
        Total = await rows.CountAsync(cancellationToken);
        if (paged)
        {
            Pager = Pager.Of(PageSize, Total, Request.Query);
            ordered = ordered.Skip(Pager.Skip).Take(PageSize);
        }
        Rows = await ordered
            .Select(x => new RegistrationRow(x.r.Id, x.p.GivenName + " " + x.p.FamilyName, x.p.Email!, x.r.Organisation ?? x.p.Organisation!.Name, x.r.ParticipantType, x.r.Status, x.r.RegisteredAt,
                x.r.ArrivalDate, x.r.DietaryNeeds, x.r.AccessibilityNeeds, x.r.ImageRightsConsent,
                db.Enrolments.Count(n => n.EventId == id && n.PersonId == x.r.PersonId && n.Status == EnrolmentStatus.Enrolled), x.r.Answers, x.r.VisaLetterRequested))
            .ToListAsync(cancellationToken);
        return true;
    }
}
