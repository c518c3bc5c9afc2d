using Microsoft.AspNetCore.Mvc.ModelBinding;
using Vivier.Core.Candidates;

namespace Vivier.Web.Features.Profile;

/// <summary>
/// What the profile's forms share, whole (/profil, reviewing a Europass import) or by part
/// (/profil/{section}): blank rows dropped, refusals put on their fields, and the lists to choose from.
/// </summary>
public static class ProfileForm
{
    /// <summary>Blank rows offered under each list, to add entries without script.</summary>
    public const int BlankRows = 2;

    /// <summary>"employment[0].from" (the API's name) as the form's field name, "Input.Employment[0].From".</summary>
    public static string FieldName(string field) =>
        "Input." + string.Join('.', (field ?? "").Split('.').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));

    /// <summary>The posted document without its blank rows, and what binding said of those rows (a title required…) dropped.</summary>
    public static ProfileDocument Cleaned(ProfileDocument input, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(modelState);
        var blank = new HashSet<string>(StringComparer.Ordinal);
        void Mark<T>(string list, List<T> rows, Func<T, bool> isBlank)
        {
            for (var i = 0; i < rows.Count; i++)
            {
                if (isBlank(rows[i]))
                {
                    blank.Add($"Input.{list}[{i}].");
                }
            }
        }
        Mark("Languages", input.Languages, x => string.IsNullOrWhiteSpace(x.Code));
        Mark("CountriesWorked", input.CountriesWorked, x => string.IsNullOrWhiteSpace(x.CountryCode));
        Mark("Education", input.Education, IsBlank);
        Mark("Employment", input.Employment, IsBlank);
        foreach (var key in modelState.Keys.Where(k => blank.Any(prefix => k.StartsWith(prefix, StringComparison.Ordinal))).ToList())
        {
            modelState.Remove(key);
        }
        return input with
        {
            Nationalities = input.Nationalities.Where(n => !string.IsNullOrWhiteSpace(n)).ToList(),
            Languages = input.Languages.Where(x => !string.IsNullOrWhiteSpace(x.Code)).ToList(),
            Skills = input.Skills.SelectMany(s => (s ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList(),
            CountriesWorked = input.CountriesWorked.Where(x => !string.IsNullOrWhiteSpace(x.CountryCode)).ToList(),
            Education = input.Education.Where(x => !IsBlank(x)).ToList(),
            Employment = input.Employment.Where(x => !IsBlank(x)).ToList(),
        };
    }

    public static void AddRefusals(ModelStateDictionary modelState, IEnumerable<Refusal> refusals, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(refusals);
        foreach (var refusal in refusals)
        {
            modelState.AddModelError(FieldName(refusal.Field ?? ""), refusal.MessageOf(l));
        }
    }

    private static bool IsBlank(EducationEntry entry) => string.IsNullOrWhiteSpace(entry.Title) && string.IsNullOrWhiteSpace(entry.Organisation);

    private static bool IsBlank(EmploymentEntry entry) => string.IsNullOrWhiteSpace(entry.Position) && string.IsNullOrWhiteSpace(entry.Employer);
}

/// <summary>The fields of some parts of the profile, as _ProfileFields renders them: one part on its own page (its legend is the page's heading), or all of them to review an import.</summary>
public sealed record ProfileFieldsView(ProfileDocument Input, ProfileChoices Choices, IReadOnlyList<ProfileSection> Sections)
{
    public bool Standalone => Sections.Count == 1;

    public bool Shows(string key) => Sections.Any(s => s.Key == key);
}
