#!/usr/bin/env python3
"""Vendor a slice of a botocore service model: chosen operations plus the closure
of their input and output shapes, with every documentation string removed.

    python3 shapes/extract.py                      # writes shapes/sagemaker/CreateEndpointConfig.shape.json
    python3 shapes/extract.py --check              # exit 1 if the vendored file drifted from botocore
    python3 shapes/extract.py --operations CreateModel,CreateTrainingJob --out /tmp/x.shape.json
    python3 shapes/extract.py --errors ...         # keep the operations' errors and their error shapes

Also checks the rules file beside the default output (see shapes/README.md).
"""
import argparse
import difflib
import gzip
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, "sagemaker", "CreateEndpointConfig.shape.json")
DEFAULT_RULES = os.path.join(HERE, "sagemaker", "CreateEndpointConfig.rules.json")


def load_model(service, api_version):
    import botocore

    path = os.path.join(os.path.dirname(botocore.__file__), "data", service, api_version, "service-2.json.gz")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return json.load(f), botocore.__version__


def strip_docs(node):
    # Only string values are documentation; a member could legally be *named* "documentation".
    if isinstance(node, dict):
        return {k: strip_docs(v) for k, v in node.items() if not (k == "documentation" and isinstance(v, str))}
    if isinstance(node, list):
        return [strip_docs(v) for v in node]
    return node


def shape_refs(shape):
    if shape["type"] == "structure":
        return [m["shape"] for m in shape.get("members", {}).values()]
    if shape["type"] == "list":
        return [shape["member"]["shape"]]
    if shape["type"] == "map":
        return [shape["key"]["shape"], shape["value"]["shape"]]
    return []


def closure(shapes, roots):
    seen, todo = set(), list(roots)
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo.extend(shape_refs(shapes[name]))
    return seen


def extract(model, operation_names, errors=False):
    ops, roots = {}, []
    for name in operation_names:
        op = dict(model["operations"][name])
        # Error shapes (e.g. ResourceLimitExceeded) lie outside the request/response closure: without
        # --errors the list is dropped, which keeps the file self-contained without pulling them in.
        if errors:
            roots += [e["shape"] for e in op.get("errors", [])]
        else:
            op.pop("errors", None)
        ops[name] = op
        roots += [op[k]["shape"] for k in ("input", "output") if k in op]
    keep = closure(model["shapes"], roots)
    out = {"version": model["version"], "metadata": model["metadata"], "operations": ops,
           "shapes": {n: s for n, s in model["shapes"].items() if n in keep}}
    return strip_docs(out)


def render(doc):
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def summary(doc):
    counts = {}
    for s in doc["shapes"].values():
        counts[s["type"]] = counts.get(s["type"], 0) + 1
    enums = sum(1 for s in doc["shapes"].values() if "enum" in s)
    parts = [f"{v} {k}" + (f" ({enums} enum)" if k == "string" else "") for k, v in sorted(counts.items())]
    return f"{len(doc['shapes'])} shapes: " + ", ".join(parts)


def family(instance_type):
    # ml.g6e.12xlarge -> g6e; ml.p6-b200.48xlarge -> p6-b200
    return instance_type.split(".")[1]


def check_rules(doc, rules_path):
    """Every instance family in the model's enum must be classified exactly once."""
    with open(rules_path, encoding="utf-8") as f:
        rules = json.load(f)["localStorageInstanceFamilies"]
    shape = doc["shapes"].get(rules["shape"])
    if shape is None:
        print(f"rules: shape {rules['shape']} not in model")
        return False
    families = []
    for value in shape["enum"]:
        if family(value) not in families:
            families.append(family(value))
    with_, without = set(rules["withLocalStorage"]), set(rules["withoutLocalStorage"])
    ok = True
    for label, names in (("unclassified", [f for f in families if f not in with_ | without]),
                         ("classified both ways", sorted(with_ & without)),
                         ("not in the model enum", sorted((with_ | without) - set(families)))):
        if names:
            print(f"rules: {label}: {', '.join(names)}")
            ok = ok and label == "not in the model enum"  # stale entries are harmless: older models
    print(f"rules: {len(families)} families in {rules['shape']} ({len(shape['enum'])} values), "
          f"{len(with_)} with local storage, {len(without)} without")
    return ok


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--service", default="sagemaker")
    ap.add_argument("--api-version", default="2017-07-24")
    ap.add_argument("--operations", default="CreateEndpointConfig", help="comma-separated operation names")
    ap.add_argument("--errors", action="store_true", help="keep each operation's errors and the error shapes they name")
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--rules", default=None, help="rules file to check (default: the one beside the default output)")
    ap.add_argument("--check", action="store_true", help="compare with --out instead of writing it")
    args = ap.parse_args()

    model, version = load_model(args.service, args.api_version)
    doc = extract(model, [o.strip() for o in args.operations.split(",") if o.strip()], args.errors)
    text = render(doc)
    print(f"botocore {version}: {args.operations}: {summary(doc)}")

    ok = True
    rules = args.rules or (DEFAULT_RULES if os.path.abspath(args.out) == DEFAULT_OUT else None)
    if rules and os.path.exists(rules):
        ok = check_rules(doc, rules)

    if not args.check:
        with open(args.out, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        print(f"wrote {os.path.relpath(args.out)}")
        return 0 if ok else 1

    try:
        with open(args.out, encoding="utf-8") as f:
            current = f.read()
    except FileNotFoundError:
        current = ""
    if current != text:
        diff = list(difflib.unified_diff(current.splitlines(), text.splitlines(), "vendored", "botocore", n=0, lineterm=""))
        changed = [l for l in diff if l[:1] in "+-" and l[:3] not in ("+++", "---")]
        print(f"drift: {os.path.relpath(args.out)} differs from botocore {version} ({len(changed)} changed lines)")
        print("\n".join(changed[:40]) + ("\n..." if len(changed) > 40 else ""))
        print("rerun without --check to update")
        return 1
    print("vendored file is up to date")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
