using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Vivier.Core.Candidates.Europass;

/// <summary>
/// Today's Europass CV: a <c>Candidate</c> document (HR-Open 3.2 based, namespace
/// http://www.europass.eu/1.0), bare or inside the editor's PDF.
/// </summary>
internal static partial class CandidateXml
{
    public const string Namespace = "http://www.europass.eu/1.0";

    private static readonly Dictionary<string, string> Dimensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CEF-Understanding-Listening"] = "Listening",
        ["CEF-Understanding-Reading"] = "Reading",
        ["CEF-Speaking-Interaction"] = "SpokenInteraction",
        ["CEF-Speaking-Production"] = "SpokenProduction",
        ["CEF-Writing-Production"] = "Writing",
        ["CEF-Writing-Interaction"] = "Writing",
    };

    public static ImportedProfile Read(XElement root)
    {
        var result = new ImportedProfile { Format = "europass-candidate" };
        var person = root.Child("CandidatePerson");
        result.GivenName = ImportedProfile.Trimmed(person.Text("PersonName", "GivenName"), ProfileRules.MaxName);
        result.FamilyName = ImportedProfile.Trimmed(person.Text("PersonName", "FamilyName"), ProfileRules.MaxName);
        foreach (var channel in person.Children("Communication"))
        {
            switch (channel.Text("ChannelCode")?.ToUpperInvariant())
            {
                case "EMAIL":
                    result.Email ??= channel.Text("URI");
                    break;
                case "TELEPHONE" or "MOBILETELEPHONE":
                    result.Phone ??= Phone(channel);
                    break;
            }
            result.ResidenceCountryCode ??= ImportedProfile.Country(channel.Text("Address", "CountryCode"));
        }
        result.ResidenceCountryCode = ImportedProfile.Country(person.Text("ResidencyCountryCode")) ?? result.ResidenceCountryCode;
        foreach (var nationality in person.Children("NationalityCode"))
        {
            result.AddNationality(nationality.Value, null);
        }
        result.Gender = person.Text("GenderCode")?.ToUpperInvariant() switch
        {
            "FEMALE" => SelfDeclaredGender.Woman,
            "MALE" => SelfDeclaredGender.Man,
            "OTHER" => SelfDeclaredGender.Other,
            _ => null,
        };
        foreach (var mother in person.Children("PrimaryLanguageCode"))
        {
            result.AddLanguage(mother.Value, mother.Value, motherTongue: true, _ => null);
        }
        // A CV may carry several profiles (one per language); the first is the master.
        var profile = root.Children("CandidateProfile").FirstOrDefault();
        foreach (var competency in profile.Child("PersonQualifications").Children("PersonCompetency")
                     .Where(c => string.Equals(c.Text("TaxonomyID"), "language", StringComparison.OrdinalIgnoreCase)))
        {
            var levels = new Dictionary<string, CefrLevel>();
            foreach (var dimension in competency.Children("CompetencyDimension"))
            {
                if (Dimensions.TryGetValue(dimension.Text("CompetencyDimensionTypeCode") ?? "", out var skill)
                    && ImportedProfile.Level(dimension.Text("Score", "ScoreText")) is { } level)
                {
                    // Two writing dimensions: the lower is kept.
                    levels[skill] = levels.TryGetValue(skill, out var known) && known < level ? known : level;
                }
            }
            var code = competency.Text("CompetencyID");
            result.AddLanguage(code, code, motherTongue: false, skill => levels.TryGetValue(skill, out var l) ? l : null);
        }
        foreach (var employer in profile.Child("EmploymentHistory").Children("EmployerHistory"))
        {
            var address = employer.Child("OrganizationContact", "Communication", "Address");
            foreach (var position in employer.Children("PositionHistory"))
            {
                var period = position.Child("EmploymentPeriod");
                var current = string.Equals(period.Text("CurrentIndicator"), "true", StringComparison.OrdinalIgnoreCase);
                result.Employment.Add(new EmploymentEntry
                {
                    Position = ImportedProfile.Trimmed(position.Text("PositionTitle"), ProfileRules.MaxText) ?? "?",
                    Employer = ImportedProfile.Trimmed(employer.Text("OrganizationName"), ProfileRules.MaxText),
                    From = Date(period.Text("StartDate", "FormattedDateTime")),
                    To = current ? null : Date(period.Text("EndDate", "FormattedDateTime")),
                    Current = current,
                    City = ImportedProfile.Trimmed(position.Text("City") ?? address.Text("CityName"), 100),
                    CountryCode = ImportedProfile.Country(position.Text("Country") ?? address.Text("CountryCode")),
                    Description = ImportedProfile.Trimmed(PlainText(position.Text("Description")), ProfileRules.MaxDescription),
                });
            }
        }
        foreach (var attendance in profile.Child("EducationHistory").Children("EducationOrganizationAttendance"))
        {
            var period = attendance.Child("AttendancePeriod");
            var ongoing = string.Equals(period.Text("Ongoing"), "true", StringComparison.OrdinalIgnoreCase);
            result.Education.Add(new EducationEntry
            {
                Title = ImportedProfile.Trimmed(attendance.Text("EducationDegree", "DegreeName") ?? attendance.Text("ProgramName"), ProfileRules.MaxText) ?? "?",
                Organisation = ImportedProfile.Trimmed(attendance.Text("OrganizationName"), ProfileRules.MaxText),
                EqfLevel = Eqf(attendance.Text("EducationLevelCode")),
                From = Date(period.Text("StartDate", "FormattedDateTime")),
                To = ongoing ? null : Date(period.Text("EndDate", "FormattedDateTime")),
                CountryCode = ImportedProfile.Country(attendance.Child("OrganizationContact", "Communication", "Address").Text("CountryCode")),
            });
        }
        return result;
    }

    /// <summary>"+34 93 554446776" from the dialling parts.</summary>
    private static string? Phone(XElement channel)
    {
        var parts = new[] { channel.Text("CountryDialing") is { } c ? "+" + c.TrimStart('+') : null, channel.Text("AreaDialing"), channel.Text("DialNumber") }
            .Where(p => p is not null).ToList();
        return parts.Count == 0 ? null : string.Join(' ', parts);
    }

    /// <summary>Keeps the date's precision; a time, if any, is dropped.</summary>
    internal static string? Date(string? text)
    {
        var date = text?.Split('T')[0].Trim();
        return PartialDate.TryParse(date, out var parsed) ? parsed.ToString() : null;
    }

    private static int? Eqf(string? code) =>
        code is not null && DigitsOnly().Match(code) is { Success: true } m && int.TryParse(m.Value, CultureInfo.InvariantCulture, out var level)
            && level is >= 1 and <= 8 ? level : null;

    /// <summary>Long texts carry escaped HTML: tags become line breaks, entities characters.</summary>
    internal static string? PlainText(string? html)
    {
        if (html is null)
        {
            return null;
        }
        var text = WebUtility.HtmlDecode(Tags().Replace(html, "\n"));
        return string.Join('\n', text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex DigitsOnly();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tags();
}
