#!/usr/bin/env bash
# Native AOT and trimming (issue 18), for a fresh machine; not part of the test run (publishing natively takes
# minutes). Publishes with PublishAot=true and TrimMode=full, each of which must give zero warnings:
#   Consumer/    the CreateEndpointConfig models, Validate() and the generated SageMakerClient;
#   SdkConsumer/ the same program with the official AWSSDK.DynamoDBv2;
#   samples/EndpointConfigCli, the drop-in `aws sagemaker create-endpoint-config` (with YamlDotNet).
# Then, on one moto_server with signature checking (measure.py): checks each creates what it should, times them as
# whole processes in interleaved rounds against `aws sagemaker create-endpoint-config`, and runs the send-conformance
# suite on the native front end. Writes the "Native AOT" section of ../EndpointConfigGen.Benchmarks/RESULTS.md.
#   bash tests/EndpointConfigGen.Aot/run.sh [ROUNDS]      (default 11; about 10 minutes on 2 cores)
# ECG_AOT_CONFORMANCE=0 leaves out the send-conformance run; ECG_AOT_OUT=DIR ECG_AOT_REUSE=1 measures the programs an
# earlier run published into DIR (their publish logs still count the warnings).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
rounds="${1:-11}"
out="${ECG_AOT_OUT:-$(mktemp -d)}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# Native AOT links with clang (and zlib); Debian's packages are enough. Installed as .ci/run installs the AWS CLI.
if ! command -v clang >/dev/null 2>&1 || [ ! -e /usr/include/zlib.h ]; then
  echo "Installing clang and zlib1g-dev from apt (Native AOT links with them)..."
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang zlib1g-dev) >"$out/apt.log" 2>&1 \
    || { echo "apt-get install clang zlib1g-dev failed; see $out/apt.log" >&2; tail -5 "$out/apt.log" >&2; exit 1; }
fi
case "$(uname -m)" in x86_64) rid=linux-x64 ;; aarch64) rid=linux-arm64 ;; *) echo "unsupported machine $(uname -m)" >&2; exit 1 ;; esac

# Warnings are counted, not made errors, so that every one is listed; any warning fails the run at the end.
warnings=0
publish() { # NAME PROJECT [extra properties...]
  local name="$1" project="$2"; shift 2
  echo "== dotnet publish $project ($name)"
  if [ "${ECG_AOT_REUSE:-0}" = 1 ] && [ -f "$out/$name.log" ]; then
    echo "(reusing $out/$name)"
  elif ! dotnet publish "$project" -c Release -r "$rid" -o "$out/$name" -p:TreatWarningsAsErrors=false -p:TrimmerSingleWarn=false \
       "$@" >"$out/$name.log" 2>&1; then
    cat "$out/$name.log" >&2; echo "publishing $project failed" >&2; exit 1
  fi
  local found
  found=$(grep -E '(warning|error) [A-Z]+[0-9]+:' "$out/$name.log" | sed 's/ \[\/.*//' | sort -u || true)
  if [ -n "$found" ]; then
    echo "$found"
    warnings=$((warnings + $(printf '%s\n' "$found" | wc -l)))
  fi
  echo "$(printf '%s\n' "$found" | grep -c . || true) warnings"
}
publish consumer "$here/Consumer/AotConsumer.csproj"
publish sdk "$here/SdkConsumer/SdkConsumer.csproj"
publish cli "$root/samples/EndpointConfigCli/EndpointConfigCli.csproj"
echo "== dotnet publish samples/EndpointConfigCli (JIT, framework-dependent: the comparison)"
[ "${ECG_AOT_REUSE:-0}" = 1 ] && [ -f "$out/cli-jit/EndpointConfigCli.dll" ] || dotnet publish "$root/samples/EndpointConfigCli/EndpointConfigCli.csproj" -c Release -p:PublishAot=false -o "$out/cli-jit" -v:q >"$out/cli-jit.log" 2>&1 \
  || { cat "$out/cli-jit.log" >&2; exit 1; }

echo "== one moto_server, $rounds interleaved rounds"
python3 "$here/measure.py" "$out" "$rounds" | tee "$out/measure.md"

conformance="(left out: ECG_AOT_CONFORMANCE=0)"
if [ "${ECG_AOT_CONFORMANCE:-1}" != 0 ]; then
  echo "== send conformance on the native front end"
  rm -rf "$out/trx"
  ENDPOINTCONFIGGEN_FRONT_END="$out/cli/EndpointConfigCli" dotnet test "$root/tests/EndpointConfigGen.SendConformance" \
    --logger trx --results-directory "$out/trx" -v:q >"$out/conformance.log" 2>&1 || true
  conformance=$(python3 - "$out/trx" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
passed = failed = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(path).getroot().find(".//{*}Counters")
    passed += int(c.get("passed", 0)); failed += int(c.get("failed", 0)) + int(c.get("error", 0))
print(f"{passed} passed, {failed} failed")
PY
)
  echo "$conformance"
fi

{
  echo "Machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg) at the end;" \
       ".NET SDK $(dotnet --version), $(clang --version | head -n1), awscli $(aws --version 2>&1 | cut -d' ' -f1 | cut -d/ -f2)."
  echo
  echo "Command: \`bash tests/EndpointConfigGen.Aot/run.sh $rounds\` ($(date -u +%Y-%m-%d), commit $(git -C "$root" rev-parse --short HEAD))."
  echo
  echo "Publish warnings (PublishAot=true, TrimMode=full, all three programs): $warnings."
  echo "Send conformance on the native front end (\`ENDPOINTCONFIGGEN_FRONT_END\`): $conformance."
  echo
  cat "$out/measure.md"
} >"$out/section.md"
python3 - "$out/section.md" "$root/tests/EndpointConfigGen.Benchmarks/RESULTS.md" <<'PY'
import sys
BEGIN, END = "<!-- aot:begin -->", "<!-- aot:end -->"
section = open(sys.argv[1], encoding="utf-8").read().strip()
path = sys.argv[2]
text = open(path, encoding="utf-8").read()
if BEGIN not in text:
    text += f"\n## Native AOT (issue 18)\n\n{BEGIN}\n{END}\n"
head, _, rest = text.partition(BEGIN)
_, _, tail = rest.partition(END)
open(path, "w", encoding="utf-8").write(f"{head}{BEGIN}\n{section}\n{END}{tail}")
PY
echo "Raw results: $out"
[ "$warnings" = 0 ] || { echo "$warnings publish warnings" >&2; exit 1; }
case "$conformance" in *" 0 failed"|"(left out"*) ;; *) echo "send conformance on the native front end: $conformance" >&2; exit 1 ;; esac
