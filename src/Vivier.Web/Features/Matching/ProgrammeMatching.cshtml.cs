namespace Vivier.Web.Features.Matching;

/// <summary>
/// /gestion/rapprochement (Admin): the programme's default weights, the skill synonyms and the
/// eligibility rules of each expert kind. Each change is audited and moves the matching settings'
/// date, so every instance compiles its open missions again at its next answer.
/// </summary>
[Authorize(Roles = Roles.Admin)]
public sealed class ProgrammeMatchingModel(VivierDb db, Matches matches, Suggestions suggestions, AuditTrail audit, TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public const int MaxSynonyms = 2000;

    public IReadOnlyDictionary<string, string> Values { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyList<SkillSynonym> Synonyms { get; private set; } = [];
    public IReadOnlyList<EligibilityRule> Rules { get; private set; } = [];

    /// <summary>"weights", "synonym", "synonym-removed" or "rule" after a change that was made.</summary>
    [BindProperty(SupportsGet = true, Name = "fait")]
    public string? Done { get; set; }

    [BindProperty]
    public string? Term { get; set; }

    [BindProperty]
    public string? Canonical { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        await ReadAsync(WeightsForm.Values(await matches.ProgrammeWeightsAsync(cancellationToken)), cancellationToken);

    public async Task<IActionResult> OnPostWeightsAsync(CancellationToken cancellationToken)
    {
        if (WeightsForm.Read(Request.Form, ModelState, l) is not { } weights)
        {
            await ReadAsync(WeightsForm.Values(Request.Form), cancellationToken);
            return Page();
        }
        if (await suggestions.SetProgrammeWeightsAsync(weights, User.PersonId(), cancellationToken) is { } refusal)
        {
            ModelState.AddModelError("", refusal.MessageOf(l));
            await ReadAsync(WeightsForm.Values(Request.Form), cancellationToken);
            return Page();
        }
        return Redirect("/gestion/rapprochement?fait=weights");
    }

    public async Task<IActionResult> OnPostSynonymAsync(CancellationToken cancellationToken)
    {
        var (term, canonical) = (SkillNames.Normalise(Term), SkillNames.Normalise(Canonical));
        if (term.Length == 0 || (Term?.Length ?? 0) > SkillSynonym.MaxLength)
        {
            ModelState.AddModelError(nameof(Term), l["Synonyms.TermInvalid"]);
        }
        if (canonical.Length == 0 || (Canonical?.Length ?? 0) > SkillSynonym.MaxLength)
        {
            ModelState.AddModelError(nameof(Canonical), l["Synonyms.CanonicalInvalid"]);
        }
        else if (term == canonical)
        {
            ModelState.AddModelError(nameof(Canonical), l["Synonyms.Same"]);
        }
        else if (await db.SkillSynonyms.AnyAsync(s => s.Term == canonical, cancellationToken))
        {
            // One step only: "a → b" and "b → c" would make the list's meaning depend on an order.
            ModelState.AddModelError(nameof(Canonical), l["Synonyms.CanonicalIsATerm"]);
        }
        if (ModelState.IsValid && await db.SkillSynonyms.AnyAsync(s => s.Term == term || s.Canonical == term, cancellationToken))
        {
            ModelState.AddModelError(nameof(Term), l["Synonyms.TermKnown"]);
        }
        if (ModelState.IsValid && await db.SkillSynonyms.CountAsync(cancellationToken) >= MaxSynonyms)
        {
            ModelState.AddModelError(nameof(Term), l["Synonyms.TooMany", MaxSynonyms]);
        }
        if (!ModelState.IsValid)
        {
            await ReadAsync(WeightsForm.Values(await matches.ProgrammeWeightsAsync(cancellationToken)), cancellationToken);
            return Page();
        }
        db.SkillSynonyms.Add(new SkillSynonym { Term = term, Canonical = canonical });
        return await ChangedAsync($"synonym {term} → {canonical}", "synonym", cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveSynonymAsync([FromForm] string? remove, CancellationToken cancellationToken)
    {
        if (await db.SkillSynonyms.SingleOrDefaultAsync(s => s.Term == remove, cancellationToken) is not { } synonym)
        {
            return Redirect("/gestion/rapprochement");
        }
        db.SkillSynonyms.Remove(synonym);
        return await ChangedAsync($"synonym removed {synonym.Term}", "synonym-removed", cancellationToken);
    }

    public async Task<IActionResult> OnPostRuleAsync([FromForm] int id, [FromForm] string? value, CancellationToken cancellationToken)
    {
        if (await db.EligibilityRules.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } rule)
        {
            return Redirect("/gestion/rapprochement");
        }
        var typed = string.Join(' ', (value ?? "").ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (rule.Condition != EligibilityCondition.Nationality)
        {
            typed = (value ?? "").Trim();
        }
        if (!EligibilityRule.IsValidValue(rule.Condition, typed))
        {
            ModelState.AddModelError($"rule-{id}", l[$"Rules.Invalid.{rule.Condition}"]);
            await ReadAsync(WeightsForm.Values(await matches.ProgrammeWeightsAsync(cancellationToken)), cancellationToken);
            return Page();
        }
        rule.Value = typed;
        return await ChangedAsync($"rule {rule.Kind} {rule.Condition} {typed}", "rule", cancellationToken);
    }

    /// <summary>Saves a change of synonyms or rules with its audit entry, and dates the settings so that every instance compiles again.</summary>
    private async Task<IActionResult> ChangedAsync(string detail, string done, CancellationToken cancellationToken)
    {
        var settings = await suggestions.SettingsRowAsync(cancellationToken);
        (settings.ChangedAt, settings.ChangedBy) = (clock.GetUtcNow().UtcDateTime, User.PersonId());
        audit.Record(AuditActions.MatchingRulesChanged, "programme", detail, User.PersonId());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another admin added the same term, or created the settings, a moment ago: nothing of this one is kept.
            db.ChangeTracker.Clear();
            ModelState.AddModelError(nameof(Term), l["Synonyms.Concurrent"]);
            await ReadAsync(WeightsForm.Values(await matches.ProgrammeWeightsAsync(cancellationToken)), cancellationToken);
            return Page();
        }
        return Redirect($"/gestion/rapprochement?fait={done}");
    }

    private async Task ReadAsync(IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        Values = values;
        Synonyms = await db.SkillSynonyms.AsNoTracking().OrderBy(s => s.Canonical).ThenBy(s => s.Term).ToListAsync(cancellationToken);
        Rules = await db.EligibilityRules.AsNoTracking().OrderBy(r => r.Kind).ThenBy(r => r.Condition).ToListAsync(cancellationToken);
    }
}
