namespace Vivier.Core.Deployments;

/// <summary>One step of a deployment's life: who, when, what, and why.</summary>
public sealed class DeploymentEvent
{
    public const string Created = "created";
    public const string Departed = "departed";
    public const string Extended = "extended";
    public const string EndedEarly = "ended-early";
    public const string Ended = "ended";
    public const string Cancelled = "cancelled";
    public const string Imported = "imported";

    public long Id { get; init; }
    public required Guid DeploymentId { get; init; }
    public required DateTime At { get; init; }
    public Guid? ActorId { get; init; }
    public required string Action { get; init; }
    /// <summary>The dates and reason of the change, as staff wrote them.</summary>
    public string? Detail { get; init; }
}

/// <summary>A refused change of a deployment: the rule's message and the field of the step it concerns (its date, or its reason).</summary>
public sealed class DeploymentRuleException(string messageKey, string field = DeploymentRuleException.DateField) : Exception(messageKey)
{
    public const string DateField = "On";
    public const string ReasonField = "Reason";

    public Refusal Refusal { get; } = Refusal.Invalid(field, messageKey);
}
