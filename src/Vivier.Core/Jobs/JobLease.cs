namespace Vivier.Core.Jobs;

/// <summary>
/// A row that one instance holds while it runs a job, so that with several instances on one
/// database each run happens once. A lease expires, so a crashed holder does not block the job.
/// </summary>
public sealed class JobLease
{
    public required string Name { get; init; }
    public required string Holder { get; set; }
    public required DateTime ExpiresAt { get; set; }
}
