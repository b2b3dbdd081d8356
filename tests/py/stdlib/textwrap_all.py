# textwrap: wrap/fill at several widths, hyphens and em-dashes, long words,
# indents, max_lines/placeholder, shorten, dedent, indent.
import textwrap

text = ("Tauraro runs real programs: a register-bytecode interpreter, a tracing "
        "JIT -- and a well-known, state-of-the-art garbage collector. Really? Yes.")
for width in (12, 25, 40, 79):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30, initial_indent="- ", subsequent_indent="  "))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10, break_long_words=False))
print(textwrap.wrap("pre-processing re-entrant co-op", 8), textwrap.wrap("pre-processing", 8, break_on_hyphens=False))
print(textwrap.wrap("a\tb\tc d", 6), textwrap.wrap("a\tb", 20, expand_tabs=False), textwrap.wrap("  x  y  ", 3, drop_whitespace=False))
print(textwrap.wrap("Hello. World. ok!", 40, fix_sentence_endings=True))
print(textwrap.wrap(text, 20, max_lines=3), textwrap.wrap(text, 20, max_lines=2, placeholder="..."))
print(repr(textwrap.shorten("Hello  world!  How are you?", 15)), repr(textwrap.shorten("Hi", 10)), repr(textwrap.shorten(text, 40, placeholder=" (more)")))
print(textwrap.wrap(""), textwrap.wrap("   "), textwrap.fill("one two", 100))
print(repr(textwrap.dedent("""
    def f():
        return 1
      # odd
    """)))
print(repr(textwrap.dedent("\tone\n\ttwo\n")), repr(textwrap.dedent("no indent\n  x")), repr(textwrap.dedent("  a\n \tb")))
print(repr(textwrap.indent("one\n\ntwo\n", ">> ")), repr(textwrap.indent("a\nb", "  ", lambda line: line.startswith("b"))))
for bad in (lambda: textwrap.wrap("x", 0), lambda: textwrap.shorten("abc def", 3)):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
w = textwrap.TextWrapper(width=15, initial_indent="* ")
print(w.wrap("alpha beta gamma delta epsilon"), w.fill("x"))
