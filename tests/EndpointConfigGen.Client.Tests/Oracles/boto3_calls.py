"""Runs SageMaker calls with boto3 and prints what boto3 returned, as JSON.

stdin: {"endpoint": URL, "region": R, "calls": [[OperationName, params], ...]}; credentials come from the
environment. stdout: one entry per call, the parsed response without ResponseMetadata, or
{"Error": {"Code", "Message"}} for a ClientError. Timestamps print as epoch seconds.
"""
import datetime
import json
import sys

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError
from botocore import xform_name

request = json.load(sys.stdin)
client = boto3.client(
    "sagemaker",
    endpoint_url=request["endpoint"],
    region_name=request["region"],
    config=Config(retries={"max_attempts": 1}),
)
results = []
for operation, params in request["calls"]:
    try:
        response = getattr(client, xform_name(operation))(**params)
        response.pop("ResponseMetadata", None)
        results.append(response)
    except ClientError as error:
        results.append({"Error": {k: error.response["Error"][k] for k in ("Code", "Message")}})


def encode(value):
    if isinstance(value, datetime.datetime):
        return value.timestamp()
    raise TypeError(type(value))


json.dump(results, sys.stdout, default=encode)
