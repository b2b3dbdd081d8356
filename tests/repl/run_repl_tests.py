#!/usr/bin/env python3
"""Drives `tauraro`'s interactive prompt on a pseudo-terminal, as a person
at a keyboard would, and checks what it shows: values printed, multi-line
blocks, tracebacks and recovery, Ctrl-C, `_`, history, and how it exits.
Ends with `N passed, M failed`.

Before typing, a session waits for the prompt and for the line editor to
have put the terminal in raw mode (keys typed earlier would be echoed twice
and Ctrl-C/Ctrl-D taken by the terminal), and gives up after a timeout
rather than hanging.

usage: run_repl_tests.py [--binary PATH] [--timeout S] [-v]
"""
import argparse
import os
import pty
import re
import select
import shutil
import signal
import sys
import tempfile
import termios
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

PROMPT = re.compile(rb"(>>>|\.\.\.) $")
# Cursor movement and other terminal controls the line editor may send.
CONTROL = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]|[\x07\x08]")


class Timeout(Exception):
    pass


class Session:
    """One `tauraro` process on a pseudo-terminal."""

    def __init__(self, binary, args, home, timeout):
        self.timeout = timeout
        self.pending = b""
        self.status = None
        env = dict(os.environ, TERM="dumb", HOME=home)
        env.pop("TAURARO_GC_STRESS", None)
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            try:
                os.execve(binary, [binary] + args, env)
            finally:
                os._exit(127)

    def _read_some(self, deadline):
        left = deadline - time.monotonic()
        if left <= 0:
            raise Timeout()
        ready, _, _ = select.select([self.fd], [], [], left)
        if not ready:
            raise Timeout()
        try:
            data = os.read(self.fd, 4096)
        except OSError:  # the child closed the terminal
            data = b""
        if not data:
            raise EOFError()
        self.pending += data

    def read_until(self, pattern):
        """Output up to and including the first match of `pattern`."""
        deadline = time.monotonic() + self.timeout
        while True:
            m = pattern.search(self.pending)
            if m:
                out, self.pending = self.pending[: m.end()], self.pending[m.end():]
                return out
            self._read_some(deadline)

    def prompt(self):
        """Output up to the next `>>> ` or `... ` prompt, without it."""
        return clean(self.read_until(PROMPT)[:-4])

    def send(self, text):
        self._wait_for_raw_mode()
        os.write(self.fd, text.encode())

    def _wait_for_raw_mode(self):
        deadline = time.monotonic() + self.timeout
        while termios.tcgetattr(self.fd)[3] & termios.ICANON:
            if time.monotonic() > deadline:
                raise Timeout()
            time.sleep(0.005)

    def run(self, line):
        """Types `line` and Enter; returns what was shown before the next
        prompt, without the echoed line."""
        self.send(line + "\n")
        out = self.prompt()
        echo = line + "\n"
        return out[len(echo):] if out.startswith(echo) else out

    def wait(self):
        """The exit status, reading (and keeping) output until the end."""
        deadline = time.monotonic() + self.timeout
        while self.status is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = os.waitstatus_to_exitcode(status)
                break
            try:
                self._read_some(min(deadline, time.monotonic() + 0.1))
            except (Timeout, EOFError):
                if time.monotonic() >= deadline:
                    raise Timeout()
                time.sleep(0.02)
        return self.status

    def close(self):
        if self.status is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except OSError:
                pass
        os.close(self.fd)


def clean(raw):
    return CONTROL.sub(b"", raw).replace(b"\r", b"").decode("utf-8", "replace")


def expect(cond, what):
    if not cond:
        raise AssertionError(what)


# ---- the tests: each gets a fresh session (prompt already shown) -----------

def test_banner_and_value(s):
    expect("Tauraro" in s.banner, f"banner: {s.banner!r}")
    out = s.run("1+2")
    expect(out == "3\n", f"1+2 showed {out!r}")
    out = s.run("'a' * 3")
    expect(out == "'aaa'\n", f"repr of a str: {out!r}")


def test_none_prints_nothing(s):
    expect(s.run("None") == "", "None printed something")
    expect(s.run("x = 5") == "", "an assignment printed something")
    expect(s.run("print('hi')") == "hi\n", "print() in the REPL")


def test_multiline_def(s):
    for line in ["def add(a, b):", "    total = a + b", "    return total"]:
        s.send(line + "\n")
        out = s.read_until(PROMPT)
        expect(out.endswith(b"... "), f"continuation prompt after {line!r}: {out!r}")
    out = s.run("")
    expect(out.strip() == "", f"ending the block printed {out!r}")
    out = s.run("add(40, 2)")
    expect(out == "42\n", f"calling the function: {out!r}")


def test_one_line_compound_waits(s):
    s.send("for i in range(3): i\n")
    out = s.read_until(PROMPT)
    expect(out.endswith(b"... "), "a one-line for must wait for an empty line")
    out = s.run("")
    expect(out == "0\n1\n2\n", f"loop values: {out!r}")


def test_open_bracket_continues(s):
    s.send("xs = [1,\n")
    expect(s.read_until(PROMPT).endswith(b"... "), "open bracket must continue")
    s.run("2, 3]")
    expect(s.run("sum(xs)") == "6\n", "the list spread over two lines")


def test_error_and_recovery(s):
    out = s.run("1/0")
    expect("Traceback (most recent call last):" in out, f"no traceback: {out!r}")
    expect('File "<stdin>", line 1, in <module>' in out, f"traceback location: {out!r}")
    expect(out.rstrip().endswith("ZeroDivisionError: division by zero"), f"error line: {out!r}")
    out = s.run("10 * 10")
    expect(out == "100\n", f"after an error: {out!r}")


def test_error_inside_function_line(s):
    for line in ["def boom():", "    return undefined_name", ""]:
        s.run(line)
    out = s.run("boom()")
    expect('File "<stdin>", line 2, in boom' in out, f"line in the function: {out!r}")
    expect("NameError: name 'undefined_name' is not defined" in out, out)


def test_syntax_error_and_recovery(s):
    out = s.run("1 +* 2")
    expect("SyntaxError: invalid syntax" in out, f"syntax error: {out!r}")
    out = s.run("x = (1,")
    out = s.run(")")
    expect(s.run("x") == "(1,)\n", "the statement after a syntax error")


def test_ctrl_c_cancels_line(s):
    s.send("gone = 99")
    s.read_until(re.compile(rb"gone = 99"))
    s.send("\x03")
    out = s.prompt()
    expect("KeyboardInterrupt" in out, f"Ctrl-C showed {out!r}")
    out = s.run("gone")
    expect("NameError" in out, f"the cancelled line ran: {out!r}")


def test_ctrl_c_cancels_block(s):
    s.send("if True:\n")
    s.read_until(PROMPT)
    s.send("    print('never')\n")
    s.read_until(PROMPT)
    s.send("\x03")
    out = s.prompt()
    expect("KeyboardInterrupt" in out, f"Ctrl-C in a block showed {out!r}")
    out = s.run("'after'")
    expect(out == "'after'\n", f"after cancelling a block: {out!r}")


def test_underscore(s):
    s.run("6 * 7")
    expect(s.run("_") == "42\n", "_ after 6 * 7")
    s.run("None")
    expect(s.run("_") == "42\n", "None must not replace _")
    expect(s.run("_ + 1") == "43\n", "_ in an expression")


def test_history_recall(s):
    s.run("3 + 4")
    s.send("\x10")  # Ctrl-P: the previous line
    s.read_until(re.compile(rb"3 \+ 4"))
    out = s.run("")
    expect(out.strip() == "7", f"recalled line gave {out!r}")


def test_ctrl_d_exits_zero(s):
    s.send("\x04")
    expect(s.wait() == 0, f"Ctrl-D exit status {s.status}")


def test_ctrl_d_ends_block(s):
    s.send("if True:\n")
    s.read_until(PROMPT)
    s.send("    print('ran')\n")
    s.read_until(PROMPT)
    s.send("\x04")
    out = s.prompt()
    expect("ran" in out, f"Ctrl-D at ... must run the block: {out!r}")
    s.send("\x04")
    expect(s.wait() == 0, f"exit status {s.status}")


def test_exit_status(s):
    s.send("raise SystemExit(3)\n")
    expect(s.wait() == 3, f"SystemExit(3) exit status {s.status}")


def test_exit_builtin(s):
    s.send("exit(5)\n")
    expect(s.wait() == 5, f"exit(5) exit status {s.status}")


def test_history_file(s):
    s.run("'remember me'")
    s.send("\x04")
    s.wait()
    with open(os.path.join(s.home, ".tauraro_history"), encoding="utf-8", errors="replace") as f:
        saved = f.read()
    expect("remember" in saved, f"history file: {saved!r}")


def test_interactive_after_script(s):
    expect(s.banner == "", f"-i FILE shows no banner: {s.banner!r}")
    out = s.run("answer * 2")
    expect(out == "84\n", f"the script's namespace: {out!r}")
    expect(s.run("__name__") == "'__main__'\n", "__name__ in -i")


def test_multilingual(s):
    # --multilingual: Hausa keywords (idan = if, aiki = def, maido = return).
    s.send("idan gaskiyane: 5\n")
    expect(s.read_until(PROMPT).endswith(b"... "), "a Hausa `if` must wait for an empty line")
    expect(s.run("") == "5\n", "the Hausa `if` ran")
    for line in ["aiki twice(x):", "    maido x * 2", ""]:
        s.run(line)
    expect(s.run("twice(21)") == "42\n", "a function defined with Hausa keywords")


TESTS = [(name, fn) for name, fn in globals().items() if name.startswith("test_")]

# Command-line arguments of the sessions that need some; {home} is the
# session's own temporary folder.
ARGS = {
    "test_interactive_after_script": ["-i", "{home}/script.py"],
    "test_multilingual": ["-q", "--multilingual"],
}


def start(binary, name, timeout):
    home = tempfile.mkdtemp(prefix="tauraro-repl-")
    with open(os.path.join(home, "script.py"), "w") as f:
        f.write("answer = 42\n")
    args = [a.replace("{home}", home) for a in ARGS.get(name, [])]
    s = Session(binary, args, home, timeout)
    s.home = home
    s.banner = s.prompt()
    return s


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=os.path.join(ROOT, "build", "tauraro"))
    ap.add_argument("--timeout", type=float, default=10.0)
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    passed = failed = 0
    for name, fn in TESTS:
        s = None
        try:
            s = start(args.binary, name, args.timeout)
            fn(s)
            passed += 1
            if args.v:
                print(f"ok   {name}")
        except Timeout:
            failed += 1
            tail = clean(s.pending)[-300:] if s else ""
            print(f"FAIL {name}: timed out; last output {tail!r}")
        except Exception as e:  # a failed check, or the session broke
            failed += 1
            print(f"FAIL {name}: {type(e).__name__}: {e}")
        finally:
            if s:
                s.close()
                shutil.rmtree(s.home, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
