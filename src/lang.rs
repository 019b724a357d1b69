//! Languages: a stoplist for each, and detection by stoplist vote.
//!
//! The stoplists live in `data/stoplists/` (see its README); they are parsed
//! once per process into one table from word to a bit set of the languages
//! whose list holds it (for detection, and for text of unknown language), and
//! into one small table per language met, so a token costs one lookup.

use crate::options::{Error, ErrorKind};
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// A stoplist of `data/stoplists/`, front-coded by `build.rs` (see
/// [`list_words`]).
macro_rules! list {
    ($code:literal) => {
        include_bytes!(concat!(env!("OUT_DIR"), "/stoplists/", $code, ".bin"))
    };
}

/// (ISO 639-3 code, ISO 639-1 code, stoplist), sorted by the 639-3 code.
/// At most 64 entries: a language is a bit of a `u64`.
static LANGS: &[(&str, &str, &[u8])] = &[
    ("afr", "af", list!("afr")),
    ("ara", "ar", list!("ara")),
    ("aze", "az", list!("aze")),
    ("bel", "be", list!("bel")),
    ("ben", "bn", list!("ben")),
    ("bul", "bg", list!("bul")),
    ("cat", "ca", list!("cat")),
    ("ces", "cs", list!("ces")),
    ("dan", "da", list!("dan")),
    ("deu", "de", list!("deu")),
    ("ell", "el", list!("ell")),
    ("eng", "en", list!("eng")),
    ("epo", "eo", list!("epo")),
    ("est", "et", list!("est")),
    ("fin", "fi", list!("fin")),
    ("fra", "fr", list!("fra")),
    ("guj", "gu", list!("guj")),
    ("heb", "he", list!("heb")),
    ("hin", "hi", list!("hin")),
    ("hrv", "hr", list!("hrv")),
    ("hun", "hu", list!("hun")),
    ("hye", "hy", list!("hye")),
    ("ind", "id", list!("ind")),
    ("ita", "it", list!("ita")),
    ("jav", "jv", list!("jav")),
    ("jpn", "ja", list!("jpn")),
    ("kan", "kn", list!("kan")),
    ("kat", "ka", list!("kat")),
    ("kor", "ko", list!("kor")),
    ("lat", "la", list!("lat")),
    ("lav", "lv", list!("lav")),
    ("lit", "lt", list!("lit")),
    ("mal", "ml", list!("mal")),
    ("mar", "mr", list!("mar")),
    ("mkd", "mk", list!("mkd")),
    ("nep", "ne", list!("nep")),
    ("nld", "nl", list!("nld")),
    ("nob", "nb", list!("nob")),
    ("pes", "fa", list!("pes")),
    ("pol", "pl", list!("pol")),
    ("por", "pt", list!("por")),
    ("ron", "ro", list!("ron")),
    ("rus", "ru", list!("rus")),
    ("slk", "sk", list!("slk")),
    ("slv", "sl", list!("slv")),
    ("spa", "es", list!("spa")),
    ("srp", "sr", list!("srp")),
    ("swe", "sv", list!("swe")),
    ("tam", "ta", list!("tam")),
    ("tel", "te", list!("tel")),
    ("tgl", "tl", list!("tgl")),
    ("tuk", "tk", list!("tuk")),
    ("tur", "tr", list!("tur")),
    ("ukr", "uk", list!("ukr")),
    ("urd", "ur", list!("urd")),
    ("uzb", "uz", list!("uzb")),
    ("vie", "vi", list!("vie")),
    ("zho", "zh", list!("zho")),
];

/// The languages a word is a stopword of, one bit per entry of `LANGS`.
pub(crate) type LangMask = u64;

/// Every language at once: used when the language is unknown.
pub(crate) const ANY_LANG: LangMask = u64::MAX;
/// Korean's bit (its place in `LANGS`): a word that ends in a Korean
/// particle is one of its stopwords (see `features::korean_particle_ends`).
pub(crate) const KOREAN: LangMask = 1 << 28;

/// Words of up to `PACKED_MAX` bytes are looked up packed into two `u64`s,
/// their bytes shifted in one by one (see [`pack`]): no string is built, and
/// a word is compared with a table entry in two integer comparisons. A word
/// holds no NUL byte, so the packing of each word is unique.
pub(crate) const PACKED_MAX: u32 = 16;

/// Shifts byte `b` into the packed word `(lo, hi)`.
#[inline(always)]
pub(crate) fn pack(lo: &mut u64, hi: &mut u64, b: u8) {
    *hi = (*hi << 8) | (*lo >> 56);
    *lo = (*lo << 8) | u64::from(b);
}

fn packed(word: &str) -> (u64, u64) {
    let (mut lo, mut hi) = (0, 0);
    for &b in word.as_bytes() {
        pack(&mut lo, &mut hi, b);
    }
    (lo, hi)
}

/// A stoplist compiled for lookups: an open-addressing table of the packed
/// words of up to `PACKED_MAX` bytes, each with the languages it is a stopword
/// of, and a map for the longer words. A byte array of tags (7 bits of each
/// word's hash and the high bit, 0 for an empty slot) is probed first, eight
/// at a time, so a word that is no stopword is mostly told by one read of
/// the tags, which stay in cache. Probes go on past the home slots (no wrap
/// around), and eight empty tags end the array.
pub(crate) struct WordTable {
    tags: Box<[u8]>,
    /// (lo, hi, languages) of the word whose tag is at the same index.
    slots: Box<[(u64, u64, LangMask)]>,
    shift: u32,
    long: FxHashMap<Box<str>, LangMask>,
    /// Bytes of the longest word in `long`: 0 when it is empty.
    pub long_max: usize,
}

/// The high bit of each byte of a `u64`, and the seven others.
pub(crate) const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
const LOW_BITS: u64 = 0x7F7F_7F7F_7F7F_7F7F;

impl WordTable {
    /// The table of the words of `lists`, each list with its languages.
    fn build(lists: impl Iterator<Item = (&'static [u8], LangMask)>) -> WordTable {
        let mut short: FxHashMap<(u64, u64), LangMask> = FxHashMap::default();
        let mut long: FxHashMap<Box<str>, LangMask> = FxHashMap::default();
        for (list, mask) in lists {
            list_words(list, |w| {
                if w.len() as u32 <= PACKED_MAX {
                    *short.entry(packed(w)).or_insert(0) |= mask;
                } else {
                    *long.entry(w.into()).or_insert(0) |= mask;
                }
            });
        }
        // at most two thirds of the home slots full
        let size = (short.len() * 3 / 2 + 1).next_power_of_two().max(16);
        let shift = 64 - size.trailing_zeros();
        let mut tags = vec![0u8; size];
        let mut slots = vec![(0u64, 0u64, 0 as LangMask); size];
        for (&(lo, hi), &mask) in &short {
            let (mut i, tag) = Self::hash(lo, hi, shift);
            while tags[i] != 0 {
                i += 1;
                if i == tags.len() {
                    tags.push(0);
                    slots.push((0, 0, 0));
                }
            }
            tags[i] = tag;
            slots[i] = (lo, hi, mask);
        }
        tags.extend([0; 8]);
        slots.extend([(0, 0, 0); 8]);
        let long_max = long.keys().map(|w| w.len()).max().unwrap_or(0);
        WordTable { tags: tags.into(), slots: slots.into(), shift, long, long_max }
    }

    /// The first slot to probe for a packed word, and its tag (high bit set).
    #[inline(always)]
    fn hash(lo: u64, hi: u64, shift: u32) -> (usize, u8) {
        let h = (lo ^ hi.rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        ((h >> shift) as usize, (h as u8 >> 1) | 0x80)
    }

    /// The languages of the packed word `(lo, hi)` (of at most `PACKED_MAX`
    /// bytes), 0 when it is no stopword.
    ///
    /// Reads the tags eight at a time: the bytes equal to the word's tag
    /// before the first empty one are the slots to compare. (A group is read
    /// only when the one before held no empty tag, so the eight empty tags
    /// at the end keep every read in the array.)
    #[inline]
    pub fn packed(&self, lo: u64, hi: u64) -> LangMask {
        let (mut i, tag) = Self::hash(lo, hi, self.shift);
        let pattern = u64::from(tag) * 0x0101_0101_0101_0101;
        loop {
            let Some(group) = self.tags.get(i..i + 8) else {
                return 0;
            };
            let group = u64::from_le_bytes(group.try_into().unwrap_or([0; 8]));
            let empty = !group & HIGH_BITS;
            // the high bit of each byte that equals the tag (exact: no carry
            // crosses a byte)
            let x = group ^ pattern;
            let mut equal = !(((x & LOW_BITS) + LOW_BITS) | x | LOW_BITS);
            if empty != 0 {
                equal &= (empty & empty.wrapping_neg()) - 1;
            }
            while equal != 0 {
                let (l, h, m) = self.slots[i + (equal.trailing_zeros() / 8) as usize];
                if l == lo && h == hi {
                    return m;
                }
                equal &= equal - 1;
            }
            if empty != 0 {
                return 0;
            }
            i += 8;
        }
    }

    /// The languages of `word`, 0 when it is no stopword.
    pub fn get(&self, word: &str) -> LangMask {
        if word.is_empty() {
            0
        } else if word.len() as u32 <= PACKED_MAX {
            let (lo, hi) = packed(word);
            self.packed(lo, hi)
        } else {
            self.long.get(word).copied().unwrap_or(0)
        }
    }
}

/// Feeds each word of a front-coded stoplist to `f`: a word is the bytes
/// before a byte below 0x20 appended to the start of the word before it,
/// and that byte is how many bytes of it the next word starts with. The
/// list's first three bytes are the code point of its byte 0x80,
/// little-endian (0: the list is UTF-8; else each byte from 0x80 up is one
/// char, see `build.rs`).
fn list_words(list: &[u8], mut f: impl FnMut(&str)) {
    let (base, list) = list.split_at(3.min(list.len()));
    let base = base.iter().rev().fold(0u32, |n, &b| n << 8 | u32::from(b));
    let (mut word, mut text) = (Vec::new(), String::new());
    let mut start = 0;
    for (i, &b) in list.iter().enumerate() {
        if b < 0x20 {
            word.extend_from_slice(&list[start..i]);
            if base == 0 {
                if let Ok(w) = std::str::from_utf8(&word) {
                    f(w);
                }
            } else {
                text.clear();
                text.extend(word.iter().map(|&c| if c < 0x80 { char::from(c) } else { char::from_u32(base + u32::from(c) - 0x80).unwrap_or(char::REPLACEMENT_CHARACTER) }));
                f(&text);
            }
            word.truncate(usize::from(b));
            start = i + 1;
        }
    }
}

static ALL_WORDS: OnceLock<WordTable> = OnceLock::new();

/// The stopwords of every language, each with the languages it belongs to.
fn all_words() -> &'static WordTable {
    ALL_WORDS.get_or_init(|| {
        WordTable::build(LANGS.iter().enumerate().map(|(i, &(_, _, list))| (list, 1u64 << i)))
    })
}

/// Builds every stoplist table now (see [`crate::cleaner::prepare`]).
pub(crate) fn prepare() {
    all_words();
    for i in 0..LANGS.len() {
        table_for(1 << i);
    }
}

/// How many stoplist tables are built (each language's, and the one of
/// all), and how many there are.
#[cfg(test)]
pub(crate) fn tables_built() -> (usize, usize) {
    let built = TABLES.iter().filter(|t| t.get().is_some()).count() + usize::from(ALL_WORDS.get().is_some());
    (built, LANGS.len() + 1)
}

/// Each language's stopwords, built at their first use.
#[allow(clippy::declare_interior_mutable_const)]
const UNBUILT: OnceLock<WordTable> = OnceLock::new();
static TABLES: [OnceLock<WordTable>; 64] = [UNBUILT; 64];

/// The stopwords of the language of `mask` (one bit), or of all languages.
fn table_for(mask: LangMask) -> &'static WordTable {
    if mask.count_ones() != 1 {
        return all_words();
    }
    let i = mask.trailing_zeros() as usize;
    TABLES[i].get_or_init(|| WordTable::build(std::iter::once((LANGS[i].2, mask))))
}

/// Stopword lookups for one language (or for all, when it is unknown).
#[derive(Clone, Copy)]
pub(crate) struct Stopwords {
    pub table: &'static WordTable,
    pub mask: LangMask,
    /// Whether the text is measured per character (Chinese, Japanese).
    pub per_char: bool,
    /// Whether the measure keeps each word's languages for the vote (see [`voting`]).
    pub voting: bool,
}

impl Stopwords {
    /// Whether the lowercase `word` is a stopword.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.table.get(word) & self.mask != 0
    }

    /// Whether the packed lowercase word `(lo, hi)` is a stopword.
    #[inline]
    pub fn contains_packed(&self, lo: u64, hi: u64) -> bool {
        self.table.packed(lo, hi) & self.mask != 0
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
        Stopwords { table: table_for(self.mask), mask: self.mask, per_char, voting: false }
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
/// Lines shorter than this are left out of the sample: menus and buttons are
/// often in English on pages that are not. Counted as the measure counts a
/// line's length (`Features::len`: chars as they show, a CJK letter as three),
/// not in bytes: a short line of Devanagari (three bytes a char) or
/// Cyrillic (two) would count as long as a Latin line three or two times
/// its length. (A Hangul syllable counts one, as the measure counts it.)
const DETECT_LINE_MIN_LEN: u32 = 60;
/// Fewest words in the lines that end like sentences for their vote alone
/// to name the language (see `Cleaner::clean`): about a quarter of a full
/// sample. Counted in words, not bytes: a text in Cyrillic or with
/// no-break spaces has more bytes a word.
pub(crate) const DETECT_PROSE_MIN_WORDS: u32 = 150;
/// Fewest stopwords for a vote to name a language.
const DETECT_MIN_VOTES: u32 = 3;
/// Share (per mille) of the sample's words that the winner's stopwords must
/// be to name it. Prose in the languages of the stoplists is 35–55%
/// stopwords (Hindi's 100-word list: 43% of the test's sample), and a page's
/// sample, menus and teasers among it, 18% or more in the corpus; 10% leaves
/// room for samples of names and numbers. Swahili, which has no stoplist,
/// is 6–8% Czech stopwords ("a", "na").
const DETECT_MIN_SHARE: u64 = 100;
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
///
/// The cleaner does not call this: it votes with the words that `measure`
/// reads (see [`voting`] and `Cleaner::measure_lines`), so that the sample
/// is read once. This is the same vote over lines measured for it alone.
#[cfg(test)]
pub(crate) fn detect<'a>(lines: impl Iterator<Item = &'a str>) -> Option<Lang> {
    sample_of(lines).vote().0
}

/// As [`detect`], but `None` when the sample holds fewer than `min_words`
/// words (a CJK character counts as one): too few to go by.
#[cfg(test)]
pub(crate) fn detect_from<'a>(lines: impl Iterator<Item = &'a str>, min_words: u32) -> Option<Option<Lang>> {
    let (lang, words) = sample_of(lines).vote();
    (words >= min_words).then_some(lang)
}

/// The sample of `lines` for the vote, each measured for it.
#[cfg(test)]
fn sample_of<'a>(lines: impl Iterator<Item = &'a str>) -> Sample {
    let mut scratch = crate::features::Scratch::default();
    let mut sample = Sample::default();
    for l in lines.filter(|l| in_sample(l.len())) {
        if sample.full() {
            break;
        }
        scratch.masks.clear();
        let f = crate::features::measure(l, voting(), &mut scratch);
        sample.add(l.len(), f.len, &scratch.masks, scratch.scripts, scratch.skipped);
    }
    sample
}

/// The stoplist to measure the lines of the vote's sample with: every
/// language's, each word's languages kept in the measure's scratch (see
/// `Scratch::masks`), the stopwords counted once the language is known.
pub(crate) fn voting() -> Stopwords {
    Stopwords { table: all_words(), mask: ANY_LANG, per_char: false, voting: true }
}

/// Whether a line of `bytes` may be long enough for the vote's sample: its
/// length (see `DETECT_LINE_MIN_LEN`) is at most its bytes.
pub(crate) fn in_sample(bytes: usize) -> bool {
    bytes >= DETECT_LINE_MIN_LEN as usize
}

/// The vote over a sample of lines: their words' languages, their letters
/// and the letters of the scripts told apart by their share, and the bytes
/// read.
#[derive(Default)]
pub(crate) struct Sample {
    tally: Tally,
    letters: u32,
    kana: u32,
    han: u32,
    hangul: u32,
    read: usize,
}

impl Sample {
    /// Whether the sample has read `DETECT_SAMPLE_BYTES`: no line is added after.
    pub fn full(&self) -> bool {
        self.read >= DETECT_SAMPLE_BYTES
    }

    /// Adds a line of `len` bytes, `skipped` of which show nothing (link
    /// targets, link numbers, tags), `shown` long as it shows (see
    /// `DETECT_LINE_MIN_LEN`), whose words are of the languages of `masks`
    /// and whose letters, kana, Han and Hangul are `scripts`. A line too
    /// short as it shows is left out.
    pub fn add(&mut self, len: usize, shown: u32, masks: &[LangMask], scripts: [u32; 4], skipped: usize) {
        if shown < DETECT_LINE_MIN_LEN {
            return;
        }
        self.read += len - skipped;
        for &m in masks {
            self.tally.add(m);
        }
        let [letters, kana, han, hangul] = scripts;
        self.letters += letters;
        self.kana += kana;
        self.han += han;
        self.hangul += hangul;
    }

    /// The language that won, and how many words the sample held (a CJK
    /// character counts as one).
    pub fn vote(self) -> (Option<Lang>, u32) {
        let (words, letters, kana, han, hangul) = (self.tally.words, self.letters, self.kana, self.han, self.hangul);
        let votes = self.tally.counts();
        let cjk = kana + han;
        let size = words + cjk;
        let lang = || {
            if letters > 0 && u64::from(cjk + hangul) * 1000 >= u64::from(letters) * u64::from(CJK_SHARE_MIN) {
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
            // a language whose stopwords are few of the words is one that shares a
            // few short words with the text's, which has no stoplist here
            if n < DETECT_MIN_VOTES || u64::from(n) * 1000 < u64::from(words) * DETECT_MIN_SHARE {
                return None;
            }
            Some(Lang { code: LANGS[best].0, mask: 1u64 << best })
        };
        (lang(), size)
    }
}

/// The votes of a sample, bit-sliced: bit `i` of `planes[k]` is bit `k` of
/// the count of language `i`, so a word adds its languages' mask to every
/// count at once. The last words' votes are kept in three planes of their
/// own, `recent`: a word adds its mask there with no branch, and every
/// seventh word, before a count there can pass 7, they are carried into
/// `planes` (a carry that rarely goes past the first planes).
#[derive(Default)]
struct Tally {
    planes: [u64; 32],
    recent: [u64; 3],
    words: u32,
}

impl Tally {
    /// One word's vote for the languages of `mask`.
    #[inline(always)]
    fn add(&mut self, mask: LangMask) {
        let r = &mut self.recent;
        let carry = r[0] & mask;
        r[0] ^= mask;
        r[2] ^= r[1] & carry;
        r[1] ^= carry;
        self.words += 1;
        if self.words % 7 == 0 {
            self.carry_recent();
        }
    }

    fn carry_recent(&mut self) {
        for (k, r) in self.recent.iter_mut().enumerate() {
            let mut carry = std::mem::take(r);
            for plane in self.planes[k..].iter_mut() {
                if carry == 0 {
                    break;
                }
                let next = *plane & carry;
                *plane ^= carry;
                carry = next;
            }
        }
    }

    /// Each language's count.
    fn counts(mut self) -> [u32; 64] {
        self.carry_recent();
        let mut votes = [0u32; 64];
        for (k, plane) in self.planes.iter().enumerate() {
            for (i, v) in votes.iter_mut().enumerate() {
                *v |= ((plane >> i) as u32 & 1) << k;
            }
        }
        votes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words_of(list: &[u8]) -> Vec<String> {
        let mut words = Vec::new();
        list_words(list, |w| words.push(w.to_string()));
        words
    }

    #[test]
    fn korean_is_its_bit() {
        assert_eq!(mask_of("kor"), KOREAN);
    }

    /// The front-coded lists that `build.rs` compiled in decode to the files'
    /// words, in their order; each file is a list of `LANGS`.
    #[test]
    fn the_compiled_stoplists_are_the_files() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/stoplists");
        let files = std::fs::read_dir(&dir).unwrap().filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "txt")).count();
        assert_eq!(files, LANGS.len());
        for &(code, _, list) in LANGS {
            let text = std::fs::read_to_string(dir.join(format!("{code}.txt"))).unwrap();
            let words: Vec<&str> = text.lines().filter(|w| !w.is_empty() && !w.starts_with('#')).collect();
            assert!(words.len() >= 20, "{code}");
            assert_eq!(words_of(list), words, "{code}");
        }
    }

    #[test]
    fn front_coding_is_read_back() {
        // UTF-8 (a base of 0): "the", "then" (3 bytes shared), "there" (3),
        // "über" (none)
        let list = b"\0\0\0the\x03n\x03re\x00\xC3\xBCber\x00";
        assert_eq!(words_of(list), ["the", "then", "there", "über"]);
        // a byte to a char from U+0430 ("а" is 0x80): "да", "дом" (1 shared)
        let list = b"\x30\x04\x00\x84\x80\x01\x8E\x8C\x00";
        assert_eq!(words_of(list), ["да", "дом"]);
        assert!(words_of(b"").is_empty());
    }

    #[test]
    fn table_is_sorted_and_fits_a_mask() {
        assert!(LANGS.len() <= 64);
        assert!(LANGS.windows(2).all(|w| w[0].0 < w[1].0));
    }

    /// The lists and the measure agree on what a word is: every entry is
    /// one word, and a stopword (a list made with another notion of a word,
    /// as Python's `\w`, would hold entries that never match).
    #[test]
    fn every_stoplist_entry_measures_as_one_stopword() {
        let mut scratch = crate::features::Scratch::default();
        for &(code, _, list) in LANGS {
            let stop = parse_hint(code).unwrap().stopwords();
            for word in words_of(list) {
                let f = crate::features::measure(&word, stop, &mut scratch);
                assert_eq!((f.words, f.stopwords), (1, 1), "{code}: {word}");
            }
        }
    }

    #[test]
    fn stopwords_are_per_language() {
        let de = parse_hint("de").unwrap().stopwords();
        let en = parse_hint("eng").unwrap().stopwords();
        assert!(de.contains("und") && !en.contains("und"));
        assert!(en.contains("which") && !de.contains("which"));
    }

    #[test]
    fn every_stopword_is_found_in_its_tables() {
        for (i, (_, _, list)) in LANGS.iter().enumerate() {
            let own = table_for(1u64 << i);
            for w in words_of(list) {
                assert_ne!(all_words().get(&w) & (1u64 << i), 0, "{w}");
                assert_eq!(own.get(&w), 1u64 << i, "{w}");
            }
        }
        let en = parse_hint("en").unwrap().stopwords();
        for w in ["", "harbour", "thee", "th", "whichever1", "ferries"] {
            assert!(!en.contains(w), "{w}");
        }
    }

    /// The tables against a map of every list's words: every string of up to
    /// three letters (a stopword of some language or not) gets the languages
    /// the map gives it, from the table of all and from each language's.
    #[test]
    fn tables_agree_with_a_map_of_the_lists() {
        let mut map: std::collections::HashMap<String, LangMask> = std::collections::HashMap::new();
        for (i, &(_, _, list)) in LANGS.iter().enumerate() {
            for w in words_of(list) {
                *map.entry(w).or_insert(0) |= 1u64 << i;
            }
        }
        let letters = "abcdefghijklmnopqrstuvwxyzäéñ";
        let mut probes = vec![String::new()];
        for _ in 0..3 {
            let longer: Vec<String> = probes.iter().flat_map(|p| letters.chars().map(move |c| format!("{p}{c}"))).collect();
            probes.extend(longer);
        }
        probes.sort();
        probes.dedup();
        assert!(probes.len() > 20_000);
        let (mut hits, own) = (0, (0..LANGS.len()).map(|i| table_for(1u64 << i)).collect::<Vec<_>>());
        for w in &probes {
            let expected = map.get(w.as_str()).copied().unwrap_or(0);
            hits += usize::from(expected != 0);
            assert_eq!(all_words().get(w), expected, "{w}");
            for (i, table) in own.iter().enumerate() {
                assert_eq!(table.get(w), expected & (1u64 << i), "{w}");
            }
        }
        assert!(hits > 500, "{hits}");
    }

    /// The bit-sliced tally against a count per language, for runs of masks
    /// of every length up to 40 (each carry of the recent planes, and runs
    /// that end between carries), with masks often all ones (a count of 7
    /// in the recent planes, the most they hold) and many at random.
    #[test]
    fn the_tally_counts_as_a_counter_per_language_does() {
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for round in 0..2000 {
            let (mut tally, mut expected) = (Tally::default(), [0u32; 64]);
            for _ in 0..round % 41 {
                let mask = match next() % 4 {
                    0 => u64::MAX,
                    1 => 0,
                    _ => next(),
                };
                tally.add(mask);
                for (i, e) in expected.iter_mut().enumerate() {
                    *e += (mask >> i) as u32 & 1;
                }
            }
            assert_eq!(tally.words, round % 41);
            assert_eq!(tally.counts(), expected, "round {round}");
        }
    }

    #[test]
    fn hints_accept_both_code_lengths() {
        assert_eq!(parse_hint("FR").unwrap().code, "fra");
        assert_eq!(parse_hint("fra").unwrap().code, "fra");
        assert!(parse_hint("xx").is_err());
    }

    #[test]
    fn a_sample_of_too_few_words_tells_nothing() {
        let line = "Die Bundesregierung hat am Mittwoch beschlossen, dass die neuen Regeln ab dem kommenden Jahr gelten sollen und dass sie für alle Unternehmen gelten.";
        let words = line.split_whitespace().count() as u32;
        assert_eq!(detect_from([line].into_iter(), words + 1), None);
        assert_eq!(detect_from([line].into_iter(), words).map(|l| l.map(|l| l.code)), Some(Some("deu")));
        // enough words that name no language: no answer, not "too few"
        let numbers = "12345 67890 ".repeat(20);
        assert_eq!(detect_from([numbers.as_str()].into_iter(), 10), Some(None));
    }

    #[test]
    fn detects_german_from_long_lines() {
        let text = ["Menu", "Die Bundesregierung hat am Mittwoch beschlossen, dass die neuen Regeln ab dem kommenden Jahr gelten sollen und dass sie für alle Unternehmen gelten."];
        assert_eq!(detect(text.into_iter()).unwrap().code, "deu");
    }

    /// A line's length for the sample is the measure's: short lines of
    /// Devanagari, three bytes a char, hold as many bytes as a long Latin
    /// one, and would outvote the text's own words.
    #[test]
    fn short_lines_of_another_script_are_left_out_of_the_sample() {
        let hindi = ["सरकार ने इस साल के बजट में एक नई योजना की घोषणा की है", "यह फैसला सभी के लिए है और इस पर काम जारी है"];
        let english = "The minister said on Monday that the plan would go ahead in the spring.";
        assert!(hindi.iter().all(|l| in_sample(l.len())));
        assert_eq!(detect([hindi[0], english, hindi[1]].into_iter()).map(|l| l.code), Some("eng"));
        // long enough as they show, they count
        let long: Vec<String> = hindi.iter().map(|l| format!("{l}, {l}")).collect();
        assert_eq!(detect([long[0].as_str(), english, long[1].as_str()].into_iter()).map(|l| l.code), Some("hin"));
        // a Chinese sentence of 45 chars is long (a CJK char counts three)
        let zh = "北京市政府周三宣布，从明年开始，所有新建住宅都必须安装太阳能热水器，这是为了减少能源消耗。";
        assert_eq!(detect([english, zh].into_iter()).map(|l| l.code), Some("zho"));
    }

    #[test]
    fn detects_cjk_by_script() {
        let zh = ["北京市政府周三宣布，从明年开始，所有新建住宅都必须安装太阳能热水器，这是为了减少能源消耗。"];
        assert_eq!(detect(zh.into_iter()).unwrap().code, "zho");
        let ja = ["東京都は水曜日に、来年からすべての新築住宅に太陽熱温水器の設置を義務付けると発表しました。"];
        assert_eq!(detect(ja.into_iter()).unwrap().code, "jpn");
    }

    /// Chinese and Japanese are told by the share of CJK among the letters
    /// (at least `CJK_SHARE_MIN` per mille): 14 CJK chars beside 20 Latin
    /// letters are 41%, beside 40 they are 26%.
    #[test]
    fn the_share_of_cjk_counts_every_letter_once() {
        let line = "東京都は水曜日に発表しました abcdefghij klmnopqrst";
        assert_eq!(detect([line].into_iter()).map(|l| l.code), Some("jpn"));
        let line = "東京都は水曜日に発表しました abcdefghij klmnopqrst uvwxyzabcd efghijklmn";
        assert_ne!(detect([line].into_iter()).map(|l| l.code), Some("jpn"));
        let digits = "東京都は水曜日に発表しました 1234567890 1234567890 1234567890 1234567890";
        assert_eq!(detect([digits].into_iter()).map(|l| l.code), Some("jpn"), "digits are no letters");
    }

    #[test]
    fn a_few_shared_short_words_name_no_language() {
        // Swahili: "na", "ya", "za" are stopwords of Czech, Spanish,
        // Serbian…, a few of its words
        let sw = [
            "Serikali ya Tanzania imetangaza mpango mpya wa kusambaza maji safi na salama katika vijiji zaidi ya mia tano kote nchini.",
            "Waziri wa Maji alisema kwamba mradi huo utagharimu mabilioni ya shilingi na utatekelezwa kwa awamu tatu katika kipindi cha miaka mitano ijayo.",
            "Wakazi wa kijiji cha Mwanga walieleza furaha yao baada ya kusikia habari hizo, wakisema kwamba kwa muda mrefu wamekuwa wakitembea umbali mrefu.",
        ];
        assert_eq!(detect(sw.into_iter()), None);
        // while Hindi, whose list covers 43% of these words, is named
        let hi = [
            "प्रधानमंत्री ने आज राजधानी में एक नई योजना की घोषणा की, जिसके तहत देश के सभी गांवों में स्वच्छ पेयजल पहुंचाने का लक्ष्य रखा गया है। उन्होंने कहा कि यह योजना अगले पांच वर्षों में पूरी की जाएगी।",
            "सरकार के अनुसार इस परियोजना पर हजारों करोड़ रुपये खर्च किए जाएंगे और स्थानीय लोगों को रोजगार के नए अवसर भी मिलेंगे। विशेषज्ञों का मानना है कि इससे ग्रामीण क्षेत्रों में स्वास्थ्य की स्थिति में सुधार होगा।",
            "गांव के लोगों ने इस घोषणा का स्वागत किया है। कई महिलाओं ने बताया कि उन्हें हर दिन पानी लाने के लिए कई किलोमीटर पैदल चलना पड़ता है, जिससे बच्चों की पढ़ाई और खेती के काम पर असर पड़ता है।",
        ];
        assert_eq!(detect(hi.into_iter()).map(|l| l.code), Some("hin"));
    }

    #[test]
    fn detect_min_votes_leaves_unclear_text_unnamed() {
        let few = ["Menu Home Kontakt Impressum Datenschutz Suche Login Registrieren Warenkorb Hilfe"];
        assert_eq!(detect(few.into_iter()), None);
    }
}
