"""The AWS CLI v1's own processing of one top-level argument, as `aws SERVICE OPERATION --ARG VALUE` does it.

Reads [{"service", "operation", "argument", "value": str or [str, ...]}, ...] as JSON on stdin (CLI names:
"elb", "register-instances-with-load-balancer", "instances") and writes one answer per case:
{"ok": true, "value": ...} or {"ok": false, "error": text}. The value is what botocore would send:
timestamps as the JSON protocol's epoch seconds, everything else as the CLI built it. The error is the
text after "Error parsing parameter '--x': " for the CLI's ParamError, Python's own message for an
exception that reaches the top, and botocore's "Parameter validation failed:" report for the argument.
"""
import calendar
import json
import sys

from awscli import shorthand
from awscli.argprocess import ParamError
from awscli.clidriver import create_clidriver
from botocore.utils import parse_to_aware_datetime
from botocore.validate import ParamValidator, ValidationErrors

# 1.45.11 prints a literal placeholder instead of the location; the project reproduces the upstream-correct
# message (as Runtime.Tests' oracle rebuilds it), so rebuild it here too.
shorthand.ShorthandParseSyntaxError._construct_msg = lambda self: (
    f"Expected: '{self.expected}', received: '{self.actual}' for input:\n" + self._error_location())

driver = create_clidriver()
commands = driver._get_command_table()


def sent(value, shape):
    """The value as botocore serializes it for the JSON protocol (only timestamps change)."""
    if value is None:
        return None
    kind = shape.type_name
    if kind == 'structure' and isinstance(value, dict):
        return {k: sent(v, shape.members[k]) if k in shape.members else v for k, v in value.items()}
    if kind == 'list' and isinstance(value, list):
        return [sent(v, shape.member) for v in value]
    if kind == 'map' and isinstance(value, dict):
        return {k: sent(v, shape.value) for k, v in value.items()}
    if kind == 'timestamp':
        return int(calendar.timegm(parse_to_aware_datetime(value).timetuple()))
    return value


def answer(case):
    operation = commands[case['service']]._get_command_table()[case['operation']]
    argument = operation.arg_table[case['argument']]
    params = {}
    try:
        unpacked = operation._unpack_arg(argument, case['value'], None)
        argument.add_to_params(params, unpacked)
    except ParamError as e:
        return {'ok': False, 'error': e.message}
    except Exception as e:  # the CLI prints Python's message as it is
        return {'ok': False, 'error': str(e)}
    name = argument._serialized_name
    errors = ValidationErrors()
    try:
        ParamValidator()._validate(params[name], argument.argument_model, errors, name)
    except Exception as e:  # botocore's timestamp check raises RuntimeError for 'inf'
        return {'ok': False, 'error': str(e)}
    if errors.has_errors():
        return {'ok': False, 'error': 'Parameter validation failed:\n' + errors.generate_report()}
    return {'ok': True, 'value': sent(params[name], argument.argument_model)}


cases = json.loads(sys.stdin.buffer.read().decode('utf-8'))
sys.stdout.write(json.dumps([answer(case) for case in cases], ensure_ascii=True))
