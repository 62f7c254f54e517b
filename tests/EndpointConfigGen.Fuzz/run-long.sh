#!/usr/bin/env bash
# Long fuzzing run: INPUTS (default 1,000,000) mutated inputs per target from a fixed SEED, in two
# parallel lanes (this is sized for a 2-core machine). Findings are saved under TARGET/regressions/;
# one summary line per target is printed and kept in $OUT/TARGET.log.
set -uo pipefail
cd "$(dirname "$0")"
INPUTS="${INPUTS:-1000000}"
SEED="${SEED:-20240601}"
OUT="${OUT:-/tmp/ecg-fuzz-long}"
mkdir -p "$OUT"

dotnet build -c Release -v q -nologo EndpointConfigGen.Fuzz.csproj >"$OUT/build.log" 2>&1 || { tail -20 "$OUT/build.log"; exit 2; }
DLL=bin/Release/net10.0/EndpointConfigGen.Fuzz.dll

lane() {
  local status=0
  for target in "$@"; do
    /usr/bin/time -f "$target wall-seconds=%e max-rss-kb=%M" -a -o "$OUT/time.log" \
      dotnet "$DLL" "$target" --inputs "$INPUTS" --seed "$SEED" >"$OUT/$target.log" 2>"$OUT/$target.findings" || status=1
  done
  return $status
}

start=$(date +%s)
# Balanced by measured speed: the shorthand and front-end targets are the slowest.
lane shorthand shapereader & a=$!
lane cli fromjson jsonreader & b=$!
wait $a; sa=$?
wait $b; sb=$?
cat "$OUT"/*.log | grep '^target=' 
cat "$OUT/time.log"
echo "total-seconds=$(( $(date +%s) - start ))"
cat "$OUT"/*.findings
exit $(( sa | sb ))
