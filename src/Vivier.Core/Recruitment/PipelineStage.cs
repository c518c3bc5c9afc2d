using Vivier.Core.ReferenceData;

namespace Vivier.Core.Recruitment;

/// <summary>
/// A step of the recruitment pipeline. Stages are data: seeded as received → screening →
/// shortlisted → interview → offer → hired, plus rejected and withdrawn, so a programme can rename
/// them or add rounds. Candidates read <see cref="CandidateLabelFr"/>, words they understand.
/// </summary>
public sealed class PipelineStage : IHasLocalizedName
{
    public const string Received = "received";
    public const string Hired = "hired";
    public const string Rejected = "rejected";
    public const string Withdrawn = "withdrawn";

    public required string Key { get; init; }
    public required int Position { get; set; }
    public required string NameFr { get; set; }
    public required string NameEn { get; set; }
    public required string CandidateLabelFr { get; set; }
    public required string CandidateLabelEn { get; set; }
    /// <summary>Hired, rejected, withdrawn: the application is over.</summary>
    public bool IsFinal { get; set; }

    /// <summary>Rejected, withdrawn, or any other final stage but hiring: the way out of the funnel, not a step of it.</summary>
    public bool IsExit => IsFinal && Key != Hired;

    public string CandidateLabel(Locale language) => language.IsEnglish ? CandidateLabelEn : CandidateLabelFr;
}

/// <summary>The pipeline a new database starts with; a programme renames or adds stages afterwards, so nothing is overwritten.</summary>
public static class DefaultPipeline
{
    public static readonly PipelineStage[] Stages =
    [
        new() { Key = PipelineStage.Received, Position = 10, NameFr = "Reçue", NameEn = "Received", CandidateLabelFr = "Candidature reçue", CandidateLabelEn = "Application received" },
        new() { Key = "screening", Position = 20, NameFr = "Présélection", NameEn = "Screening", CandidateLabelFr = "En cours d'examen", CandidateLabelEn = "Being reviewed" },
        new() { Key = "shortlisted", Position = 30, NameFr = "Liste restreinte", NameEn = "Shortlisted", CandidateLabelFr = "Retenue pour la suite", CandidateLabelEn = "Shortlisted" },
        new() { Key = "interview", Position = 40, NameFr = "Entretien", NameEn = "Interview", CandidateLabelFr = "Entretien", CandidateLabelEn = "Interview" },
        new() { Key = "offer", Position = 50, NameFr = "Proposition", NameEn = "Offer", CandidateLabelFr = "Proposition en cours", CandidateLabelEn = "Offer being made" },
        new() { Key = PipelineStage.Hired, Position = 60, NameFr = "Recrutée", NameEn = "Hired", CandidateLabelFr = "Recrutement confirmé", CandidateLabelEn = "Hired", IsFinal = true },
        new() { Key = PipelineStage.Rejected, Position = 90, NameFr = "Non retenue", NameEn = "Rejected", CandidateLabelFr = "Non retenue", CandidateLabelEn = "Not selected", IsFinal = true },
        new() { Key = PipelineStage.Withdrawn, Position = 95, NameFr = "Retirée", NameEn = "Withdrawn", CandidateLabelFr = "Retirée par vous", CandidateLabelEn = "Withdrawn by you", IsFinal = true },
    ];

    /// <summary>The default stages by key: what demo data and generated data move through.</summary>
    public static IReadOnlyDictionary<string, PipelineStage> ByKey { get; } = Stages.ToDictionary(s => s.Key);

    /// <summary>Adds the default stages (and their mails) to an empty pipeline; a pipeline with stages is left as it is.</summary>
    public static async Task EnsureAsync(VivierDb db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.PipelineStages, cancellationToken))
        {
            db.PipelineStages.AddRange(Stages.Select(s => new PipelineStage
            {
                Key = s.Key, Position = s.Position, NameFr = s.NameFr, NameEn = s.NameEn,
                CandidateLabelFr = s.CandidateLabelFr, CandidateLabelEn = s.CandidateLabelEn, IsFinal = s.IsFinal,
            }));
            await db.SaveChangesAsync(cancellationToken);
        }
        if (!await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.StageMailTemplates, cancellationToken))
        {
            db.StageMailTemplates.AddRange(DefaultStageMails.Templates());
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
