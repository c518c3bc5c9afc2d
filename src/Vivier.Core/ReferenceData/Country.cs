namespace Vivier.Core.ReferenceData;

/// <summary>An ISO 3166-1 country or territory. French overseas territories keep their own codes (RE, NC, PF…).</summary>
public sealed class Country : IHasLocalizedName
{
    /// <summary>ISO 3166-1 alpha-2, the key every other table uses.</summary>
    public required string Code { get; init; }
    public required string Alpha3 { get; set; }
    /// <summary>ISO 3166-1 numeric, three digits; the key of world-map features.</summary>
    public required string Numeric { get; set; }
    public required string NameFr { get; set; }
    public required string NameEn { get; set; }
    public required Continent Continent { get; set; }
    public required bool IsFrenchOverseas { get; set; }
}
