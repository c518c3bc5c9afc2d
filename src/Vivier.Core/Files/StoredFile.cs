namespace Vivier.Core.Files;

/// <summary>
/// An uploaded file, kept in the database so every instance and every backup has it. Its bytes
/// live in their own table so listing files never reads them.
/// </summary>
public sealed class StoredFile
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required Guid OwnerId { get; init; }
    public required string FileName { get; init; }
    public required string ContentType { get; init; }
    public required long Length { get; init; }
    /// <summary>Hex SHA-256 of the content.</summary>
    public required string Sha256 { get; init; }
    public required DateTime CreatedAt { get; init; }
}

public sealed class StoredFileContent
{
    public required Guid FileId { get; init; }
    public required byte[] Content { get; init; }
}
