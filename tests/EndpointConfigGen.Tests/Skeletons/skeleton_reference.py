#!/usr/bin/env python3
"""Reference --generate-cli-skeleton texts from the real botocore/awscli, for the skeleton tests.

    python3 skeleton_reference.py input  MODEL.json [OPERATION ...]   # botocore ArgumentGenerator, enum = first value
    python3 skeleton_reference.py output MODEL.json [OPERATION ...]   # ArgumentGenerator(use_member_names=True)
    /usr/bin/python3 skeleton_reference.py yaml-input MODEL.json [OPERATION ...]   # CLI v2's YAMLArgumentGenerator
    python3 skeleton_reference.py extract SERVICE-2.json OUT.json OPERATION[,OPERATION]  # slice keeping documentation

Prints one JSON object: operation name -> skeleton text (all operations when none are named).
"""
import datetime
import io
import json
import sys


def service_model(path, mode):
    # yaml-input runs on CLI v2's Python, which carries its own botocore inside awscli.
    if mode == "yaml-input":
        from awscli.botocore.model import ServiceModel
    else:
        from botocore.model import ServiceModel

    with open(path, encoding="utf-8") as f:
        return ServiceModel(json.load(f))


def encode_datetime(value):
    # The CLI's json_encoder: datetimes as isoformat().
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    raise TypeError(repr(value))


def first_enum_generator(use_member_names):
    from botocore.utils import ArgumentGenerator

    class FirstEnumValue(ArgumentGenerator):
        """CLI v2's rule: an enum's first value (the v1 botocore picks one at random)."""

        def _generate_skeleton(self, shape, stack, name=""):
            if shape.type_name == "string" and shape.enum and not self._use_member_names:
                return shape.enum[0]
            return super()._generate_skeleton(shape, stack, name)

    return FirstEnumValue(use_member_names=use_member_names)


def input_skeleton(op):
    # generatecliskeleton._generate_input_skeleton: json.dump(indent=4) plus a newline.
    skeleton = first_enum_generator(False).generate_skeleton(op.input_shape) if op.input_shape else {}
    return json.dumps(skeleton, indent=4, default=encode_datetime) + "\n"


def output_skeleton(op):
    # What the CLI's JSON formatter would print for the stubbed response: nothing when it is empty.
    skeleton = first_enum_generator(True).generate_skeleton(op.output_shape) if op.output_shape else {}
    if skeleton == {}:
        return ""
    return json.dumps(skeleton, indent=4, default=encode_datetime, ensure_ascii=False) + "\n"


def yaml_input_skeleton(op):
    # generatecliskeleton._generate_yaml_input_skeleton, writing to a buffer instead of stdout.
    from awscli.customizations.generatecliskeleton import YAMLArgumentGenerator, _Bytes
    from ruamel.yaml import YAML

    yaml = YAML()
    yaml.representer.add_representer(_Bytes, _Bytes.represent)
    skeleton = YAMLArgumentGenerator().generate_skeleton(op.input_shape) if op.input_shape else yaml.map()
    buffer = io.StringIO()
    yaml.dump(skeleton, buffer)
    return buffer.getvalue()


def extract(source, out, operations):
    """The operations plus the closure of their shapes, documentation kept (unlike shapes/extract.py)."""
    with open(source, encoding="utf-8") as f:
        model = json.load(f)
    ops = {name: {k: v for k, v in model["operations"][name].items() if k != "errors"} for name in operations}
    todo = [op[k]["shape"] for op in ops.values() for k in ("input", "output") if k in op]
    keep = set()
    while todo:
        name = todo.pop()
        if name in keep:
            continue
        keep.add(name)
        shape = model["shapes"][name]
        todo += [m["shape"] for m in shape.get("members", {}).values()]
        todo += [shape[k]["shape"] for k in ("member", "key", "value") if k in shape]
    doc = {"version": model["version"], "metadata": model["metadata"], "operations": ops,
           "shapes": {n: s for n, s in model["shapes"].items() if n in keep}}
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        json.dump(doc, f, indent=2, ensure_ascii=False)


def main(argv):
    mode = argv[1]
    if mode == "extract":
        extract(argv[2], argv[3], argv[4].split(","))
        return 0
    render = {"input": input_skeleton, "output": output_skeleton, "yaml-input": yaml_input_skeleton}[mode]
    model = service_model(argv[2], mode)
    names = argv[3:] or model.operation_names
    json.dump({name: render(model.operation_model(name)) for name in names}, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
