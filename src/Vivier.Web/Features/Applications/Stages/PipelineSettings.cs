using System.Text.RegularExpressions;

namespace Vivier.Web.Features.Applications.Stages;

/// <summary>A stage's names as staff write them; a key only when adding one.</summary>
public sealed record StageInput(string? Key, string? NameFr, string? NameEn, string? CandidateLabelFr, string? CandidateLabelEn, int? Position);

/// <summary>A stage mail as staff write it, with the version it was loaded at.</summary>
public sealed record TemplateInput(bool Enabled, string? Subject, string? Body, Guid? Version);

/// <summary>
/// The programme's pipeline: its stages (renamed, or added, e.g. a second interview round) and the
/// mail each stage sends, per language. A stage is never deleted: applications and history name it.
/// </summary>
public sealed partial class PipelineSettings(VivierDb db, TimeProvider clock)
{
    [GeneratedRegex("^[a-z][a-z0-9-]{1,29}$")]
    private static partial Regex KeyPattern();

    public async Task<List<(PipelineStage Stage, List<StageMailTemplate> Mails)>> ListAsync(CancellationToken cancellationToken)
    {
        var stages = await db.PipelineStages.AsNoTracking().OrderBy(s => s.Position).ToListAsync(cancellationToken);
        var mails = (await db.StageMailTemplates.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(t => t.StageKey);
        return stages.ConvertAll(s => (s, mails[s.Key].OrderBy(t => t.Language.IsEnglish).ToList()));
    }

    public Task<PipelineStage?> FindAsync(string key, CancellationToken cancellationToken) =>
        db.PipelineStages.AsNoTracking().SingleOrDefaultAsync(s => s.Key == key, cancellationToken);

    /// <summary>The stage's template in a language; a disabled blank one when the stage has none yet.</summary>
    public async Task<StageMailTemplate> TemplateAsync(string key, Locale language, CancellationToken cancellationToken) =>
        await db.StageMailTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.StageKey == key && t.Language == language, cancellationToken)
        ?? StageMailTemplate.Blank(key, language);

    public async Task<List<Refusal>> AddStageAsync(StageInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var refusals = Check(input);
        var key = input.Key?.Trim() ?? "";
        if (!KeyPattern().IsMatch(key))
        {
            refusals.Add(Refusal.Invalid("Key", "Stages.Key.Invalid"));
        }
        else if (await db.PipelineStages.AnyAsync(s => s.Key == key, cancellationToken))
        {
            refusals.Add(Refusal.Invalid("Key", "Stages.Key.Taken"));
        }
        if (refusals.Count > 0)
        {
            return refusals;
        }
        db.PipelineStages.Add(new PipelineStage
        {
            Key = key, Position = input.Position!.Value, NameFr = input.NameFr!.Trim(), NameEn = input.NameEn!.Trim(),
            CandidateLabelFr = input.CandidateLabelFr!.Trim(), CandidateLabelEn = input.CandidateLabelEn!.Trim(),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return [Refusal.Invalid("Key", "Stages.Key.Taken")];
        }
        return [];
    }

    public async Task<List<Refusal>> RenameStageAsync(string key, StageInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var refusals = Check(input);
        var stage = await db.PipelineStages.SingleOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (stage is null || refusals.Count > 0)
        {
            return stage is null ? [Refusal.NotFound("Pipeline.UnknownStage")] : refusals;
        }
        (stage.NameFr, stage.NameEn, stage.CandidateLabelFr, stage.CandidateLabelEn, stage.Position) =
            (input.NameFr!.Trim(), input.NameEn!.Trim(), input.CandidateLabelFr!.Trim(), input.CandidateLabelEn!.Trim(), input.Position!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>Saves a stage's mail in one language; refused when someone saved it since it was loaded.</summary>
    public async Task<List<Refusal>> SaveTemplateAsync(string key, Locale language, TemplateInput input, Guid editorId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!await db.PipelineStages.AnyAsync(s => s.Key == key, cancellationToken))
        {
            return [Refusal.NotFound("Pipeline.UnknownStage")];
        }
        var field = language.IsEnglish ? "En" : "Fr";
        var refusals = new List<Refusal>();
        var subject = input.Subject?.Trim() ?? "";
        var body = input.Body?.Trim() ?? "";
        if (subject.Length == 0 || subject.Length > StageMailTemplate.MaxSubject)
        {
            refusals.Add(Refusal.Invalid($"Subject{field}", subject.Length == 0 ? "Stages.Subject.Required" : "Stages.TooLong"));
        }
        if (body.Length == 0 || body.Length > StageMailTemplate.MaxBody)
        {
            refusals.Add(Refusal.Invalid($"Body{field}", body.Length == 0 ? "Stages.Body.Required" : "Stages.TooLong"));
        }
        foreach (var (name, text) in new[] { ($"Subject{field}", subject), ($"Body{field}", body) })
        {
            if (StageMailTemplate.UnknownPlaceholders(text).ToList() is { Count: > 0 } unknown)
            {
                refusals.Add(Refusal.Invalid(name, "Stages.UnknownPlaceholder", string.Join(", ", unknown.Select(u => $"{{{u}}}"))));
            }
        }
        if (refusals.Count > 0)
        {
            return refusals;
        }
        var template = await db.StageMailTemplates.SingleOrDefaultAsync(t => t.StageKey == key && t.Language == language, cancellationToken);
        if ((template?.Version ?? Guid.Empty) != (input.Version ?? Guid.Empty))
        {
            return [Refusal.Stale("Stages.SavedMeanwhile", $"Subject{field}")];
        }
        if (template is null)
        {
            template = new StageMailTemplate { StageKey = key, Language = language, Subject = subject, Body = body };
            db.StageMailTemplates.Add(template);
        }
        template.Write(input.Enabled, subject, body, clock.GetUtcNow().UtcDateTime, editorId);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Saved by someone else between our read and our write (version changed, or created at the same time).
            db.ChangeTracker.Clear();
            return [Refusal.Stale("Stages.SavedMeanwhile", $"Subject{field}")];
        }
        return [];
    }

    private static List<Refusal> Check(StageInput input)
    {
        var refusals = new List<Refusal>();
        foreach (var (field, value, max) in new[]
                 {
                     ("NameFr", input.NameFr, 80), ("NameEn", input.NameEn, 80), ("CandidateLabelFr", input.CandidateLabelFr, 120), ("CandidateLabelEn", input.CandidateLabelEn, 120),
                 })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                refusals.Add(Refusal.Invalid(field, "Stages.Required"));
            }
            else if (value.Trim().Length > max)
            {
                refusals.Add(Refusal.Invalid(field, "Stages.TooLong"));
            }
        }
        if (input.Position is not (> 0 and < 1000))
        {
            refusals.Add(Refusal.Invalid("Position", "Stages.Position.Invalid"));
        }
        return refusals;
    }
}
