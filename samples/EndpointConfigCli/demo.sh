#!/usr/bin/env bash
# The README's main job on an embedded default: a moto server on loopback stands in for SageMaker; a model
# is created, the front end creates the endpoint config from the shipped request file, the AWS CLI
# describes it back, and the server is stopped.
set -euo pipefail
cd "$(dirname "$0")/../.."

# Port 0: the kernel picks a free port and moto prints it, so nothing can take it in between.
log="${TMPDIR:-/tmp}/ecg-demo-moto.$$.log"
moto_server -H 127.0.0.1 -p 0 >"$log" 2>&1 &
moto=$!
trap 'kill "$moto" 2>/dev/null; wait "$moto" 2>/dev/null || true; rm -f "$log"' EXIT
url=""
for _ in $(seq 300); do
  url=$(grep -oE 'http://127\.0\.0\.1:[0-9]+' "$log" | head -n1 || true)
  [ -n "$url" ] && curl -sf "$url/moto-api/" >/dev/null 2>&1 && break
  url=""
  sleep 0.1
done
[ -n "$url" ] || { echo "moto_server did not start:" >&2; cat "$log" >&2; exit 1; }

# moto takes any key; nothing here touches real AWS.
export AWS_ACCESS_KEY_ID=demo AWS_SECRET_ACCESS_KEY=demo AWS_DEFAULT_REGION=us-east-1 AWS_EC2_METADATA_DISABLED=true
unset AWS_PROFILE ENDPOINTCONFIGGEN_PRINT_REQUEST
for model in demo-model demo-model-v2; do
  aws sagemaker create-model --endpoint-url "$url" --model-name "$model" \
    --execution-role-arn arn:aws:iam::123456789012:role/demo --primary-container Image=demo-image >/dev/null
done

echo "\$ EndpointConfigCli --endpoint-url $url --cli-input-json file://samples/EndpointConfigCli/request.json"
dotnet run --project samples/EndpointConfigCli -- --endpoint-url "$url" --cli-input-json file://samples/EndpointConfigCli/request.json
echo "\$ aws sagemaker describe-endpoint-config --endpoint-config-name demo-endpoint-config"
aws sagemaker describe-endpoint-config --endpoint-url "$url" --endpoint-config-name demo-endpoint-config
