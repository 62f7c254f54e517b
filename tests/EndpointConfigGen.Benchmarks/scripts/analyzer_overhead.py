#!/usr/bin/env python3
"""Issue item 6: build time of a consumer with 1,000 uses of the generated types, with our analyzers, without
them (every id of theirs set to none, so the compiler skips them; the generator still runs), and with
RunAnalyzers=false (no analyzer at all, for context). Each build recompiles (the source is touched);
the configurations are interleaved so drift hits all alike. Prints JSON with the medians of the whole
`dotnet build` wall time and of the Csc task alone (MSBuild's performance summary).

    python3 scripts/analyzer_overhead.py BENCH_DLL WORK_DIR [RUNS] [sdk]

Also records the CPU time (user + system) of each build's process tree, the compiler included: on a loaded
machine wall times mostly measure waiting for a core.

With `sdk` the consumer is issue 16's: 1,000 constructions of AWS SDK requests (DynamoDB, KMS, SQS) with the
services' shape files and the SDK packages' own analyzers on.
"""
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import time

CONFIGS = {
    "with": [],
    "without": ["-p:EcgAnalyzersOff=true"],
    "noAnalyzers": ["-p:RunAnalyzers=false"],
}


def children_cpu_ms():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (usage.ru_utime + usage.ru_stime) * 1000


def build(project, extra):
    cmd = ["dotnet", "build", project, "-c", "Release", "--no-restore", "--no-dependencies", "-nologo",
           "-clp:PerformanceSummary"] + extra
    start, cpu_start = time.perf_counter(), children_cpu_ms()
    out = subprocess.run(cmd, capture_output=True, text=True)
    wall, cpu = (time.perf_counter() - start) * 1000, children_cpu_ms() - cpu_start
    if out.returncode != 0:
        sys.exit("build failed:\n" + out.stdout[-4000:] + out.stderr[-2000:])
    csc = re.search(r"^\s*(\d+) ms\s+Csc\s+\d+ calls", out.stdout, re.M)
    return wall, float(csc.group(1)) if csc else None, cpu


def main(bench_dll, work, runs=5, kind=""):
    subprocess.run(["dotnet", bench_dll, "analyzer-consumer", work] + ([kind] if kind else []), check=True)
    project = os.path.join(work, "AnalyzerConsumer.csproj")
    first = subprocess.run(["dotnet", "build", project, "-c", "Release", "-nologo", "-v:q"], capture_output=True, text=True)
    if first.returncode != 0:
        sys.exit("build failed:\n" + first.stdout[-4000:] + first.stderr[-2000:])
    samples = {name: {"wall": [], "csc": [], "cpu": []} for name in CONFIGS}
    uses = os.path.join(work, "Uses.cs")
    for _ in range(runs + 1):  # the first round warms the compiler server and is dropped
        for name, extra in CONFIGS.items():
            os.utime(uses)
            wall, csc, cpu = build(project, extra)
            samples[name]["wall"].append(wall)
            samples[name]["csc"].append(csc)
            samples[name]["cpu"].append(cpu)
    result = {"runs": runs}
    for name, s in samples.items():
        result[name] = {k: statistics.median(v[1:]) for k, v in s.items()}
    result["addedPercentWall"] = 100 * (result["with"]["wall"] / result["without"]["wall"] - 1)
    result["addedPercentCsc"] = 100 * (result["with"]["csc"] / result["without"]["csc"] - 1)
    # CPU seconds of the build's process tree (the compiler runs as a child): what load on the machine inflates least.
    result["addedPercentCpu"] = 100 * (result["with"]["cpu"] / result["without"]["cpu"] - 1)
    json.dump(result, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], *(int(a) for a in sys.argv[3:4]), *sys.argv[4:5])
