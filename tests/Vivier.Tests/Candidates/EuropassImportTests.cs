using System.Text;
using Vivier.Core.Candidates;
using Vivier.Core.Candidates.Europass;
using Vivier.Core.Missions;
using Vivier.Testing;

namespace Vivier.Tests.Candidates;

/// <summary>Every sample Europass file, field by field, bare and inside a PDF; and every refused form.</summary>
public sealed class EuropassImportTests
{
    private static byte[] Sample(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", "europass", name));

    private static ImportedProfile Read(string sample, bool inPdf) =>
        EuropassImport.Read(inPdf ? TestPdf.Build(["Europass CV"], ("attachment.xml", Sample(sample))) : Sample(sample));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_Commissions_candidate_sample_is_read_field_by_field(bool inPdf)
    {
        var cv = Read("candidate-sample-commission.xml", inPdf);

        Assert.Equal(inPdf ? "europass-candidate+pdf" : "europass-candidate", cv.Format);
        Assert.Equal(("John", "Smith"), (cv.GivenName, cv.FamilyName));
        Assert.Equal("+34 93 554446776", cv.Phone);
        Assert.Null(cv.Email);
        Assert.Equal("BE", cv.ResidenceCountryCode);
        Assert.Equal(["FR", "CA"], cv.Nationalities);
        Assert.Equal(SelfDeclaredGender.Man, cv.Gender);
        var french = Assert.Single(cv.Languages);
        Assert.Equal("fr", french.Code);
        Assert.True(french.MotherTongue);
        Assert.Empty(cv.Employment);
        var school = Assert.Single(cv.Education);
        Assert.Equal("test", school.Title);
        Assert.Equal("UFR Amiens", school.Organisation);
        Assert.Equal(5, school.EqfLevel);
        // Partial dates stay partial.
        Assert.Equal(("2005-09", "2010-07"), (school.From, school.To));
    }

    [Theory]
    [InlineData("legacy-v3.0-cv.xml", false)]
    [InlineData("legacy-v3.4-cv.xml", false)]
    [InlineData("legacy-v3.4-cv.xml", true)]
    public void The_legacy_xml_samples_are_read_field_by_field(string sample, bool inPdf)
    {
        var cv = Read(sample, inPdf);

        Assert.Equal(inPdf ? "europass-v3-xml+pdf" : "europass-v3-xml", cv.Format);
        Assert.Equal(("Chuck", "NORRIS"), (cv.GivenName, cv.FamilyName));
        Assert.Equal("chuck@chucknorrisfacts.com", cv.Email);
        Assert.Equal("+44 123456789", cv.Phone);
        // Europass wrote UK; ISO 3166 says GB.
        Assert.Equal("GB", cv.ResidenceCountryCode);
        Assert.Equal(["US", "AU"], cv.Nationalities);
        Assert.Contains(cv.Notes, n => n.MessageKey == "Europass.Note.Nationality" && n.Value == "Citizen of the world");
        Assert.Equal(SelfDeclaredGender.Man, cv.Gender);
        Assert.Equal(["en", "ja"], cv.Languages.Select(l => l.Code));
        Assert.True(cv.Languages[0].MotherTongue);
        var japanese = cv.Languages[1];
        Assert.False(japanese.MotherTongue);
        Assert.Equal([CefrLevel.C1, CefrLevel.C1, CefrLevel.C1, CefrLevel.C1, CefrLevel.C1],
            [japanese.Listening!.Value, japanese.Reading!.Value, japanese.SpokenInteraction!.Value, japanese.SpokenProduction!.Value, japanese.Writing!.Value]);
        // Elvish has no code and Ancient Greek only an ISO 639-2 one outside 639-1: both are noted, not guessed.
        Assert.Contains(cv.Notes, n => n.MessageKey == "Europass.Note.Language" && n.Value == "Elvish");
        Assert.Contains(cv.Notes, n => n.MessageKey == "Europass.Note.Language" && n.Value == "Ancient Greek");
        var job = Assert.Single(cv.Employment);
        Assert.Equal("Martial Arts Instructor", job.Position);
        Assert.Equal("School of Ninjutsu", job.Employer);
        Assert.Equal("JP", job.CountryCode);
        Assert.Equal("2001", job.From);
        Assert.True(job.Current);
        Assert.Null(job.To);
        Assert.StartsWith("Main activities and responsibilities:\nPreparing class plans in advance.", job.Description, StringComparison.Ordinal);
        var school = Assert.Single(cv.Education);
        Assert.Equal("Martial Arts", school.Title);
        Assert.Equal("The University of Plymouth. Department of Martial Arts", school.Organisation);
        Assert.Equal(6, school.EqfLevel);
        Assert.Equal("US", school.CountryCode);
        Assert.Equal("1995", school.From);
    }

    [Fact]
    public void The_legacy_json_sample_is_read_field_by_field()
    {
        var cv = Read("legacy-v3.4-cv.json", inPdf: false);

        Assert.Equal("europass-v3-json", cv.Format);
        Assert.Equal(("Betty", "Smith"), (cv.GivenName, cv.FamilyName));
        Assert.Equal("hobbies@kotmail.com", cv.Email);
        Assert.Equal("+44 2012345679", cv.Phone);
        Assert.Equal("GB", cv.ResidenceCountryCode);
        Assert.Equal(["GB"], cv.Nationalities);
        Assert.Equal(SelfDeclaredGender.Woman, cv.Gender);
        Assert.Equal(["en", "zh", "fr", "de"], cv.Languages.Select(l => l.Code));
        Assert.True(cv.Languages[0].MotherTongue && cv.Languages[1].MotherTongue);
        var french = cv.Languages[2];
        Assert.Equal([CefrLevel.C1, CefrLevel.C2, CefrLevel.B2, CefrLevel.C1, CefrLevel.C2],
            [french.Listening!.Value, french.Reading!.Value, french.SpokenInteraction!.Value, french.SpokenProduction!.Value, french.Writing!.Value]);
        Assert.Equal(CefrLevel.A2, cv.Languages[3].Writing);
        Assert.Equal("2002-08", cv.Employment[0].From);
        Assert.True(cv.Employment[0].Current);
        var phd = cv.Education[0];
        Assert.StartsWith("PhD - Thesis Title", phd.Title, StringComparison.Ordinal);
        Assert.Equal("Brunel University", phd.Organisation);
        Assert.Equal(7, phd.EqfLevel);
        Assert.Equal(("1997", "2001"), (phd.From, phd.To));
        Assert.Equal("GB", phd.CountryCode);
    }

    [Fact]
    public void Todays_format_with_work_experience_and_language_levels_in_iso_639_2_is_read()
    {
        var xml = """
            <Candidate xmlns="http://www.europass.eu/1.0" xmlns:hr="http://www.hr-xml.org/3" xmlns:oa="http://www.openapplications.org/oagis/9" xmlns:eures="http://www.europass_eures.eu/1.0">
              <CandidatePerson>
                <PersonName><oa:GivenName>Awa</oa:GivenName><hr:FamilyName>Diallo</hr:FamilyName></PersonName>
                <Communication><ChannelCode>Email</ChannelCode><oa:URI>awa@example.org</oa:URI></Communication>
                <NationalityCode>sn</NationalityCode>
                <GenderCode>female</GenderCode>
                <PrimaryLanguageCode name="NORMAL">wol</PrimaryLanguageCode>
              </CandidatePerson>
              <CandidateProfile languageCode="fr">
                <EmploymentHistory><EmployerHistory>
                  <hr:OrganizationName>Ministère des Finances</hr:OrganizationName>
                  <OrganizationContact><Communication><Address><oa:CityName>Dakar</oa:CityName><CountryCode>sn</CountryCode></Address></Communication></OrganizationContact>
                  <PositionHistory>
                    <PositionTitle typeCode="FREETEXT">Conseillère budgétaire</PositionTitle>
                    <eures:EmploymentPeriod><eures:StartDate><hr:FormattedDateTime>2018-03</hr:FormattedDateTime></eures:StartDate><hr:CurrentIndicator>true</hr:CurrentIndicator></eures:EmploymentPeriod>
                    <oa:Description>&lt;p&gt;Préparation de la &lt;strong&gt;loi de finances&lt;/strong&gt;.&lt;/p&gt;</oa:Description>
                  </PositionHistory>
                </EmployerHistory></EmploymentHistory>
                <PersonQualifications><PersonCompetency>
                  <CompetencyID schemeName="NORMAL">fre</CompetencyID><hr:TaxonomyID>language</hr:TaxonomyID>
                  <eures:CompetencyDimension><hr:CompetencyDimensionTypeCode>CEF-Understanding-Listening</hr:CompetencyDimensionTypeCode><eures:Score><hr:ScoreText>C2</hr:ScoreText></eures:Score></eures:CompetencyDimension>
                  <eures:CompetencyDimension><hr:CompetencyDimensionTypeCode>CEF-Writing-Production</hr:CompetencyDimensionTypeCode><eures:Score><hr:ScoreText>C1</hr:ScoreText></eures:Score></eures:CompetencyDimension>
                  <eures:CompetencyDimension><hr:CompetencyDimensionTypeCode>CEF-Writing-Interaction</hr:CompetencyDimensionTypeCode><eures:Score><hr:ScoreText>B2</hr:ScoreText></eures:Score></eures:CompetencyDimension>
                </PersonCompetency></PersonQualifications>
              </CandidateProfile>
            </Candidate>
            """;

        var cv = EuropassImport.Read(Encoding.UTF8.GetBytes(xml));

        Assert.Equal("awa@example.org", cv.Email);
        Assert.Equal(["SN"], cv.Nationalities);
        Assert.Equal(SelfDeclaredGender.Woman, cv.Gender);
        Assert.Equal(["wo", "fr"], cv.Languages.Select(l => l.Code));
        Assert.True(cv.Languages[0].MotherTongue);
        Assert.Equal(CefrLevel.C2, cv.Languages[1].Listening);
        Assert.Equal(CefrLevel.B2, cv.Languages[1].Writing);
        Assert.Null(cv.Languages[1].Reading);
        var job = Assert.Single(cv.Employment);
        Assert.Equal(("Conseillère budgétaire", "Ministère des Finances", "Dakar", "SN"), (job.Position, job.Employer, job.City, job.CountryCode));
        Assert.Equal("2018-03", job.From);
        Assert.True(job.Current);
        Assert.Equal("Préparation de la\nloi de finances\n.", job.Description);
    }

    [Fact]
    public void A_legacy_bundle_is_read_for_its_cv_and_its_cover_letter_and_passport_are_ignored()
    {
        var xml = """
            <SkillsPassport xmlns="http://europass.cedefop.europa.eu/Europass" locale="fr">
              <DocumentInfo><DocumentType>ECV_ESP_ELP_ECL</DocumentType><XSDVersion>V3.3</XSDVersion></DocumentInfo>
              <LearnerInfo>
                <Identification><PersonName><FirstName>Jeanne</FirstName><Surname>Roux</Surname></PersonName></Identification>
                <Skills><Linguistic><ForeignLanguageList><ForeignLanguage>
                  <Description><Code>de</Code></Description>
                  <ProficiencyLevel><Listening>B2</Listening><Reading>B2</Reading><SpokenInteraction>B1</SpokenInteraction><SpokenProduction>B1</SpokenProduction><Writing>A2</Writing></ProficiencyLevel>
                </ForeignLanguage></ForeignLanguageList></Linguistic></Skills>
              </LearnerInfo>
              <CoverLetter><Letter><Body><MainBody>Madame, Monsieur, ...</MainBody></Body></Letter></CoverLetter>
            </SkillsPassport>
            """;

        var cv = EuropassImport.Read(Encoding.UTF8.GetBytes(xml));

        Assert.Equal(("Jeanne", "Roux"), (cv.GivenName, cv.FamilyName));
        var german = Assert.Single(cv.Languages);
        Assert.Equal((CefrLevel.B2, CefrLevel.A2), (german.Listening!.Value, german.Writing!.Value));
        Assert.Empty(cv.Employment);
        Assert.Empty(cv.Notes);
    }

    public static TheoryData<string, byte[]> Refused => new()
    {
        { "Europass.Refused.Empty", [] },
        { "Europass.Refused.Malformed", Encoding.UTF8.GetBytes("<Candidate xmlns=\"http://www.europass.eu/1.0\"><CandidatePerson>") },
        { "Europass.Refused.Dtd", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]><SkillsPassport xmlns=\"http://europass.cedefop.europa.eu/Europass\"><LearnerInfo>&lol2;</LearnerInfo></SkillsPassport>") },
        { "Europass.Refused.Dtd", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><Candidate xmlns=\"http://www.europass.eu/1.0\">&xxe;</Candidate>") },
        { "Europass.Refused.NotEuropass", Encoding.UTF8.GetBytes("<html><body>CV</body></html>") },
        { "Europass.Refused.NotEuropass", Encoding.UTF8.GetBytes("{\"name\": \"not a Europass file\"}") },
        { "Europass.Refused.Malformed", Encoding.UTF8.GetBytes("{\"SkillsPassport\": {") },
        { "Europass.Refused.UnknownFormat", Encoding.UTF8.GetBytes("Jean Dupont, expert en finances publiques") },
        { "Europass.Refused.UnknownFormat", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00] },
        { "Europass.Refused.PdfWithoutCv", TestPdf.Build(["Un CV sans pièce jointe"]) },
        { "Europass.Refused.PdfWithoutCv", TestPdf.Build(["Une autre pièce jointe"], ("notes.xml", Encoding.UTF8.GetBytes("<notes/>"))) },
        { "Europass.Refused.NoCv", Encoding.UTF8.GetBytes("<SkillsPassport xmlns=\"http://europass.cedefop.europa.eu/Europass\"><DocumentInfo/></SkillsPassport>") },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Anything_else_is_refused_with_its_reason(string reason, byte[] content)
    {
        var refused = Assert.Throws<EuropassRefusedException>(() => EuropassImport.Read(content));

        Assert.Equal(reason, refused.MessageKey);
    }
}
