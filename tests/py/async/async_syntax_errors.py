# Where async constructs are allowed: compile-time SyntaxErrors.
SOURCES = [
    "def f():\n    async with x: pass\n",
    "def f():\n    async for x in y: pass\n",
    "async with x: pass\n",
    "def f():\n    return [x async for x in y]\n",
    "def f():\n    return [await x for x in y]\n",
    "async def f():\n    yield from g()\n",
    "async def f():\n    yield 1\n    return 2\n",
    "def f():\n    await x\n",
    "await x\n",
    "class C:\n    await x\n",
    "lambda: await x\n",
    # allowed:
    "async def f():\n    return [[x async for x in y] for z in w]\n",
    "def f():\n    return (await x for x in y)\n",
    "async def f():\n    async with a as b, c:\n        async for i in b:\n            yield i\n",
    "async def f():\n    return {k: await v async for k, v in items()}\n",
]

for src in SOURCES:
    try:
        compile(src, "<async>", "exec")
        print("ok:", src.splitlines()[-1].strip())
    except SyntaxError as e:
        print("SyntaxError:", e.msg, "line", e.lineno)
