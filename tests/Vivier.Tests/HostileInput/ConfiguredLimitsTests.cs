using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Vivier.Core.Candidates.Europass;
using Vivier.Core.Deployments.Import;
using Vivier.Core.Inputs;
using Vivier.Testing;
using Vivier.Web.Infrastructure;

namespace Vivier.Tests.HostileInput;

/// <summary>Vivier with every parser's limits set small under Limits:&lt;Parser&gt;:&lt;Limit&gt;, as an operator would.</summary>
public sealed class SmallLimitsApp : VivierApp
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Limits:Pdf:MaxBytes"] = "1048576", ["Limits:Pdf:MaxInflatedBytes"] = "1048576",
        ["Limits:Xml:MaxBytes"] = "1048576", ["Limits:Xml:MaxDepth"] = "8",
        ["Limits:Json:MaxBytes"] = "1048576", ["Limits:Json:MaxDepth"] = "8", ["Limits:Json:MaxBodyBytes"] = "65536",
        ["Limits:Csv:MaxBytes"] = "100000", ["Limits:Csv:MaxRows"] = "5", ["Limits:Csv:MaxColumns"] = "5", ["Limits:Csv:MaxCellCharacters"] = "50",
        ["Limits:Xlsx:MaxBytes"] = "100000", ["Limits:Xlsx:MaxEntries"] = "20", ["Limits:Xlsx:MaxInflatedBytes"] = "200000", ["Limits:Xlsx:MaxRows"] = "5",
        ["Limits:Xlsx:MaxColumns"] = "5", ["Limits:Xlsx:MaxCellCharacters"] = "50",
        ["Limits:Multipart:MaxBytes"] = "2097152", ["Limits:Multipart:MaxParts"] = "4", ["Limits:Multipart:MaxHeaderBytes"] = "2048",
    };
}

/// <summary>
/// Each parser's limits come from configuration and each refuses with its message in the reader's
/// language, naming the limit: the sizes, depths and counts through the requests that meet them,
/// the time budgets on files that take longer than them.
/// </summary>
[Collection(TimingSensitive.Name)]
public sealed class ConfiguredLimitsTests(SmallLimitsApp app) : VivierTest(app), IClassFixture<SmallLimitsApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<(HttpStatusCode Status, string Text)> UploadAsync(HttpClient client, string url, HttpMethod method, HttpContent content)
    {
        using var response = await client.SendAsync(new HttpRequestMessage(method, url) { Content = content }, Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        return (response.StatusCode, body);
    }

    private static string FileMessage(string body) => JsonDocument.Parse(body).RootElement.GetProperty("errors").GetProperty("file")[0].GetString()!;

    private async Task<HttpClient> CandidateAsync() => (await App.CreateCandidateAsync(withCv: false)).Client;

    private static MultipartFormDataContent File(byte[] content, string name) => Vivier.Testing.Candidates.FileField(content, name, "application/octet-stream");

    [Fact]
    public async Task PDF_limits_refuse_with_their_figures()
    {
        using var client = await CandidateAsync();
        var heavy = TestPdf.Build([new string('x', 2_000), .. Enumerable.Repeat(new string('y', 60_000), 25)]);
        var inflating = HostileFiles.PdfOfEmbeddedFiles(2, 800 * 1024);

        var size = await UploadAsync(client, "/api/v1/me/cv", HttpMethod.Put, File(heavy, "cv.pdf"));
        var inflated = await UploadAsync(client, "/api/v1/me/europass", HttpMethod.Post, File(inflating, "cv.pdf"));

        Assert.True(heavy.Length > 1024 * 1024);
        Assert.Equal(HttpStatusCode.BadRequest, size.Status);
        Assert.Contains("dépasse 1 Mo", FileMessage(size.Text), StringComparison.Ordinal);
        Assert.Contains("plus de 1 Mo", FileMessage(inflated.Text), StringComparison.Ordinal);
    }

    [Fact]
    public async Task XML_and_JSON_limits_refuse_with_their_figures()
    {
        using var client = await CandidateAsync();
        var deepJson = Encoding.UTF8.GetBytes("{\"SkillsPassport\": " + new string('[', 10) + new string(']', 10) + "}");

        var deepXml = await UploadAsync(client, "/api/v1/me/europass", HttpMethod.Post, File(HostileFiles.DeepXml(10), "cv.xml"));
        var largeXml = await UploadAsync(client, "/api/v1/me/europass", HttpMethod.Post, File(HostileFiles.WideXml(1_500_000), "cv.xml"));
        var deep = await UploadAsync(client, "/api/v1/me/europass", HttpMethod.Post, File(deepJson, "cv.json"));
        var largeJson = await UploadAsync(client, "/api/v1/me/europass", HttpMethod.Post,
            File(Encoding.UTF8.GetBytes("{\"SkillsPassport\": \"" + new string('x', 1_500_000) + "\"}"), "cv.json"));

        Assert.Contains("plus de 8 niveaux", FileMessage(deepXml.Text), StringComparison.Ordinal);
        Assert.Contains("dépasse 1 Mo", FileMessage(largeXml.Text), StringComparison.Ordinal);
        Assert.Contains("plus de 8 niveaux", FileMessage(deep.Text), StringComparison.Ordinal);
        Assert.Contains("dépasse 1 Mo", FileMessage(largeJson.Text), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_JSON_body_past_its_size_or_depth_is_refused_before_it_is_used()
    {
        using var client = await CandidateAsync();
        var large = new StringContent("{\"pitch\": \"" + new string('x', 70_000) + "\"}", Encoding.UTF8, "application/json");
        var deep = new StringContent("{\"skills\": " + new string('[', 10) + new string(']', 10) + "}", Encoding.UTF8, "application/json");

        var tooLarge = await UploadAsync(client, "/api/v1/me/profile", HttpMethod.Put, large);
        var tooDeep = await UploadAsync(client, "/api/v1/me/profile", HttpMethod.Put, deep);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.Status);
        Assert.Contains("dépasse la taille acceptée", tooLarge.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, tooDeep.Status);
        Assert.Contains("plus de 8 niveaux", tooDeep.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Multipart_limits_refuse_with_their_figures()
    {
        using var client = await CandidateAsync();
        using var tooMany = File(TestPdf.Build(["CV"]), "cv.pdf");
        for (var i = 0; i < 6; i++)
        {
            tooMany.Add(new StringContent("x"), $"field{i}");
        }
        var longHeader = new ByteArrayContent(TestPdf.Build(["CV"]));
        longHeader.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"file\"; filename=\"{new string('x', 3_000)}.pdf\"");
        using var headers = new MultipartFormDataContent { longHeader };

        var size = await UploadAsync(client, "/api/v1/me/cv", HttpMethod.Put, File(new byte[3 * 1024 * 1024], "cv.pdf"));
        var parts = await UploadAsync(client, "/api/v1/me/cv", HttpMethod.Put, tooMany);
        var header = await UploadAsync(client, "/api/v1/me/cv", HttpMethod.Put, headers);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, size.Status);
        Assert.Contains("dépasse la taille acceptée", size.Text, StringComparison.Ordinal);
        Assert.Contains("4 champs au plus, 2 Ko", FileMessage(parts.Text), StringComparison.Ordinal);
        Assert.Contains("4 champs au plus, 2 Ko", FileMessage(header.Text), StringComparison.Ordinal);
    }

    /// <summary>What the import page would say of the file, in French, with the limits the app was configured with.</summary>
    private string SheetRefusal(byte[] content, string name)
    {
        var limits = App.Services.GetRequiredService<SheetLimits>();
        var refused = Assert.Throws<SheetException>(() => SheetReader.Read(content, name, limits));
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
        try
        {
            return App.Services.GetRequiredService<IStringLocalizer<Vivier.Web.SharedResource>>()[refused.MessageKey, [.. refused.Arguments]];
        }
        finally
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void CSV_limits_refuse_with_their_figures()
    {
        static byte[] Csv(int rows, int columns, int cell) => Encoding.UTF8.GetBytes(string.Join('\n',
            Enumerable.Range(0, rows + 1).Select(_ => string.Join(';', Enumerable.Range(0, columns).Select(_ => new string('x', cell))))));

        Assert.Contains("dépasse 0,1 Mo", SheetRefusal(Csv(3, 3, 12_000), "roster.csv"), StringComparison.Ordinal);
        Assert.Contains("dépasse 5 lignes", SheetRefusal(Csv(6, 2, 3), "roster.csv"), StringComparison.Ordinal);
        Assert.Contains("plus de 5 colonnes", SheetRefusal(Csv(2, 6, 3), "roster.csv"), StringComparison.Ordinal);
        Assert.Contains("dépasse 50 caractères", SheetRefusal(Csv(2, 2, 51), "roster.csv"), StringComparison.Ordinal);
    }

    [Fact]
    public void Xlsx_limits_refuse_with_their_figures()
    {
        Assert.Contains("dépasse 0,1 Mo", SheetRefusal(new byte[150_000], "roster.xlsx"), StringComparison.Ordinal);
        Assert.Contains("plus de 20 fichiers", SheetRefusal(HostileFiles.Xlsx(rows: 2, extraEntries: 30), "roster.xlsx"), StringComparison.Ordinal);
        Assert.Contains("plus de 0,2 Mo", SheetRefusal(HostileFiles.Xlsx(rows: 2, paddingBytes: 300_000), "roster.xlsx"), StringComparison.Ordinal);
        Assert.Contains("dépasse 5 lignes", SheetRefusal(HostileFiles.Xlsx(rows: 7), "roster.xlsx"), StringComparison.Ordinal);
        Assert.Contains("plus de 5 colonnes", SheetRefusal(HostileFiles.Xlsx(rows: 2, columns: 6), "roster.xlsx"), StringComparison.Ordinal);
        Assert.Contains("dépasse 50 caractères", SheetRefusal(HostileFiles.Xlsx(rows: 2, cellText: new string('x', 51)), "roster.xlsx"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_time_budget_stops_a_file_that_takes_longer()
    {
        var quick = TimeSpan.FromMilliseconds(1);
        var europass = EuropassLimits.Default;
        var sheets = SheetLimits.Default;
        // Files of a few megabytes, read in tens of milliseconds: well past a budget of one.
        var csv = Encoding.UTF8.GetBytes("Courriel;Nom\n" + string.Concat(Enumerable.Repeat($"{new string('a', 250)};{new string('n', 250)}\n", 9_000)));
        var xlsx = HostileFiles.Xlsx(rows: 9_000, columns: 10);

        Assert.Equal("Europass.Refused.TooSlow", Refused(() => EuropassImport.Read(HostileFiles.WideXml(4_000_000), europass with { Xml = europass.Xml with { MaxTime = quick } })));
        Assert.Equal("Europass.Refused.TooSlow", Refused(() => EuropassImport.Read(HostileFiles.PdfOfEmbeddedFiles(64, 4 * 1024 * 1024),
            europass with { Pdf = europass.Pdf with { MaxTime = quick, MaxInflatedBytes = long.MaxValue } })));
        Assert.Equal("Europass.Refused.TooSlow", Refused(() => EuropassImport.Read(Encoding.UTF8.GetBytes("{\"SkillsPassport\": [" + string.Join(',', Enumerable.Repeat("{\"a\": 1}", 500_000)) + "]}"),
            europass with { Json = europass.Json with { MaxTime = quick } })));
        Assert.Equal("Import.Problem.TooSlow", Assert.Throws<SheetException>(() => SheetReader.Read(csv, "roster.csv", sheets with { Csv = sheets.Csv with { MaxTime = quick } })).MessageKey);
        Assert.Equal("Import.Problem.TooSlow", Assert.Throws<SheetException>(() => SheetReader.Read(xlsx, "roster.xlsx", sheets with { Xlsx = sheets.Xlsx with { MaxTime = quick } })).MessageKey);
        await LinearTime.AssertLinearAsync("JSON import", items =>
        {
            var content = Encoding.UTF8.GetBytes("{\"SkillsPassport\": {\"LearnerInfo\": {\"Identification\": {\"PersonName\": {\"FirstName\": \"Awa\"}}, \"WorkExperience\": ["
                + string.Join(',', Enumerable.Repeat("{\"Position\": {\"Label\": \"Conseil\"}}", items)) + "]}}}");
            return () => EuropassImport.Read(content);
        }, 2_000);

        static string Refused(Action work) => Assert.Throws<EuropassRefusedException>(work).MessageKey;
    }

    [Fact]
    public void Every_limit_is_read_from_its_key_and_a_limit_of_zero_stops_start_up_naming_it()
    {
        foreach (var (type, parser) in new[] { (typeof(PdfLimits), "Pdf"), (typeof(XmlLimits), "Xml"), (typeof(JsonLimits), "Json"), (typeof(CsvLimits), "Csv"),
                     (typeof(XlsxLimits), "Xlsx"), (typeof(MultipartLimits), "Multipart") })
        {
            var read = typeof(InputLimitsSetup).GetMethod(nameof(InputLimitsSetup.Read))!.MakeGenericMethod(type);
            foreach (var property in type.GetProperties())
            {
                var value = property.PropertyType == typeof(TimeSpan) ? "00:00:07" : "7";
                var configured = read.Invoke(null, [Configuration(($"Limits:{parser}:{property.Name}", value)), parser]);
                var zero = Assert.Throws<TargetInvocationException>(() => read.Invoke(null, [Configuration(($"Limits:{parser}:{property.Name}", "0")), parser]));

                Assert.Equal(property.PropertyType == typeof(TimeSpan) ? TimeSpan.FromSeconds(7) : Convert.ChangeType(7, property.PropertyType, CultureInfo.InvariantCulture),
                    property.GetValue(configured));
                Assert.Contains($"Limits:{parser}:{property.Name}", Assert.IsType<StartupProblem>(zero.InnerException).Message, StringComparison.Ordinal);
            }
        }

        static IConfiguration Configuration((string Key, string Value) setting) =>
            new ConfigurationBuilder().AddInMemoryCollection([new KeyValuePair<string, string?>(setting.Key, setting.Value)]).Build();
    }
}
