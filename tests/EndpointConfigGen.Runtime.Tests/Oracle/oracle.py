"""Answers questions with the real AWS CLI v1 parser, botocore's timestamp reader and Python builtins.

Reads {"mode": ..., "inputs": [...]} as JSON on stdin and writes a JSON list of answers.
Offsets are converted from code points to UTF-16 code units to match .NET strings.
"""
import ast
import calendar
import inspect
import json
import struct
import sys
import warnings

from awscli import argprocess
from botocore.utils import parse_to_aware_datetime

from awscli.shorthand import (DuplicateKeyInObjectError, ShorthandParser,
                              ShorthandParseSyntaxError)

# Keep the parser purely syntactic: @= must not read files here.
ShorthandParser._resolve_paramfiles = lambda self, value: value


def utf16_offset(text, index):
    return len(text[:index].encode('utf-16-le', 'surrogatepass')) // 2


def shorthand(text):
    try:
        return {'ok': True, 'tree': ShorthandParser().parse(text)}
    except ShorthandParseSyntaxError as e:
        # 1.45.11 prints a literal placeholder instead of the location; rebuild the
        # upstream-correct message with the installed _error_location().
        return {'ok': False, 'raw': str(e), 'index': utf16_offset(text, e.index),
                'message': f"Expected: '{e.expected}', received: '{e.actual}' for input:\n"
                           + e._error_location()}
    except DuplicateKeyInObjectError as e:
        return {'ok': False, 'raw': str(e), 'index': utf16_offset(text, e.index), 'message': str(e)}
    except RecursionError:
        return {'ok': False, 'raw': 'RecursionError', 'index': -1, 'message': 'RecursionError'}


def py_int(text):
    try:
        return {'ok': True, 'value': str(int(text))}
    except ValueError as e:
        return {'ok': False, 'message': str(e)}


def py_float(text):
    try:
        value = float(text)
        return {'ok': True, 'bits': struct.unpack('<q', struct.pack('<d', value))[0], 'repr': repr(value)}
    except ValueError as e:
        return {'ok': False, 'message': str(e)}


def float_repr(bits):
    return repr(struct.unpack('<d', struct.pack('<q', bits))[0])


def timestamp(text):
    """botocore's reading of a timestamp, as whole epoch seconds and microseconds."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            value = parse_to_aware_datetime(text)
        return {'ok': True, 'seconds': calendar.timegm(value.timetuple()), 'micros': value.microsecond}
    except Exception as e:  # ValueError when refused, RuntimeError where botocore crashes
        return {'ok': False, 'message': str(e)}


def old_list_cases(_):
    """The rows of the table in awscli's ParamShorthand._uses_old_list_case, read from its source."""
    source = inspect.getsource(argprocess.ParamShorthand._uses_old_list_case)
    tree = ast.parse(source.strip())
    table = next(ast.literal_eval(node.value) for node in ast.walk(tree)
                 if isinstance(node, ast.Assign) and node.targets[0].id == 'cases')
    return [[service, operation, argument] for service, operations in table.items()
            for operation, arguments in operations.items() for argument in arguments]


MODES = {'timestamp': timestamp, 'old_list_cases': old_list_cases, 'shorthand': shorthand, 'int': py_int, 'float': py_float,
         'float_repr': float_repr, 'repr': repr}

request = json.loads(sys.stdin.buffer.read().decode('utf-8'))
mode = MODES[request['mode']]
sys.stdout.write(json.dumps([mode(item) for item in request['inputs']]))
