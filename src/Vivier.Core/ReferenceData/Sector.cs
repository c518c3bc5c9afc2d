namespace Vivier.Core.ReferenceData;

/// <summary>An OECD DAC 3-digit sector category (e.g. 151 Government and civil society).</summary>
public sealed class SectorCategory : IHasLocalizedName
{
    public required string Code { get; init; }
    public required string NameFr { get; set; }
    public required string NameEn { get; set; }
    /// <summary>False for codes the DAC has withdrawn: kept so that old records still resolve.</summary>
    public required bool IsActive { get; set; }
}

/// <summary>An OECD DAC / CRS 5-digit purpose code (e.g. 15112 Decentralisation).</summary>
public sealed class Sector : IHasLocalizedName
{
    public required string Code { get; init; }
    public required string CategoryCode { get; set; }
    public SectorCategory? Category { get; set; }
    public required string NameFr { get; set; }
    public required string NameEn { get; set; }
    public required bool IsActive { get; set; }
}
