using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;

namespace EndpointConfigGen.Fuzzing;

/// <summary>A crash or hang, with the smallest input that showed it.</summary>
internal sealed record FuzzFinding(string Kind, string Signature, string Input, string Detail);

/// <summary>What a run did.</summary>
internal sealed record FuzzReport(string Target, long Inputs, long Accepted, TimeSpan Elapsed, TimeSpan SlowestInput, string? Slowest, IReadOnlyList<FuzzFinding> Findings);

/// <summary>
/// Runs a target over mutated corpus inputs on a worker thread. A watchdog on the calling
/// thread turns an input running past the time bound into a hang finding; the stuck worker
/// cannot be stopped in .NET, so the run ends there and the thread is left behind.
/// </summary>
internal static class FuzzRunner
{
    private const int MaxPool = 2_000;
    private static readonly TimeSpan WarmUpLimit = TimeSpan.FromSeconds(30);

    public static FuzzReport Run(IFuzzTarget target, IReadOnlyList<string> corpus, int seed, long iterations, TimeSpan perInputLimit, TimeSpan? duration = null)
    {
        var random = new Random(seed);
        var mutator = new Mutator(random, target.Tokens);
        var pool = new List<string>(corpus);
        var findings = new Dictionary<string, FuzzFinding>(StringComparer.Ordinal);
        var state = new WorkerState();
        var clock = Stopwatch.StartNew();
        long accepted = 0;

        var worker = new Thread(() =>
        {
            for (long i = 0; i < iterations && !state.Stop && (duration is null || clock.Elapsed < duration); i++)
            {
                // Corpus inputs first, as they are, then mutations.
                var input = i < corpus.Count ? corpus[(int)i] : mutator.Mutate(pool[random.Next(pool.Count)], pool);
                state.Begin(input, clock.ElapsedTicks);
                var finding = RunOne(target, input, out var outcome);
                state.End(clock.ElapsedTicks);
                if (finding is not null)
                {
                    Record(findings, finding);
                }
                else if (outcome == FuzzOutcome.Accepted)
                {
                    accepted++;
                    // Accepted inputs become parents: cheap feedback towards deeper, valid structure.
                    if (pool.Count < MaxPool && input.Length < 8_192 && random.Next(8) == 0)
                    {
                        pool.Add(input);
                    }
                }
            }

            state.Done = true;
        }, 64 * 1024 * 1024) { IsBackground = true, Name = "fuzz-" + target.Name };
        worker.Start();

        while (!worker.Join(50))
        {
            // Corpus inputs run first and pay for JIT and Roslyn warm-up, so they get a looser bound.
            if (state.Running(clock.ElapsedTicks) is { } stuck && stuck.Elapsed > (state.Count < corpus.Count ? WarmUpLimit : perInputLimit))
            {
                state.Stop = true;
                Record(findings, new FuzzFinding("hang", "hang", stuck.Input, "no result after " + stuck.Elapsed.TotalSeconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + " s"));
                break;
            }
        }

        return new FuzzReport(target.Name, state.Count, accepted, clock.Elapsed, state.Slowest, state.SlowestInput, [.. findings.Values]);
    }

    /// <summary>Runs one input; null when it ended in a documented result.</summary>
    public static FuzzFinding? RunOne(IFuzzTarget target, string input, out FuzzOutcome outcome)
    {
        outcome = FuzzOutcome.Rejected;
        try
        {
            outcome = target.Run(input);
            return null;
        }
        catch (FuzzFindingException e)
        {
            return new FuzzFinding("contract", e.Message.Split('\n')[0], input, e.Message);
        }
        catch (Exception e)
        {
            return new FuzzFinding("crash", Signature(e), input, e.ToString());
        }
    }

    /// <summary>Same exception type thrown from the same method: one finding, kept with its shortest input.</summary>
    private static string Signature(Exception e)
    {
        var frame = new StackTrace(e, false).GetFrames() is { Length: > 0 } frames ? frames[0].GetMethod() : null;
        return e.GetType().FullName + " at " + frame?.DeclaringType?.FullName + "." + frame?.Name;
    }

    private static void Record(Dictionary<string, FuzzFinding> findings, FuzzFinding finding)
    {
        lock (findings)
        {
            if (!findings.TryGetValue(finding.Signature, out var known) || finding.Input.Length < known.Input.Length)
            {
                findings[finding.Signature] = finding;
            }
        }
    }

    private sealed class WorkerState
    {
        private readonly object _gate = new();
        private string? _input;
        private long _started;
        private long _slowest;

        public volatile bool Stop;
        public volatile bool Done;

        public long Count { get; private set; }

        public TimeSpan Slowest => TimeSpan.FromSeconds((double)_slowest / Stopwatch.Frequency);

        public string? SlowestInput { get; private set; }

        public void Begin(string input, long now)
        {
            lock (_gate)
            {
                _input = input;
                _started = now;
            }
        }

        public void End(long now)
        {
            lock (_gate)
            {
                if (now - _started > _slowest)
                {
                    _slowest = now - _started;
                    SlowestInput = _input;
                }

                _input = null;
                Count++;
            }
        }

        public (string Input, TimeSpan Elapsed)? Running(long now)
        {
            lock (_gate)
            {
                return _input is null ? null : (_input, TimeSpan.FromSeconds((double)(now - _started) / Stopwatch.Frequency));
            }
        }
    }
}
