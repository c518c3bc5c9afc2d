using Microsoft.AspNetCore.Http.HttpResults;

namespace Vivier.Web.Features.Files;

/// <summary>Stored files are only ever served here: to their owner and to staff, as downloads.</summary>
public static class FilesApi
{
    public static RouteGroupBuilder MapFilesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/files/{id:guid}", Download).WithTags("Files").RequireAuthorization()
            .WithSummary("Downloads a stored file; only its owner and staff may.");
        return api;
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> Download(Guid id, ClaimsPrincipal user, VivierDb db, AuditTrail audit,
        CancellationToken cancellationToken)
    {
        var file = await db.StoredFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        var isStaff = user.IsInRole(Roles.Recruiter) || user.IsInRole(Roles.ProgrammeManager) || user.IsInRole(Roles.Admin);
        // Someone else's file answers as if it did not exist: its id reveals nothing.
        if (file is null || (file.OwnerId.ToString() != user.FindFirstValue(ClaimTypes.NameIdentifier) && !isStaff))
        {
            return TypedResults.NotFound();
        }
        var content = await db.StoredFileContents.Where(c => c.FileId == id).Select(c => c.Content).SingleAsync(cancellationToken);
        await audit.RecordNowAsync(AuditActions.FileRead, file.Id.ToString(), file.FileName, personId: file.OwnerId);
        return TypedResults.File(content, file.ContentType, file.FileName);
    }
}
