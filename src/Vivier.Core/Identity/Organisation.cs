namespace Vivier.Core.Identity;

public enum OrganisationKind
{
    /// <summary>A ministry that funds missions (MEAE, DG Trésor…).</summary>
    Sponsor,
    /// <summary>An institution that hosts experts, or an embassy.</summary>
    HostInstitution,
}

/// <summary>An organisation that Sponsor and Partner accounts speak for.</summary>
public sealed class Organisation
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string Name { get; set; }
    /// <summary>The name people use: "MEAE", "DG Trésor".</summary>
    public required string ShortName { get; set; }
    public required OrganisationKind Kind { get; set; }
    /// <summary>ISO 3166-1 alpha-2 of the country it sits in.</summary>
    public required string CountryCode { get; set; }
}
