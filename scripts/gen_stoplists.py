#!/usr/bin/env python3
"""Generate data/stoplists/<iso639-3>.txt from jusText's stoplists.

Usage: pip download justext --no-deps -d /tmp/jt && unzip -o /tmp/jt/*.whl -d /tmp/jt
       pip install regex      # Unicode properties, to tell chaff's words
       python3 scripts/gen_stoplists.py /tmp/jt/justext/stoplists

jusText (BSD-2-Clause, Jan Pomikálek / Michal Belica) ships one stoplist per
language, made from Wikipedia word frequencies. We keep the languages that
whatlang can detect, lowercase them, keep the MAX_WORDS most frequent and
write one word a line. zho.txt and jpn.txt are not generated: they are hand-made lists
of function characters (see data/stoplists/README.md).
"""
import os, re, sys

try:
    import regex
except ImportError:
    sys.exit("gen_stoplists.py needs the regex module (pip install regex) for Unicode properties")

# chaff's tokens are runs of the chars Rust's `char::is_alphanumeric` accepts,
# Alphabetic or Numeric, and of the marks `features::is_word_mark` adds
# (viramas, nuktas, Thai and Lao tone marks, the zero-width non-joiner): the
# vowel signs and viramas of Indic scripts are inside a word (Python's \w
# would leave them out, and with them most Hindi stopwords). Entries that are
# not one such token never match (src/lang.rs tests that each is one word).
WORD_MARKS = ("\u200C\u093C\u094D\u0951-\u0954\u09BC\u09CD\u09FE\u0A3C\u0A4D\u0ABC\u0ACD\u0AFD-\u0AFF"
              "\u0B3C\u0B4D\u0B55\u0BCD\u0C3C\u0C4D\u0CBC\u0CCD\u0D3B\u0D3C\u0D4D\u0DCA"
              "\u0E47-\u0E4C\u0E4E\u0EBA\u0EC8-\u0ECC")
WORD = regex.compile(r"[\p{Alphabetic}\p{N}" + WORD_MARKS + r"]+")

# jusText's lists are in order of frequency; the most frequent words carry
# nearly all of the stopword density, and the rest would cost wasm size.
MAX_WORDS = 500
# Indic scripts' lists are kept shorter: their words are long in UTF-8 (three
# bytes a char) and the first 100 already make a third of running text.
SHORT_LISTS = {"ben", "guj", "hin", "kan", "mal", "mar", "nep", "tam", "tel"}
MAX_WORDS_SHORT = 100

# whatlang code -> jusText file name
LANGS = {
    "afr": "Afrikaans", "ara": "Arabic", "aze": "Azerbaijani", "bel": "Belarusian",
    "ben": "Bengali", "bul": "Bulgarian", "cat": "Catalan", "ces": "Czech",
    "dan": "Danish", "deu": "German", "ell": "Greek", "eng": "English",
    "epo": "Esperanto", "est": "Estonian", "fin": "Finnish", "fra": "French",
    "guj": "Gujarati", "heb": "Hebrew", "hin": "Hindi", "hrv": "Croatian",
    "hun": "Hungarian", "hye": "Armenian", "ind": "Indonesian", "ita": "Italian",
    "jav": "Javanese", "kan": "Kannada", "kat": "Georgian", "kor": "Korean",
    "lat": "Latin", "lav": "Latvian", "lit": "Lithuanian", "mal": "Malayalam",
    "mar": "Marathi", "mkd": "Macedonian", "nep": "Nepali", "nld": "Dutch",
    "nob": "Norwegian_Bokmal", "pes": "Persian", "pol": "Polish", "por": "Portuguese",
    "ron": "Romanian", "rus": "Russian", "slk": "Slovak", "slv": "Slovenian",
    "spa": "Spanish", "srp": "Serbian", "swe": "Swedish", "tam": "Tamil",
    "tel": "Telugu", "tgl": "Tagalog", "tuk": "Turkmen", "tur": "Turkish",
    "ukr": "Ukrainian", "urd": "Urdu", "uzb": "Uzbek", "vie": "Vietnamese",
}

# Languages not written in Latin letters: their lists (taken from Wikipedia
# text) hold English words too, which would make English text vote for them.
NON_LATIN = {"ara", "bel", "ben", "bul", "ell", "guj", "heb", "hin", "hye", "kan", "kat", "kor",
             "mal", "mar", "mkd", "nep", "pes", "rus", "tam", "tel", "ukr", "urd"}
ASCII_LETTER = re.compile(r"[a-z]")

def main(src, dst="data/stoplists"):
    os.makedirs(dst, exist_ok=True)
    for code, name in sorted(LANGS.items()):
        with open(os.path.join(src, name + ".txt"), encoding="utf-8") as f:
            words = []
            for w in f:
                w = w.strip().lower()
                if code in NON_LATIN and ASCII_LETTER.search(w):
                    continue
                if WORD.fullmatch(w) and w not in words:
                    words.append(w)
                if len(words) == (MAX_WORDS_SHORT if code in SHORT_LISTS else MAX_WORDS):
                    break
        # No header line: the lists are compiled into the WebAssembly package,
        # where 58 of them cost 0.8 KB gzipped; data/stoplists/README.md
        # says where each comes from.
        with open(os.path.join(dst, code + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(sorted(words)) + "\n")

if __name__ == "__main__":
    main(*sys.argv[1:])
