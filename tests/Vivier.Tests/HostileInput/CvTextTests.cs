using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vivier.Core.Candidates;
using Vivier.Core.Files.Pdf;
using Vivier.Testing;
using Vivier.Web.Features.Profile;

namespace Vivier.Tests.HostileInput;

/// <summary>The CV text job with a one-second budget per file, as an operator might set it.</summary>
public sealed class CvTextBudgetApp : VivierApp
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Candidates:CvTextMaxTime"] = "00:00:01" };
}

/// <summary>
/// The background reading of CVs: a crafted PDF that kept the old scanner busy for seconds is read
/// in one pass, and a file past its time budget stops where it is, with nothing left running.
/// </summary>
[Collection(TimingSensitive.Name)]
public sealed class CvTextTests(CvTextBudgetApp app) : VivierTest(app), IClassFixture<CvTextBudgetApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Sixty-four streams of 64 MB of zeros: four gigabytes to inflate, seconds of work, in a file of a few megabytes.</summary>
    private static readonly byte[] Gigabytes = HostileFiles.PdfOfEmbeddedFiles(64, 64 * 1024 * 1024);

    /// <summary>The code paths run once, so that the time measured is the work's, not the compiler's.</summary>
    private static async Task WarmUpAsync() => await PdfText.ExtractAsync(TestPdf.Build(["CV"]), new PdfTextLimits(), Cancel);

    [Fact]
    public async Task A_PDF_of_stream_keywords_is_read_well_within_its_budget()
    {
        var (person, client) = await App.CreateCandidateAsync(withCv: false);
        using var form = Vivier.Testing.Candidates.FileField(HostileFiles.PdfOfStreamKeywords(340_000), "cv.pdf");
        (await client.PutAsync(new Uri("/api/v1/me/cv", UriKind.Relative), form, Cancel)).EnsureSuccessStatusCode();

        var clock = Stopwatch.StartNew();
        await App.Services.GetRequiredService<CvTextExtraction>().RunAsync(Cancel);
        var took = clock.Elapsed;

        await using var db = App.NewDb();
        var profile = await db.CandidateProfiles.SingleAsync(p => p.PersonId == person.Id, Cancel);
        Assert.Equal(CvTextStatus.Failed, profile.CvTextStatus);
        Assert.Equal("Cv.Problem.Damaged", profile.CvTextProblem);
        Assert.True(took < TimeSpan.FromSeconds(1), $"The job took {took}.");
    }

    [Fact]
    public async Task A_file_past_its_time_budget_stops_there_and_leaves_nothing_running()
    {
        var limits = new PdfTextLimits(MaxInflatedBytes: long.MaxValue, MaxTime: TimeSpan.FromMilliseconds(50));
        await WarmUpAsync();

        var clock = Stopwatch.StartNew();
        var result = await PdfText.ExtractAsync(Gigabytes, limits, Cancel);
        var took = clock.Elapsed;
        var stillRunning = PdfText.Running;
        for (var i = 0; i < 30 && stillRunning > 0; i++)
        {
            // Other tests may be reading small CVs at this moment: theirs take milliseconds.
            await Task.Delay(10, Cancel);
            stillRunning = PdfText.Running;
        }

        Assert.Equal("Cv.Problem.TooSlow", result.Problem);
        Assert.True(took < TimeSpan.FromSeconds(1), $"Stopping took {took}.");
        Assert.Equal(0, stillRunning);
    }

    [Fact]
    public async Task Reading_stops_when_the_job_is_cancelled()
    {
        await WarmUpAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        var clock = Stopwatch.StartNew();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => PdfText.ExtractAsync(Gigabytes, new PdfTextLimits(MaxInflatedBytes: long.MaxValue), cancel.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"Stopping took {clock.Elapsed}.");
    }
}
