# io: the stream classes. The concrete ones are native (_io: StringIO,
# BytesIO and the file types open() returns); the abstract bases here give
# isinstance checks and default methods for user-written streams.

import abc as _abc
import builtins as _builtins
from _io import (StringIO, BytesIO, TextIOWrapper, BufferedReader,
                 BufferedWriter, BufferedRandom, UnsupportedOperation,
                 DEFAULT_BUFFER_SIZE)

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder"]

open = _builtins.open
BlockingIOError = _builtins.BlockingIOError

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def open_code(path):
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2):
    return "locale" if encoding is None else encoding


class IOBase(metaclass=_abc.ABCMeta):
    """The base of all stream classes. A subclass provides read/readline or
    write and seek; this class supplies the rest (iteration, with, close)."""

    __closed = False

    def _unsupported(self, name):
        raise UnsupportedOperation("%s.%s() not supported" %
                                   (self.__class__.__name__, name))

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def flush(self):
        self._checkClosed()

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    @property
    def closed(self):
        return self.__closed

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def fileno(self):
        self._unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def readline(self, size=-1):
        if size is None:
            size = -1
        res = []
        n = 0
        while size < 0 or n < size:
            b = self.read(1)
            if not b:
                break
            res.append(b)
            n += 1
            if b in ("\n", b"\n"):
                break
        if res and isinstance(res[0], bytes):
            return b"".join(res)
        return "".join(res)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        n = 0
        lines = []
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Base class for raw binary I/O."""

    def read(self, size=-1):
        if size is None:
            size = -1
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        return bytes(b[:n])

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        return bytes(res)


class BufferedIOBase(IOBase):
    """Base class for buffered binary streams."""

    def read1(self, size=-1):
        return self.read(size)

    def detach(self):
        self._unsupported("detach")


class TextIOBase(IOBase):
    """Base class for text streams."""

    encoding = None
    errors = None
    newlines = None

    def detach(self):
        self._unsupported("detach")


FileIO = BufferedReader  # no separate raw file layer; close enough for isinstance

for _cls in (BytesIO, BufferedReader, BufferedWriter, BufferedRandom):
    BufferedIOBase.register(_cls)
for _cls in (StringIO, TextIOWrapper):
    TextIOBase.register(_cls)
del _cls


class BufferedRWPair(BufferedIOBase):
    """A reader and a writer joined into one stream."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = reader
        self.writer = writer

    def read(self, size=-1):
        return self.reader.read(size)

    def write(self, b):
        return self.writer.write(b)

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def flush(self):
        return self.writer.flush()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    @property
    def closed(self):
        return self.writer.closed


class _BufferTextWrapper(TextIOBase):
    """TextIOWrapper over a binary object other than an open() file (BytesIO,
    user classes): encodes writes into it, decodes what it holds on reads."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %s" % newline)
        if encoding is None or encoding == "locale":
            encoding = "UTF-8"
        if errors is None:
            errors = "strict"
        "".encode(encoding)  # LookupError for an unknown codec, now
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._newline = newline
        self._line_buffering = bool(line_buffering)
        self._pending = None  # decoded text not yet read, loaded on demand
        self._pos = 0

    buffer = property(lambda self: self._buffer)
    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)
    line_buffering = property(lambda self: self._line_buffering)
    closed = property(lambda self: self._buffer.closed)

    @property
    def name(self):
        return self._buffer.name

    def readable(self):
        return self._buffer.readable()

    def writable(self):
        return self._buffer.writable()

    def seekable(self):
        return self._buffer.seekable()

    def fileno(self):
        return self._buffer.fileno()

    def isatty(self):
        return self._buffer.isatty()

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        text = s
        if self._newline not in (None, "", "\n"):
            text = text.replace("\n", self._newline)
        self._pending = None
        self._buffer.write(text.encode(self._encoding, self._errors))
        if self._line_buffering and ("\n" in s or "\r" in s):
            self.flush()
        return len(s)

    def _text(self):
        if self._pending is None:
            data = self._buffer.read()
            text = data.decode(self._encoding, self._errors)
            if self._newline is None:
                text = text.replace("\r\n", "\n").replace("\r", "\n")
            self._pending = text
            self._pos = 0
        return self._pending

    def read(self, size=-1):
        self._checkClosed()
        text = self._text()
        if size is None or size < 0:
            end = len(text)
        else:
            end = min(len(text), self._pos + size)
        chunk = text[self._pos:end]
        self._pos = end
        return chunk

    def readline(self, size=-1):
        self._checkClosed()
        text = self._text()
        start = self._pos
        nl = self._newline
        if nl is None or nl == "\n":
            end = text.find("\n", start)
            end = len(text) if end < 0 else end + 1
        elif nl == "":
            end = start
            while end < len(text) and text[end] not in "\r\n":
                end += 1
            if end < len(text):
                end += 2 if text[end:end + 2] == "\r\n" else 1
        else:
            end = text.find(nl, start)
            end = len(text) if end < 0 else end + len(nl)
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = end
        return text[start:end]

    def seek(self, cookie, whence=0):
        self._checkClosed()
        self._pending = None
        return self._buffer.seek(cookie, whence)

    def tell(self):
        self._checkClosed()
        if self._pending is None:
            return self._buffer.tell()
        rest = self._pending[self._pos:].encode(self._encoding, self._errors)
        return self._buffer.tell() - len(rest)

    def flush(self):
        self._buffer.flush()

    def close(self):
        if not self.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()

    def detach(self):
        self.flush()
        buffer = self._buffer
        self._buffer = None
        return buffer

    def reconfigure(self, *, encoding=None, errors=None, newline=None,
                    line_buffering=None, write_through=None):
        if encoding is not None:
            self._encoding = encoding
        if errors is not None:
            self._errors = errors
        if newline is not None:
            self._newline = newline
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)

    def __repr__(self):
        return "<_io.TextIOWrapper encoding=%r>" % (self._encoding,)


class IncrementalNewlineDecoder:
    """Translates \\r\\n and \\r to \\n in decoded text fed in pieces."""

    def __init__(self, decoder, translate, errors="strict"):
        self.decoder = decoder
        self.translate = translate
        self.pendingcr = False

    def decode(self, input, final=False):
        output = input if self.decoder is None else self.decoder.decode(input, final=final)
        if self.pendingcr and (output or final):
            output = "\r" + output
            self.pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self.pendingcr = True
        if self.translate:
            output = output.replace("\r\n", "\n").replace("\r", "\n")
        return output

    def getstate(self):
        return b"", int(self.pendingcr)

    def setstate(self, state):
        self.pendingcr = bool(state[1] & 1)

    def reset(self):
        self.pendingcr = False
