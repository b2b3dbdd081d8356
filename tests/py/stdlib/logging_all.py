# logging: handlers writing to stdout, levels and propagation, formatters in
# the three styles, filters, adapters, basicConfig(force), exception info.
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO, force=True)
logging.info("hello %s", "world")
logging.debug("hidden")
logging.warning("careful: %d%%", 90)
log = logging.getLogger("app.db")
log.error("query failed: %r", {"id": 1})
print(log, logging.getLogger("app"), log.parent.name, log.getEffectiveLevel(), log.isEnabledFor(logging.DEBUG))
log.setLevel(logging.DEBUG)
log.debug("now visible")
print(logging.getLevelName(logging.WARNING), logging.getLevelName(15), logging.getLevelName("ERROR"), logging.WARN, logging.FATAL)

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s: %(message)s"))
svc = logging.getLogger("svc")
svc.addHandler(handler)
svc.propagate = False
svc.setLevel(logging.DEBUG)
svc.debug("debug line")
svc.critical("critical line")
brace = logging.StreamHandler(sys.stdout)
brace.setFormatter(logging.Formatter("{levelname}|{name}|{message}", style="{"))
dollar = logging.StreamHandler(sys.stdout)
dollar.setFormatter(logging.Formatter("${levelname}/${message}", style="$"))
svc.addHandler(brace)
svc.addHandler(dollar)
svc.info("three styles")
svc.removeHandler(brace)
svc.removeHandler(dollar)

class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 0
svc.addFilter(OnlyEven())
for i in range(4):
    svc.info("number %d", i)
svc.filters.clear()
child = logging.getLogger("svc.worker")
child.warning("from child (propagates to svc)")
print(child.parent is svc, logging.getLogger("svc.worker") is child, svc.getChild("worker") is child)
adapter = logging.LoggerAdapter(svc, {"user": "ann"})
handler.setFormatter(logging.Formatter("%(user)s did %(message)s"))
adapter.info("login")
try:
    1 / 0
except ZeroDivisionError:
    svc.exception("math broke")
handler.setFormatter(logging.Formatter("%(message)s"))
svc.log(25, "custom level %s", "25")
logging.addLevelName(25, "NOTICE")
handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
svc.log(25, "named now")
logging.disable(logging.ERROR)
svc.error("suppressed by disable")
svc.critical("still shown")
logging.disable(logging.NOTSET)
null = logging.getLogger("quiet")
null.addHandler(logging.NullHandler())
null.propagate = False
null.error("goes nowhere")
rec = logging.makeLogRecord({"msg": "hi %s", "args": ("x",), "levelno": 20})
print(rec.getMessage(), logging.Formatter().format(rec))
for bad in (lambda: svc.setLevel("LOUD"), lambda: logging.Formatter("x", style="?")):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
print(repr(handler).startswith("<StreamHandler"), logging.root, logging.getLogger() is logging.root)
