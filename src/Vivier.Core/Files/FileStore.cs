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
    /// <summary>Reads an upload in chunks, throwing <see cref="FileTooLargeException"/> as soon as it passes the limit.</summary>
    public static async Task<byte[]> ReadAtMostAsync(Stream upload, long maxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(upload);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await upload.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new FileTooLargeException(maxBytes);
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    public static async Task<StoredFile> StoreAsync(this VivierDb db, Stream upload, string fileName, string contentType,
        Guid owner, long maxBytes, DateTime now, CancellationToken cancellationToken = default) =>
        db.Store(await ReadAtMostAsync(upload, maxBytes, cancellationToken), fileName, contentType, owner, now);

    /// <summary>Adds a file already read (and checked) to the store; saved with the caller's changes.</summary>
    public static StoredFile Store(this VivierDb db, byte[] content, string fileName, string contentType, Guid owner, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(content);
        var file = new StoredFile
        {
            OwnerId = owner,
            FileName = TextInput.WithoutControlCharacters(Path.GetFileName(fileName)) is { Length: > 0 and <= 255 } name ? name : "file",
            ContentType = contentType,
            Length = content.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            CreatedAt = now,
        };
        db.StoredFiles.Add(file);
        db.StoredFileContents.Add(new StoredFileContent { FileId = file.Id, Content = content });
        return file;
    }
}
