# A .py file is pure Python: the Hausa keyword spellings are ordinary names.
ko = 1
ba = 2
idan = ko + ba
duk = [ko, ba, idan]


class iri:
    babu = "babu"

    def maido(self, cikin):
        return cikin * 2


def aiki(kokuma, shine=None):
    return kokuma if shine is None else shine


gaskiyane = karyane = 0
tsaya = cigaba = "x"
daidaita = yanayi = "soft"
print(ko, ba, idan, duk, iri.babu, iri().maido(21))
print(aiki(1), aiki(1, 2), gaskiyane, karyane, tsaya + cigaba, daidaita, yanayi)
kokuma = 3
print(kokuma)
