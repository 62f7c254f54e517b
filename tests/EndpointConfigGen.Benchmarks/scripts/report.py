#!/usr/bin/env python3
"""Turns the outputs of run.sh into one table of ratios, printed and written between the markers of
RESULTS.md (the notes around them are kept).

    python3 scripts/report.py RESULTS_DIR RESULTS.md
"""
import glob
import json
import os
import sys

BEGIN, END = "<!-- results:begin -->", "<!-- results:end -->"
KIB = 1024


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def bdn(results_dir):
    """(class, method, params) -> (mean ns, allocated bytes) from BenchmarkDotNet's full JSON reports."""
    rows = {}
    for path in glob.glob(os.path.join(results_dir, "bdn", "results", "*-report-full.json")):
        for b in load(path)["Benchmarks"]:
            key = (b["Type"], b["Method"], b["Parameters"])
            rows[key] = (b["Statistics"]["Mean"], (b.get("Memory") or {}).get("BytesAllocatedPerOperation"))
    return rows


def fmt_time(ns):
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:,.2f} {unit}"
    return f"{ns:,.0f} ns"


def verdict(ok):
    return "met" if ok else "**missed**"


def table(d):
    b = bdn(d)
    py = load(os.path.join(d, "python.json"))
    rows = []

    def row(item, what, measured, anchor, ratio, target, ok):
        rows.append(f"| {item} | {what} | {measured} | {anchor} | {ratio} | {target} | {verdict(ok)} |")

    for case in ("ProductionVariant", "DataCaptureConfig"):
        p = f"Case={case}"
        typed, typed_bytes = b[("ParseBenchmarks", "TypedShorthand", p)]
        grammar, _ = b[("ParseBenchmarks", "ShorthandGrammarOnly", p)]
        json_gen, _ = b[("ParseBenchmarks", "GeneratedFromJson", p)]
        stj, _ = b[("ParseBenchmarks", "SystemTextJson", p)]
        _, floor_bytes = b[("ParseBenchmarks", "ResultObjectsOnly", p)]
        aws = py["cases"][case]["nsPerParse"]
        row("1", f"{case}: typed shorthand vs AWS CLI `ShorthandParser.parse`", fmt_time(typed), fmt_time(aws), f"{aws / typed:,.0f}x faster", "≥ 200x", aws / typed >= 200)
        row("1", f"{case}: grammar core only vs AWS CLI", fmt_time(grammar), fmt_time(aws), f"{aws / grammar:,.0f}x faster", "(context)", True)
        row("2", f"{case}: typed shorthand vs generated `FromJson`", fmt_time(typed), fmt_time(json_gen), f"{typed / json_gen:.2f}", "≤ 1.5", typed / json_gen <= 1.5)
        row("2", f"{case}: System.Text.Json (source-gen) vs generated `FromJson`", fmt_time(stj), fmt_time(json_gen), f"{stj / json_gen:.2f}", "(context)", True)
        row("3", f"{case}: bytes allocated per typed parse vs the result objects alone", f"{typed_bytes:,} B", f"{floor_bytes:,} B", f"{typed_bytes / floor_bytes:.2f}", "1.00", typed_bytes <= floor_bytes * 1.05)

    for kind in ("LongList", "LongValue", "DeepNesting"):
        per_byte, floor = {}, {}
        for key, (mean, _) in b.items():
            if key[0] == "SizeSweepBenchmarks" and f"Kind={kind}" in key[2]:
                size = int(key[2].split("Size=")[1].split("&")[0])
                (per_byte if key[1] == "Parse" else floor)[size] = mean / size
        sizes = sorted(per_byte)
        cells = ", ".join(f"{s // KIB} KiB {per_byte[s]:.2f}" for s in sizes)
        growth = per_byte[sizes[-1]] / per_byte[sizes[1]]
        row("4", f"{kind}: ns/byte at {cells}", f"{per_byte[sizes[-1]]:.2f} ns/B", f"{per_byte[sizes[1]]:.2f} ns/B", f"{growth:.2f}", "≤ 1.5 (1 MiB vs 16 KiB)", growth <= 1.5)
        # The same result allocated without parsing: growth it shares is the runtime's, not the parser's.
        beyond = {s: max(per_byte[s] - floor[s], 0.0) for s in sizes}
        cells = ", ".join(f"{s // KIB} KiB {floor[s]:.2f}" for s in sizes)
        row("4", f"{kind}: allocating the result alone, ns/byte at {cells}; parse beyond that at 1 MiB vs 16 KiB", f"{beyond[sizes[-1]]:.2f} ns/B", f"{beyond[sizes[1]]:.2f} ns/B", f"{beyond[sizes[-1]] / beyond[sizes[1]]:.2f}", "(context)", True)

    for model in ("CreateEndpointConfig", "FullSageMaker"):
        p = f"Model={model}"
        cold, cold_bytes = b[("GeneratorBenchmarks", "ColdRun", p)]
        rerun, _ = b[("GeneratorBenchmarks", "RerunAfterEdit", p)]
        facts = load(os.path.join(d, f"generator-{model}.json"))
        full = model == "FullSageMaker"
        row("5", f"{model}: cold run (new driver, warm process; {cold_bytes / KIB / KIB:,.0f} MiB allocated)", fmt_time(cold), "1 s" if full else "-", f"{cold / 1e9:.2f}" if full else "-", "< 1 s" if full else "-", cold < 1e9 or not full)
        row("5", f"{model}: first run in a fresh process (JIT included)", fmt_time(facts["firstRunInProcessMs"] * 1e6), "-", "-", "(context)", True)
        row("5", f"{model}: re-run after an unrelated edit; steps not cached: {facts['rerunStepsNotCached'] or 'none'}", fmt_time(rerun), "1 ms", f"{rerun / 1e6:.2f}", "< 1 ms, all cached", rerun < 1e6 and not facts["rerunStepsNotCached"])
        row("5", f"{model}: output {facts['files']:,} files, {facts['bytes'] / KIB / KIB:,.1f} MiB; compile errors", str(facts["compileErrors"]), "0", "-", "compiles", facts["compileErrors"] == 0)
        per_shape = facts["bytesPerShape"] / 1000
        row("17", f"{model}: generated source per shape ({facts['shapes']:,} shapes)", f"{per_shape:.1f} KB", "4.5 KB" if full else "-", f"{per_shape / 4.5:.2f}" if full else "-", "≤ 4.5 KB" if full else "(context)", per_shape <= 4.5 or not full)

    a = load(os.path.join(d, "analyzer.json"))
    row("6", f"1,000 uses: Csc task, with vs without our analyzers (median of {a['runs']})", f"{a['with']['csc']:,.0f} ms", f"{a['without']['csc']:,.0f} ms", f"+{a['addedPercentCsc']:.1f}%", "< 5%", a["addedPercentCsc"] < 5)
    row("6", "1,000 uses: whole `dotnet build`, with vs without our analyzers", f"{a['with']['wall']:,.0f} ms", f"{a['without']['wall']:,.0f} ms", f"+{a['addedPercentWall']:.1f}%", "< 5%", a["addedPercentWall"] < 5)
    row("6", "1,000 uses: Csc with RunAnalyzers=false (no analyzer at all)", f"{a['noAnalyzers']['csc']:,.0f} ms", "-", "-", "(context)", True)

    # Issue 16: code written with the AWS SDK's types.
    a = load(os.path.join(d, "analyzer-sdk.json"))
    row("16", f"1,000 SDK request constructions: Csc task, with vs without our analyzers (median of {a['runs']})", f"{a['with']['csc']:,.0f} ms", f"{a['without']['csc']:,.0f} ms", f"+{a['addedPercentCsc']:.1f}%", "≤ 5%", a["addedPercentCsc"] <= 5)
    row("16", "1,000 SDK request constructions: whole `dotnet build`, with vs without our analyzers", f"{a['with']['wall']:,.0f} ms", f"{a['without']['wall']:,.0f} ms", f"+{a['addedPercentWall']:.1f}%", "≤ 5%", a["addedPercentWall"] <= 5)
    for case in ("CreateTable", "Query"):
        p = f"Case={case}"
        sdk, sdk_bytes = b[("SdkValidateBenchmarks", "Sdk", p)]
        ours, ours_bytes = b[("SdkValidateBenchmarks", "Ours", p)]
        row("16", f"DynamoDB {case}: `Validate()` on the SDK request vs on our generated type ({sdk_bytes:,} / {ours_bytes:,} B)", fmt_time(sdk), fmt_time(ours), f"{sdk / ours:.2f}", "≤ 1.5", sdk / ours <= 1.5)

    # Issue 18: the client's own cost per request, and one create as whole processes.
    official, official_bytes = b[("ClientCostBenchmarks", "Official", "")]
    for method, what in (("Ours", "generated DynamoDB client (validating, the default)"), ("OursUnvalidated", "generated DynamoDB client, `ValidateRequests = false`")):
        ours, ours_bytes = b[("ClientCostBenchmarks", method, "")]
        row("7", f"GetItemAsync per request: {what} vs `AmazonDynamoDBClient`", fmt_time(ours), fmt_time(official), f"{ours / official:.2f}", "< 1", ours < official)
        row("7", f"GetItemAsync bytes allocated per request: {what} vs `AmazonDynamoDBClient`", f"{ours_bytes:,} B", f"{official_bytes:,} B", f"{ours_bytes / official_bytes:.2f}", "< 1", ours_bytes < official_bytes)
    c = load(os.path.join(d, "cli-create.json"))
    row("7", f"one create-endpoint-config as a whole process on moto: front end vs `aws` (median of {c['pairs']} interleaved pairs)", f"{c['oursSeconds']:.3f} s", f"{c['awsSeconds']:.3f} s", f"{c['ratio']:.2f}x faster", "(context; issue 18 AOT: ≥ 5x)", True)

    header = ["| # | measure | measured | anchor | ratio | target | |", "|---|---|---:|---:|---:|---|---|"]
    return "\n".join([open(os.path.join(d, "machine.txt"), encoding="utf-8").read().strip(), ""] + header + rows)


def main(d, results_md):
    text = table(d)
    print(text)
    old = open(results_md, encoding="utf-8").read() if os.path.exists(results_md) else f"{BEGIN}\n{END}\n"
    head, rest = old.split(BEGIN, 1)
    tail = rest.split(END, 1)[1]
    with open(results_md, "w", encoding="utf-8") as f:
        f.write(f"{head}{BEGIN}\n{text}\n{END}{tail}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
