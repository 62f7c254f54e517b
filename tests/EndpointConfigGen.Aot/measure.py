#!/usr/bin/env python3
"""The run half of run.sh: one moto_server on loopback with signature checking on, the native programs checked
against it, then timed as whole processes in interleaved rounds (each round runs every program once, in turn,
so they share the machine's noise). Prints the results as Markdown.

    python3 measure.py OUT_DIR ROUNDS

OUT_DIR holds the published programs (consumer/AotConsumer, sdk/SdkConsumer, cli/EndpointConfigCli and the JIT
front end's dll in cli-jit/). Every create uses a new name; a failed check exits 1 after printing what happened.
"""
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

REGION = "us-east-1"
ACCOUNT = "123456789012"
MODEL = "aot-model"
# moto routes unchecked calls by the credential scope; they need no real signature.
IAM_AUTH = "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20250101/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=0"


def start_moto(log_path):
    log = open(log_path, "w")
    process = subprocess.Popen(["moto_server", "-H", "127.0.0.1", "-p", "0"], stdout=log, stderr=subprocess.STDOUT)
    for _ in range(300):
        text = open(log_path).read()
        match = re.search(r"http://127\.0\.0\.1:\d+", text)
        if match:
            try:
                urllib.request.urlopen(match.group(0) + "/moto-api/", timeout=2).read()
                return process, match.group(0)
            except OSError:
                pass
        time.sleep(0.1)
    process.kill()
    sys.exit("moto_server did not start:\n" + open(log_path).read())


def enable_signature_checking(url):
    """As the client tests' MotoSignatureChecking: the next 4 calls go unchecked and make an IAM user with a key."""
    calls = [
        {"Action": "CreateUser", "UserName": "ecg-aot"},
        {"Action": "CreatePolicy", "PolicyName": "ecg-aot-all",
         "PolicyDocument": '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}'},
        {"Action": "AttachUserPolicy", "UserName": "ecg-aot", "PolicyArn": f"arn:aws:iam::{ACCOUNT}:policy/ecg-aot-all"},
        {"Action": "CreateAccessKey", "UserName": "ecg-aot"},
    ]
    reset = urllib.request.Request(url + "/moto-api/reset-auth", data=str(len(calls)).encode(), headers={"Content-Type": "text/plain"})
    urllib.request.urlopen(reset).read()
    body = b""
    for call in calls:
        data = urllib.parse.urlencode({**call, "Version": "2010-05-08"}).encode()
        request = urllib.request.Request(url + "/", data=data, headers={"Authorization": IAM_AUTH})
        body = urllib.request.urlopen(request).read()
    root = ET.fromstring(body)
    field = lambda name: next(e.text for e in root.iter() if e.tag.endswith(name))
    return field("AccessKeyId"), field("SecretAccessKey")


def run(argv, env):
    started = time.perf_counter()
    result = subprocess.run(argv, env=env, stdin=subprocess.DEVNULL, capture_output=True)
    return time.perf_counter() - started, result


def check(what, result, expected_in_stdout=None, expected_exit=0):
    out = result.stdout.decode(errors="replace")
    if result.returncode != expected_exit or (expected_in_stdout is not None and expected_in_stdout not in out):
        sys.exit(f"{what}: exit {result.returncode}, expected {expected_exit} and {expected_in_stdout!r} printed\n"
                 f"stdout: {out}\nstderr: {result.stderr.decode(errors='replace')}")


def main(out, rounds):
    process, url = start_moto(os.path.join(out, "moto.log"))
    try:
        key, secret = enable_signature_checking(url)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "ENDPOINTCONFIGGEN_"))}
        env.update(AWS_ACCESS_KEY_ID=key, AWS_SECRET_ACCESS_KEY=secret, AWS_DEFAULT_REGION=REGION,
                   AWS_EC2_METADATA_DISABLED="true", AWS_CONFIG_FILE=os.devnull, AWS_SHARED_CREDENTIALS_FILE=os.devnull)
        aws = shutil.which("aws")
        _, made = run([aws, "sagemaker", "create-model", "--endpoint-url", url, "--model-name", MODEL,
                       "--execution-role-arn", f"arn:aws:iam::{ACCOUNT}:role/aot", "--primary-container", "Image=aot"], env)
        check("aws sagemaker create-model", made)
        # A wrong secret must be refused: the runs below are signed and checked.
        _, refused = run([os.path.join(out, "consumer", "AotConsumer"), url, "aot-refused", MODEL], {**env, "AWS_SECRET_ACCESS_KEY": "wrong"})
        if refused.returncode == 0 or b"signature we calculated does not match" not in refused.stderr:
            sys.exit("moto accepted a wrong signature: " + refused.stderr.decode(errors="replace"))

        arn = lambda kind, name: f"arn:aws:sagemaker:{REGION}:{ACCOUNT}:{kind}/{name}"
        table = lambda name: f"arn:aws:dynamodb:{REGION}:{ACCOUNT}:table/{name}"
        dotnet = shutil.which("dotnet")
        programs = {
            # name: (argv for round i, what round i must print, expected exit)
            "AotConsumer start-up": (lambda i: [os.path.join(out, "consumer", "AotConsumer")], lambda i: None, 2),
            "SdkConsumer start-up": (lambda i: [os.path.join(out, "sdk", "SdkConsumer")], lambda i: None, 2),
            "AotConsumer create": (lambda i: [os.path.join(out, "consumer", "AotConsumer"), url, f"aot-c{i}", MODEL],
                                   lambda i: arn("endpoint-config", f"aot-c{i}"), 0),
            "SdkConsumer create": (lambda i: [os.path.join(out, "sdk", "SdkConsumer"), url, f"aot-t{i}"],
                                   lambda i: table(f"aot-t{i}"), 0),
            "front end native": (lambda i: [os.path.join(out, "cli", "EndpointConfigCli"), *front_args(url, f"aot-n{i}")],
                                 lambda i: arn("endpoint-config", f"aot-n{i}"), 0),
            "front end JIT": (lambda i: [dotnet, os.path.join(out, "cli-jit", "EndpointConfigCli.dll"), *front_args(url, f"aot-j{i}")],
                              lambda i: arn("endpoint-config", f"aot-j{i}"), 0),
            "aws": (lambda i: [aws, "sagemaker", "create-endpoint-config", *front_args(url, f"aot-a{i}")],
                    lambda i: arn("endpoint-config", f"aot-a{i}"), 0),
        }
        times = {name: [] for name in programs}
        # Round 0 warms the page cache and moto; it is checked but not counted.
        for i in range(rounds + 1):
            for name, (argv, expected, exit_code) in programs.items():
                elapsed, result = run(argv(i), env)
                check(f"{name} (round {i})", result, expected(i), exit_code)
                if i > 0:
                    times[name].append(elapsed)
    finally:
        process.kill()
        process.wait()

    size = lambda path: os.path.getsize(os.path.join(out, path)) / 1e6
    median = {name: statistics.median(values) * 1000 for name, values in times.items()}
    print(f"| program | native binary | start-up (no arguments, exit 2) | one create against moto |")
    print("|---|---:|---:|---:|")
    print(f"| AotConsumer (ours: CreateEndpointConfig models, `Validate()`, generated `SageMakerClient`) | {size('consumer/AotConsumer'):.1f} MB "
          f"| {median['AotConsumer start-up']:.0f} ms | {median['AotConsumer create']:.0f} ms |")
    print(f"| SdkConsumer (AWSSDK.DynamoDBv2 4.1.0.1 `CreateTable`) | {size('sdk/SdkConsumer'):.1f} MB "
          f"| {median['SdkConsumer start-up']:.0f} ms | {median['SdkConsumer create']:.0f} ms |")
    print()
    print("| one `create-endpoint-config` as a whole process | median | vs `aws` |")
    print("|---|---:|---:|")
    for name in ("front end native", "front end JIT", "aws"):
        ratio = median["aws"] / median[name]
        print(f"| {name} | {median[name]:.0f} ms | {ratio:.1f}x faster |" if name != "aws" else f"| `aws` (CLI v1) | {median[name]:.0f} ms | 1.0x |")
    print()
    print(f"Medians of {rounds} interleaved rounds (after one unmeasured round); front end native binary "
          f"{size('cli/EndpointConfigCli'):.1f} MB. Every create was checked (exit code and printed ARN) on moto with signature checking.")
    print()
    print("Raw times (ms): " + "; ".join(f"{name}: " + ", ".join(f"{t * 1000:.0f}" for t in values) for name, values in times.items()))


def front_args(url, name):
    return ["--endpoint-url", url, "--endpoint-config-name", name,
            "--production-variants", f"VariantName=a,ModelName={MODEL},InitialInstanceCount=1,InstanceType=ml.m5.large"]


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
