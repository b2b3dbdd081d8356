# str_build.py - building and taking apart text: a CSV-like table is made
# with join / f-strings / % formatting / str.format, then parsed back with
# splitlines / split / partition / strip / replace, and summarised.
# Prints a checksum of the parsed values and of the text itself.
# bench: default=60000
import sys


def make_table(rows):
    lines = ["id,name,city,score,tags"]
    cities = ["Kano", "Lagos", "Abuja", "Zaria", "Jos", "Ibadan", "Enugu"]
    for i in range(rows):
        name = "user" + str(i * 7919 % 100003)
        city = cities[i % len(cities)]
        score = "%d.%02d" % (i % 97, i * 31 % 100)
        tags = "|".join(["t{}".format(j) for j in range(i % 4)])
        lines.append(f"{i},{name.capitalize()},{city.upper()},{score},{tags}")
    return "\n".join(lines) + "\n"


def parse_table(text):
    header, _, body = text.partition("\n")
    columns = header.split(",")
    per_city = {}
    tag_count = 0
    longest = ""
    for line in body.splitlines():
        if not line.strip():
            continue
        fields = line.split(",")
        row = dict(zip(columns, fields))
        city = row["city"].lower().title()
        whole, _, frac = row["score"].partition(".")
        value = int(whole) * 100 + int(frac)
        per_city[city] = per_city.get(city, 0) + value
        if row["tags"]:
            tag_count += len(row["tags"].split("|"))
        name = row["name"].replace("User", "u-")
        if len(name) > len(longest) or (len(name) == len(longest) and name > longest):
            longest = name
    return per_city, tag_count, longest


def text_checksum(text):
    h = 0
    for part in text.split(","):
        h = (h * 33 + len(part) + (ord(part[0]) if part else 0)) % 1000000007
    return h


def main():
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 60000
    text = make_table(rows)
    per_city, tag_count, longest = parse_table(text)
    print("chars", len(text), "lines", text.count("\n"))
    for city in sorted(per_city):
        print(city.ljust(8), str(per_city[city]).rjust(10))
    print("tags", tag_count, "longest", longest)
    print("checksum", text_checksum(text))


main()
