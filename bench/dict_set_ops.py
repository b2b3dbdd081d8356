# dict_set_ops.py - dicts and sets as indexes: an inverted index from
# documents of numbered words, set algebra between posting sets, dict
# comprehensions, counting with get/setdefault, and deletion while shrinking.
# Only dict insertion order and sets of small ints are ever observed.
# bench: default=12000
import sys


def make_docs(n):
    docs = []
    state = 12345
    for _ in range(n):
        words = []
        for _ in range(8 + state % 9):
            state = (state * 69069 + 1) % 4294967296
            words.append("w" + str((state >> 8) % 1500))
        docs.append(words)
    return docs


def build_index(docs):
    index = {}
    for doc_id, words in enumerate(docs):
        for w in words:
            index.setdefault(w, set()).add(doc_id)
    return index


def query(index, docs):
    hits = 0
    checksum = 0
    keys = list(index)
    for i in range(0, len(keys) - 2, 3):
        a, b, c = index[keys[i]], index[keys[i + 1]], index[keys[i + 2]]
        both = a & b
        either = a | c
        only = either - b
        sym = a ^ c
        hits += len(both) + len(only)
        checksum = (checksum * 7 + len(sym) + (min(only) if only else 0)) % 1000000007
    return hits, checksum


def counts(docs):
    freq = {}
    for words in docs:
        for w in set(words):
            freq[w] = freq.get(w, 0) + 1
    common = {w: n for w, n in freq.items() if n > len(docs) // 125}
    for w in list(freq):
        if w not in common:
            del freq[w]
    return len(common), sum(freq.values())


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 12000
    docs = make_docs(n)
    index = build_index(docs)
    hits, checksum = query(index, docs)
    ncommon, total = counts(docs)
    biggest = max(index.items(), key=lambda kv: (len(kv[1]), kv[0]))
    print("docs", len(docs), "terms", len(index), "hits", hits)
    print("checksum", checksum, "common", ncommon, "total", total)
    print("biggest", biggest[0], len(biggest[1]), sorted(biggest[1])[:5])


main()
