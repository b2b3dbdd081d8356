# argparse: positionals/options, nargs forms, types/choices/defaults, flags,
# counts/appends, groups, mutually exclusive groups, subcommands, help and
# usage text, and the error messages (caught from stderr + SystemExit).
import argparse
import contextlib
import sys

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        pass

def run(parser, args):
    err = Sink()
    out = Sink()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            result = parser.parse_args(args)
        print("OK", result)
    except SystemExit as e:
        print("EXIT", e.code)
    text = "".join(out.parts) + "".join(err.parts)
    if text:
        print(text, end="")

p = argparse.ArgumentParser(prog="tool", description="Process some files and numbers.", epilog="See the manual for more.")
p.add_argument("files", nargs="+", help="input files to read")
p.add_argument("-n", "--count", type=int, default=3, help="how many (default: %(default)s)")
p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
p.add_argument("--mode", choices=["fast", "slow"], default="fast", help="speed: %(choices)s")
p.add_argument("-q", "--quiet", action="store_true", help="say nothing")
p.add_argument("--tag", action="append", dest="tags", metavar="T", help="a tag (repeatable)")
p.add_argument("--ratio", type=float, nargs=2, metavar=("LO", "HI"))
p.add_argument("--no-color", action="store_false", dest="color")
p.add_argument("--version", action="version", version="%(prog)s 1.0")
run(p, ["a.txt", "b.txt"])
run(p, ["-vvv", "--count=7", "x", "--tag", "one", "--tag=two", "-q", "--mode", "slow", "--ratio", "0.5", "1.5", "--no-color"])
run(p, ["-n5", "--verb", "f", "--", "-weird-file"])
run(p, ["--help"])
run(p, ["--version"])
for bad in [[], ["f", "--count", "x"], ["f", "--mode", "medium"], ["f", "--bogus"], ["f", "--ratio", "1"], ["f", "-n"], ["f", "--co", "1", "--c", "2"]]:
    run(p, bad)

q = argparse.ArgumentParser(prog="calc")
q.add_argument("op", choices=["add", "mul"])
q.add_argument("x", type=int)
q.add_argument("y", type=int, nargs="?", default=10)
q.add_argument("rest", nargs="*")
group = q.add_mutually_exclusive_group()
group.add_argument("--json", action="store_true")
group.add_argument("--csv", action="store_true")
run(q, ["add", "1"])
run(q, ["mul", "2", "3", "4", "5", "--json"])
run(q, ["add", "1", "--json", "--csv"])
run(q, ["sub", "1"])
run(q, ["-h"])

r = argparse.ArgumentParser(prog="git")
r.add_argument("--git-dir", default=".git")
sub = r.add_subparsers(dest="command", help="sub-command help")
c = sub.add_parser("commit", help="record changes")
c.add_argument("-m", "--message", required=True)
c.add_argument("--amend", action="store_true")
pu = sub.add_parser("push", help="update remote", aliases=["p"])
pu.add_argument("remote", nargs="?", default="origin")
run(r, ["commit", "-m", "msg"])
run(r, ["--git-dir", "/x", "push"])
run(r, ["p", "upstream"])
run(r, ["commit"])
run(r, ["pull"])
run(r, ["-h"])
run(c, ["-h"])

g = argparse.ArgumentParser(prog="grouped", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
io = g.add_argument_group("I/O", "Where data comes from and goes to.")
io.add_argument("--input", default="-", help="input path")
io.add_argument("--output", help="output path")
req = g.add_mutually_exclusive_group(required=True)
req.add_argument("--all", action="store_true", help="everything")
req.add_argument("--some", type=int, help="a few")
g.add_argument("--very-long-option-name-that-pushes-help", help="a help text that is long enough to need wrapping across more than one line of the terminal output")
run(g, ["--all"])
run(g, [])
run(g, ["-h"])

ns = argparse.Namespace(a=1, b="x")
print(ns, ns == argparse.Namespace(a=1, b="x"), "a" in ns, vars(ns))
known, extra = p.parse_known_args(["f", "--unknown", "u", "-n", "2"])
print(known.count, extra)
d = argparse.ArgumentParser(prog="d", add_help=False)
d.add_argument("--x", default="5", type=int)
d.set_defaults(flag=True)
print(d.parse_args([]), d.get_default("flag"), d.format_usage(), end="")
b = argparse.ArgumentParser(prog="b")
b.add_argument("--feature", action=argparse.BooleanOptionalAction, default=True, help="toggle")
print(b.parse_args(["--no-feature"]), b.parse_args([]))
print(b.format_help(), end="")
try:
    argparse.ArgumentParser().add_argument("--dup").container.add_argument("--dup")
except argparse.ArgumentError as e:
    print("ArgumentError", e)
