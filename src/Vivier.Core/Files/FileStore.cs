using System.Security.Cryptography;

namespace Vivier.Core.Files;

/// <summary>The upload was larger than the limit its feature sets.</summary>
public sealed class FileTooLargeException(long limit) : Exception($"The file is larger than {limit} bytes.")
{
    public long Limit { get; } = limit;
}

/// <summary>Stores uploads in the database, reading them in chunks and refusing them past a limit.</summary>
public static class FileStore
{
    public static async Task<StoredFile> StoreAsync(this VivierDb db, Stream upload, string fileName, string contentType,
        Guid owner, long maxBytes, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(upload);
        using var buffer = new MemoryStream();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var chunk = new byte[81920];
        int read;
        while ((read = await upload.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new FileTooLargeException(maxBytes);
            }
            buffer.Write(chunk, 0, read);
            sha.AppendData(chunk, 0, read);
        }
        var file = new StoredFile
        {
            OwnerId = owner,
            FileName = Path.GetFileName(fileName) is { Length: > 0 and <= 255 } name ? name : "file",
            ContentType = contentType,
            Length = buffer.Length,
            Sha256 = Convert.ToHexStringLower(sha.GetHashAndReset()),
            CreatedAt = now,
        };
        db.StoredFiles.Add(file);
        db.StoredFileContents.Add(new StoredFileContent { FileId = file.Id, Content = buffer.ToArray() });
        return file;
    }
}
