# graphlib: TopologicalSorter, ordering the nodes of a dependency graph so
# that every node comes after its predecessors; ready nodes are handed out in
# the order they became ready, nodes with no predecessors in insertion order.

__all__ = ['TopologicalSorter', 'CycleError']

_NODE_OUT = -1      # handed out by get_ready(), not yet done()
_NODE_DONE = -2     # done()


class CycleError(ValueError):
    """The graph has a cycle; args[1] lists its nodes, first repeated at the end."""


class _NodeInfo:
    __slots__ = ('node', 'npredecessors', 'successors')

    def __init__(self, node):
        self.node = node
        self.npredecessors = 0      # or _NODE_OUT / _NODE_DONE
        self.successors = []


class TopologicalSorter:
    """TopologicalSorter(graph=None): graph maps each node to its predecessors."""

    def __init__(self, graph=None):
        self._node2info = {}
        self._ready_nodes = None
        self._npassedout = 0
        self._nfinished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._node2info.get(node)
        if info is None:
            info = self._node2info[node] = _NodeInfo(node)
        return info

    def add(self, node, *predecessors):
        """Add node, which must come after each of predecessors."""
        if self._ready_nodes is not None:
            raise ValueError('Nodes cannot be added after a call to prepare()')
        info = self._info(node)
        info.npredecessors += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        """Freeze the graph and check it for cycles."""
        if self._ready_nodes is not None:
            raise ValueError('cannot prepare() more than once')
        self._ready_nodes = [i.node for i in self._node2info.values()
                             if i.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError('nodes are in a cycle', cycle)

    def get_ready(self):
        """A tuple of the nodes whose predecessors are all done."""
        if self._ready_nodes is None:
            raise ValueError('prepare() must be called first')
        result = tuple(self._ready_nodes)
        for node in result:
            self._node2info[node].npredecessors = _NODE_OUT
        self._ready_nodes.clear()
        self._npassedout += len(result)
        return result

    def is_active(self):
        """True while some node is still to be handed out or marked done."""
        if self._ready_nodes is None:
            raise ValueError('prepare() must be called first')
        return self._nfinished < self._npassedout or bool(self._ready_nodes)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark nodes (from get_ready) as processed; their successors may become ready."""
        if self._ready_nodes is None:
            raise ValueError('prepare() must be called first')
        n2i = self._node2info
        for node in nodes:
            info = n2i.get(node)
            if info is None:
                raise ValueError('node %r was not added using add()' % (node,))
            stat = info.npredecessors
            if stat != _NODE_OUT:
                if stat >= 0:
                    raise ValueError('node %r was not passed out (still not ready)'
                                     % (node,))
                raise ValueError('node %r was already marked done' % (node,))
            info.npredecessors = _NODE_DONE
            for successor in info.successors:
                succ = n2i[successor]
                succ.npredecessors -= 1
                if succ.npredecessors == 0:
                    self._ready_nodes.append(successor)
            self._nfinished += 1

    def _find_cycle(self):
        """A cycle as a list of nodes (first node repeated last), or None.
        Depth-first search along successor lists, in insertion order."""
        n2i = self._node2info
        stack = []          # the current path
        itstack = []        # for each node on the path, its remaining successors
        seen = set()
        node2stacki = {}    # node on the path -> its index in stack
        for node in n2i:
            if node in seen:
                continue
            while True:
                if node in seen:
                    if node in node2stacki:
                        return stack[node2stacki[node]:] + [node]
                else:
                    seen.add(node)
                    itstack.append(iter(n2i[node].successors))
                    node2stacki[node] = len(stack)
                    stack.append(node)
                while stack:
                    try:
                        node = next(itstack[-1])
                        break
                    except StopIteration:
                        del node2stacki[stack.pop()]
                        itstack.pop()
                else:
                    break
        return None

    def static_order(self):
        """Every node, in one valid order (prepare() is called first)."""
        self.prepare()
        while self.is_active():
            node_group = self.get_ready()
            yield from node_group
            self.done(*node_group)

    def __class_getitem__(cls, item):
        from _typing_alias import GenericAlias
        return GenericAlias(cls, item)
