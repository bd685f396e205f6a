#!/usr/bin/env python3
"""Regenerates the Russian term-form test data of the matcher (development only; the product never
runs Python). The oracle is pymorphy3:

    pip install pymorphy3 pyyaml
    python3 scripts/generate-term-forms.py

For every multi-word Russian term of the shipped glossary it writes the 12 case x number forms
(Tests/TermAlignMatchingTests/Fixtures/russian-term-forms.tsv), inflecting the head nouns and the
adjectives and participles that agree with them and keeping complements («за рубежом», «ООН»,
genitives) as they are. Clauses (a verb or «нет») and acronym heads have one form, the term itself.
It also writes negative sentences (russian-term-negatives.tsv): the same words split by four other
words or by a sentence end, where the term must not be found.
"""
import os
import re

import pymorphy3
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GLOSSARY = os.path.join(ROOT, "glossaries", "china-russia-joint-statements.yaml")
OUT = os.path.join(ROOT, "Tests", "TermAlignMatchingTests", "Fixtures")
CASES = ["nomn", "gent", "datv", "accs", "ablt", "loct"]
NUMBERS = ["sing", "plur"]
FILLER = "по мнению многих экспертов"

# A numeral phrase governs its noun's case and number itself: its forms are written out.
HANDWRITTEN = {
    "три силы зла": [("nomn", "plur", "три силы зла"), ("gent", "plur", "трёх сил зла"),
                     ("datv", "plur", "трём силам зла"), ("accs", "plur", "три силы зла"),
                     ("ablt", "plur", "тремя силами зла"), ("loct", "plur", "трёх силах зла")],
}

morph = pymorphy3.MorphAnalyzer()
WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")


def pieces(term):
    """Alternating separators and words: ['', 'находящиеся', ' ', 'за', ...]."""
    out, last = [], 0
    for match in WORD.finditer(term):
        out.append(term[last:match.start()])
        out.append(match.group())
        last = match.end()
    out.append(term[last:])
    return out


def nominative(word, pos):
    for parse in morph.parse(word):
        if parse.tag.POS in pos and "nomn" in parse.tag:
            return parse
    return None


def plan(term):
    """Which words inflect: {word index: (role, parse, head index)}, or None for a clause or an
    acronym head. Modifiers before a head agree with it; modifiers after a comma that no new head
    follows (a postposed participle) agree with the head before them."""
    parts = pieces(term)
    words = list(range(1, len(parts), 2))
    roles = {}
    heads = []
    pending = []
    mode = "group"  # group | preposition | complement
    previous_head = None

    def settle():
        for m in pending:
            roles[m] = (roles[m][0], roles[m][1], previous_head)
        pending.clear()

    for position, index in enumerate(words):
        word = parts[index]
        separator = parts[index - 1]
        following = parts[words[position + 1]] if position + 1 < len(words) else None
        parses = morph.parse(word)
        if parses[0].tag.POS in {"VERB", "PRED"}:
            return None
        if mode == "complement":
            continue
        if previous_head is not None and not pending and mode == "group" \
                and "," not in separator and parts[words[position - 1]] != "и" and word != "и":
            mode = "complement"
            continue
        if word == "и":
            continue
        if parses[0].tag.POS == "PREP":
            mode = "preposition"
            continue
        if mode == "preposition":
            if parses[0].tag.POS == "NOUN":
                mode = "group"
            continue
        if "«" in separator:
            mode = "complement"
            continue
        if word.isupper() and len(word) > 1:
            if not heads:
                return None  # an acronym head does not inflect
            mode = "complement"
            continue
        noun = nominative(word, {"NOUN"})
        modifier = nominative(word, {"ADJF", "PRTF", "NUMR"})
        # "великое возрождение": an adjective that could be a noun is one when no noun follows it.
        next_is_noun = following is not None and nominative(following, {"NOUN"}) is not None \
            and "," not in parts[index + 1]
        if noun is not None and (modifier is None or not next_is_noun):
            roles[index] = ("head", noun, None)
            heads.append(index)
            for m in pending:
                roles[m] = (roles[m][0], roles[m][1], index)
            pending = []
            previous_head = index
        elif modifier is not None:
            roles[index] = ("modifier", modifier, None)
            pending.append(index)
        elif previous_head is not None:
            mode = "complement"
    if not heads:
        return None
    settle()
    return parts, roles


def inflect_word(parse, grammemes):
    """pymorphy3 inflects hyphenated adjectives wrongly («Индо-Тихоокеанских» for accs plur inan):
    inflect the last part and keep the rest."""
    word = parse.word
    if "-" in word:
        prefix, last = word.rsplit("-", 1)
        for candidate in morph.parse(last):
            if candidate.tag.POS == parse.tag.POS and "nomn" in candidate.tag:
                form = candidate.inflect(grammemes)
                return None if form is None else prefix + "-" + form.word
    form = parse.inflect(grammemes)
    return None if form is None else form.word


def restore_case(original, form):
    out = []
    for orig_part, form_part in zip(original.split("-"), form.split("-")):
        out.append(form_part[:1].upper() + form_part[1:] if orig_part[:1].isupper() else form_part)
    return "-".join(out)


def inflect(term, case, number):
    parts, roles = plan(term)
    result = list(parts)
    for index, (role, parse, head) in roles.items():
        grammemes = {case, number}
        if role == "modifier":
            head_parse = roles[head][1] if head is not None else None
            if head_parse is not None:
                if number == "sing":
                    gender = head_parse.tag.gender or "masc"
                    grammemes.add(gender)
                if case == "accs" and (number == "plur" or head_parse.tag.gender == "masc"):
                    grammemes.add(head_parse.tag.animacy or "inan")
        form = inflect_word(parse, grammemes)
        if form is None and role == "modifier" and case == "accs":
            form = inflect_word(parse, {case, number})
        if form is None:
            return None
        result[index] = restore_case(parts[index], form)
    return "".join(result)


def main():
    glossary = yaml.safe_load(open(GLOSSARY, encoding="utf-8"))
    forms, negatives, invariable = [], [], []
    for concept in glossary["concepts"]:
        for entry in concept.get("terms", {}).get("ru", []):
            term = entry["term"]
            if not re.search(r"[\s-]", term.strip()):
                continue
            if term in HANDWRITTEN:
                rows = HANDWRITTEN[term]
            elif plan(term) is None:
                rows = [("-", "-", term)]
                invariable.append(term)
            else:
                rows = []
                for number in NUMBERS:
                    for case in CASES:
                        form = inflect(term, case, number)
                        if form is not None:
                            rows.append((case, number, form))
            for case, number, form in rows:
                forms.append((concept["id"], term, case, number, form))
            words = term.split(" ")
            if len(words) >= 2:
                middle = len(words) // 2
                left, right = " ".join(words[:middle]), " ".join(words[middle:])
                negatives.append((concept["id"], term, f"Упоминается {left}, {FILLER}, {right} и многое другое.", FILLER))
                negatives.append((concept["id"], term, f"Упоминается {left}. По мнению экспертов, {right} важны.", ". "))
                if "reorderable" in entry.get("match", []):
                    negatives.append((concept["id"], term, f"Упоминаются {right}, {FILLER}, {left} и другие.", FILLER))
    with open(os.path.join(OUT, "russian-term-forms.tsv"), "w", encoding="utf-8") as out:
        out.write("# concept\tterm\tcase\tnumber\tform  (generated by scripts/generate-term-forms.py with pymorphy3)\n")
        for row in forms:
            out.write("\t".join(row) + "\n")
    with open(os.path.join(OUT, "russian-term-negatives.tsv"), "w", encoding="utf-8") as out:
        out.write("# concept\tterm\tsentence\tseparator the term must not be matched across\n")
        for row in negatives:
            out.write("\t".join(row) + "\n")
    print(f"{len(forms)} forms, {len(negatives)} negatives; invariable: {invariable}")


if __name__ == "__main__":
    main()
