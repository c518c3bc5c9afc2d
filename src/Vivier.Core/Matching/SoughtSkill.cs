namespace Vivier.Core.Matching;

/// <summary>A skill a mission seeks: required ones and desirable ones are scored apart.</summary>
public sealed class SoughtSkill
{
    public const int MaxLength = 100;
    public const int MaxPerMission = 30;

    public required string Name { get; set; }
    public bool Required { get; set; }
}
