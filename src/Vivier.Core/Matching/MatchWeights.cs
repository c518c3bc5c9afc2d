namespace Vivier.Core.Matching;

/// <summary>
/// The points each component of a fit is worth. The programme keeps defaults (an admin setting);
/// a recruiter may set others for one mission. A component the mission asks nothing of (no skill
/// sought, no language) drops out, and the score is the share of the points it could have had.
/// </summary>
public sealed class MatchWeights
{
    public const int MaxWeight = 100;

    public int Domain { get; set; } = 15;
    public int RequiredSkills { get; set; } = 15;
    public int DesirableSkills { get; set; } = 10;
    public int Languages { get; set; } = 20;
    public int CountryExperience { get; set; } = 5;
    public int Seniority { get; set; } = 12;
    public int Availability { get; set; } = 8;
    public int Deployments { get; set; } = 3;

    /// <summary>The weights Vivier ships with, tuned on the evaluation set (docs/MATCHING.md).</summary>
    public static MatchWeights Default => new();

    /// <summary>Each weight with the component it weighs, in the order components are shown.</summary>
    public IEnumerable<(string Component, int Weight)> All()
    {
        yield return (MatchComponents.Domain, Domain);
        yield return (MatchComponents.RequiredSkills, RequiredSkills);
        yield return (MatchComponents.DesirableSkills, DesirableSkills);
        yield return (MatchComponents.Languages, Languages);
        yield return (MatchComponents.CountryExperience, CountryExperience);
        yield return (MatchComponents.Seniority, Seniority);
        yield return (MatchComponents.Availability, Availability);
        yield return (MatchComponents.Deployments, Deployments);
    }

    /// <summary>Sets the weight of a component by its name; false for a name that is no component.</summary>
    public bool Set(string component, int weight)
    {
        switch (component)
        {
            case MatchComponents.Domain: Domain = weight; break;
            case MatchComponents.RequiredSkills: RequiredSkills = weight; break;
            case MatchComponents.DesirableSkills: DesirableSkills = weight; break;
            case MatchComponents.Languages: Languages = weight; break;
            case MatchComponents.CountryExperience: CountryExperience = weight; break;
            case MatchComponents.Seniority: Seniority = weight; break;
            case MatchComponents.Availability: Availability = weight; break;
            case MatchComponents.Deployments: Deployments = weight; break;
            default: return false;
        }
        return true;
    }

    /// <summary>Every weight between 0 and <see cref="MaxWeight"/>, and not all zero.</summary>
    public bool IsValid() => All().All(w => w.Weight is >= 0 and <= MaxWeight) && All().Any(w => w.Weight > 0);

    public MatchWeights Copy() => (MatchWeights)MemberwiseClone();

    /// <summary>"domain 25, required-skills 25, …": how a mission's history records a change of weights.</summary>
    public override string ToString() => string.Join(", ", All().Select(w => $"{w.Component} {w.Weight}"));
}

/// <summary>The names of the components, as the API and the resource keys (Match.Component.*) spell them.</summary>
public static class MatchComponents
{
    public const string Domain = "domain";
    public const string RequiredSkills = "required-skills";
    public const string DesirableSkills = "desirable-skills";
    public const string Languages = "languages";
    public const string CountryExperience = "country-experience";
    public const string Seniority = "seniority";
    public const string Availability = "availability";
    public const string Deployments = "deployments";
}
