"""Looks at and changes moto's SageMaker state for the send-conformance harness, signed with boto3.

One JSON request per stdin line, one JSON answer per stdout line ({"ok": true, "result": ...} or
{"ok": false, "error": "..."}). Credentials come from the environment; argv[1] is the endpoint URL.
Requests:
  {"op": "ping"}
  {"op": "create_model", "region": R, "name": N}
  {"op": "create_config", "region": R, "params": {...CreateEndpointConfig parameters...}}
  {"op": "snapshot", "regions": [R...], "names": [N...]}  -> {"R/N": Describe (no CreationTime) + "Tags"}; absent ones left out
  {"op": "delete", "regions": [R...], "names": [N...]}    -> ["R/N" deleted...]
"""
import json
import sys

import boto3
import botocore.config
import botocore.exceptions

ENDPOINT = sys.argv[1]
CONFIG = botocore.config.Config(retries={"mode": "standard", "max_attempts": 1}, connect_timeout=5, read_timeout=20)
_clients = {}


def client(region):
    if region not in _clients:
        _clients[region] = boto3.session.Session().client("sagemaker", region_name=region, endpoint_url=ENDPOINT, config=CONFIG)
    return _clients[region]


def describe(region, name):
    try:
        d = client(region).describe_endpoint_config(EndpointConfigName=name)
    except botocore.exceptions.ClientError as e:
        if "Could not find endpoint configuration" in str(e):
            return None
        raise
    d.pop("ResponseMetadata", None)
    d.pop("CreationTime", None)  # the only value that differs between two identical requests
    d["Tags"] = client(region).list_tags(ResourceArn=d["EndpointConfigArn"]).get("Tags", [])
    return d


def handle(req):
    op = req["op"]
    if op == "ping":
        return "pong"
    if op == "create_model":
        client(req["region"]).create_model(
            ModelName=req["name"],
            ExecutionRoleArn="arn:aws:iam::123456789012:role/sagemaker",
            PrimaryContainer={"Image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/ecg:latest"})
        return client(req["region"]).describe_model(ModelName=req["name"])["ModelArn"]
    if op == "create_config":
        return client(req["region"]).create_endpoint_config(**req["params"])["EndpointConfigArn"]
    if op == "snapshot":
        out = {}
        for region in req["regions"]:
            for name in req["names"]:
                d = describe(region, name)
                if d is not None:
                    out[f"{region}/{name}"] = d
        return out
    if op == "delete":
        deleted = []
        for region in req["regions"]:
            for name in req["names"]:
                if describe(region, name) is not None:
                    client(region).delete_endpoint_config(EndpointConfigName=name)
                    deleted.append(f"{region}/{name}")
        return deleted
    raise ValueError(f"unknown op {op!r}")


def main():
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            answer = {"ok": True, "result": handle(json.loads(line))}
        except Exception as e:  # reported to the harness, which fails the case
            answer = {"ok": False, "error": f"{type(e).__name__}: {e}"}
        sys.stdout.write(json.dumps(answer, default=str, ensure_ascii=True) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
