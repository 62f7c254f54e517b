#!/usr/bin/env python3
"""Issue 18: one create-endpoint-config as a whole process, the sample front end (samples/EndpointConfigCli, built
Release) against `aws sagemaker create-endpoint-config`, on one moto server on loopback. Runs interleaved pairs
(each run a new config name) after one warm-up pair and prints JSON with both medians and their ratio.

    python3 scripts/cli_create.py FRONT_END_DLL [PAIRS]
"""
import json
import os
import re
import statistics
import subprocess
import sys
import time
import urllib.request


def start_moto():
    # Port 0: the kernel picks a free port and moto prints it.
    proc = subprocess.Popen(["moto_server", "-H", "127.0.0.1", "-p", "0"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.time() + 60
    for line in proc.stdout:
        match = re.search(r"http://127\.0\.0\.1:\d+", line)
        if match:
            url = match.group(0)
            while time.time() < deadline:
                try:
                    urllib.request.urlopen(url + "/moto-api/", timeout=2)
                    return proc, url
                except OSError:
                    time.sleep(0.1)
        if time.time() > deadline:
            break
    proc.kill()
    raise SystemExit("moto_server did not start")


def timed(argv, env):
    start = time.perf_counter()
    result = subprocess.run(argv, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{argv[0]} failed ({result.returncode}): {result.stderr}")
    return elapsed


def main():
    dll, pairs = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 10
    proc, url = start_moto()
    env = dict(os.environ, AWS_ACCESS_KEY_ID="bench", AWS_SECRET_ACCESS_KEY="bench", AWS_DEFAULT_REGION="us-east-1",
               AWS_EC2_METADATA_DISABLED="true", DOTNET_CLI_TELEMETRY_OPTOUT="1")
    env.pop("AWS_PROFILE", None)
    try:
        subprocess.run(["aws", "sagemaker", "create-model", "--endpoint-url", url, "--model-name", "bench-model",
                        "--execution-role-arn", "arn:aws:iam::123456789012:role/bench", "--primary-container", "Image=bench-image"],
                       env=env, check=True, capture_output=True)
        ours, theirs = [], []
        for i in range(pairs + 1):
            def args(name):
                return ["sagemaker", "create-endpoint-config", "--endpoint-url", url, "--endpoint-config-name", name,
                        "--production-variants", "VariantName=a,ModelName=bench-model,InitialInstanceCount=1,InstanceType=ml.m5.large"]
            # The front end takes the arguments after `aws sagemaker create-endpoint-config`.
            o = timed(["dotnet", dll] + args(f"ours-{i}")[2:], env)
            t = timed(["aws"] + args(f"aws-{i}"), env)
            if i > 0:  # the first pair warms the disk cache
                ours.append(o)
                theirs.append(t)
    finally:
        proc.kill()
        proc.wait()
    mo, mt = statistics.median(ours), statistics.median(theirs)
    print(json.dumps({"pairs": pairs, "oursSeconds": round(mo, 3), "awsSeconds": round(mt, 3), "ratio": round(mt / mo, 2),
                      "ours": [round(x, 3) for x in ours], "aws": [round(x, 3) for x in theirs]}, indent=2))


if __name__ == "__main__":
    main()
