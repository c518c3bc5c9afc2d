using System.Text.Json.Serialization;

namespace Vivier.Core.Matching;

[JsonConverter(typeof(JsonStringEnumConverter<EligibilityCondition>))]
public enum EligibilityCondition
{
    /// <summary>One of the person's nationalities is in the list (<see cref="EligibilityRule.Value"/>: ISO codes separated by spaces).</summary>
    Nationality,
    /// <summary>The person's current employer is a French public administration, for at least <see cref="EligibilityRule.Value"/> months at the start.</summary>
    FrenchPublicEmployer,
    /// <summary>At least <see cref="EligibilityRule.Value"/> years of professional experience.</summary>
    MinimumExperience,
}

/// <summary>
/// A condition every candidate to a mission of one expert kind must meet (END: seconded from a
/// French public administration). Not met, it excludes the person with its reason; it never
/// enters the score. The admins edit them; the migration seeds the programme's usual ones.
/// </summary>
public sealed class EligibilityRule
{
    public const int MaxValue = 400;

    /// <summary>The member states of the European Union and of the EEA, and Switzerland: seconded national experts come from them.</summary>
    public const string EuropeanNationalities =
        "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK IS LI NO CH";

    public int Id { get; init; }
    public required ExpertKind Kind { get; set; }
    public required EligibilityCondition Condition { get; set; }
    private string value = "";
    private HashSet<string>? countries;

    public required string Value
    {
        get => value;
        set => (this.value, countries) = (value, null);
    }

    /// <summary>The value as a number, for the conditions that take one (0 when it is not one).</summary>
    public int Number => int.TryParse(Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    /// <summary>The value as country codes, for <see cref="EligibilityCondition.Nationality"/>: read once, since a pool asks it of every person.</summary>
    public IReadOnlySet<string> Countries => countries ??= Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether the value suits the condition: a number from 0 to 600, or country codes.</summary>
    public static bool IsValidValue(EligibilityCondition condition, string? value) => condition switch
    {
        EligibilityCondition.Nationality => !string.IsNullOrWhiteSpace(value) && value.Length <= MaxValue
            && value.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(c => c.Length == 2 && c.All(char.IsAsciiLetterUpper)),
        _ => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 0 and <= 600,
    };

    /// <summary>The rules the programme starts with (seeded by the migration).</summary>
    public static IReadOnlyList<EligibilityRule> Seeded =>
    [
        new() { Id = 1, Kind = ExpertKind.END, Condition = EligibilityCondition.Nationality, Value = EuropeanNationalities },
        new() { Id = 2, Kind = ExpertKind.END, Condition = EligibilityCondition.FrenchPublicEmployer, Value = "12" },
        new() { Id = 3, Kind = ExpertKind.END, Condition = EligibilityCondition.MinimumExperience, Value = "3" },
        new() { Id = 4, Kind = ExpertKind.ETI, Condition = EligibilityCondition.MinimumExperience, Value = "3" },
        new() { Id = 5, Kind = ExpertKind.AT, Condition = EligibilityCondition.Nationality, Value = EuropeanNationalities },
    ];
}

internal sealed class EligibilityRuleConfiguration : IEntityTypeConfiguration<EligibilityRule>
{
    public void Configure(EntityTypeBuilder<EligibilityRule> rule)
    {
        rule.ToTable("eligibility_rules");
        rule.Property(r => r.Kind).HasConversion<string>().HasMaxLength(3);
        rule.Property(r => r.Condition).HasConversion<string>().HasMaxLength(30);
        rule.Property(r => r.Value).HasMaxLength(EligibilityRule.MaxValue);
        rule.Ignore(r => r.Number);
        rule.Ignore(r => r.Countries);
        rule.HasIndex(r => new { r.Kind, r.Condition }).IsUnique();
        rule.HasData(EligibilityRule.Seeded);
    }
}
