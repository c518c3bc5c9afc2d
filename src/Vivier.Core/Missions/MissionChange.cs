namespace Vivier.Core.Missions;

/// <summary>One entry of a mission's history: who changed what, when.</summary>
public sealed class MissionChange
{
    public long Id { get; init; }
    public required long MissionId { get; init; }
    public required DateTime At { get; init; }
    public Guid? ActorId { get; init; }
    public string? ActorName { get; init; }
    /// <summary>created, edited, published, closed, reopened, filled, cancelled.</summary>
    public required string Action { get; init; }
    /// <summary>The fields that changed, or the reason given.</summary>
    public string? Detail { get; init; }
}
