using Vivier.Testing;

namespace Vivier.Tests.Privacy;

/// <summary>
/// The app with the retention job's timer off: its tests move the clock by months and run the job
/// themselves, at each boundary, so that no tick of the timer runs it between two of their steps.
/// </summary>
public sealed class RetentionApp : VivierApp
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Retention:Interval"] = "-00:00:00.001" };
}
