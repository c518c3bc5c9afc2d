using System.Text.Json.Serialization;

namespace Vivier.Core.Deployments;

/// <summary>Who does a checklist item: the expert leaving, or the programme's staff.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChecklistOwner>))]
public enum ChecklistOwner
{
    Expert,
    Staff,
}

/// <summary>
/// A step of the programme's pre-departure checklist template, due some days before the start
/// (negative: after it). Editing the template changes the checklists made afterwards, not those
/// already under way.
/// </summary>
public sealed class ChecklistTemplateItem
{
    public int Id { get; init; }
    public required int Position { get; set; }
    public required string TitleFr { get; set; }
    public required string TitleEn { get; set; }
    public required ChecklistOwner Owner { get; set; }
    public required int DaysBeforeStart { get; set; }
    public bool Active { get; set; } = true;

    /// <summary>The template a new database starts with.</summary>
    public static IEnumerable<ChecklistTemplateItem> Defaults() =>
    [
        new() { Position = 10, TitleFr = "Signer le contrat", TitleEn = "Sign the contract", Owner = ChecklistOwner.Staff, DaysBeforeStart = 60 },
        new() { Position = 20, TitleFr = "Passer la visite médicale", TitleEn = "Have the medical check", Owner = ChecklistOwner.Expert, DaysBeforeStart = 45 },
        new() { Position = 30, TitleFr = "Obtenir le visa", TitleEn = "Obtain the visa", Owner = ChecklistOwner.Expert, DaysBeforeStart = 30 },
        new() { Position = 40, TitleFr = "Suivre les journées de formation pré-départ", TitleEn = "Attend the pre-departure training days", Owner = ChecklistOwner.Expert, DaysBeforeStart = 21 },
        new() { Position = 50, TitleFr = "Réserver le voyage", TitleEn = "Book the travel", Owner = ChecklistOwner.Staff, DaysBeforeStart = 14 },
        new() { Position = 60, TitleFr = "Recevoir le briefing de sécurité", TitleEn = "Receive the security briefing", Owner = ChecklistOwner.Staff, DaysBeforeStart = 7 },
    ];
}

/// <summary>One step of a deployment's pre-departure checklist, with its owner, due date, and when it was done and by whom.</summary>
public sealed class ChecklistItem
{
    public long Id { get; init; }
    public required Guid DeploymentId { get; init; }
    public required int Position { get; init; }
    public required string TitleFr { get; init; }
    public required string TitleEn { get; init; }
    public required ChecklistOwner Owner { get; init; }
    public required DateOnly DueOn { get; init; }
    public DateTime? DoneAt { get; set; }
    public Guid? DoneBy { get; set; }
    /// <summary>When the "due soon or late" reminder was queued; once per item.</summary>
    public DateTime? ReminderSentAt { get; set; }

    public bool IsLate(DateOnly today) => DoneAt is null && DueOn < today;

    /// <summary>A deployment's checklist from the template's active steps, due relative to its planned start.</summary>
    public static IEnumerable<ChecklistItem> From(IEnumerable<ChecklistTemplateItem> template, Deployment deployment) =>
        template.Where(t => t.Active).OrderBy(t => t.Position).Select(t => new ChecklistItem
        {
            DeploymentId = deployment.Id, Position = t.Position, TitleFr = t.TitleFr, TitleEn = t.TitleEn, Owner = t.Owner,
            DueOn = deployment.PlannedStart.AddDays(-t.DaysBeforeStart),
        });
}

/// <summary>Seeds the checklist template once; a programme's edits are never overwritten.</summary>
public static class DefaultChecklist
{
    public static async Task EnsureAsync(VivierDb db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.ChecklistTemplate, cancellationToken))
        {
            db.ChecklistTemplate.AddRange(ChecklistTemplateItem.Defaults());
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
