//! Stage 2: measure each line alone: its length, words, stopwords, sentence
//! shape, and the lexicon phrase it holds. One pass over the line's chars,
//! with buffers reused from line to line.

use crate::lang::Stopwords;
use crate::lexicon::{Hit, Lexicon};

/// What one line is made of.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Features {
    /// Characters, CJK ideographs and kana counted three times (they carry
    /// about as much as three letters of an alphabet).
    pub len: u32,
    /// Words (runs of letters and digits; each CJK character is a word).
    pub words: u32,
    /// Words that are stopwords of the text's language.
    pub stopwords: u32,
    /// Letters that are uppercase, and letters in all.
    pub upper: u32,
    pub letters: u32,
    pub digits: u32,
    /// Sentence ends followed by more text or the end of the line.
    pub sentences: u32,
    /// Whether the line ends like a sentence (`.`, `!`, `?`, `…`, `。`, or a
    /// closing quote after one).
    pub terminal: bool,
    /// Whether the line ends with `:`, as a label or a lead-in to a list does.
    pub colon_end: bool,
    /// Separators typical of menus and breadcrumbs: `|`, `·`, `•`, `»`, `›`.
    pub separators: u32,
    /// Whether the line starts with a list bullet.
    pub bullet: bool,
    /// Markdown heading level (`# Title` is 1), 0 when none.
    pub md_heading: u8,
    /// Looks like code, markup or a URL.
    pub markup: bool,
    /// The first word starts with an uppercase letter or a digit.
    pub capital_start: bool,
    /// The boilerplate phrase the line holds.
    pub hit: Option<Hit>,
    /// Hash of the line's letters and digits, lowercased: equal lines (give or
    /// take case, spacing and punctuation) have equal keys.
    pub key: u64,
}

impl Features {
    /// Stopwords per word, in per mille.
    pub fn density(&self) -> u16 {
        if self.words == 0 {
            0
        } else {
            (u64::from(self.stopwords) * 1000 / u64::from(self.words)) as u16
        }
    }
}

/// Whether `c` is a CJK ideograph, kana or CJK punctuation.
#[inline]
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3000..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x20000..=0x2FA1F)
}

#[inline]
fn is_sentence_end(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？' | '؟' | '।')
}

#[inline]
fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '«' | ')' | ']' | '」' | '』' | '“')
}

/// Lowercases `line` into `buf` and returns the byte range of `buf` left
/// after trimming what is not a letter or a digit at both ends, and a count in
/// brackets at the end ("Comments (12)").
pub(crate) fn normalize(line: &str, buf: &mut String) -> (usize, usize) {
    buf.clear();
    if line.is_ascii() {
        buf.extend(line.bytes().map(|b| b.to_ascii_lowercase() as char));
    } else {
        for c in line.chars() {
            buf.extend(c.to_lowercase());
        }
    }
    let s = buf.as_str();
    let start = s.len() - s.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
    let mut end = s.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
    // a trailing count: "(12)", "[3]", " 12"
    let t = &s[..end];
    let no_digits = t.trim_end_matches(|c: char| c.is_ascii_digit());
    if no_digits.len() < t.len() && (no_digits.ends_with('(') || no_digits.ends_with('[')) {
        let before = no_digits.trim_end_matches(|c: char| !c.is_alphanumeric());
        if before.len() > start {
            end = before.len();
        }
    }
    (start, end.max(start))
}

/// Reusable buffers for [`measure`].
#[derive(Default)]
pub(crate) struct Scratch {
    lower: String,
    word: String,
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// Measures one trimmed, non-empty line.
pub(crate) fn measure(line: &str, stop: Stopwords, scratch: &mut Scratch) -> Features {
    let mut f = Features::default();
    let mut key = FNV_OFFSET;
    let word = &mut scratch.word;
    word.clear();
    let mut last_sentence_end = false;
    let mut first_word_seen = false;
    let mut chars = 0u32;
    let mut cjk = 0u32;

    let end_word = |word: &mut String, f: &mut Features| {
        if !word.is_empty() {
            f.words += 1;
            if stop.contains(word) {
                f.stopwords += 1;
            }
            word.clear();
        }
    };

    for c in line.chars() {
        chars += 1;
        if c.is_alphanumeric() {
            if last_sentence_end {
                f.sentences += 1;
                last_sentence_end = false;
            }
            if !first_word_seen {
                first_word_seen = true;
                f.capital_start = c.is_uppercase() || c.is_numeric() || is_cjk(c);
            }
            if c.is_numeric() {
                f.digits += 1;
            } else {
                f.letters += 1;
                if c.is_uppercase() {
                    f.upper += 1;
                }
            }
            let lc = if c.is_ascii() { c.to_ascii_lowercase() } else { c.to_lowercase().next().unwrap_or(c) };
            let mut b = [0u8; 4];
            for &byte in lc.encode_utf8(&mut b).as_bytes() {
                key = (key ^ u64::from(byte)).wrapping_mul(FNV_PRIME);
            }
            if is_cjk(c) {
                cjk += 1;
                end_word(word, &mut f);
                if stop.per_char {
                    word.push(lc);
                    end_word(word, &mut f);
                } else {
                    f.words += 1;
                }
            } else {
                word.push(lc);
            }
        } else {
            end_word(word, &mut f);
            if is_sentence_end(c) {
                last_sentence_end = true;
            } else if !is_closing(c) && !c.is_whitespace() {
                last_sentence_end = false;
            }
            match c {
                '|' | '·' | '»' | '›' | '•' => f.separators += 1,
                _ => {}
            }
        }
    }
    end_word(word, &mut f);
    if last_sentence_end {
        f.sentences += 1;
    }
    f.len = chars + 2 * cjk;
    f.key = key;
    let last = line.trim_end_matches(is_closing).chars().next_back();
    f.terminal = last.is_some_and(is_sentence_end);
    f.colon_end = line.ends_with(':') || line.ends_with('：');
    let first = line.chars().next().unwrap_or(' ');
    f.bullet = matches!(first, '•' | '·' | '-' | '*' | '–' | '►' | '▶' | '»' | '›' | '>' | '■' | '□' | '◦' | '‣' | '✓' | '✔')
        && line[first.len_utf8()..].starts_with(' ');
    if first == '#' {
        let hashes = line.bytes().take_while(|&b| b == b'#').count();
        if hashes <= 6 && line.as_bytes().get(hashes) == Some(&b' ') {
            f.md_heading = hashes as u8;
        }
    }
    f.markup = looks_like_markup(line);
    f.hit = if f.len <= LEXICON_FULL_SCAN_MAX_LEN {
        let core = normalize(line, &mut scratch.lower);
        Lexicon::get().find(&scratch.lower, core)
    } else {
        // Only an `Anywhere` phrase near the start can mark a line this long:
        // scan its lead-in alone. Its end is out of reach, so no `Whole` phrase matches.
        let mut cut = LEAD_IN_SCAN_BYTES.min(line.len());
        while !line.is_char_boundary(cut) {
            cut -= 1;
        }
        let (start, _) = normalize(&line[..cut], &mut scratch.lower);
        Lexicon::get().find(&scratch.lower, (start, usize::MAX)).filter(|h| h.place == crate::lexicon::Place::Anywhere)
    };
    f
}

/// Lines up to this length are searched whole for lexicon phrases. Longer
/// ones are past every phrase's length limit in `Params` but the lead-in one.
pub(crate) const LEXICON_FULL_SCAN_MAX_LEN: u32 = 400;
/// Bytes of a long line searched for a phrase in its lead-in.
const LEAD_IN_SCAN_BYTES: usize = 128;

/// Code, markup and bare URLs: things prose does not look like.
fn looks_like_markup(line: &str) -> bool {
    let b = line.as_bytes();
    (b.starts_with(b"http://") || b.starts_with(b"https://") || b.starts_with(b"www.")) && !line.contains(' ')
        || line.contains("{") && line.contains("}") && (line.contains(';') || line.contains("function"))
        || b.starts_with(b"<") && line.ends_with('>')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::parse_hint;

    fn m(line: &str) -> Features {
        measure(line, parse_hint("en").unwrap().stopwords(), &mut Scratch::default())
    }

    #[test]
    fn counts_words_and_stopwords() {
        let f = m("The cat sat on the mat.");
        assert_eq!((f.words, f.stopwords), (6, 3));
        assert_eq!(f.density(), 500);
        assert!(f.terminal);
        assert_eq!(f.sentences, 1);
    }

    #[test]
    fn counts_sentences_and_closing_quotes() {
        let f = m("He left. \"She stayed.\"");
        assert_eq!(f.sentences, 2);
        assert!(f.terminal);
        assert!(!m("Read more on the site →").terminal);
    }

    #[test]
    fn cjk_counts_triple_and_per_char() {
        let zh = parse_hint("zh").unwrap().stopwords();
        let f = measure("我的猫。", zh, &mut Scratch::default());
        assert_eq!(f.len, 4 + 2 * 4 - 2); // 3 ideographs and the ideographic full stop
        assert_eq!((f.words, f.stopwords), (3, 2)); // 我 and 的
    }

    #[test]
    fn equal_lines_have_equal_keys() {
        assert_eq!(m("Share this!").key, m("share  THIS").key);
        assert_ne!(m("Share this").key, m("Share that").key);
    }

    #[test]
    fn finds_bullets_and_markdown_headings() {
        assert!(m("• item").bullet);
        assert!(!m("-5 degrees").bullet);
        assert_eq!(m("## Section").md_heading, 2);
        assert_eq!(m("#hashtag").md_heading, 0);
    }

    #[test]
    fn normalize_trims_counts() {
        let mut b = String::new();
        let (s, e) = normalize("» Comments (12)", &mut b);
        assert_eq!(&b[s..e], "comments");
        let (s, e) = normalize("Top 10", &mut b);
        assert_eq!(&b[s..e], "top 10");
    }
}
