#!/usr/bin/env python3
"""Regenerates the one-word look-alike set of the matcher (development only; the product never runs
Python):

    pip install pymorphy3 pyyaml
    python3 scripts/generate-one-word-set.py

For every one-word Russian and English term of the shipped glossary (acronyms aside), every word of
the Russian and English sentences of ../shared/parallel that begins like the term (its first letters
but the last three, at least four) or has a hyphenated part that does, is a candidate. The verdict
comes from an oracle, not from the matcher: in Russian, pymorphy3 says whether the word is a form of
the term's lemma; in English (the terms are nouns) a form is the term itself, its plural (-s, -es,
-y to -ies, or the singular of a plural term) or its possessive. Every other candidate is a
look-alike: a derived word of another part of speech («безопасный» beside «безопасность»), a
compound with a prefix («непризнание», "non-alignment", "post-war"), or a word that merely begins
alike. A hyphenated compound that begins with the term ("war-torn") speaks of the term's concept and
gets no verdict.

The set refers to sentences by file, line and column; only the candidate word is written, so no
corpus text is copied. Tests/TermAlignMatchingTests/VariantSetTests.swift checks that the matcher
finds every form and no look-alike.
"""
import os
import re

import pymorphy3
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GLOSSARY = os.path.join(ROOT, "glossaries", "china-russia-joint-statements.yaml")
PARALLEL = os.path.join(os.path.dirname(ROOT), "shared", "parallel")
OUT = os.path.join(ROOT, "Tests", "TermAlignMatchingTests", "Fixtures", "one-word-judged.tsv")
FILES = {  # file stem -> the columns of Russian and English (1-based)
    "un_v1.0_devset": {"ru": 1, "en": 3},
    "ntrex128_newstest2019": {"ru": 1, "en": 3},
    "tico19_test": {"ru": 1, "en": 3},
    "flores200_devtest": {"ru": 1, "en": 3},
    "tatoeba_test_v2021-08-07_cmn": {"ru": 1},
}
WORD = {"ru": re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*"), "en": re.compile(r"[A-Za-z]+(?:[-'’][A-Za-z]+)*")}

morph = pymorphy3.MorphAnalyzer()


def one_word_terms():
    glossary = yaml.safe_load(open(GLOSSARY, encoding="utf-8"))
    for concept in glossary["concepts"]:
        for language in ("ru", "en"):
            for term in concept["terms"].get(language, []):
                text = term["term"]
                if " " in text or text.upper() == text:
                    continue
                yield concept["id"], language, text


def prefix(word):
    return word.lower()[: max(4, len(word) - 3)] if len(word) > 4 else word.lower()


def is_russian_form(word, term):
    lemmas = {parse.normal_form for parse in morph.parse(term.lower())[:1]}
    return any(parse.normal_form in lemmas for parse in morph.parse(word.lower().replace("ё", "е")))


def english_forms(term):
    term = term.lower()
    forms = {term, term + "s", term + "es", term + "'s", term + "’s"}
    if term.endswith("y"):
        forms.add(term[:-1] + "ies")
    if term.endswith("s"):
        forms |= {term[:-1], term[:-1] + "'s", term[:-1] + "’s", term + "'", term + "’"}
    return forms


def main():
    terms = list(one_word_terms())
    rows = set()
    for stem, columns in FILES.items():
        path = os.path.join(PARALLEL, f"{stem}.ru-zh-en.tsv" if "tatoeba" not in stem else f"{stem}.ru-zh.tsv")
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                fields = line.rstrip("\n").split("\t")
                for language, column in columns.items():
                    if column > len(fields):
                        continue
                    words = WORD[language].findall(fields[column - 1])
                    for concept, term_language, term in terms:
                        if term_language != language:
                            continue
                        start = prefix(term)
                        for word in words:
                            parts = word.lower().split("-")
                            if not any(part.startswith(start) for part in parts):
                                continue
                            if "-" in word and word.lower() != term.lower():
                                if parts[0].startswith(start):
                                    continue  # "war-torn" speaks of a war: no verdict either way
                                verdict = "look-alike"  # after a prefix: "post-war", "non-alignment"
                            elif language == "ru":
                                verdict = "form" if is_russian_form(word, term) else "look-alike"
                            else:
                                verdict = "form" if word.lower() in english_forms(term) else "look-alike"
                            rows.add((stem, number, column, concept, word, verdict))
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# file\tline\tcolumn\tconcept\tword\tverdict (generated by scripts/generate-one-word-set.py)\n")
        for row in sorted(rows):
            out.write("\t".join(map(str, row)) + "\n")
    verdicts = [row[5] for row in rows]
    print(f"{len(rows)} candidates: {verdicts.count('form')} forms, {verdicts.count('look-alike')} look-alikes")


if __name__ == "__main__":
    main()
