# re: argument errors of the module functions and the Pattern/Match methods.
import re
for f in [lambda: re.match('a'), lambda: re.match(), lambda: re.sub(), lambda: re.sub('a'), lambda: re.match('a', 'b', 0, 1),
          lambda: re.compile('a', 0, 1), lambda: re.compile(), lambda: re.match('a', 'b', flag=1), lambda: re.match('a', pattern='b'),
          lambda: re.escape(), lambda: re.escape('a', 'b'), lambda: re.purge(1), lambda: re.split('a'), lambda: re.findall(string='x'),
          lambda: re.compile('a').match(), lambda: re.compile('a').sub('x'), lambda: re.compile('a').match('a', 0, 1, 2),
          lambda: re.match('(a)', 'a').group(x=1), lambda: re.match('a','a').start(0, 1)]:
    try: f()
    except TypeError as e: print(e)
