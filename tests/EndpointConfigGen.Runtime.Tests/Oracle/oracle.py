"""Answers questions with the real AWS CLI v1 parser and Python builtins.

Reads {"mode": ..., "inputs": [...]} as JSON on stdin and writes a JSON list of answers.
Offsets are converted from code points to UTF-16 code units to match .NET strings.
"""
import json
import struct
import sys

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


MODES = {'shorthand': shorthand, 'int': py_int, 'float': py_float,
         'float_repr': float_repr, 'repr': repr}

request = json.loads(sys.stdin.buffer.read().decode('utf-8'))
mode = MODES[request['mode']]
sys.stdout.write(json.dumps([mode(item) for item in request['inputs']]))
