using Microsoft.AspNetCore.Http.HttpResults;
using Vivier.Core.Candidates;
using Vivier.Core.Candidates.Europass;

namespace Vivier.Web.Features.Profile;

/// <summary>
/// A candidate's own profile, CV and Europass import (only ever their own: the person comes from
/// the sign-in, never from the URL), and staff's read of any candidate's, audited.
/// </summary>
public static class ProfileApi
{
    public static RouteGroupBuilder MapProfileApi(this RouteGroupBuilder api)
    {
        var me = api.MapGroup("/me").WithTags("Profile").RequireAuthorization(policy => policy.RequireRole(Roles.Expert));
        me.MapGet("/profile", Get).WithSummary("The signed-in candidate's profile.");
        me.MapPut("/profile", Put).WithSummary("Replaces the signed-in candidate's profile; Version: the one it was read at.");
        me.MapPut("/cv", PutCv).DisableAntiforgery().Upload().WithSummary("Uploads the CV (multipart field 'file'): a PDF of at most 5 MB.");
        me.MapGet("/cv", GetCv).WithSummary("Downloads the signed-in candidate's CV.");
        me.MapGet("/cv/views", CvViews).WithSummary("When staff opened the candidate's CV, and who.");
        me.MapPost("/europass", Europass).DisableAntiforgery().Upload()
            .WithSummary("Reads a Europass CV (multipart field 'file': PDF, Candidate XML, legacy v3 XML or JSON) into a proposed profile; saves nothing.");
        var staff = api.MapGroup("/staff/candidates").WithTags("Candidates (staff)")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Recruiter, Roles.ProgrammeManager, Roles.Admin));
        staff.MapGet("/{personId:guid}/profile", StaffGet).WithSummary("A candidate's profile (without the self-declared gender); audited.");
        staff.MapGet("/{personId:guid}/cv", StaffGetCv).WithSummary("A candidate's CV; every opening is in the audit log.");
        return api;
    }


    public static async Task<Ok<ProfileDocument>> Get(ClaimsPrincipal user, CandidateProfiles profiles, CancellationToken cancellationToken) =>
        TypedResults.Ok((await profiles.ReadAsync(user.PersonId(), withGender: true, cancellationToken))!);

    public static async Task<Results<Ok<ProfileDocument>, ProblemHttpResult>> Put(ProfileDocument document, ClaimsPrincipal user,
        CandidateProfiles profiles, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var (saved, refusals) = await profiles.SaveAsync(user.PersonId(), document, cancellationToken);
        return saved is null ? refusals.ToProblem(l) : TypedResults.Ok(saved);
    }

    /// <summary>
    /// The multipart field "file" is read by hand (<see cref="Uploads"/>): binding an IFormFile
    /// parameter would make routing match on the content type, so a wrong one would answer 404
    /// before anyone is authenticated.
    /// </summary>
    public static async Task<Results<Ok<CvSummary>, ValidationProblem>> PutCv(HttpRequest request, ClaimsPrincipal user, CandidateProfiles profiles,
        PdfLimits limits, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var upload = await Uploads.ReadFileAsync(request, "file", cancellationToken);
        if (upload.File is not { } file)
        {
            return FileProblem(l[upload.Problem ?? "Cv.Problem.Missing", [.. upload.Arguments]]);
        }
        await using var stream = file.OpenReadStream();
        var (cv, problem) = await profiles.StoreCvAsync(user.PersonId(), stream, file.FileName, cancellationToken);
        // Every CV message may name the size limit; those that do not ignore it.
        return cv is null ? FileProblem(l[problem!, InputLimits.Megabytes(limits.MaxBytes)]) : TypedResults.Ok(cv);
    }

    private static ValidationProblem FileProblem(string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [message] });

    public static async Task<Results<FileContentHttpResult, NotFound>> GetCv(ClaimsPrincipal user, CandidateProfiles profiles, Vivier.Core.VivierDb db,
        CancellationToken cancellationToken)
    {
        var file = await profiles.CvFileAsync(user.PersonId(), cancellationToken);
        if (file is null)
        {
            return TypedResults.NotFound();
        }
        var content = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.StoredFileContents.Where(c => c.FileId == file.Id).Select(c => c.Content), cancellationToken);
        return TypedResults.File(content, file.ContentType, file.FileName);
    }

    public static async Task<Ok<List<CvView>>> CvViews(ClaimsPrincipal user, CandidateProfiles profiles, CancellationToken cancellationToken) =>
        TypedResults.Ok(await profiles.CvViewsAsync(user.PersonId(), cancellationToken));

    public static async Task<Results<Ok<EuropassProposal>, ValidationProblem>> Europass(HttpRequest request, ClaimsPrincipal user, CandidateProfiles profiles,
        IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var upload = await Uploads.ReadFileAsync(request, "file", cancellationToken);
        if (upload.File is not { } file)
        {
            return FileProblem(l[upload.Problem ?? "Europass.Refused.Missing", [.. upload.Arguments]]);
        }
        try
        {
            return TypedResults.Ok(await profiles.ProposeAsync(user.PersonId(), file, note => ProfileMessages.Note(note, l), cancellationToken));
        }
        catch (EuropassRefusedException refused)
        {
            return FileProblem(l[refused.MessageKey, [.. refused.Arguments]]);
        }
    }

    public static async Task<Results<Ok<StaffProfileDocument>, NotFound>> StaffGet(Guid personId, CandidateProfiles profiles, AuditTrail audit,
        CancellationToken cancellationToken)
    {
        var profile = await profiles.ReadAsync(personId, withGender: false, cancellationToken);
        if (profile is null)
        {
            return TypedResults.NotFound();
        }
        await audit.RecordNowAsync(AuditActions.ProfileRead, personId: personId);
        return TypedResults.Ok(new StaffProfileDocument(personId, profile));
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> StaffGetCv(Guid personId, CandidateProfiles profiles, CancellationToken cancellationToken) =>
        await profiles.OpenCvForStaffAsync(personId, cancellationToken) is { } cv
            ? TypedResults.File(cv.Content, cv.File.ContentType, cv.File.FileName)
            : TypedResults.NotFound();
}

/// <summary>Import notes in the reader's language.</summary>
public static class ProfileMessages
{
    public static string Note(ImportNote note, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(note);
        return l[note.MessageKey, note.Value].Value;
    }
}
