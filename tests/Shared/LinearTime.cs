using System.Diagnostics;

namespace Vivier.Testing;

/// <summary>
/// How long refusing takes, as well as whether it refuses: work on an input ten times larger must
/// take at most about ten times longer. The fastest of a few runs is compared, so that a pause of
/// the machine does not count as the parser's; a quadratic parser is a hundred times slower, far
/// past the margin allowed here.
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
        var smallTime = await FastestAsync(small, runs);
        var largeTime = await FastestAsync(large, runs);
        var reference = smallTime > Floor ? smallTime : Floor;
        Assert.True(largeTime.TotalMilliseconds <= reference.TotalMilliseconds * AllowedRatio,
            $"{what}: {size} took {smallTime.TotalMilliseconds:F0} ms, ten times that took {largeTime.TotalMilliseconds:F0} ms (more than {AllowedRatio} times).");
    }

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
