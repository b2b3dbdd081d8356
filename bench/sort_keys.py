# sort_keys.py - sorting with key functions: records sorted by lambdas and
# tuple keys, stable multi-pass sorts, reverse sorts, min/max with key,
# sorted() over dict items, bisect-free merging of sorted runs, and
# list.sort on strings.
# bench: default=40000
import sys


def make_records(n):
    state = 7
    records = []
    for i in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        dept = "dept" + str(state % 13)
        age = 20 + (state >> 8) % 45
        salary = 1000 + (state >> 4) % 9000
        records.append({"id": i, "dept": dept, "age": age, "salary": salary,
                        "name": "n" + str((state >> 12) % 5000)})
    return records


def merge(a, b):
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if b[j] < a[i]:
            out.append(b[j])
            j += 1
        else:
            out.append(a[i])
            i += 1
    out.extend(a[i:])
    out.extend(b[j:])
    return out


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 40000
    records = make_records(n)
    by_salary = sorted(records, key=lambda r: r["salary"])
    by_dept_age = sorted(records, key=lambda r: (r["dept"], -r["age"], r["id"]))
    stable = sorted(records, key=lambda r: r["name"])
    stable.sort(key=lambda r: r["age"] // 10, reverse=True)
    names = [r["name"] for r in records]
    names.sort()
    ids = [r["id"] for r in by_salary]
    merged = merge(sorted(ids[: n // 2]), sorted(ids[n // 2:]))
    oldest = max(records, key=lambda r: (r["age"], -r["id"]))
    cheapest = min(records, key=lambda r: (r["salary"], r["id"]))
    totals = {}
    for r in records:
        totals[r["dept"]] = totals.get(r["dept"], 0) + r["salary"]
    top = sorted(totals.items(), key=lambda kv: kv[1], reverse=True)[:3]
    checksum = 0
    for k, r in enumerate(by_dept_age):
        checksum = (checksum * 17 + r["id"] * (k % 7 + 1)) % 1000000007
    for r in stable[:1000]:
        checksum = (checksum * 13 + r["id"]) % 1000000007
    print("first", by_salary[0]["id"], "last", by_salary[-1]["id"], "names", names[0], names[-1])
    print("merged ok", merged == list(range(n)), "oldest", oldest["id"], "cheapest", cheapest["id"])
    print("top", top)
    print("checksum", checksum)


main()
