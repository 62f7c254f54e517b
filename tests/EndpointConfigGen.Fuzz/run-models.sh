#!/usr/bin/env bash
# Every service model of the installed botocore (newest version per service) through the generator, each
# output compiled as a strict consumer compiles it; summary in tests/EndpointConfigGen.Fuzz/MODELS.md.
# Not part of the normal test run (and not in the .sln). Arguments go to the models mode, e.g.
#   bash run-models.sh                                    (all models)
#   bash run-models.sh --filter 'sagemaker,dynamodb'      (service names, * wildcards)
#   bash run-models.sh --protocol json --sample 10        (json models plus every 10th of each other protocol)
#   bash run-models.sh --resume                           (continue an interrupted run; add more with --filter)
#   bash run-models.sh --resume --rerun --filter logs     (run some again; the newer result replaces the older)
#   bash run-models.sh --report-only                      (rewrite MODELS.md from the results)
# LANES (default 2, for a 2-core machine) processes run side by side, models dealt by shape count. Results
# accumulate in $OUT/results.*.jsonl (default /tmp/ecg-models), one line per model as it finishes; if a
# process dies inside a model (stack overflow, OOM kill) that model is recorded as a crash and the lane
# resumes after it. Exit 0 when every model is ok, 1 otherwise, 2 when the build fails.
set -uo pipefail
cd "$(dirname "$0")"
OUT="${OUT:-/tmp/ecg-models}"
LANES="${LANES:-2}"
mkdir -p "$OUT"

dotnet build -c Release -v q -nologo EndpointConfigGen.Fuzz.csproj >"$OUT/build.log" 2>&1 || { tail -20 "$OUT/build.log"; exit 2; }
DLL=bin/Release/net10.0/EndpointConfigGen.Fuzz.dll

if [[ " $* " == *" --report-only "* ]]; then
  dotnet "$DLL" models --out "$OUT" "$@"
  exit $?
fi
if [[ " $* " != *" --resume "* ]]; then
  rm -f "$OUT"/results*.jsonl "$OUT"/.current* "$OUT"/lane*.log "$OUT"/time.log
fi

lane() {
  local i=$1; shift
  local args=("$@") status
  for attempt in 0 1 2 3 4 5 6 7 8 9 10; do
    /usr/bin/time -f "lane $i wall-seconds=%e max-rss-kb=%M exit=%x" -a -o "$OUT/time.log" \
      dotnet "$DLL" models --out "$OUT" --shard "$i/$LANES" "${args[@]}" >>"$OUT/lane$i.log" 2>&1
    status=$?
    # 0: all ok, 1: some model not ok; anything else: the process died (its model is recorded on resume).
    [ $status -le 1 ] && return $status
    echo "lane $i: process exited with $status; resuming" >>"$OUT/lane$i.log"
    [[ " ${args[*]} " == *" --resume "* ]] || args+=(--resume)
  done
  return $status
}

start=$(date +%s)
pids=()
for ((i = 0; i < LANES; i++)); do
  lane "$i" "$@" & pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid"; done
dotnet "$DLL" models --out "$OUT" --report-only "$@" | tail -n 2
status=${PIPESTATUS[0]}
cat "$OUT/time.log"
echo "total-seconds=$(( $(date +%s) - start ))"
exit $status
