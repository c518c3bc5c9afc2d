namespace Vivier.Core.ReferenceData;

/// <summary>
/// One of the programme's own themes (cybersecurity, space, carbon market…), the words its calls use,
/// mapped onto the DAC purpose codes that statistics and matching speak.
/// </summary>
public sealed class Theme : IHasLocalizedName
{
    public required string Code { get; init; }
    public required string NameFr { get; set; }
    public required string NameEn { get; set; }
    public List<Sector> Sectors { get; set; } = [];
}
