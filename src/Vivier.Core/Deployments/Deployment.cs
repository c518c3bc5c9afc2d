using System.Text.Json.Serialization;

namespace Vivier.Core.Deployments;

[JsonConverter(typeof(JsonStringEnumConverter<DeploymentStatus>))]
public enum DeploymentStatus
{
    Preparing,
    Deployed,
    Ended,
    Cancelled,
}

/// <summary>
/// An expert in post, or about to be: who, on which mission and post, where, for whom, from when to
/// when. A hire creates it as <see cref="DeploymentStatus.Preparing"/>; then preparing → deployed →
/// ended, or cancelled before departure; extensions move the planned end, an early end sets the
/// actual one. Status changes only through the methods below, which refuse what the programme does
/// not allow.
/// </summary>
public sealed class Deployment
{
    public const int MaxReason = 1000;

    public Guid Id { get; init; } = Guid.NewGuid();
    public required Guid PersonId { get; init; }
    public long? MissionId { get; init; }
    /// <summary>The application that led to it, when it came from the pipeline (one deployment per application).</summary>
    public Guid? ApplicationId { get; init; }
    /// <summary>The post held; successive deployments on one post are its hand-overs.</summary>
    public Guid? PostId { get; set; }
    /// <summary>The key an import gave this deployment: importing the same file again finds it instead of duplicating it.</summary>
    public string? ExternalKey { get; init; }
    public required ExpertKind Kind { get; init; }
    public required string CountryCode { get; init; }
    public required string HostInstitution { get; init; }
    public List<Organisation> Sponsors { get; init; } = [];
    public List<ReferenceData.Theme> Themes { get; init; } = [];
    public required DateOnly PlannedStart { get; set; }
    /// <summary>The last planned day in post, included.</summary>
    public required DateOnly PlannedEnd { get; set; }
    /// <summary>The day of arrival in post, when it differs from the planned start.</summary>
    public DateOnly? ActualStart { get; private set; }
    /// <summary>The last day in post of an ended deployment (early, or on the planned end).</summary>
    public DateOnly? ActualEnd { get; private set; }
    public string? EndReason { get; private set; }
    public string? CancellationReason { get; private set; }
    public DeploymentStatus Status { get; private set; } = DeploymentStatus.Preparing;
    /// <summary>
    /// The days the deployment counts in the roster, both included: set while deployed or ended
    /// (start, then the actual end if any, else the planned end), null otherwise, so that the
    /// roster at a date is one indexed range test.
    /// </summary>
    public DateOnly? InPostFrom { get; private set; }
    public DateOnly? InPostUntil { get; private set; }
    /// <summary>
    /// The gender the expert had declared when they were erased (null before, or when not declared):
    /// the parity of people in post reads the live profile, and this once the profile is gone.
    /// </summary>
    public Candidates.SelfDeclaredGender? ExpertGender { get; private set; }
    /// <summary>"Primo-partant": the person had no earlier deployment when this one was created.</summary>
    public bool IsFirstDeployment { get; init; }
    public required DateTime CreatedAt { get; init; }
    /// <summary>Changes with every step (each step method ends in <see cref="Stepped"/>); a save based on an older version is refused.</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();
    /// <summary>The planned end the 90-day and 30-day end-of-mission alerts were sent for (an extension makes them due again).</summary>
    public DateOnly? EndAlert90For { get; set; }
    public DateOnly? EndAlert30For { get; set; }

    public DateOnly Start => ActualStart ?? PlannedStart;
    public DateOnly End => ActualEnd ?? PlannedEnd;

    /// <summary>Whether the person was in post on <paramref name="day"/>: deployed or ended, and start ≤ day ≤ end.</summary>
    public bool InPostOn(DateOnly day) => InPostFrom <= day && day <= InPostUntil;

    /// <summary>The expert arrives in post (on the planned start unless told otherwise).</summary>
    public void Depart(DateOnly? on = null)
    {
        Require(Status == DeploymentStatus.Preparing, "Deployment.Rule.DepartPreparingOnly");
        var day = on ?? PlannedStart;
        Require(day <= PlannedEnd, "Deployment.Rule.StartAfterEnd");
        ActualStart = day == PlannedStart ? null : day;
        Status = DeploymentStatus.Deployed;
        Stepped();
    }

    /// <summary>A new planned end, later than the current one, with its reason.</summary>
    public void Extend(DateOnly newEnd, string reason)
    {
        Require(Status is DeploymentStatus.Preparing or DeploymentStatus.Deployed, "Deployment.Rule.ExtendOpenOnly");
        Require(newEnd > PlannedEnd, "Deployment.Rule.ExtendLater");
        RequireReason(reason);
        PlannedEnd = newEnd;
        Stepped();
    }

    /// <summary>Ends the deployment before its planned end, on <paramref name="on"/> (the last day in post), with its reason.</summary>
    public void EndEarly(DateOnly on, string reason)
    {
        Require(Status == DeploymentStatus.Deployed, "Deployment.Rule.EndDeployedOnly");
        Require(on >= Start && on < PlannedEnd, "Deployment.Rule.EarlyEndWithin");
        RequireReason(reason);
        (ActualEnd, EndReason, Status) = (on, reason.Trim(), DeploymentStatus.Ended);
        Stepped();
    }

    /// <summary>Ends the deployment at its planned end.</summary>
    public void Finish()
    {
        Require(Status == DeploymentStatus.Deployed, "Deployment.Rule.EndDeployedOnly");
        Status = DeploymentStatus.Ended;
        Stepped();
    }

    /// <summary>Cancels a deployment before departure, with its reason; it never counts in the roster.</summary>
    public void Cancel(string reason)
    {
        Require(Status == DeploymentStatus.Preparing, "Deployment.Rule.CancelBeforeDepartureOnly");
        RequireReason(reason);
        (CancellationReason, Status) = (reason.Trim(), DeploymentStatus.Cancelled);
        Stepped();
    }

    /// <summary>After each step: the in-post days the roster filters on, and a new version.</summary>
    private void Stepped()
    {
        (InPostFrom, InPostUntil) = Status is DeploymentStatus.Deployed or DeploymentStatus.Ended ? (Start, End) : ((DateOnly?)null, (DateOnly?)null);
        Version = Guid.NewGuid();
    }

    private static void RequireReason(string reason)
    {
        Require(!string.IsNullOrWhiteSpace(reason), "Deployment.Rule.ReasonRequired", DeploymentRuleException.ReasonField);
        Require(reason.Trim().Length <= MaxReason, "Deployment.Rule.ReasonTooLong", DeploymentRuleException.ReasonField);
    }

    private static void Require(bool condition, string messageKey, string field = DeploymentRuleException.DateField)
    {
        if (!condition)
        {
            throw new DeploymentRuleException(messageKey, field);
        }
    }

    /// <summary>The deployment a hire on <paramref name="mission"/> creates: the mission's post, sponsors and dates.</summary>
    public static Deployment FromHire(Mission mission, Guid personId, Guid applicationId, bool isFirst, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(mission);
        return new Deployment
        {
            PersonId = personId,
            MissionId = mission.Id,
            ApplicationId = applicationId,
            Kind = mission.Kind,
            CountryCode = mission.CountryCode,
            HostInstitution = mission.HostInstitution,
            Sponsors = [.. mission.Sponsors],
            Themes = [.. mission.Themes],
            PlannedStart = mission.StartDate,
            PlannedEnd = PlannedEndOf(mission.StartDate, mission.DurationMonths),
            IsFirstDeployment = isFirst,
            CreatedAt = now,
        };
    }

    /// <summary>
    /// Keeps what the figures count (kind, country, sponsors, themes, dates, the declared gender
    /// handed over from the profile) and forgets the free text written about the person.
    /// </summary>
    public void Pseudonymise(Candidates.SelfDeclaredGender? declaredGender)
    {
        ExpertGender = declaredGender;
        (EndReason, CancellationReason) = (null, null);
        // Not a step: the days in post stay exactly as the figures counted them.
        Version = Guid.NewGuid();
    }

    /// <summary>A mission of N months starting on 1 March ends on the last day of the Nth month (28 or 29 February for 12).</summary>
    public static DateOnly PlannedEndOf(DateOnly start, int months) => start.AddMonths(months).AddDays(-1);

    /// <summary>Whether a mission's start and length make a deployment that starts and ends within the calendar's range.</summary>
    public static bool CanPlan(DateOnly start, int months) =>
        CalendarRange.Contains(start) && months is > 0 and <= MaxMonths && CalendarRange.Contains(PlannedEndOf(start, months));

    /// <summary>A century: no stored length, however wrong, runs a start within the calendar's range off its end.</summary>
    private const int MaxMonths = 1200;
}

/// <summary>The roster's counting rule as a query, so the roster and the dashboards count the same way.</summary>
public static class DeploymentQueries
{
    /// <summary>Deployments in post on <paramref name="day"/> (see <see cref="Deployment.InPostOn"/>), read from the stored, indexed roster days.</summary>
    public static IQueryable<Deployment> InPostOn(this IQueryable<Deployment> deployments, DateOnly day) =>
        deployments.Where(d => d.InPostFrom <= day && d.InPostUntil >= day);

    /// <summary>
    /// Deployments planned over <paramref name="day"/> but not yet in post: preparing, with the day
    /// inside their planned dates. The roster lists them marked as planned; no figure counts them.
    /// </summary>
    public static IQueryable<Deployment> PlannedOn(this IQueryable<Deployment> deployments, DateOnly day) =>
        deployments.Where(d => d.Status == DeploymentStatus.Preparing && d.PlannedStart <= day && d.PlannedEnd >= day);

    /// <summary>In post on <paramref name="day"/>, or planned over it (<see cref="PlannedOn"/>).</summary>
    public static IQueryable<Deployment> InPostOrPlannedOn(this IQueryable<Deployment> deployments, DateOnly day) =>
        deployments.Where(d => (d.InPostFrom <= day && d.InPostUntil >= day)
            || (d.Status == DeploymentStatus.Preparing && d.PlannedStart <= day && d.PlannedEnd >= day));

    /// <summary>Deployments in post on at least one day between <paramref name="from"/> and <paramref name="until"/>.</summary>
    public static IQueryable<Deployment> InPostBetween(this IQueryable<Deployment> deployments, DateOnly from, DateOnly until) =>
        deployments.Where(d => d.InPostUntil >= from && d.InPostFrom <= until);
}
