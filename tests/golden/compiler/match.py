def describe(value):
    match value:
        case None:
            return "none"
        case 0 | 1 as small:
            return f"small {small}"
        case [x, y, *rest]:
            return f"seq {x} {y} {rest}"
        case {"key": v, **others}:
            return f"map {v} {others}"
        case Point(x=0, y=py) if py > 0:
            return "on y axis"
        case str() | bytes():
            return "text"
        case _:
            return "other"
