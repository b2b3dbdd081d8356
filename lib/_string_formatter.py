# string.Formatter: str.format's algorithm as overridable methods (parse,
# get_field, get_value, convert_field, format_field, ...). The format-string
# parser is written here, since there is no native _string module.

__name__ = 'string'


def _parse(text):
    """Yield (literal_text, field_name, format_spec, conversion) as
    str.format reads them; a doubled brace ends a literal chunk."""
    n = len(text)
    i = 0
    literal_start = 0
    while i < n:
        c = text[i]
        if c == '}':
            if i + 1 < n and text[i + 1] == '}':
                yield (text[literal_start:i + 1], None, None, None)
                i += 2
                literal_start = i
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != '{':
            i += 1
            continue
        if i + 1 < n and text[i + 1] == '{':
            yield (text[literal_start:i + 1], None, None, None)
            i += 2
            literal_start = i
            continue
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        literal = text[literal_start:i]
        # find the matching close brace, counting nested ones
        depth = 1
        j = i + 1
        while j < n:
            if text[j] == '{':
                depth += 1
            elif text[j] == '}':
                depth -= 1
                if depth == 0:
                    break
            j += 1
        if depth:
            raise ValueError("expected '}' before end of string")
        name, spec, conversion = _split_field(text[i + 1:j])
        yield (literal, name, spec, conversion)
        i = j + 1
        literal_start = i
    if literal_start < n:
        yield (text[literal_start:], None, None, None)


def _split_field(field):
    """'name!c:spec' -> (name, spec, c); brackets in the name are skipped over."""
    k = 0
    n = len(field)
    while k < n:
        c = field[k]
        if c == '[':
            while k < n and field[k] != ']':
                k += 1
            k += 1
            continue
        if c in ':!':
            break
        k += 1
    name = field[:k]
    conversion = None
    spec = ''
    if k < n and field[k] == '!':
        if k + 1 >= n:
            raise ValueError('end of string while looking for conversion specifier')
        conversion = field[k + 1]
        k += 2
        if k < n and field[k] != ':':
            raise ValueError("expected ':' after conversion specifier")
    if k < n:
        spec = field[k + 1:]
    return name, spec, conversion


def _field_name_split(name):
    """'a.b[0]' -> ('a', [(True, 'b'), (False, 0)]); digit-only parts become ints."""
    k = 0
    n = len(name)
    while k < n and name[k] not in '.[':
        k += 1
    first = name[:k]
    if first.isdigit():
        first = int(first)
    rest = []
    while k < n:
        if name[k] == '.':
            k += 1
            start = k
            while k < n and name[k] not in '.[':
                k += 1
            if start == k:
                raise ValueError('Empty attribute in format string')
            rest.append((True, name[start:k]))
        elif name[k] == '[':
            k += 1
            start = k
            while k < n and name[k] != ']':
                k += 1
            if k >= n:
                raise ValueError("Missing ']' in format string")
            key = name[start:k]
            if key == '':
                raise ValueError('Empty attribute in format string')
            rest.append((False, int(key) if key.isdigit() else key))
            k += 1
            if k < n and name[k] not in '.[':
                raise ValueError('Only \'.\' or \'[\' may follow \']\' in format '
                                 'field specifier')
        else:
            raise ValueError('Only \'.\' or \'[\' may follow \']\' in format '
                             'field specifier')
    return first, rest


class Formatter:
    """The str.format algorithm, with each step a method to override."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        """Iterate (literal_text, field_name, format_spec, conversion) tuples."""
        return list(_parse(format_string))

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
