namespace Vivier.Core.ReferenceData;

/// <summary>The seven continents as the countries-list source codes them (AF, AN, AS, EU, NA, OC, SA).</summary>
public enum Continent
{
    Africa,
    Antarctica,
    Asia,
    Europe,
    NorthAmerica,
    Oceania,
    SouthAmerica,
}

public static class ContinentCodes
{
    public static Continent Parse(string code) => code switch
    {
        "AF" => Continent.Africa,
        "AN" => Continent.Antarctica,
        "AS" => Continent.Asia,
        "EU" => Continent.Europe,
        "NA" => Continent.NorthAmerica,
        "OC" => Continent.Oceania,
        "SA" => Continent.SouthAmerica,
        _ => throw new FormatException($"Unknown continent code '{code}'."),
    };
}
