namespace Vivier.Core.Api;

/// <summary>
/// The first answer to a creating request sent with an Idempotency-Key, kept so that a retry with
/// the same key from the same caller gets the same answer instead of creating twice.
/// </summary>
public sealed class IdempotentRequest
{
    public long Id { get; init; }
    public required string Caller { get; init; }
    public required string Key { get; init; }
    /// <summary>SHA-256 of method, path and body: the same key with another request is refused.</summary>
    public required string RequestHash { get; init; }
    public required DateTime CreatedAt { get; init; }
    /// <summary>Null while the first request is still being handled.</summary>
    public int? StatusCode { get; set; }
    public string? ContentType { get; set; }
    public byte[]? Body { get; set; }
    public string? Location { get; set; }
}
