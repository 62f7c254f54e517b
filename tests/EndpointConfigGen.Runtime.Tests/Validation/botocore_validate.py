"""Runs botocore's own ParamValidator: reads {"model": path, "shape": name, "inputs": [json text, ...]}
on stdin and writes the list of reports ("" when valid), as ParamValidationError would print them."""
import json
import sys

from botocore.model import ServiceModel
from botocore.validate import ParamValidator

request = json.loads(sys.stdin.buffer.read().decode('utf-8'))
with open(request['model'], encoding='utf-8') as f:
    shape = ServiceModel(json.load(f)).shape_for(request['shape'])
validator = ParamValidator()
reports = []
for text in request['inputs']:
    errors = validator.validate(json.loads(text), shape)
    reports.append(errors.generate_report() if errors.has_errors() else '')
sys.stdout.write(json.dumps(reports))
