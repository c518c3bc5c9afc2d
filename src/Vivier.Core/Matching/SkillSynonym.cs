using Vivier.Core.Search;

namespace Vivier.Core.Matching;

/// <summary>
/// "sécurité informatique" means "cybersécurité": a term the staff map to the skill it names, so
/// that a profile and a mission written in different words still meet. Both are stored normalised
/// (<see cref="SkillNames.Normalise"/>).
/// </summary>
public sealed class SkillSynonym
{
    public const int MaxLength = SoughtSkill.MaxLength;

    public required string Term { get; init; }
    public required string Canonical { get; set; }

    /// <summary>The programme's starting list, seeded by the migration; the staff add to it.</summary>
    public static IReadOnlyList<SkillSynonym> Seeded { get; } = new (string Term, string Canonical)[]
    {
        ("sécurité informatique", "cybersécurité"),
        ("sécurité des systèmes d'information", "cybersécurité"),
        ("cyber sécurité", "cybersécurité"),
        ("cybersecurity", "cybersécurité"),
        ("gestion des finances publiques", "finances publiques"),
        ("public financial management", "finances publiques"),
        ("gfp", "finances publiques"),
        ("carbon market", "marchés du carbone"),
        ("système d'échange de quotas", "marchés du carbone"),
        ("ia", "intelligence artificielle"),
        ("artificial intelligence", "intelligence artificielle"),
        ("marchés publics", "commande publique"),
        ("public procurement", "commande publique"),
        ("passation des marchés", "commande publique"),
        ("politique spatiale", "spatial"),
        ("space policy", "spatial"),
        ("project management", "gestion de projet"),
        ("pilotage de projet", "gestion de projet"),
        ("réforme fiscale", "fiscalité"),
        ("tax policy", "fiscalité"),
        ("statistics", "statistique"),
        ("climate finance", "finance climat"),
        ("industries créatives", "industries culturelles et créatives"),
        ("creative industries", "industries culturelles et créatives"),
    }.Select(p => new SkillSynonym { Term = SkillNames.Normalise(p.Term), Canonical = SkillNames.Normalise(p.Canonical) })
        .Where(s => s.Term != s.Canonical).DistinctBy(s => s.Term).ToList();
}

/// <summary>How a skill is compared: the French normaliser's tokens without the little words, then its synonym if any.</summary>
public static class SkillNames
{
    private static readonly HashSet<string> LittleWords =
        ["de", "des", "du", "d", "la", "le", "l", "et", "en", "a", "au", "aux", "of", "the", "and", "in", "pour", "for"];

    /// <summary>"Sécurité des systèmes d'information" → "securite systeme information".</summary>
    public static string Normalise(string? skill) =>
        string.Join(' ', FrenchText.Tokens(skill).Where(t => !LittleWords.Contains(t)));

    /// <summary>The skill as matching compares it: normalised, then replaced by what it is a synonym of.</summary>
    public static string Canonical(string? skill, IReadOnlyDictionary<string, string> synonyms)
    {
        ArgumentNullException.ThrowIfNull(synonyms);
        var normal = Normalise(skill);
        return synonyms.TryGetValue(normal, out var canonical) ? canonical : normal;
    }

    /// <summary>
    /// Whether a profile's skill covers a sought one: the same, or holding every word of it
    /// ("cybersécurité industrielle" covers "cybersécurité"; "audit" does not cover "audit interne").
    /// </summary>
    public static bool Covers(string profileSkill, string soughtSkill)
    {
        ArgumentNullException.ThrowIfNull(profileSkill);
        ArgumentNullException.ThrowIfNull(soughtSkill);
        if (soughtSkill.Length == 0)
        {
            return false;
        }
        if (profileSkill == soughtSkill)
        {
            return true;
        }
        var words = profileSkill.Split(' ');
        return soughtSkill.Split(' ').All(w => words.Contains(w));
    }
}

internal sealed class SkillSynonymConfiguration : IEntityTypeConfiguration<SkillSynonym>
{
    public void Configure(EntityTypeBuilder<SkillSynonym> synonym)
    {
        synonym.ToTable("skill_synonyms");
        synonym.HasKey(s => s.Term);
        synonym.Property(s => s.Term).HasMaxLength(SkillSynonym.MaxLength);
        synonym.Property(s => s.Canonical).HasMaxLength(SkillSynonym.MaxLength);
        synonym.HasData(SkillSynonym.Seeded);
    }
}
