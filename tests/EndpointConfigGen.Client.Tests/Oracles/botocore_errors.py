"""Parses error responses with botocore's json-protocol parser and prints the CLI's error line for each.

stdin: [{"operation", "status", "headers": {...}, "body": str}, ...]. stdout: a JSON list of
{"Code", "Message", "Line"}, where Line is str(ClientError), the text the AWS CLI prints.
"""
import json
import sys

from botocore.awsrequest import HeadersDict
from botocore.exceptions import ClientError
from botocore.parsers import create_parser

parser = create_parser("json")
out = []
for case in json.load(sys.stdin):
    parsed = parser.parse(
        {"status_code": case["status"], "headers": HeadersDict(case["headers"]), "body": case["body"].encode("utf-8")},
        None,
    )
    error = parsed["Error"]
    out.append({"Code": error["Code"], "Message": error["Message"], "Line": str(ClientError(parsed, case["operation"]))})
json.dump(out, sys.stdout)
