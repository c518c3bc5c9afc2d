using Vivier.Core.Candidates;
using Vivier.Core.Files.Pdf;

namespace Vivier.Web.Features.Profile;

/// <summary>
/// Extracts the text of uploaded CVs in the background, every Candidates:CvTextInterval (default
/// 10 seconds), once across a cluster. Each file has limits of its own (pages, inflated bytes,
/// time; Candidates:CvText*): a PDF past one fails alone, with its reason, and the rest go on.
/// </summary>
public sealed class CvTextExtraction(JobServices jobs) : LeasedJob(Schedule, jobs)
{
    public static readonly JobSchedule Schedule = new("cv-text", TimeSpan.FromMinutes(5), "Candidates:CvTextInterval", TimeSpan.FromSeconds(10));
    private const int Batch = 10;

    private PdfTextLimits Limits => new(
        Configuration.GetValue("Candidates:CvTextMaxPages", 30),
        Configuration.GetValue("Candidates:CvTextMaxInflatedBytes", 64L * 1024 * 1024),
        Configuration.GetValue("Candidates:CvTextMaxTime", TimeSpan.FromSeconds(10)));

    protected override async Task<int> WorkAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<VivierDb>();
        var pending = await db.CandidateProfiles.Where(p => p.CvTextStatus == CvTextStatus.Pending && p.CvFileId != null)
            .OrderBy(p => p.UpdatedAt).Take(Batch).ToListAsync(cancellationToken);
        foreach (var profile in pending)
        {
            var fileId = profile.CvFileId!.Value;
            var content = await db.StoredFileContents.Where(c => c.FileId == fileId).Select(c => c.Content).SingleAsync(cancellationToken);
            var result = await PdfText.ExtractAsync(content, Limits, cancellationToken);
            // The CV may have been replaced meanwhile: only the file that was read gets its text.
            var saved = await db.CandidateProfiles
                .Where(p => p.PersonId == profile.PersonId && p.CvFileId == fileId && p.CvTextStatus == CvTextStatus.Pending)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(p => p.CvText, result.Text)
                    .SetProperty(p => p.CvTextProblem, result.Problem)
                    .SetProperty(p => p.CvTextStatus, result.Problem is null ? CvTextStatus.Extracted : CvTextStatus.Failed), cancellationToken);
            if (result.Problem is not null && saved > 0)
            {
                Logger.LogWarning("The text of CV {File} was not extracted: {Problem}", fileId, result.Problem);
            }
        }
        return pending.Count;
    }
}
