using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vivier.Core.Audit;
using Vivier.Core.Files;
using Vivier.Core.Identity;
using Vivier.Testing;

namespace Vivier.Tests.SharedServices;

public sealed class FileStoreTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<StoredFile> StoreAsync(Guid owner, string text)
    {
        await using var db = App.NewDb();
        var file = await db.StoreAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), "../../cv.pdf", "application/pdf", owner, 1024,
            App.Clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        return file;
    }

    [Fact]
    public async Task The_owner_and_staff_download_a_file_and_everyone_else_is_told_it_does_not_exist()
    {
        var owner = await App.CreatePersonAsync(Roles.Expert);
        var file = await StoreAsync(owner.Id, "%PDF-1.7 owner's CV");
        var path = $"/api/v1/files/{file.Id}";

        using var ownerClient = await App.SignInAsync(owner);
        using var download = await ownerClient.GetAsync(path, Cancel);
        using var recruiter = await App.SignInAsAsync(Roles.Recruiter);
        using var staffDownload = await recruiter.GetAsync(path, Cancel);
        using var stranger = await App.SignInAsAsync(Roles.Expert);
        using var strangerDownload = await stranger.GetAsync(path, Cancel);
        using var partner = await App.SignInAsAsync(Roles.Partner);
        using var partnerDownload = await partner.GetAsync(path, Cancel);
        using var anonymous = await App.NewClient().GetAsync(path, Cancel);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("%PDF-1.7 owner's CV", await download.Content.ReadAsStringAsync(Cancel));
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("cv.pdf", download.Content.Headers.ContentDisposition.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(HttpStatusCode.OK, staffDownload.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, strangerDownload.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, partnerDownload.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        await using var db = App.NewDb();
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.FileRead && e.Subject == file.Id.ToString(), Cancel));
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_and_nothing_is_stored()
    {
        var owner = await App.CreatePersonAsync(Roles.Expert);
        await using var db = App.NewDb();

        await Assert.ThrowsAsync<FileTooLargeException>(() => db.StoreAsync(new MemoryStream(new byte[2048]), "big.pdf", "application/pdf",
            owner.Id, 1024, App.Clock.GetUtcNow().UtcDateTime));

        Assert.False(await db.StoredFiles.AnyAsync(f => f.OwnerId == owner.Id, Cancel));
    }

    [Fact]
    public async Task Stored_files_keep_their_size_and_checksum()
    {
        var file = await StoreAsync(Guid.NewGuid(), "abc");

        Assert.Equal(3, file.Length);
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", file.Sha256);
        Assert.Equal("cv.pdf", file.FileName);
    }
}
