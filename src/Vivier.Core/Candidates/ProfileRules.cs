using System.Net.Mail;

namespace Vivier.Core.Candidates;

/// <summary>The codes a profile may use, from the reference data.</summary>
public sealed record ProfileReferences(
    IReadOnlySet<string> Countries, IReadOnlySet<string> Languages, IReadOnlySet<string> Sectors, IReadOnlySet<string> Themes);

/// <summary>
/// What a profile may hold. The same rules run on the page, the API and an imported Europass CV
/// before anything is saved; a profile with a refused value is not saved at all. A refusal's field is
/// named as the API names it, with its index in a list ("experiences[0].from").
/// </summary>
public static class ProfileRules
{
    public const int MaxName = 100;
    public const int MaxPitch = 1000;
    public const int MaxSkill = 50;
    public const int MaxText = 200;
    public const int MaxDescription = 4000;
    public const int MaxYears = 60;

    public static List<Refusal> Check(string? givenName, string? familyName, CandidateProfile profile, ProfileReferences references)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(references);
        var refusals = new List<Refusal>();
        void Fail(string field, string key, params object[] args) => refusals.Add(Refusal.Invalid(field, key, args));
        void Text(string field, string? value, int max, bool required = false)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                if (required)
                {
                    Fail(field, "Profile.Required");
                }
            }
            else if (value.Length > max)
            {
                Fail(field, "Profile.TooLong", max);
            }
        }
        void Country(string field, string? code)
        {
            if (code is not null && !references.Countries.Contains(code))
            {
                Fail(field, "Profile.UnknownCountry", code);
            }
        }
        void Count<T>(string field, List<T> list, int max)
        {
            if (list.Count > max)
            {
                Fail(field, "Profile.TooMany", max);
            }
        }

        Text("givenName", givenName, MaxName, required: true);
        Text("familyName", familyName, MaxName, required: true);
        if (profile.Phone is { Length: > 0 } phone && (phone.Length > 40 || !phone.All(c => char.IsAsciiDigit(c) || " +().-".Contains(c)) || phone.Count(char.IsAsciiDigit) < 6))
        {
            Fail("phone", "Profile.Phone");
        }
        if (profile.ContactEmail is { Length: > 0 } email && (email.Length > 254 || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email))
        {
            Fail("contactEmail", "Profile.Email");
        }
        Count("nationalities", profile.Nationalities, 5);
        for (var i = 0; i < profile.Nationalities.Count; i++)
        {
            Country($"nationalities[{i}]", profile.Nationalities[i]);
        }
        Duplicates("nationalities", profile.Nationalities, refusals);
        Country("residenceCountry", profile.ResidenceCountryCode);
        Count("languages", profile.Languages, 20);
        for (var i = 0; i < profile.Languages.Count; i++)
        {
            if (!references.Languages.Contains(profile.Languages[i].Code ?? ""))
            {
                Fail($"languages[{i}].code", "Profile.UnknownLanguage", profile.Languages[i].Code ?? "");
            }
        }
        Duplicates("languages", profile.Languages.Select(l => l.Code).ToList(), refusals);
        Count("sectors", profile.SectorCodes, 30);
        refusals.AddRange(profile.SectorCodes.Where(c => !references.Sectors.Contains(c)).Select(c => Refusal.Invalid("sectors", "Profile.UnknownSector", c)));
        Count("themes", profile.ThemeCodes, 30);
        refusals.AddRange(profile.ThemeCodes.Where(c => !references.Themes.Contains(c)).Select(c => Refusal.Invalid("themes", "Profile.UnknownTheme", c)));
        Count("skills", profile.Skills, 30);
        if (profile.Skills.Any(s => string.IsNullOrWhiteSpace(s) || s.Length > MaxSkill))
        {
            Fail("skills", "Profile.Skill", MaxSkill);
        }
        Count("countriesWorked", profile.CountriesWorked, 50);
        for (var i = 0; i < profile.CountriesWorked.Count; i++)
        {
            Country($"countriesWorked[{i}].countryCode", profile.CountriesWorked[i].CountryCode);
            if (profile.CountriesWorked[i].Years is < 0 or > MaxYears)
            {
                Fail($"countriesWorked[{i}].years", "Profile.Years", MaxYears);
            }
        }
        Duplicates("countriesWorked", profile.CountriesWorked.Select(c => c.CountryCode).ToList(), refusals);
        if (profile.YearsOfExperience is < 0 or > MaxYears)
        {
            Fail("yearsOfExperience", "Profile.Years", MaxYears);
        }
        Count("education", profile.Education, 20);
        for (var i = 0; i < profile.Education.Count; i++)
        {
            var entry = profile.Education[i];
            Text($"education[{i}].title", entry.Title, MaxText, required: true);
            Text($"education[{i}].organisation", entry.Organisation, MaxText);
            if (entry.EqfLevel is < 1 or > 8)
            {
                Fail($"education[{i}].eqfLevel", "Profile.Eqf");
            }
            Period($"education[{i}]", entry.From, entry.To, refusals);
            Country($"education[{i}].countryCode", entry.CountryCode);
        }
        Count("employment", profile.Employment, 40);
        for (var i = 0; i < profile.Employment.Count; i++)
        {
            var entry = profile.Employment[i];
            Text($"employment[{i}].position", entry.Position, MaxText, required: true);
            Text($"employment[{i}].employer", entry.Employer, MaxText);
            Text($"employment[{i}].city", entry.City, 100);
            Text($"employment[{i}].description", entry.Description, MaxDescription);
            Period($"employment[{i}]", entry.From, entry.To, refusals);
            if (entry.Current && entry.To is not null)
            {
                Fail($"employment[{i}].to", "Profile.CurrentHasNoEnd");
            }
            Country($"employment[{i}].countryCode", entry.CountryCode);
        }
        if (profile.AvailableFrom is { Year: < 2000 or > 2100 })
        {
            Fail("availableFrom", "Profile.Date");
        }
        if (profile.FrenchPublicEmployerSince is { Year: < 1950 or > 2100 })
        {
            Fail("frenchPublicEmployerSince", "Profile.Date");
        }
        Text("pitch", profile.Pitch, MaxPitch);
        return refusals;
    }

    private static void Period(string field, string? from, string? to, List<Refusal> refusals)
    {
        PartialDate? start = null, end = null;
        if (from is not null)
        {
            if (PartialDate.TryParse(from, out var parsed)) { start = parsed; } else { refusals.Add(Refusal.Invalid($"{field}.from", "Profile.PartialDate")); }
        }
        if (to is not null)
        {
            if (PartialDate.TryParse(to, out var parsed)) { end = parsed; } else { refusals.Add(Refusal.Invalid($"{field}.to", "Profile.PartialDate")); }
        }
        if (start is { } s && end is { } e && e.CompareTo(s) < 0)
        {
            refusals.Add(Refusal.Invalid($"{field}.to", "Profile.EndBeforeStart"));
        }
    }

    private static void Duplicates(string field, List<string> values, List<Refusal> refusals)
    {
        if (values.Count != values.Distinct(StringComparer.OrdinalIgnoreCase).Count())
        {
            refusals.Add(Refusal.Invalid(field, "Profile.Duplicate"));
        }
    }
}
