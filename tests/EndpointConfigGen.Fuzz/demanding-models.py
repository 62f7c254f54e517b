#!/usr/bin/env python3
"""Ranks the installed botocore's models (newest version per service) by what makes generated code
demanding, to pick BotocoreModelTests' rows: input depth (structures, lists and maps; a cycle counts once),
shapes on a reference cycle, unions, documents, members named like C# keywords or like generated locals,
and members both required and deprecated. Usage: python3 demanding-models.py [TOP]"""
import gzip, json, os, sys

import botocore

TOP = int(sys.argv[1]) if len(sys.argv) > 1 else 8
KEYWORDS = set("""abstract as base bool break byte case catch char checked class const continue decimal default
delegate do double else enum event explicit extern false finally fixed float for foreach goto if implicit in int
interface internal is lock long namespace new null object operator out override params private protected public
readonly ref return sbyte sealed short sizeof stackalloc static string struct switch this throw true try typeof
uint ulong unchecked unsafe ushort using virtual void volatile while""".split())
LOCALS = {"entries"}  # locals of generated methods that a member once collided with


def models():
    data = os.path.join(os.path.dirname(botocore.__file__), "data")
    for service in sorted(os.listdir(data)):
        folder = os.path.join(data, service)
        versions = sorted(v for v in os.listdir(folder) if os.path.isfile(os.path.join(folder, v, "service-2.json.gz"))) if os.path.isdir(folder) else []
        if versions:
            with gzip.open(os.path.join(folder, versions[-1], "service-2.json.gz")) as f:
                yield service, json.load(f)


def measure(service, model):
    shapes = model["shapes"]

    def children(name):
        shape = shapes[name]
        kind = shape["type"]
        if kind == "structure":
            return [m["shape"] for m in shape.get("members", {}).values()]
        if kind == "list":
            return [shape["member"]["shape"]]
        if kind == "map":
            return [shape["key"]["shape"], shape["value"]["shape"]]
        return []

    # Shapes on a cycle: strongly connected components (Tarjan) larger than one, or a shape holding itself.
    index, low, stack, on_stack, cyclic = {}, {}, [], set(), set()
    sys.setrecursionlimit(100000)

    def connect(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in children(v):
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1 or v in children(v):
                cyclic.update(component)

    for name in shapes:
        if name not in index:
            connect(name)

    depths = {}

    def depth(name):
        if name in cyclic:
            return 1
        if name not in depths:
            depths[name] = 1 + max([depth(c) for c in children(name)] or [0]) if shapes[name]["type"] in ("structure", "list", "map") else 0
        return depths[name]

    operations = sorted(((depth(op["input"]["shape"]), name) for name, op in model["operations"].items() if "input" in op), reverse=True)
    members = [(s, m, shapes[s].get("required", []), v) for s in shapes if shapes[s]["type"] == "structure" for m, v in shapes[s].get("members", {}).items()]
    return {
        "service": service,
        "protocol": model["metadata"].get("protocol"),
        "shapes": len(shapes),
        "depth": operations[0] if operations else (0, ""),
        "cyclic": len(cyclic),
        "unions": sum(1 for s in shapes.values() if s.get("union")),
        "documents": sum(1 for s in shapes.values() if s.get("document")),
        "keywords": sorted({m for _, m, _, _ in members if m.lower() in KEYWORDS}),
        "locals": sorted({s + "." + m for s, m, _, _ in members if m.lower() in LOCALS}),
        "required_deprecated": sorted(s + "." + m for s, m, required, v in members if m in required and v.get("deprecated")),
    }


rows = [measure(service, model) for service, model in models()]
for title, key in [("deepest input", lambda r: r["depth"][0]), ("shapes on a cycle", lambda r: r["cyclic"]),
                   ("unions", lambda r: r["unions"]), ("documents", lambda r: r["documents"]),
                   ("members named like C# keywords", lambda r: len(r["keywords"])), ("members named like generated locals", lambda r: len(r["locals"])),
                   ("members required and deprecated", lambda r: len(r["required_deprecated"])), ("shapes", lambda r: r["shapes"])]:
    print("== " + title)
    for r in sorted((r for r in rows if key(r)), key=key, reverse=True)[:TOP]:
        print(f"  {r['service']} ({r['protocol']}, {r['shapes']} shapes): depth {r['depth'][0]} ({r['depth'][1]}), cyclic {r['cyclic']}, unions {r['unions']}, documents {r['documents']}, keywords {r['keywords'][:6]}, locals {r['locals'][:3]}, required+deprecated {r['required_deprecated']}")
