using System.Text.Json.Serialization;
using Vivier.Core.Identity;
using Vivier.Core.Missions;

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
/// An expert in post, or about to be: who, on which mission, where, for whom, from when to when.
/// A hire creates it as <see cref="DeploymentStatus.Preparing"/>; the roster follows its lifecycle.
/// </summary>
public sealed class Deployment
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required Guid PersonId { get; init; }
    public long? MissionId { get; init; }
    /// <summary>The application that led to it, when it came from the pipeline (one deployment per application).</summary>
    public Guid? ApplicationId { get; init; }
    public required ExpertKind Kind { get; init; }
    public required string CountryCode { get; init; }
    public required string HostInstitution { get; init; }
    public List<Organisation> Sponsors { get; init; } = [];
    public required DateOnly PlannedStart { get; set; }
    /// <summary>The last planned day in post, included.</summary>
    public required DateOnly PlannedEnd { get; set; }
    public DeploymentStatus Status { get; set; } = DeploymentStatus.Preparing;
    /// <summary>"Primo-partant": the person had no earlier deployment when this one was created.</summary>
    public bool IsFirstDeployment { get; init; }
    public required DateTime CreatedAt { get; init; }
    public Guid Version { get; set; } = Guid.NewGuid();

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
            PlannedStart = mission.StartDate,
            PlannedEnd = PlannedEndOf(mission.StartDate, mission.DurationMonths),
            IsFirstDeployment = isFirst,
            CreatedAt = now,
        };
    }

    /// <summary>A mission of N months starting on 1 March ends on the last day of the Nth month (28 or 29 February for 12).</summary>
    public static DateOnly PlannedEndOf(DateOnly start, int months) => start.AddMonths(months).AddDays(-1);
}
