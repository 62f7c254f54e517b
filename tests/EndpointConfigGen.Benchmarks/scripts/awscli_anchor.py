#!/usr/bin/env python3
"""The AWS CLI anchor for issue item 1: awscli.shorthand.ShorthandParser().parse on the strings of
parse-cases.json (the same file the C# benchmarks read). Prints JSON: per case, the best of 5 timeit
repeats in nanoseconds per parse, as timeit's documentation recommends (min is the least noisy).

    python3 scripts/awscli_anchor.py parse-cases.json > python.json
"""
import json
import sys
import timeit

import awscli
from awscli.shorthand import ShorthandParser


def main(path):
    with open(path, encoding="utf-8") as f:
        cases = json.load(f)
    parser = ShorthandParser()
    result = {"awscli": awscli.__version__, "python": sys.version.split()[0], "cases": {}}
    for name, case in cases.items():
        text = case["shorthand"]
        timer = timeit.Timer(lambda: parser.parse(text))
        number, _ = timer.autorange()
        best = min(timer.repeat(repeat=5, number=number))
        result["cases"][name] = {"nsPerParse": best / number * 1e9, "bytes": len(text.encode("utf-8"))}
    json.dump(result, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main(sys.argv[1])
