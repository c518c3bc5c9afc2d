using System.Diagnostics;

namespace Vivier.Testing;

/// <summary>
/// How long refusing takes, as well as whether it refuses: work on an input ten times larger must
/// take at most about ten times longer. The fastest of a few runs is compared, so that a pause of
/// the machine does not count as the parser's; a quadratic parser is a hundred times slower, far
/// past the margin allowed here. Classes that use it belong to <see cref="TimingSensitive"/>.
/// </summary>
public static class LinearTime
{
    /// <summary>Ten times the input may take this many times longer (10, with room for caches and noise).</summary>
    public const double AllowedRatio = 20;

    /// <summary>Below this, a time is noise: the smaller input's time is taken as at least this.</summary>
    public static readonly TimeSpan Floor = TimeSpan.FromMilliseconds(20);

    public static async Task<TimeSpan> FastestAsync(Func<Task> work, int runs = 3)
    {
        ArgumentNullException.ThrowIfNull(work);
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            // Each run starts on a collected heap: the garbage of the run before is not charged to this one.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var clock = Stopwatch.StartNew();
            await work();
            best = clock.Elapsed < best ? clock.Elapsed : best;
        }
        return best;
    }

    /// <summary>Runs the work on an input of each size; fails when the larger one takes more than <see cref="AllowedRatio"/> times the smaller.</summary>
    public static async Task AssertLinearAsync(string what, Func<int, Func<Task>> workOfSize, int size, int runs = 3)
    {
        ArgumentNullException.ThrowIfNull(workOfSize);
        var small = workOfSize(size);
        var large = workOfSize(size * 10);
        await small();
        await large();
        // Small and large alternate, so that whatever else the machine does weighs on both alike.
        var smallTime = TimeSpan.MaxValue;
        var largeTime = TimeSpan.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            smallTime = Min(smallTime, await FastestAsync(small, runs: 1));
            largeTime = Min(largeTime, await FastestAsync(large, runs: 1));
        }
        var reference = smallTime > Floor ? smallTime : Floor;
        TestContext.Current.TestOutputHelper?.WriteLine($"{what}: {size} took {smallTime.TotalMilliseconds:F1} ms, ten times that {largeTime.TotalMilliseconds:F1} ms");
        Assert.True(largeTime.TotalMilliseconds <= reference.TotalMilliseconds * AllowedRatio,
            $"{what}: {size} took {smallTime.TotalMilliseconds:F0} ms, ten times that took {largeTime.TotalMilliseconds:F0} ms (more than {AllowedRatio} times).");
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    public static Task AssertLinearAsync(string what, Func<int, Action> workOfSize, int size, int runs = 3)
    {
        ArgumentNullException.ThrowIfNull(workOfSize);
        return AssertLinearAsync(what, n =>
        {
            var work = workOfSize(n);
            return () =>
            {
                work();
                return Task.CompletedTask;
            };
        }, size, runs);
    }
}
