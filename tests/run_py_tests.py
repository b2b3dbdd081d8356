#!/usr/bin/env python3
"""Runs the project's Python tests (tests/py/AREA/NAME.py) against stored
CPython 3.11 output, in one or more modes, and ends with `N passed, M failed`.
NAME.tr programs (Hausa keywords) are tests too; their NAME.out is CPython's
output for the same program spelled with Python keywords.

A test passes when stdout equals NAME.out byte for byte and, when NAME.err
exists, the exit status is non-zero and the last stderr line equals it
(otherwise the exit status must be 0). CPython is never run here.

usage: run_py_tests.py [--binary PATH] [--modes off,default,eager,stress]
                       [--jobs N] [--timeout S] [-k SUBSTR] [-v]
"""
import argparse
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

MODES = {
    "off": (["--jit=off"], {}),
    "default": ([], {}),
    "eager": (["--jit-threshold=1"], {}),
    "stress": (["--jit=off"], {"TAURARO_GC_STRESS": "1"}),
}
# A collection at every allocation makes programs much slower.
TIMEOUT_FACTOR = {"stress": 6}


def find_tests(pattern):
    tests = []
    base = os.path.join(HERE, "py")
    for dirpath, dirnames, filenames in os.walk(base):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(("_", ".")))
        for f in sorted(filenames):
            if not f.endswith((".py", ".tr")) or f.startswith("_"):
                continue
            path = os.path.join(dirpath, f)
            if not os.path.exists(path[:-3] + ".out"):
                continue
            rel = os.path.relpath(path, base)
            if pattern and not any(p in rel for p in pattern):
                continue
            tests.append(path)
    return tests


def run_one(binary, mode, path, timeout):
    flags, env_extra = MODES[mode]
    env = dict(os.environ)
    env.update(env_extra)
    cmd = [os.path.abspath(binary)] + flags + [os.path.basename(path)]
    try:
        p = subprocess.run(cmd, cwd=os.path.dirname(path), stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=timeout * TIMEOUT_FACTOR.get(mode, 1),
                           env=env)
    except subprocess.TimeoutExpired:
        return False, "timeout"
    with open(path[:-3] + ".out", "rb") as f:
        expected = f.read()
    if p.returncode < 0:
        return False, "killed by signal %d" % -p.returncode
    if p.stdout != expected:
        exp = expected.decode("utf-8", "replace").splitlines()
        got = p.stdout.decode("utf-8", "replace").splitlines()
        for i in range(max(len(exp), len(got))):
            e = exp[i] if i < len(exp) else "<missing>"
            g = got[i] if i < len(got) else "<missing>"
            if e != g:
                tail = p.stderr.decode("utf-8", "replace").strip().splitlines()[-1:]
                return False, "line %d: expected %r, got %r %s" % (i + 1, e, g, tail)
        return False, "output differs"
    err_path = path[:-3] + ".err"
    if os.path.exists(err_path):
        with open(err_path, "rb") as f:
            want = f.read().decode("utf-8").strip()
        lines = [l for l in p.stderr.decode("utf-8", "replace").splitlines() if l.strip()]
        last = lines[-1].strip() if lines else ""
        if p.returncode == 0 or last != want:
            return False, "stderr: expected %r, got %r (status %d)" % (want, last, p.returncode)
    elif p.returncode != 0:
        tail = p.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
        return False, "exit status %d: %s" % (p.returncode, " | ".join(tail))
    return True, ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=os.path.join(ROOT, "build", "tauraro"))
    ap.add_argument("--modes", default="off,default,eager,stress")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("-k", action="append", default=[])
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    tests = find_tests(args.k)
    passed = failed = 0
    for mode in args.modes.split(","):
        jobs = [(mode, t) for t in tests]
        with ThreadPoolExecutor(max_workers=args.jobs) as ex:
            results = list(ex.map(lambda j: run_one(args.binary, j[0], j[1], args.timeout), jobs))
        mode_fail = 0
        for (m, t), (ok, why) in zip(jobs, results):
            rel = os.path.relpath(t, os.path.join(HERE, "py"))
            if ok:
                passed += 1
                if args.v:
                    print("PASS [%s] %s" % (m, rel))
            else:
                failed += 1
                mode_fail += 1
                print("FAIL [%s] %s: %s" % (m, rel, why))
        print("mode %-8s %d/%d passed" % (mode, len(tests) - mode_fail, len(tests)))
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
