#!/usr/bin/env python3
"""Regenerates common-words.tsv from Debian's hunspell-ar dictionary (Ayaspell 3.2).

    apt-get install -y hunspell-ar
    python3 src/main/resources/khabar/discover/make-common-words.py /usr/share/hunspell/ar.dic \
        > src/main/resources/khabar/discover/common-words.tsv

ar.dic is four word lists joined together, each introduced by a line naming it: stopwords.dic
and tools.dic (particles, pronouns, prepositions, with their proclitic forms), names.dic (nouns
and adjectives: أسماء in the grammarian's sense, not proper names) and verb.huns.dic (past and
present verb stems). Each entry is a stem, optionally followed by /FLAGS naming the affixes
hunspell may add; the flags are dropped: the list holds the stems as written, and the reader
folds them like the text. Output: word, tab, the classes the word has in the dictionary
(p particle, n noun or adjective, v verb), sorted, one word a line.
"""
import re
import sys

SECTIONS = {"stopwords.dic": "p", "tools.dic": "p", "names.dic": "n", "verb.huns.dic": "v"}
ARABIC_WORD = re.compile(r"^[\u0621-\u064A]{2,}$")

def main(path):
    classes = {}
    section = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line in SECTIONS:
                section = SECTIONS[line]
                continue
            if section is None or not line or line.startswith("#") or line.startswith(":"):
                continue
            word = line.split("/")[0].split("\t")[0].strip()
            if ARABIC_WORD.match(word):
                classes.setdefault(word, set()).add(section)
    out = sys.stdout
    out.write("# Common Arabic words derived from Debian hunspell-ar 3.2 (Ayaspell, (c) 2006-2008 Mohamed\n")
    out.write("# Kebdani), GPL 2.0 / LGPL 2.1 / MPL 1.1; see common-words.SOURCE.txt. Regenerate with\n")
    out.write("# make-common-words.py. Columns: word, classes (p particle, n noun/adjective, v verb).\n")
    for word in sorted(classes):
        out.write("%s\t%s\n" % (word, "".join(c for c in "pnv" if c in classes[word])))

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/hunspell/ar.dic")
