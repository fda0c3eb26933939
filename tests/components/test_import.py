"""``import pipeline.components`` reads no rule data and compiles no rule pattern: that work is
done once, when a component is made (checked in a fresh interpreter, without timing)."""

import json
import subprocess
import sys

PROBE = r'''
import builtins, io, json, os, re, sys
import pipeline
ROOT = os.path.dirname(os.path.abspath(pipeline.__file__)) + os.sep
import spacy, spacy.language, spacy.tokens, pycountry  # noqa  (their own imports are not ours)

opened, compiled = [], []
real_open, real_compile = io.open, re._compile

def ours():
    """Our package's frames on the stack, innermost first: (module path, function name)."""
    found, frame = [], sys._getframe(2)
    while frame is not None:
        if frame.f_code.co_filename.startswith(ROOT):
            found.append([os.path.relpath(frame.f_code.co_filename, ROOT), frame.f_code.co_name])
        frame = frame.f_back
    return found

def spy_open(file, *args, **kwargs):
    opened.append([str(file), ours()])
    return real_open(file, *args, **kwargs)

def spy_compile(pattern, flags):
    stack = ours()
    if stack:
        compiled.append([stack, len(str(pattern))])
    return real_compile(pattern, flags)

builtins.open = io.open = spy_open
re._compile = spy_compile
import pipeline.components  # noqa
print(json.dumps({"opened": opened, "compiled": compiled}))
'''


# Modules allowed to load rules at import while a rework is pending (none since issue 15).
PENDING: set[str] = set()


def _pending(stack) -> bool:
    return any(module in PENDING for module, _ in stack)


def probe() -> dict:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_import_components_reads_no_rule_file_and_compiles_no_rule_pattern():
    found = probe()
    read = sorted({path for path, stack in found["opened"]
                   if ("/pipeline/rules/" in path or "/pycountry/databases/" in path) and not _pending(stack)})
    assert read == [], f"rule data read at import: {read}"
    # Only module constants (``X = re.compile(r"...")``) may compile at import; rule patterns are
    # built by functions, which must wait until a component is made.
    built = sorted({f"{stack[0][0]} in {stack[0][1]}()" for stack, _ in found["compiled"]
                    if stack[0][1] != "<module>" and not _pending(stack)})
    assert built == [], f"patterns compiled by functions at import: {built}"


def test_the_probe_sees_rule_loading_when_it_happens():
    code = PROBE.replace("import pipeline.components  # noqa",
                         "import pipeline.components\nfrom pipeline.components.dates import load_grammar\n"
                         "load_grammar()  # what making claims_dates does")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    found = json.loads(out.stdout.strip().splitlines()[-1])
    assert any(path.endswith("dates_patterns.jsonl") for path, _ in found["opened"])
    assert any(stack[0][1] != "<module>" for stack, _ in found["compiled"])
