//! Languages: a stoplist for each, and detection by stoplist vote.
//!
//! The stoplists live in `data/stoplists/` (see its README); they are parsed
//! once per process into one map from word to a bit set of the languages whose
//! list holds it, so a token costs one lookup whatever the language.

use crate::options::{Error, ErrorKind};
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// (ISO 639-3 code, ISO 639-1 code, stoplist), sorted by the 639-3 code.
/// At most 64 entries: a language is a bit of a `u64`.
static LANGS: &[(&str, &str, &str)] = &[
    ("afr", "af", include_str!("../data/stoplists/afr.txt")),
    ("ara", "ar", include_str!("../data/stoplists/ara.txt")),
    ("aze", "az", include_str!("../data/stoplists/aze.txt")),
    ("bel", "be", include_str!("../data/stoplists/bel.txt")),
    ("ben", "bn", include_str!("../data/stoplists/ben.txt")),
    ("bul", "bg", include_str!("../data/stoplists/bul.txt")),
    ("cat", "ca", include_str!("../data/stoplists/cat.txt")),
    ("ces", "cs", include_str!("../data/stoplists/ces.txt")),
    ("dan", "da", include_str!("../data/stoplists/dan.txt")),
    ("deu", "de", include_str!("../data/stoplists/deu.txt")),
    ("ell", "el", include_str!("../data/stoplists/ell.txt")),
    ("eng", "en", include_str!("../data/stoplists/eng.txt")),
    ("epo", "eo", include_str!("../data/stoplists/epo.txt")),
    ("est", "et", include_str!("../data/stoplists/est.txt")),
    ("fin", "fi", include_str!("../data/stoplists/fin.txt")),
    ("fra", "fr", include_str!("../data/stoplists/fra.txt")),
    ("guj", "gu", include_str!("../data/stoplists/guj.txt")),
    ("heb", "he", include_str!("../data/stoplists/heb.txt")),
    ("hin", "hi", include_str!("../data/stoplists/hin.txt")),
    ("hrv", "hr", include_str!("../data/stoplists/hrv.txt")),
    ("hun", "hu", include_str!("../data/stoplists/hun.txt")),
    ("hye", "hy", include_str!("../data/stoplists/hye.txt")),
    ("ind", "id", include_str!("../data/stoplists/ind.txt")),
    ("ita", "it", include_str!("../data/stoplists/ita.txt")),
    ("jav", "jv", include_str!("../data/stoplists/jav.txt")),
    ("jpn", "ja", include_str!("../data/stoplists/jpn.txt")),
    ("kan", "kn", include_str!("../data/stoplists/kan.txt")),
    ("kat", "ka", include_str!("../data/stoplists/kat.txt")),
    ("kor", "ko", include_str!("../data/stoplists/kor.txt")),
    ("lat", "la", include_str!("../data/stoplists/lat.txt")),
    ("lav", "lv", include_str!("../data/stoplists/lav.txt")),
    ("lit", "lt", include_str!("../data/stoplists/lit.txt")),
    ("mal", "ml", include_str!("../data/stoplists/mal.txt")),
    ("mar", "mr", include_str!("../data/stoplists/mar.txt")),
    ("mkd", "mk", include_str!("../data/stoplists/mkd.txt")),
    ("nep", "ne", include_str!("../data/stoplists/nep.txt")),
    ("nld", "nl", include_str!("../data/stoplists/nld.txt")),
    ("nob", "nb", include_str!("../data/stoplists/nob.txt")),
    ("pes", "fa", include_str!("../data/stoplists/pes.txt")),
    ("pol", "pl", include_str!("../data/stoplists/pol.txt")),
    ("por", "pt", include_str!("../data/stoplists/por.txt")),
    ("ron", "ro", include_str!("../data/stoplists/ron.txt")),
    ("rus", "ru", include_str!("../data/stoplists/rus.txt")),
    ("slk", "sk", include_str!("../data/stoplists/slk.txt")),
    ("slv", "sl", include_str!("../data/stoplists/slv.txt")),
    ("spa", "es", include_str!("../data/stoplists/spa.txt")),
    ("srp", "sr", include_str!("../data/stoplists/srp.txt")),
    ("swe", "sv", include_str!("../data/stoplists/swe.txt")),
    ("tam", "ta", include_str!("../data/stoplists/tam.txt")),
    ("tel", "te", include_str!("../data/stoplists/tel.txt")),
    ("tgl", "tl", include_str!("../data/stoplists/tgl.txt")),
    ("tuk", "tk", include_str!("../data/stoplists/tuk.txt")),
    ("tur", "tr", include_str!("../data/stoplists/tur.txt")),
    ("ukr", "uk", include_str!("../data/stoplists/ukr.txt")),
    ("urd", "ur", include_str!("../data/stoplists/urd.txt")),
    ("uzb", "uz", include_str!("../data/stoplists/uzb.txt")),
    ("vie", "vi", include_str!("../data/stoplists/vie.txt")),
    ("zho", "zh", include_str!("../data/stoplists/zho.txt")),
];

/// The languages a word is a stopword of, one bit per entry of `LANGS`.
pub(crate) type LangMask = u64;

/// Every language at once: used when the language is unknown.
pub(crate) const ANY_LANG: LangMask = u64::MAX;

fn stopword_map() -> &'static FxHashMap<&'static str, LangMask> {
    static MAP: OnceLock<FxHashMap<&'static str, LangMask>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = FxHashMap::default();
        for (i, (_, _, list)) in LANGS.iter().enumerate() {
            for w in list.lines().filter(|w| !w.is_empty() && !w.starts_with('#')) {
                *map.entry(w).or_insert(0) |= 1u64 << i;
            }
        }
        map
    })
}

/// Stopword lookups for one language (or for all, when it is unknown).
#[derive(Clone, Copy)]
pub(crate) struct Stopwords {
    map: &'static FxHashMap<&'static str, LangMask>,
    mask: LangMask,
    /// Whether the text is measured per character (Chinese, Japanese).
    pub per_char: bool,
}

impl Stopwords {
    /// Whether the lowercase `word` is a stopword.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.map.get(word).is_some_and(|m| m & self.mask != 0)
    }
}

/// A detected or given language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Lang {
    /// ISO 639-3 code as reported to the user.
    pub code: &'static str,
    /// Bit of its stoplist in `LANGS`, or `ANY_LANG` when there is none.
    pub mask: LangMask,
}

impl Lang {
    pub fn stopwords(self) -> Stopwords {
        let per_char = matches!(self.code, "zho" | "jpn");
        Stopwords { map: stopword_map(), mask: self.mask, per_char }
    }
}

fn mask_of(code3: &str) -> LangMask {
    match LANGS.binary_search_by(|(c, _, _)| c.cmp(&code3)) {
        Ok(i) => 1u64 << i,
        Err(_) => ANY_LANG,
    }
}

/// Parses a language hint: the ISO 639-1 or 639-3 code of a language with a
/// stoplist, any case.
pub(crate) fn parse_hint(hint: &str) -> Result<Lang, Error> {
    let h = hint.trim().to_ascii_lowercase();
    let bad = || Error::new(ErrorKind::BadValue { option: "language", value: hint.to_string() });
    let h = if h == "cmn" { "zho".to_string() } else { h };
    let Some((code, _, _)) = LANGS.iter().find(|(c3, c1, _)| *c1 == h || *c3 == h) else {
        return Err(bad());
    };
    Ok(Lang { code, mask: mask_of(code) })
}

/// Bytes of text the detector reads: enough for a confident vote, and a
/// bound on its cost whatever the input's size.
const DETECT_SAMPLE_BYTES: usize = 4096;
/// Lines shorter than this (in bytes) are left out of the sample: menus and
/// buttons are often in English on pages that are not.
const DETECT_LINE_MIN_BYTES: usize = 60;
/// Fewest stopwords for a vote to name a language.
const DETECT_MIN_VOTES: u32 = 3;
/// Share (per mille) of the sample's letters that must be CJK for the text to
/// be taken as Chinese, Japanese or Korean.
const CJK_SHARE_MIN: u32 = 300;

/// Detects the language of the text from its longer lines, by stoplist vote:
/// each word of the sample votes for every language whose stoplist holds it,
/// and the language with most votes wins. Chinese, Japanese and Korean are told
/// by their scripts. Returns `None` when nothing is clear (too few words, or a
/// script with no stoplist).
///
/// The stoplists are what the cleaner measures with, so the language that
/// wins is the one whose stopword density fits the text best.
pub(crate) fn detect<'a>(lines: impl Iterator<Item = &'a str>) -> Option<Lang> {
    let map = stopword_map();
    let mut votes = [0u32; 64];
    let (mut letters, mut han, mut kana, mut hangul) = (0u32, 0u32, 0u32, 0u32);
    let mut word = String::new();
    let mut read = 0usize;
    let mut vote = |word: &mut String| {
        if !word.is_empty() {
            if let Some(&mask) = map.get(word.as_str()) {
                let mut m = mask;
                while m != 0 {
                    votes[m.trailing_zeros() as usize] += 1;
                    m &= m - 1;
                }
            }
            word.clear();
        }
    };
    for l in lines.filter(|l| l.len() >= DETECT_LINE_MIN_BYTES) {
        if read >= DETECT_SAMPLE_BYTES {
            break;
        }
        read += l.len();
        for c in l.chars() {
            if c.is_alphabetic() {
                letters += 1;
                match c as u32 {
                    0x3040..=0x30FF => kana += 1,
                    0xAC00..=0xD7AF | 0x1100..=0x11FF => hangul += 1,
                    0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F => han += 1,
                    _ => {}
                }
            }
            if c.is_alphanumeric() && !crate::features::is_cjk(c) {
                word.extend(c.to_lowercase());
            } else {
                vote(&mut word);
            }
        }
        vote(&mut word);
    }
    let cjk = kana + han;
    if letters > 0 && (cjk + hangul) * 1000 >= letters * CJK_SHARE_MIN {
        let code = if hangul > cjk {
            "kor"
        } else if kana * 10 >= cjk {
            "jpn"
        } else {
            "zho"
        };
        return Some(Lang { code, mask: mask_of(code) });
    }
    let (best, &n) = votes.iter().enumerate().take(LANGS.len()).max_by_key(|&(i, v)| (*v, std::cmp::Reverse(i)))?;
    if n < DETECT_MIN_VOTES {
        return None;
    }
    Some(Lang { code: LANGS[best].0, mask: 1u64 << best })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_fits_a_mask() {
        assert!(LANGS.len() <= 64);
        assert!(LANGS.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn stopwords_are_per_language() {
        let de = parse_hint("de").unwrap().stopwords();
        let en = parse_hint("eng").unwrap().stopwords();
        assert!(de.contains("und") && !en.contains("und"));
        assert!(en.contains("which") && !de.contains("which"));
    }

    #[test]
    fn hints_accept_both_code_lengths() {
        assert_eq!(parse_hint("FR").unwrap().code, "fra");
        assert_eq!(parse_hint("fra").unwrap().code, "fra");
        assert!(parse_hint("xx").is_err());
    }

    #[test]
    fn detects_german_from_long_lines() {
        let text = ["Menu", "Die Bundesregierung hat am Mittwoch beschlossen, dass die neuen Regeln ab dem kommenden Jahr gelten sollen und dass sie für alle Unternehmen gelten."];
        assert_eq!(detect(text.into_iter()).unwrap().code, "deu");
    }

    #[test]
    fn detects_cjk_by_script() {
        let zh = ["北京市政府周三宣布，从明年开始，所有新建住宅都必须安装太阳能热水器，这是为了减少能源消耗。"];
        assert_eq!(detect(zh.into_iter()).unwrap().code, "zho");
        let ja = ["東京都は水曜日に、来年からすべての新築住宅に太陽熱温水器の設置を義務付けると発表しました。"];
        assert_eq!(detect(ja.into_iter()).unwrap().code, "jpn");
    }

    #[test]
    fn detect_min_votes_leaves_unclear_text_unnamed() {
        let few = ["Menu Home Kontakt Impressum Datenschutz Suche Login Registrieren Warenkorb Hilfe"];
        assert_eq!(detect(few.into_iter()), None);
    }
}
