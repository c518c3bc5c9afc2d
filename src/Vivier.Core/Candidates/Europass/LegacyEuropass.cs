namespace Vivier.Core.Candidates.Europass;

/// <summary>
/// The Europass CV of the editor Cedefop ran until 2020 (SkillsPassport, v3.0 to v3.4), in XML or
/// JSON. Only the CV part (LearnerInfo) is read; a bundled cover letter or passport is ignored.
/// </summary>
internal static class LegacyEuropass
{
    public const string Namespace = "http://europass.cedefop.europa.eu/Europass";

    public static ImportedProfile Read(LegacyNode passport, string format)
    {
        var learner = passport.Child("LearnerInfo") ?? throw new EuropassRefusedException("Europass.Refused.NoCv");
        var result = new ImportedProfile { Format = format };
        var identification = learner.Child("Identification");
        result.GivenName = ImportedProfile.Trimmed(identification?.Text("PersonName", "FirstName"), ProfileRules.MaxName);
        result.FamilyName = ImportedProfile.Trimmed(identification?.Text("PersonName", "Surname"), ProfileRules.MaxName);
        var contact = identification?.Child("ContactInfo");
        result.Email = contact?.Text("Email", "Contact");
        result.Phone = contact?.Items("Telephone").Select(t => t.Text("Contact")).FirstOrDefault(t => t is not null);
        result.ResidenceCountryCode = ImportedProfile.Country(contact?.Text("Address", "Contact", "Country", "Code"));
        var demographics = identification?.Child("Demographics");
        result.Gender = demographics?.Text("Gender", "Code") switch
        {
            "F" => SelfDeclaredGender.Woman,
            "M" => SelfDeclaredGender.Man,
            _ => null,
        };
        foreach (var nationality in demographics?.Items("Nationality") ?? [])
        {
            result.AddNationality(nationality.Text("Code"), nationality.Text("Label"));
        }
        var linguistic = learner.Path("Skills", "Linguistic");
        foreach (var mother in linguistic?.Items("MotherTongue") ?? [])
        {
            result.AddLanguage(mother.Text("Description", "Code"), mother.Text("Description", "Label"), motherTongue: true, _ => null);
        }
        foreach (var foreign in linguistic?.Items("ForeignLanguage") ?? [])
        {
            var levels = foreign.Child("ProficiencyLevel");
            result.AddLanguage(foreign.Text("Description", "Code"), foreign.Text("Description", "Label"), motherTongue: false,
                skill => ImportedProfile.Level(levels?.Text(skill)));
        }
        foreach (var work in learner.Items("WorkExperience"))
        {
            var (from, to, current) = Period(work.Child("Period"));
            var employer = work.Child("Employer");
            result.Employment.Add(new EmploymentEntry
            {
                Position = ImportedProfile.Trimmed(work.Text("Position", "Label"), ProfileRules.MaxText) ?? "?",
                Employer = ImportedProfile.Trimmed(employer?.Text("Name"), ProfileRules.MaxText),
                From = from,
                To = to,
                Current = current,
                City = ImportedProfile.Trimmed(employer?.Text("ContactInfo", "Address", "Contact", "Municipality"), 100),
                CountryCode = ImportedProfile.Country(employer?.Text("ContactInfo", "Address", "Contact", "Country", "Code")),
                Description = ImportedProfile.Trimmed(CandidateXml.PlainText(work.Text("Activities")), ProfileRules.MaxDescription),
            });
        }
        foreach (var education in learner.Items("Education"))
        {
            var (from, to, _) = Period(education.Child("Period"));
            var organisation = education.Child("Organisation");
            result.Education.Add(new EducationEntry
            {
                Title = ImportedProfile.Trimmed(education.Text("Title"), ProfileRules.MaxText) ?? "?",
                Organisation = ImportedProfile.Trimmed(organisation?.Text("Name"), ProfileRules.MaxText),
                EqfLevel = int.TryParse(education.Text("Level", "Code"), NumberStyles.None, CultureInfo.InvariantCulture, out var eqf) && eqf is >= 1 and <= 8 ? eqf : null,
                From = from,
                To = to,
                CountryCode = ImportedProfile.Country(organisation?.Text("ContactInfo", "Address", "Contact", "Country", "Code")),
            });
        }
        return result;
    }

    private static (string? From, string? To, bool Current) Period(LegacyNode? period)
    {
        static string? Date(LegacyNode? date) =>
            date is null ? null : PartialDate.FromParts(date.DatePart("Year"), date.DatePart("Month"), date.DatePart("Day"))?.ToString();
        var current = string.Equals(period?.Text("Current"), "true", StringComparison.OrdinalIgnoreCase);
        return (Date(period?.Child("From")), current ? null : Date(period?.Child("To")), current);
    }
}
