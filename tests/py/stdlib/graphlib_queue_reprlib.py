# graphlib.TopologicalSorter orders and cycles; queue (FIFO, LIFO, priority,
# Empty/Full, task_done); reprlib limits and recursive_repr.
from graphlib import TopologicalSorter, CycleError
import queue
import reprlib

graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}, "E": {"D", "A"}}
ts = TopologicalSorter({k: sorted(v) for k, v in graph.items()})
print(list(ts.static_order()))
ts = TopologicalSorter()
ts.add("build", "compile", "link")
ts.add("compile", "fetch")
ts.add("link", "compile")
ts.add("test", "build")
ts.prepare()
order = []
while ts.is_active():
    ready = ts.get_ready()
    order.append(ready)
    ts.done(*ready)
print(order)
try:
    list(TopologicalSorter({1: [2], 2: [3], 3: [1]}).static_order())
except CycleError as e:
    print("CycleError", e.args)
for bad in (lambda: TopologicalSorter().get_ready(), lambda: TopologicalSorter().done(1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
t = TopologicalSorter({"a": []})
t.prepare()
try:
    t.add("b")
except ValueError as e:
    print("ValueError", e)
try:
    t.done("a")
except ValueError as e:
    print("ValueError", e)

q = queue.Queue()
for i in range(3):
    q.put(i)
print(q.qsize(), q.get(), q.get(), q.empty(), q.get_nowait(), q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
b = queue.Queue(maxsize=1)
b.put("x")
print(b.full())
try:
    b.put_nowait("y")
except queue.Full:
    print("Full")
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for v in [3, 1, 2]:
    lq.put(v)
    pq.put((v, "task%d" % v))
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])
for _ in range(3):
    q.task_done()
q.join()
try:
    q.task_done()
except ValueError as e:
    print("ValueError", e)
sq = queue.SimpleQueue()
sq.put("s")
print(sq.get(), sq.empty(), sq.qsize())

print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(10)}), reprlib.repr(set(range(20))))
print(reprlib.repr([[[[[[[1]]]]]]]), reprlib.repr(10 ** 50), reprlib.repr((1,)), reprlib.repr(frozenset()), reprlib.repr(()))
r = reprlib.Repr()
r.maxlist = 2
r.maxstring = 10
print(r.repr([1, 2, 3]), r.repr("abcdefghijklmnop"))
class Node:
    def __init__(self):
        self.children = [self]
    @reprlib.recursive_repr()
    def __repr__(self):
        return "Node(%r)" % self.children
print(Node(), Node.__repr__.__name__)
