from __future__ import annotations

class Node:
    next: Node | None = None
    value: dict[str, list[int]]

    def link(self, other: Node, *rest: Node, depth: int = 0) -> Node:
        return other
