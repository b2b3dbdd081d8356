#!/usr/bin/env python3
"""Checks the `tauraro` command line against python3's behaviour: -m (the
package clipkg/, the module climod.py, and the errors), -c, -, a program
piped on stdin, -i after a script with stdin not a terminal, --version and
--help: stdout, exit status and the telling line of stderr. Runs in this
folder, so -m finds its modules through the current directory.
Ends with `N passed, M failed`.

The expectations are CPython 3.11's (run this script with
--binary python3.11 to see them hold, the version line aside).

usage: run_cli_tests.py [--binary PATH] [--timeout S] [-v]
"""
import argparse
import os
import subprocess
import sys

HERE = os.path.realpath(os.path.dirname(os.path.abspath(__file__)))
ROOT = os.path.dirname(os.path.dirname(HERE))

# name, arguments, stdin, expected stdout ({dir} is this folder), expected
# exit status, a string stderr must contain (or None).
CASES = [
    ("m_package", ["-m", "clipkg", "a", "b"], None,
     "init clipkg\nmain __main__ clipkg ['{dir}/clipkg/__main__.py', 'a', 'b'] 7\n", 0, None),
    ("m_module", ["-m", "climod", "x"], None, "mod __main__ '' ['x'] True\n", 4, None),
    ("m_submodule", ["-m", "clipkg.sub"], None, "init clipkg\nsub __main__ clipkg\n", 0, None),
    ("m_package_without_main", ["-m", "nomain"], None, "", 1,
     ": No module named nomain.__main__; 'nomain' is a package and cannot be directly executed"),
    ("m_missing", ["-m", "no_such_module_here"], None, "", 1,
     ": No module named no_such_module_here"),
    ("m_missing_submodule", ["-m", "clipkg.nope"], None, "init clipkg\n", 1,
     ": No module named clipkg.nope"),
    ("m_without_argument", ["-m"], None, "", 2, "Argument expected for the -m option"),
    ("m_sys_path", ["-m", "climod"], None, "mod __main__ '' [] True\n", 4, None),
    ("c_argv", ["-c", "import sys; print(sys.argv)", "a", "b"], None, "['-c', 'a', 'b']\n", 0, None),
    ("c_name", ["-c", "print(__name__)"], None, "__main__\n", 0, None),
    ("c_empty", ["-c", ""], None, "", 0, None),
    ("c_path0_empty", ["-c", "import sys; print(repr(sys.path[0]))"], None, "''\n", 0, None),
    ("c_exit_repr", ["-c", "print(exit, quit.name)"], None,
     "Use exit() or Ctrl-D (i.e. EOF) to exit quit\n", 0, None),
    ("c_exit_status", ["-c", "raise SystemExit(7)"], None, "", 7, None),
    ("c_exit_message", ["-c", "import sys; sys.exit('bye')"], None, "", 1, "bye"),
    ("c_traceback", ["-c", "1/0"], None, "", 1, "ZeroDivisionError: division by zero"),
    ("c_traceback_file", ["-c", "1/0"], None, "", 1, 'File "<string>", line 1, in <module>'),
    ("c_without_argument", ["-c"], None, "", 2, "Argument expected for the -c option"),
    ("dash_argv", ["-", "a", "b"], "import sys; print(sys.argv)\n", "['-', 'a', 'b']\n", 0, None),
    ("stdin_program", [], "print(6 * 7)\nimport sys; print(sys.argv)\n", "42\n['']\n", 0, None),
    ("stdin_traceback", [], "x = 1\n1/0\n", "", 1, 'File "<stdin>", line 2, in <module>'),
    ("i_after_script", ["-i", "inspect_me.py"], "answer + 1\nanswer\n", "ran\n43\n42\n", 0, None),
    ("i_after_systemexit", ["-i", "exits.py"], "'still here'\n", "'still here'\n", 0,
     "SystemExit: 5"),
    ("i_after_c", ["-i", "-c", "y = 5"], "y * 2\n", "10\n", 0, None),
    ("i_block_from_pipe", ["-i"], "def f(n):\n    return n + 1\n\nf(1)\n", "2\n", 0, None),
    ("i_error_then_more", ["-i"], "1/0\n'next'\n", "'next'\n", 0, "ZeroDivisionError"),
    ("i_exit_status", ["-i"], "raise SystemExit(3)\n", "", 3, None),
    ("version", ["--version"], None, None, 0, None),
    ("help", ["--help"], None, None, 0, None),
]


def run_case(binary, case, timeout):
    name, args, stdin, want_out, want_status, want_err = case
    proc = subprocess.run([binary] + args, cwd=HERE, input=(stdin or "").encode(),
                          capture_output=True, timeout=timeout)
    out = proc.stdout.decode("utf-8", "replace")
    err = proc.stderr.decode("utf-8", "replace")
    problems = []
    if name == "version":
        if not out.startswith("Tauraro ") and not out.startswith("Python 3"):
            problems.append(f"version line {out!r}")
    elif name == "help":
        if "usage:" not in out or "-m mod" not in out:
            problems.append(f"help text {out[:80]!r}")
    elif out != want_out.replace("{dir}", HERE):
        problems.append(f"stdout {out!r}, expected {want_out.replace('{dir}', HERE)!r}")
    if proc.returncode != want_status:
        problems.append(f"exit status {proc.returncode}, expected {want_status}")
    if want_err and want_err not in err:
        problems.append(f"stderr lacks {want_err!r}: {err[-300:]!r}")
    return problems


INTERRUPT_PROGRAM = """
try:
    while True:
        pass
except KeyboardInterrupt:
    print("caught", flush=True)
def spin():
    n = 0
    while True:
        n += 1
spin()
"""


def interrupt_problems(binary):
    """Ctrl-C in running code: KeyboardInterrupt can be caught; uncaught, it
    prints a traceback and the process ends by SIGINT, as python3 does."""
    import signal
    import time
    proc = subprocess.Popen([binary, "-c", INTERRUPT_PROGRAM], cwd=HERE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    problems = []
    try:
        for _ in range(2):
            time.sleep(0.5)
            proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        return ["timed out"]
    out = out.decode("utf-8", "replace")
    err = err.decode("utf-8", "replace")
    if out != "caught\n":
        problems.append(f"stdout {out!r}")
    if not err.rstrip().endswith("KeyboardInterrupt"):
        problems.append(f"stderr {err[-200:]!r}")
    if proc.returncode != -signal.SIGINT:
        problems.append(f"exit status {proc.returncode}, expected {-signal.SIGINT}")
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=os.path.join(ROOT, "build", "tauraro"))
    ap.add_argument("--timeout", type=float, default=30.0)
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    if os.sep in args.binary:  # the cases run in this folder
        args.binary = os.path.abspath(args.binary)
    passed = failed = 0
    for case in CASES:
        try:
            problems = run_case(args.binary, case, args.timeout)
        except subprocess.TimeoutExpired:
            problems = ["timed out"]
        except OSError as e:
            problems = [f"cannot run {args.binary}: {e}"]
        if problems:
            failed += 1
            print(f"FAIL {case[0]}: " + "; ".join(problems))
        else:
            passed += 1
            if args.v:
                print(f"ok   {case[0]}")
    problems = interrupt_problems(args.binary)
    if problems:
        failed += 1
        print("FAIL keyboard_interrupt: " + "; ".join(problems))
    else:
        passed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
