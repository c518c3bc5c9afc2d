namespace Vivier.Web.Features.Matching;

/// <summary>What the weekly mail of matching missions sends: new missions that fit well enough to be worth a mail.</summary>
public static class ForYouAlert
{
    /// <summary>Below half the points a mission could give, it is shown on /missions-pour-vous but not mailed.</summary>
    public const int MinimumScore = 50;

    /// <summary>How many of the best-fitting open missions are looked through for new ones.</summary>
    public const int Considered = 200;
}
