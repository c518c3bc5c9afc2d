using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Vivier.Core.Candidates.Europass;
using Vivier.Testing;

namespace Vivier.Tests.HostileInput;

/// <summary>
/// Europass files built to make the import work hard: nesting three hundred thousand levels deep,
/// PDFs of "stream" keywords that sent the scanner back to the start for each, attachments that
/// inflate to hundreds of megabytes. Each is refused with its message, fast, and in linear time.
/// </summary>
[Collection(TimingSensitive.Name)]
public sealed class EuropassFilesTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The import, on a thread of its own, given at most <paramref name="seconds"/>: a hang fails the test instead of stalling the run.</summary>
    private static async Task<(string? Refusal, TimeSpan Took)> ReadAsync(byte[] content, int seconds = 10)
    {
        var clock = Stopwatch.StartNew();
        var work = Task.Run(() =>
        {
            try
            {
                EuropassImport.Read(content);
                return null;
            }
            catch (EuropassRefusedException refused)
            {
                return refused.MessageKey;
            }
        }, Cancel);
        var refusal = await work.WaitAsync(TimeSpan.FromSeconds(seconds), Cancel);
        return (refusal, clock.Elapsed);
    }

    private static async Task<(HttpStatusCode Status, string Message, TimeSpan Took)> PostAsync(HttpClient client, byte[] content, string name, string type)
    {
        using var form = Vivier.Testing.Candidates.FileField(content, name, type);
        var clock = Stopwatch.StartNew();
        using var response = await client.PostAsync(new Uri("/api/v1/me/europass", UriKind.Relative), form, Cancel);
        var took = clock.Elapsed;
        var body = await response.Content.ReadAsStringAsync(Cancel);
        var message = response.StatusCode == HttpStatusCode.BadRequest
            ? JsonDocument.Parse(body).RootElement.GetProperty("errors").GetProperty("file")[0].GetString()!
            : body;
        return (response.StatusCode, message, took);
    }

    [Fact]
    public async Task XML_nested_past_64_levels_is_refused_while_reading_with_its_message()
    {
        var (refusal, took) = await ReadAsync(HostileFiles.DeepXml(300_000));
        var (_, client) = await App.CreateCandidateAsync(withCv: false);
        var (status, message, requestTook) = await PostAsync(client, HostileFiles.DeepXml(300_000), "cv.xml", "application/xml");

        Assert.Equal("Europass.Refused.TooDeep", refusal);
        Assert.True(took < TimeSpan.FromSeconds(2), $"Refusing took {took}.");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("64 niveaux", message, StringComparison.Ordinal);
        Assert.True(requestTook < TimeSpan.FromSeconds(5), $"The request took {requestTook}.");
    }

    [Fact]
    public async Task XML_takes_linear_time_deep_or_wide()
    {
        await LinearTime.AssertLinearAsync("deep XML", depth =>
        {
            var content = HostileFiles.DeepXml(depth);
            return () => Assert.Throws<EuropassRefusedException>(() => EuropassImport.Read(content));
        }, 30_000);
        await LinearTime.AssertLinearAsync("wide XML", bytes =>
        {
            var content = HostileFiles.WideXml(bytes);
            return () => EuropassImport.Read(content);
        }, 400_000);
    }

    [Fact]
    public async Task A_PDF_of_stream_keywords_is_scanned_in_one_pass()
    {
        var (refusal, took) = await ReadAsync(HostileFiles.PdfOfStreamKeywords(340_000));
        var (_, client) = await App.CreateCandidateAsync(withCv: false);
        var (status, _, requestTook) = await PostAsync(client, HostileFiles.PdfOfStreamKeywords(340_000), "cv.pdf", "application/pdf");

        Assert.Equal("Europass.Refused.PdfWithoutCv", refusal);
        Assert.True(took < TimeSpan.FromSeconds(1), $"Scanning took {took}.");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(requestTook < TimeSpan.FromSeconds(3), $"The request took {requestTook}.");
        await LinearTime.AssertLinearAsync("PDF of stream keywords", bytes =>
        {
            var content = HostileFiles.PdfOfStreamKeywords(bytes);
            return () => Assert.Throws<EuropassRefusedException>(() => EuropassImport.Read(content));
        }, 400_000);
        await LinearTime.AssertLinearAsync("PDF of indirect lengths", bytes =>
        {
            var content = HostileFiles.PdfOfIndirectLengths(bytes);
            return () => Assert.Throws<EuropassRefusedException>(() => EuropassImport.Read(content));
        }, 400_000);
    }

    [Fact]
    public async Task Embedded_files_share_one_inflate_budget_and_are_not_all_kept_in_memory()
    {
        // 60 attachments of 5 MB minus one byte each: every one passed a budget reset per file.
        var pdf = HostileFiles.PdfOfEmbeddedFiles(60, 5 * 1024 * 1024 - 1);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var refused = Assert.Throws<EuropassRefusedException>(() => EuropassImport.Read(pdf));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var (_, client) = await App.CreateCandidateAsync(withCv: false);
        var (status, message, _) = await PostAsync(client, pdf, "cv.pdf", "application/pdf");

        Assert.True(pdf.Length < 400_000, $"The upload weighs {pdf.Length} bytes.");
        Assert.Equal("Europass.Refused.Inflated", refused.MessageKey);
        Assert.True(allocated < 64L * 1024 * 1024, $"Reading it allocated {allocated / 1024 / 1024} MB.");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("16 Mo", message, StringComparison.Ordinal);
    }
}
