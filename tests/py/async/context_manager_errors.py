class A:
    def __enter__(self): pass
try:
    with A(): pass
except TypeError as e: print(e)
class B: pass
try:
    with B(): pass
except TypeError as e: print(e)
import asyncio
async def m():
    try:
        async with B(): pass
    except TypeError as e: print(e)
    class C:
        async def __aenter__(self): pass
    try:
        async with C(): pass
    except TypeError as e: print(e)
asyncio.run(m())
