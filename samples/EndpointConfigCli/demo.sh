#!/usr/bin/env bash
# The README's main job on an embedded default: a moto server on loopback stands in for SageMaker; a model
# is created, the front end creates the endpoint config from the shipped request file, the AWS CLI
# describes it back, and the server is stopped.
set -euo pipefail
cd "$(dirname "$0")/../.."

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port"
moto_server -H 127.0.0.1 -p "$port" >"${TMPDIR:-/tmp}/ecg-demo-moto.log" 2>&1 &
moto=$!
trap 'kill "$moto" 2>/dev/null; wait "$moto" 2>/dev/null || true' EXIT
for _ in $(seq 100); do curl -sf "$url/moto-api/" >/dev/null 2>&1 && break; sleep 0.1; done

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
