#!/usr/bin/env bash
# Runs every benchmark of issues 6, 16 and 18 and prints one table of ratios (also written into RESULTS.md).
#   bash tests/EndpointConfigGen.Benchmarks/run.sh [--quick]
# --quick: fewer analyzer builds (3 instead of 5). About 20 minutes in full on 2 cores.
#   bash tests/EndpointConfigGen.Benchmarks/run.sh builds [PAIRS] [MODEL]
# builds (issue 11, a separate step): incremental `dotnet build` of console apps using the packed package, with
# vs without it, PAIRS interleaved pairs (default 7) after one warm-up pair; MODEL = CreateEndpointConfig or
# FullSageMaker runs one case only. Writes the "Whole builds" section of RESULTS.md. About 15–25 minutes on 2 cores.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${ECG_BENCH_OUT:-$(mktemp -d)}"
runs=5; [[ "${1:-}" == "--quick" ]] && runs=3
cd "$here"

dotnet build -c Release -nologo -v:q
bench="$here/bin/Release/net10.0/EndpointConfigGen.Benchmarks.dll"

if [[ "${1:-}" == "builds" ]]; then
  echo "== Whole builds: incremental dotnet build with vs without the package (interleaved pairs)"
  dotnet "$bench" builds "$out/builds" "${2:-7}" ${3:+"$3"}
  {
    echo "Machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores," \
         "$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM; .NET SDK $(dotnet --version)."
    echo
    echo "Command: \`bash tests/EndpointConfigGen.Benchmarks/run.sh builds ${2:-7}${3:+ $3}\` ($(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- ../../src || echo ' + uncommitted changes in src'))."
    echo
  } > "$out/builds/header.md"
  python3 - "$out/builds/header.md" "$out/builds/builds.md" "$here/RESULTS.md" <<'PY'
import sys
BEGIN, END = "<!-- builds:begin -->", "<!-- builds:end -->"
table = (open(sys.argv[1], encoding="utf-8").read() + open(sys.argv[2], encoding="utf-8").read()).strip()
sys.argv.pop(1)
path = sys.argv[2]
text = open(path, encoding="utf-8").read()
head, _, rest = text.partition(BEGIN)
_, _, tail = rest.partition(END)
open(path, "w", encoding="utf-8").write(f"{head}{BEGIN}\n{table}\n{END}{tail}")
PY
  echo "Raw results: $out/builds"
  exit 0
fi

{
  echo "Machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores," \
       "$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM, $(. /etc/os-release; echo "$PRETTY_NAME");" \
       ".NET SDK $(dotnet --version), runtime $(dotnet --list-runtimes | awk '/NETCore/ {v=$2} END {print v}');" \
       "$(python3 --version), awscli $(python3 -c 'import awscli; print(awscli.__version__)'), botocore $(python3 -c 'import botocore; print(botocore.__version__)')."
  echo
  echo "Command: \`bash tests/EndpointConfigGen.Benchmarks/run.sh\` ($(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD))."
} > "$out/machine.txt"

echo "== AWS CLI anchor (Python timeit, same strings)"
python3 scripts/awscli_anchor.py parse-cases.json > "$out/python.json"
echo "== BenchmarkDotNet: parsers, size sweep, generator"
dotnet "$bench" --filter '*' --artifacts "$out/bdn"
echo "== One create as whole processes: the front end (Release) vs aws, on one moto server"
dotnet build "$here/../../samples/EndpointConfigCli" -c Release -nologo -v:q
python3 scripts/cli_create.py "$here/../../samples/EndpointConfigCli/bin/Release/net10.0/EndpointConfigCli.dll" 10 > "$out/cli-create.json"
echo "== Generator facts (one fresh process per model)"
for model in CreateEndpointConfig FullSageMaker; do
  dotnet "$bench" generator-facts "$model" "$out/generator-$model.json" > /dev/null
done
echo "== Analyzer overhead (consumer builds)"
python3 scripts/analyzer_overhead.py "$bench" "$out/analyzer-consumer" "$runs" > "$out/analyzer.json"
echo "== Analyzer overhead on AWS SDK code (issue 16: 1,000 SDK request constructions)"
python3 scripts/analyzer_overhead.py "$bench" "$out/analyzer-sdk-consumer" "$runs" sdk > "$out/analyzer-sdk.json"

python3 scripts/report.py "$out" "$here/RESULTS.md"
echo "Raw results: $out"
