//! Metadata: the date pattern, and picking the title, byline, date and
//! standfirst around the start of the article.

use crate::classify::{Class, Params};
use crate::features::{ascii_run, char_table, is_cjk, Features, ALNUM, ASCII_CLASS};
use crate::lang::{Stopwords, PACKED_MAX};
use crate::label::{Label, Reason};
use crate::revise::Work;
use regex::Regex;
use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// Month names as dates write them ("12 March 2019", "March 12, 2019"), in
/// the stoplists' larger languages: English, German, French, Spanish,
/// Italian, Portuguese, Polish, Russian, Dutch, Swedish, Danish, Norwegian,
/// Finnish, Turkish, Czech, Slovak, Romanian, Indonesian, Greek, Ukrainian,
/// Arabic and Hindi (the genitive where a language writes a date with it).
/// Matched without case.
const MONTHS: &str = concat!(
    "jan(?:uary|uari?|vier|\\.)?|feb(?:ruary|ruari?|\\.)?|f[ée]vrier|mar(?:ch|\\.)?|m[äa]rz|mars|marts|maart|maret|apr(?:il|\\.)?|avril|may|mai|mei|maj|jun(?:e|i|\\.)?|juin|jul(?:y|i|\\.)?|juillet|aug(?:ust(?:us|i)?|\\.)?|agustus|ao[ûu]t|sep(?:t(?:ember|embre)?|\\.)?|oct(?:ober|obre|\\.)?|okt(?:ober|\\.)?|nov(?:ember|embre|\\.)?|dec(?:ember|\\.)?|dez(?:ember|\\.)?|desember|d[ée]cembre|",
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|",
    "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|",
    "janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|",
    "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|",
    "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|",
    "(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)kuuta|",
    "ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|",
    "ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince|",
    "januára|februára|apríla|mája|júna|júla|augusta|septembra|októbra|novembra|decembra|",
    "ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|",
    "január|február|március|április|május|június|július|augusztus|szeptember|október|",
    "siječnja|veljače|ožujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna|studenoga?|prosinca|",
    "(?:janua|februa)r(?:j?a)|marta|aprila|jun(?:ij)?a|jul(?:ij)?a|avgusta|oktobra|",
    "ιανουαρίου|φεβρουαρίου|μαρτίου|απριλίου|μα[ΐι]ου|ιουνίου|ιουλίου|αυγούστου|σεπτεμβρίου|οκτωβρίου|νοεμβρίου|δεκεμβρίου|",
    "січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|",
    "يناير|فبراير|مارس|[أإ]بريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|",
    "जनवरी|(?:फ़|फ़?)रवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितम्?बर|सितंबर|अक्[टत]ूबर|नवम्?बर|नवंबर|दिसम्?बर|दिसंबर"
);

/// A word boundary by ASCII rules: it keeps the regex on its fast engines for
/// non-ASCII lines too (a Unicode `\b` would not).
const B: &str = r"(?-u:\b)";

/// The patterns, each compiled at its first use.
static DATE: OnceLock<Regex> = OnceLock::new();
static RELATIVE_TIME: OnceLock<Regex> = OnceLock::new();
static READING_TIME: OnceLock<Regex> = OnceLock::new();

/// Compiles every pattern now (see [`crate::cleaner::prepare`]).
pub(crate) fn prepare() {
    date_regex();
    relative_time_regex();
    reading_time_regex();
}

/// How many of the patterns are compiled, and how many there are.
#[cfg(test)]
pub(crate) fn patterns_built() -> (usize, usize) {
    let all = [&DATE, &RELATIVE_TIME, &READING_TIME];
    (all.iter().filter(|p| p.get().is_some()).count(), all.len())
}

/// The date pattern: day-month-year and month-day-year with month names (see
/// [`MONTHS`]), and year-month-day as Hungarian writes it ("2019. március
/// 12."), ISO dates, numeric dates (day first, or a year of four digits
/// first: "2024.02.22"), Chinese, Japanese, Korean and Vietnamese ("12 tháng
/// 3 năm 2019") dates; an optional time.
pub(crate) fn date_regex() -> &'static Regex {
    compiled(&DATE, || {
        let time = r"(?:,?\s+(?:at\s+|um\s+|à\s+|-\s+|\|\s+)?\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:Uhr|ET|EST|EDT|GMT|UTC|CET|CEST|BST|PT|IST))?)?";
        let dates = [
            format!(r"{B}\d{{1,2}}(?:\.|st|nd|rd|th|er)?\s+(?:of\s+|de\s+)?(?:{MONTHS})\.?,?\s+(?:de\s+)?\d{{4}}"),
            format!(r"{B}(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"),
            // the year first, as Hungarian writes it ("2019. március 12.")
            format!(r"{B}\d{{4}}\.\s+(?:{MONTHS})\s+\d{{1,2}}\."),
            format!(r"{B}\d{{4}}-\d{{2}}-\d{{2}}{B}"),
            format!(r"{B}(?:\d{{1,2}}[./]\d{{1,2}}[./](?:\d{{4}}|\d{{2}})|\d{{4}}[./]\d{{1,2}}[./]\d{{1,2}}){B}"),
            r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日".to_string(),
            r"\d{4}\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일".to_string(),
            // Vietnamese: "12 tháng 3 năm 2019", "12 tháng 3, 2019"
            format!(r"{B}\d{{1,2}}\s+tháng\s+\d{{1,2}}(?:,|\s+năm)\s*\d{{4}}"),
        ];
        format!("(?i)(?:{}){time}", dates.join("|"))
    })
}

/// The pattern of `cell`, compiled once from `pattern()` (one function for
/// the three patterns: each `get_or_init` of its own is WebAssembly code of
/// its own).
#[inline(never)]
fn compiled(cell: &'static OnceLock<Regex>, pattern: fn() -> String) -> &'static Regex {
    cell.get_or_init(|| crate::ok_or_panic(Regex::new(&pattern())))
}

/// Relative times ("2 days ago", "vor 3 Stunden", "il y a 5 minutes"): on a
/// line of their own they date a comment or a teaser, not the article.
pub(crate) fn relative_time_regex() -> &'static Regex {
    compiled(&RELATIVE_TIME, || {
        let n = r"(?:\d+|an?|one)";
        let patterns = [
            format!(r"{n}\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago"),
            // a unit's letter ("5h ago", "25M ago", "2 d ago"), as tickers and comments abbreviate
            r"\d+\s*[smhdwy]\s+ago".to_string(),
            r"(?:yesterday|today)\s+at".to_string(),
            r"vor\s+(?:\d+|einer?|einem)\s+(?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)".to_string(),
            r"il y a\s+(?:\d+|une?)\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)".to_string(),
            r"hace\s+(?:\d+|una?)\s+(?:segundos?|minutos?|horas?|días?|semanas?|mes(?:es)?|años?)".to_string(),
            r"há\s+(?:\d+|uma?)\s+(?:segundos?|minutos?|horas?|dias?|semanas?|mes(?:es)?|anos?)".to_string(),
            r"\d+\s+(?:secondi|minuti|ore|giorni|settimane|mesi|anni)\s+fa".to_string(),
            r"\d+\s+(?:sekund|minut|godzin|dni|tygodni|miesięcy|lat)\w*\s+temu".to_string(),
        ];
        // (no ASCII word boundary after a Cyrillic word)
        let russian = r"\d+\s+(?:секунд|минут|час|дн|недел|месяц|лет|год)\w*\s+назад";
        format!("(?i)^(?:(?:{}){B}|{russian})", patterns.join("|"))
    })
}

/// Whether `line` starts with a relative time ("2 days ago").
///
/// Cheap tests spare the regex most lines: every form of the pattern starts
/// with a digit and has "ago", "fa", "temu" or "назад" further on, starts
/// with "a", "an" or "one" and has "ago", or starts with "yesterday",
/// "today", "vor", "il y a", "hace" or "há". A line that starts with a
/// digit beyond ASCII, or with a char beyond ASCII where a word of these is
/// looked for at the start, is left to the regex; no char beyond ASCII
/// folds into the ASCII letters of these words (checked over every char
/// with the regex crate's case folding).
pub(crate) fn is_relative_time(line: &str) -> bool {
    let b = line.as_bytes();
    let has = |word: &[u8]| b.windows(word.len()).any(|w| w.eq_ignore_ascii_case(word));
    let may_start = match b.first().map(u8::to_ascii_lowercase) {
        None => false,
        Some(b'0'..=b'9') => has(b"ago") || has(b"fa") || has(b"temu") || !line.is_ascii() && holds_cyrillic(line, "назад"),
        Some(b'a' | b'o') => has(b"ago"),
        Some(b't') => may_start_with(b, b"today"),
        Some(b'y') => may_start_with(b, b"yesterday"),
        Some(b'v') => may_start_with(b, b"vor"),
        Some(b'i') => may_start_with(b, b"il y a"),
        Some(b'h') => may_start_with(b, b"hace") || b.get(1).is_some_and(|c| !c.is_ascii()),
        // a digit beyond ASCII (`\d`); no other char folds into a first letter
        Some(c) => !c.is_ascii() && line.chars().next().is_some_and(char::is_numeric),
    };
    may_start && relative_time_regex().is_match(line)
}

/// Whether `line` holds `word`, a word of the Cyrillic small letters
/// а–п (two bytes each, 0xD0 then 0xB0–0xBF), in any case: each letter
/// as it is or as its capital (0xD0 then 0x90–0x9F), and "д" as "ᲁ" too
/// (an old form of it, which the patterns' case folding matches). Bytes
/// are compared, from each 0xD0: a char beyond ASCII is no reason to run
/// the regex.
fn holds_cyrillic(line: &str, word: &str) -> bool {
    let (b, w) = (line.as_bytes(), word.as_bytes());
    debug_assert!(w.chunks(2).all(|l| l.len() == 2 && l[0] == 0xD0 && (0xB0..=0xBF).contains(&l[1])));
    memchr::memchr_iter(0xD0, b).any(|from| {
        let mut at = from;
        w.chunks_exact(2).all(|letter| {
            let small = letter[1];
            match b.get(at..at + 2) {
                Some(&[0xD0, x]) if x == small || x == small - 0x20 => at += 2,
                _ if small == 0xB4 && b.get(at..at + 3) == Some(&[0xE1, 0xB2, 0x81]) => at += 3,
                _ => return false,
            }
            true
        })
    })
}

/// Lines longer than this (in bytes) are no reading time.
const READING_TIME_MAX_BYTES: usize = 60;

/// A reading time on a line of its own, as article pages and reader views
/// show it under the title: "5 min read", "Reading time: 4 minutes",
/// "Lesezeit: 3 Minuten", "Temps de lecture : 4 min", "3 minuti di
/// lettura", "Время чтения: 5 минут", or a range of minutes alone ("6–8
/// minutes"). A number of minutes alone ("10 minutes") is not one: recipes
/// give their times so.
fn reading_time_regex() -> &'static Regex {
    compiled(&READING_TIME, || {
        let unit = r"(?:min|mins|minute|minutes|minuten|minuti|minutos|minut|minuty|мин|минут[ауы]?)\.?";
        let read = r"(?:read|reading|de lecture|di lettura|de lectura|de leitura|czytania|чтения|leestijd|lesezeit)";
        let label = r"(?:reading time|read time|time to read|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd|czas czytania|время чтения|время прочтения)";
        let n = r"\d+(?:\s*[-–]\s*\d+)?";
        let forms = [
            format!(r"{n}\s*{unit}\s*{read}"),
            format!(r"{label}\s*:?\s*(?:about\s+|ca\.\s*|~\s*)?{n}\s*{unit}"),
            format!(r"\d+\s*[-–]\s*\d+\s*{unit}"),
        ];
        format!(r"(?i)^[\W_]*(?:{})[\W_]*$", forms.join("|"))
    })
}

/// Whether `line` is a reading time (see [`reading_time_regex`]): a line of
/// at most `READING_TIME_MAX_BYTES` with an ASCII digit, and "min" (every
/// unit of the pattern starts so) or "мин" in any case, is tested against
/// the pattern. Out of line, so that `Cleaner::clean`, which
/// calls it, does not grow (see `classify`).
#[inline(never)]
pub(crate) fn is_reading_time(line: &str) -> bool {
    let b = line.as_bytes();
    let minutes = || memchr::memchr2_iter(b'm', b'M', b).any(|i| b[i..].get(..3).is_some_and(|w| w.eq_ignore_ascii_case(b"min"))) || !line.is_ascii() && holds_cyrillic(line, "мин");
    b.len() <= READING_TIME_MAX_BYTES && b.iter().any(u8::is_ascii_digit) && minutes() && reading_time_regex().is_match(line)
}

/// Words a photo credit after a `©` may have ("© Ivo Mayr / Correctiv",
/// "©Hoklatherm", "© Österreich Werbung / Ulli Cecerle-Uitz").
const CREDIT_MAX_WORDS: usize = 6;

/// Whether `line` ends with a photo credit: a `©` after some text, then a
/// name of at most `CREDIT_MAX_WORDS` words and no sentence end, as a
/// picture's caption ends ("Radfahren in Salzburg © Österreich Werbung",
/// "Foto © Peter Steiger"). A `©` that opens the line is a site's notice,
/// which the lexicon marks; one inside a sentence is followed by more of it.
/// Out of line, as `is_reading_time` is.
#[inline(never)]
pub(crate) fn ends_with_credit(line: &str) -> bool {
    let Some(at) = line.rfind('©') else {
        return false;
    };
    let (before, credit) = (line[..at].trim(), &line[at + '©'.len_utf8()..]);
    !before.is_empty() && is_credit_name(credit)
}

/// Whether what follows a credit's mark reads as a name: 1 to
/// `CREDIT_MAX_WORDS` words, a letter among them, no sentence end.
fn is_credit_name(credit: &str) -> bool {
    (1..=CREDIT_MAX_WORDS).contains(&credit.split_whitespace().count())
        && !credit.trim_end().ends_with(['.', '!', '?'])
        && credit.chars().any(char::is_alphabetic)
}

/// Fewest words of a caption that ends with a credit: some text and a name
/// ("Foto © Peter Steiger"), or a label and a name after some text.
pub(crate) const CREDIT_MIN_WORDS: u32 = 2;

/// Words that label a picture's credit at the end of its caption ("… Foto:
/// Peter Maier/dpa", "… Photo: Jane Doe/Reuters"), lowercase.
const CREDIT_LABELS: [&str; 14] =
    ["foto", "fotos", "photo", "photos", "bild", "bilder", "credit", "crédit", "image", "fotografía", "фото", "zdjęcie", "fot", "źródło"];

/// Whether `line` ends with a labelled photo credit: after some text, a
/// word of `CREDIT_LABELS` and a colon, then a name of at most
/// `CREDIT_MAX_WORDS` words and no sentence end, as a picture's caption ends
/// ("Einsatzkräfte sichern die Innstadt. Foto: Peter Maier/dpa"). A label
/// that opens the line is the lexicon's ("Foto: dpa"). Out of line, as
/// `is_reading_time` is.
#[inline(never)]
pub(crate) fn ends_with_labelled_credit(line: &str) -> bool {
    let Some(colon) = memchr::memrchr(b':', line.as_bytes()) else {
        return false;
    };
    let (before, credit) = (line[..colon].trim_end(), &line[colon + 1..]);
    if !is_credit_name(credit) {
        return false;
    }
    // the label is the word before the colon
    let label_at = before
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || matches!(c, '(' | '|' | '/' | '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let (text, label) = (before[..label_at].trim_end_matches(|c: char| c.is_whitespace() || c == '('), &before[label_at..]);
    !text.is_empty()
        && text.chars().any(char::is_alphabetic)
        && label.len() <= 12
        && CREDIT_LABELS.iter().any(|l| label.eq_ignore_ascii_case(l) || !label.is_ascii() && label.chars().flat_map(char::to_lowercase).eq(l.chars()))
}

/// News and picture agencies, lowercase, as a caption's credit names them
/// after its last sentence ("… el pasado mayo. EFE", "… in Berlin.
/// REUTERS/Fabrizio Bensch").
const AGENCIES: [&str; 19] = [
    "afp", "ap", "efe", "dpa", "reuters", "ansa", "epa", "getty", "xinhua", "pap", "tass", "keystone", "apa", "belga", "anp",
    "kyodo", "yonhap", "aap", "imago",
];

/// Bytes at a line's end searched for the sentence end before an agency's credit.
const AGENCY_CREDIT_MAX_BYTES: usize = 100;

/// Whether `line` ends, after a sentence, with an agency's credit: 1 to
/// `CREDIT_MAX_WORDS` words and no sentence end after the last ". ", the
/// first of them (up to a '/') an agency of `AGENCIES`. Out of line, as
/// `is_reading_time` is.
#[inline(never)]
pub(crate) fn ends_with_agency_credit(line: &str) -> bool {
    // the credit's words are in the line's last bytes: the ". " before
    // them is looked for there
    let b = line.trim_end().as_bytes();
    let from = b.len().saturating_sub(AGENCY_CREDIT_MAX_BYTES);
    let Some(dot) = (from..b.len().saturating_sub(1)).rev().find(|&i| b[i] == b'.' && b[i + 1] == b' ') else {
        return false;
    };
    let credit = &line[dot + 2..];
    let first = credit.trim_start().split(|c: char| c.is_whitespace() || c == '/').next().unwrap_or("");
    let first = first.trim_end_matches([',', ';']);
    dot > 0
        && is_credit_name(credit)
        && first.len() <= 8
        && AGENCIES.iter().any(|a| first.eq_ignore_ascii_case(a))
}

/// Whether `line` starts with `word` (ASCII, lowercase), ignoring ASCII case,
/// or has a non-ASCII byte before it differs from it.
fn may_start_with(line: &[u8], word: &[u8]) -> bool {
    for (i, &w) in word.iter().enumerate() {
        match line.get(i) {
            None => return false,
            Some(c) if !c.is_ascii() => return true,
            Some(c) if c.to_ascii_lowercase() != w => return false,
            _ => {}
        }
    }
    true
}

/// Bytes at the start of a line searched for a dateline's dash.
const DATELINE_MAX_BYTES: usize = 80;

/// Whether `line` opens with a news dateline: a place in capitals, then
/// maybe a region after a comma and an agency in brackets, then a dash and
/// the text ("WASHINGTON (AP) — …", "ST. JOSEPH, Mich. (AP) — …", "BERLIN
/// (dpa) - …", "МОСКВА, 5 мая — …"). Wire stories open so, in a lead that
/// is often sparse in stopwords (names, places, numbers).
pub(crate) fn opens_with_dateline(line: &str) -> bool {
    let mut cut = DATELINE_MAX_BYTES.min(line.len());
    while !line.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &line[..cut];
    // the dash: an em or en dash, or a hyphen (one or two) between spaces
    let Some((dash, after)) = head.char_indices().find_map(|(i, c)| {
        let rest = &head[i..];
        let len = match c {
            '—' | '–' => c.len_utf8(),
            '-' if rest.starts_with("-- ") => 2,
            '-' if rest.starts_with("- ") => 1,
            _ => return None,
        };
        let spaced = head[..i].ends_with(' ') || head[..i].ends_with(')');
        spaced.then(|| (i, &head[i + len..]))
    }) else {
        return false;
    };
    if !after.trim_start().starts_with(|c: char| c.is_alphanumeric() || matches!(c, '"' | '“' | '‘' | '\'' | '«' | '„')) {
        return false;
    }
    let mut before = head[..dash].trim_end();
    if let Some(inner) = before.strip_suffix(')') {
        let Some((rest, agency)) = inner.rsplit_once('(') else { return false };
        if !(2..=24).contains(&agency.chars().count()) || !agency.starts_with(char::is_alphabetic) {
            return false;
        }
        before = rest.trim_end();
    }
    let (place, region) = match before.split_once(',') {
        Some((place, region)) => (place, Some(region.trim())),
        None => (before, None),
    };
    let capitals = place.chars().filter(|c| c.is_uppercase()).count();
    let place_ok = (3..=32).contains(&place.chars().count())
        && capitals >= 3
        && place.chars().all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '’' | '-'));
    let region_ok = region.map_or(true, |r| {
        (2..=32).contains(&r.chars().count())
            && r.starts_with(|c: char| c.is_uppercase() || c.is_numeric())
            && r.split_whitespace().count() <= 4
    });
    place_ok && region_ok
}

/// Fewest digits a written date has ("5.6.19", "May 2, 2019").
pub(crate) const DATE_MIN_DIGITS: usize = 4;

/// The date written in `line`, if any.
pub(crate) fn find_date(line: &str) -> Option<&str> {
    if line.bytes().filter(u8::is_ascii_digit).count() < DATE_MIN_DIGITS {
        return None;
    }
    // (digits between slashes, "…/2019/04/28/…", are a web address's path:
    // a date, but another page's)
    let mut start = date_search_start(line)?;
    loop {
        let m = date_regex().find_at(line, start)?;
        let in_path = line[..m.start()].ends_with('/') && line[m.end()..].starts_with('/') && m.as_str().starts_with(|c: char| c.is_ascii_digit());
        if !in_path {
            return Some(m.as_str());
        }
        start = m.end();
    }
}

/// The date written in `line` and the byte offset where it starts.
fn date_at(line: &str) -> Option<(usize, &str)> {
    let date = find_date(line)?;
    Some((date.as_ptr() as usize - line.as_ptr() as usize, date))
}

/// The byline written on the line of a date (`line` holds one), when the
/// line opens with a byline phrase ("By Jane Doe / June 12, 2020") or one
/// opens a word after the date ("Posted on June 12, 2020 by Jane Doe | 3
/// comments"): the phrase and the name after it (see [`name_end`]). Not
/// for a title that holds a date: its "by" is a sentence's.
#[inline(never)]
pub(crate) fn byline_beside_date(line: &str) -> Option<&str> {
    let (at, date) = date_at(line)?;
    let before = line[..at].trim_start();
    let byline = if byline_phrase_at(before).is_some() {
        before
    } else {
        // (the first phrase after the date that opens a word)
        let after = &line[at + date.len()..];
        let from = after.char_indices().find(|&(i, _)| (i == 0 || after[..i].ends_with(' ')) && byline_phrase_at(&after[i..]).is_some())?.0;
        &after[from..]
    };
    let name = byline_phrase_at(byline)?;
    Some(&byline[..name_end(byline, name)]).filter(|b| b.len() > name)
}

/// Most words of a line that [`is_name_then_reporter`] reads, as the
/// measure counts them: a label, the name, the word for reporter and an
/// e-mail address (a word at each '@' and '.': "kim@example.co.kr" is four).
pub(crate) const NAME_THEN_REPORTER_MAX_WORDS: u32 = 8;

/// Whether `line` is a byline that puts the name first and the word for
/// reporter or correspondent after it, as Korean does ("김민준 기자",
/// "김민준기자", "김민준 특파원"): a name of two to four Hangul syllables,
/// a label before it at most ("글·사진 김민준 기자", "(서울=연합뉴스) 김민준
/// 기자 ="), an e-mail address after it aside ("김민준 기자
/// kim@example.com").
#[inline(never)]
pub(crate) fn is_name_then_reporter(line: &str) -> bool {
    // (the lead bytes of "기" and "특": most lines hold neither)
    if memchr::memchr2(0xEA, 0xED, line.as_bytes()).is_none() {
        return false;
    }
    let name = |w: &str| (2..=4).contains(&w.chars().count()) && w.chars().all(is_hangul_syllable);
    let mut words = line.split_whitespace().rev().skip_while(|w| w.contains('@') || *w == "=");
    let Some(last) = words.next() else { return false };
    let Some(before) = ["기자", "특파원"].iter().find_map(|&reporter| last.trim_end_matches('=').strip_suffix(reporter)) else {
        return false;
    };
    // (the name a word of its own, or joined to the word for reporter)
    let named = if before.is_empty() { words.next().is_some_and(name) } else { name(before) };
    named && words.count() <= 1
}

/// Whether `c` is a Hangul syllable ("김", "기").
fn is_hangul_syllable(c: char) -> bool {
    matches!(c as u32, 0xAC00..=0xD7A3)
}

/// Where the name that starts at `from` in `text` ends: at a '@' (a
/// handle: "Jane Doe@janedoe"), or before the first word that opens with a
/// digit ("24 Comments", a time), ends with ':' ("Kategorien:"), is a
/// separator ('|', '/', '·', '•', a dash) or is in small letters ("on
/// Thu", "am", "le") and no particle before a capital ("Walter von
/// Aachen").
fn name_end(text: &str, from: usize) -> usize {
    const PARTICLES: [&str; 15] = ["von", "van", "de", "der", "den", "da", "di", "du", "del", "dos", "la", "le", "bin", "ibn", "al"];
    let capital = |w: &str| w.chars().next().is_some_and(|c| c.is_alphabetic() && !c.is_lowercase());
    let mut end = from;
    let mut words = text[from..].split(' ').filter(|w| !w.is_empty()).peekable();
    while let Some(w) = words.next() {
        let first = w.chars().next().unwrap_or(' ');
        // (a handle run into the name: "Jane Doe@janedoe")
        let w = w.split('@').next().unwrap_or(w);
        let stop = first.is_ascii_digit()
            || w.is_empty()
            || w.ends_with(':')
            || matches!(first, '|' | '/' | '·' | '•' | '-' | '–' | '—')
            || (first.is_lowercase() && !(PARTICLES.contains(&w) && words.peek().is_some_and(|n| capital(n))));
        if stop {
            break;
        }
        end = w.as_ptr() as usize - text.as_ptr() as usize + w.len();
    }
    text[..end].trim_end_matches([',', '|', '/']).len()
}

/// The length of the byline phrase that opens `text`, in any case, when a
/// name follows it (after spaces or a colon: a letter not in small case).
fn byline_phrase_at(text: &str) -> Option<usize> {
    byline_phrases().find_map(|phrase| {
        let end = opens_with(text, phrase)?;
        let name = text[end..].trim_start_matches([' ', ':', '\u{a0}']).chars().next()?;
        (name.is_alphabetic() && !name.is_lowercase()).then_some(end)
    })
}

/// The lexicon's byline phrases: its last group (a lexicon test checks it).
fn byline_phrases() -> impl Iterator<Item = &'static str> {
    crate::lexicon::phrases().iter().rev().take_while(|&&(_, _, l)| l == Label::Byline).map(|&(phrase, _, _)| phrase)
}

/// The length of `phrase` (in small letters) at the start of `text`, read
/// in any case.
#[inline(never)]
fn opens_with(text: &str, phrase: &str) -> Option<usize> {
    let mut chars = text.char_indices();
    let mut end = 0;
    for p in phrase.chars() {
        let (i, c) = chars.next()?;
        if !c.to_lowercase().eq([p]) {
            return None;
        }
        end = i + c.len_utf8();
    }
    Some(end)
}

/// Where in `line` a date may start, or `None` when it holds none of what the
/// forms of the date pattern need, told from its runs of digits (Unicode
/// digits, as `\d` has them):
/// * "14.06.2018": three runs joined by '.' or '/';
/// * "2020-01-31": a run of four digits or more, '-', a run of two or more, '-', a digit;
/// * "2023年9月13日", "2023년 9월 13일": a run of four digits or more, '年', '月'
///   and '日', or '년', '월' and '일';
/// * "12 March 2019", "March 12, 2019": a run of one or two digits, then
///   (with no digit between) a run of four or more after whitespace, with at
///   most `MONTH_GAP_CHARS` other chars and `MONTH_GAP_SPACES` stretches of
///   whitespace between;
/// * "2019. március 12.": a run of four or more and '.', then a run of one or
///   two with one word between.
///
/// Where a non-ASCII char stands before a run, the run is taken to fit. A
/// date starts at a run of digits, or at the word before the whitespace
/// before one ("March 12"), so the search starts at the first such place.
/// Cheap tests that spare the regex most lines, and most of the others.
fn date_search_start(line: &str) -> Option<usize> {
    let (mut long_run, mut dotted, mut worded) = (false, false, false);
    let (mut run, mut before_run) = (0usize, ' ');
    let (mut prev, mut after_separator, mut joins) = (' ', false, 0);
    // 1: a run of four or more and '-' were just seen; 2: and then a run of two or more and '-'
    let (mut iso, mut run_after_dash) = (0, false);
    // since the last short run: other chars and stretches of whitespace; whether the run now read follows one closely
    let (mut gap, mut near_short) = (None::<(usize, usize)>, false);
    // where the '.' stands that ended the last run if it was a long one ("2019. március 12."), and whether the run now read follows it and a word
    let (mut year_dot, mut near_year) = (None::<usize>, false);
    let mut start = usize::MAX;
    for (i, c) in line.char_indices().chain(std::iter::once((line.len(), '\n'))) {
        let digit = is_digit(c);
        if digit {
            if run == 0 {
                before_run = prev;
                joins = if after_separator { joins + 1 } else { 0 };
                dotted |= joins >= 2;
                let at = if prev.is_whitespace() { word_before(line, i) } else { i };
                start = start.min(at);
                run_after_dash = prev == '-';
                dotted |= iso == 2 && run_after_dash;
                near_short = gap.is_some_and(|(chars, spaces)| chars <= MONTH_GAP_CHARS && spaces <= MONTH_GAP_SPACES);
                near_year = year_dot.is_some_and(|dot| is_one_word(&line[dot + 1..i]));
            }
            run += 1;
        } else {
            if run > 0 {
                let odd_neighbour = !before_run.is_ascii();
                iso = if c != '-' {
                    0
                } else if iso == 1 && run_after_dash && run >= 2 {
                    2
                } else if run >= 4 {
                    1
                } else {
                    0
                };
                if run >= 4 {
                    long_run = true;
                    worded |= near_short && (before_run.is_whitespace() || odd_neighbour);
                }
                worded |= near_year && run <= 2;
                gap = (run <= 2 || odd_neighbour).then_some((0, 0));
                year_dot = (run >= 4 && c == '.').then_some(i);
                run = 0;
            }
            if let Some((chars, spaces)) = gap.as_mut() {
                if !c.is_whitespace() {
                    *chars += 1;
                } else if !prev.is_whitespace() || is_digit(prev) {
                    *spaces += 1;
                }
            }
        }
        after_separator = (c == '.' || c == '/') && is_digit(prev);
        prev = c;
    }
    let cjk = long_run && ((line.contains('年') && line.contains('月') && line.contains('日')) || (line.contains('년') && line.contains('월') && line.contains('일')));
    (dotted || worded || cjk).then_some(start.min(line.len()))
}

/// Most chars between the day and the year of a date with a month name:
/// "12th of septiembre, de 2019" has a suffix, "of", the month (12 chars at
/// most: "października"), '.', ',' and "de".
const MONTH_GAP_CHARS: usize = 2 + 2 + 12 + 1 + 1 + 2;
/// Most stretches of whitespace there: after the suffix, "of", the month and "de".
const MONTH_GAP_SPACES: usize = 4;

/// Whether `text` is one word between whitespace, of a month's name's length
/// at most: what stands between a year and its day ("2019. március 12.").
fn is_one_word(text: &str) -> bool {
    let word = text.trim();
    text.len() > word.len() && !word.is_empty() && word.chars().count() <= MONTH_GAP_CHARS && !word.contains(char::is_whitespace)
}

/// Where the word ends before the whitespace that ends at `end`: the start of
/// the last run of non-whitespace chars before it.
fn word_before(line: &str, end: usize) -> usize {
    let before = line[..end].trim_end_matches(char::is_whitespace);
    before.trim_end_matches(|c: char| !c.is_whitespace()).len()
}

/// Whether `c` may be a digit of `\d`: `is_numeric` holds for every Unicode digit.
fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        c.is_numeric()
    }
}

/// How many blocks before the body's start are searched for the title.
const TITLE_WINDOW: usize = 40;
/// Longest title, in chars.
const MAX_TITLE_LEN: u32 = 250;
/// Score of each topic word a candidate shares with the article's first
/// paragraphs, for up to `TITLE_WORDS_COUNTED` of them (on top of the share
/// of its topic words that they are, in per mille): a headline shares
/// several, a menu item or a section's name one at most.
const TITLE_WORD_SCORE: i64 = 400;
const TITLE_WORDS_COUNTED: u32 = 4;
/// Score lost per block between a candidate and the body.
const TITLE_DISTANCE_COST: i64 = 20;
/// Score bonus of a candidate shown twice before the body.
const TITLE_REPEAT_BONUS: i64 = 300;
/// Score bonus of a candidate with a byline or a date line among the
/// `TITLE_META_AFTER` blocks under it: a headline has them there, a
/// caption, a standfirst or a menu item seldom.
const TITLE_META_BONUS: i64 = 400;
const TITLE_META_AFTER: usize = 3;
/// Fewest topic words that a line shaped like a headline right above the
/// best candidate must share with the body to be the title instead: a
/// headline over its deck, its standfirst or a caption, which share more.
const TITLE_ABOVE_SHARED: u32 = 2;
/// Score lost by a candidate that ends like a sentence (but with a question
/// mark: a headline may ask).
const TITLE_SENTENCE_COST: i64 = 300;
/// Score lost by a candidate of this many words or fewer (a section's name,
/// a kicker: "Daten und Fakten", "Hong Kong")…
const TITLE_FEW_WORDS: u32 = 3;
const TITLE_FEW_WORDS_COST: i64 = 500;
/// …and by one of more than this many (a standfirst, a caption).
const TITLE_MANY_WORDS: u32 = 15;
const TITLE_MANY_WORDS_COST: i64 = 400;
/// Blocks after the body's first one where a byline or a date line is
/// taken for the article's, when none stands before the body.
const META_AFTER_START: usize = 10;
/// Words of the article's start that titles are compared with.
const TITLE_CONTEXT_WORDS: usize = 400;

/// The words of a line that tell its topic, each fed to `f` as a hash of its
/// lowercase: words of one or two letters and the stopwords of the text's
/// language are skipped ("You are at", "Work with us" tell none). A word is
/// looked up packed, as the measure does (see `lang::pack`); `long` is a
/// buffer for the rare longer word that may be a stopword. A run of ASCII
/// letters and digits takes a loop of its own, as in the measure: the words
/// of the body's start are read for every text. In CJK text, which has no
/// spaces, each two CJK letters in a row are a word (as search engines index
/// it). Returns how many CJK letters the line holds.
fn for_each_word(line: &str, stop: Option<Stopwords>, long: &mut String, mut f: impl FnMut(u64)) -> u32 {
    each_word(line, stop, long, &mut f)
}

/// [`for_each_word`], compiled once for any `f`.
fn each_word(line: &str, stop: Option<Stopwords>, long: &mut String, f: &mut dyn FnMut(u64)) -> u32 {
    use crate::features::{fnv, FNV_OFFSET as OFFSET};
    let table = char_table();
    let bytes = line.as_bytes();
    // the word's hash and packed lowercase, its length in bytes (of the
    // lowercase) and in chars, and where it starts in `line`
    let (mut h, mut lo, mut hi, mut len, mut chars, mut start) = (OFFSET, 0u64, 0u64, 0usize, 0u32, 0usize);
    #[inline(always)]
    fn push(b: u8, h: &mut u64, lo: &mut u64, hi: &mut u64, len: &mut usize) {
        *h = fnv(*h, b);
        crate::lang::pack(lo, hi, b);
        *len += 1;
    }
    // (the packed word is looked up only with a stoplist)
    let packing = stop.is_some();
    // the CJK char just read, if the char before this one was one; how
    // many CJK letters were read
    let (mut cjk_before, mut cjk_letters): (Option<char>, u32) = (None, 0);
    let mut i = 0;
    while i <= bytes.len() {
        let at = i;
        let alnum = match bytes.get(i) {
            Some(&b) if b < 0x80 => {
                cjk_before = None;
                if ASCII_CLASS[usize::from(b)] & ALNUM != 0 {
                    // the run of ASCII letters and digits, in a loop of its own
                    if chars == 0 {
                        start = i;
                    }
                    i = ascii_run(bytes, i, |_, lower| {
                        h = fnv(h, lower);
                        if packing {
                            crate::lang::pack(&mut lo, &mut hi, lower);
                        }
                    });
                    len += i - at;
                    chars += (i - at) as u32;
                    continue;
                }
                i += 1;
                false
            }
            Some(_) => {
                let c = line[i..].chars().next().unwrap_or(' ');
                i += c.len_utf8();
                let (alnum, lower) = match table.get(c as usize) {
                    Some(&e) => {
                        let class = (e >> 24) as u8;
                        (class & ALNUM != 0, char::from_u32(e & 0xFF_FFFF))
                    }
                    None => (c.is_alphanumeric(), None),
                };
                // (a CJK letter also ends the word of another script before
                // it; a Hangul syllable is read as one, so that a name or a
                // noun with a particle joined to it, "손흥민이", shares pairs
                // with it alone, "손흥민")
                let han = alnum && is_cjk(c);
                let cjk = han || alnum && is_hangul_syllable(c);
                if cjk {
                    // (the measure counts each CJK letter as a word, and Korean
                    // words between spaces: only the former are counted here)
                    cjk_letters += u32::from(han);
                    if let Some(before) = cjk_before {
                        f(bigram_hash(before, c));
                    }
                    cjk_before = Some(c);
                } else {
                    cjk_before = None;
                }
                if alnum && !cjk {
                    let mut buf = [0u8; 4];
                    let mut push_char = |lc: char| {
                        for &b in lc.encode_utf8(&mut buf).as_bytes() {
                            push(b, &mut h, &mut lo, &mut hi, &mut len);
                        }
                    };
                    match lower {
                        Some(lc) => push_char(lc),
                        None => c.to_lowercase().for_each(push_char),
                    }
                }
                alnum && !cjk
            }
            None => {
                i += 1;
                false
            }
        };
        if alnum {
            if chars == 0 {
                start = at;
            }
            chars += 1;
            continue;
        }
        if chars > 2 {
            let is_stop = stop.is_some_and(|stop| {
                if len <= PACKED_MAX as usize {
                    stop.contains_packed(lo, hi)
                } else {
                    len <= stop.table.long_max && {
                        long.clear();
                        long.extend(line[start..at].chars().map(crate::features::first_lowercase));
                        stop.contains(long)
                    }
                }
            });
            if !is_stop {
                f(h);
            }
        }
        (h, lo, hi, len, chars) = (OFFSET, 0, 0, 0, 0);
    }
    cjk_letters
}

/// The hash of two CJK chars in a row, a word of [`for_each_word`]: FNV of
/// their bytes, as a word's (CJK chars have no case but the fullwidth
/// Latin letters, which headlines seldom hold).
#[inline(never)]
fn bigram_hash(first: char, second: char) -> u64 {
    use crate::features::{fnv, FNV_OFFSET};
    let mut buf = [0u8; 8];
    let n = first.encode_utf8(&mut buf).len();
    let n = n + second.encode_utf8(&mut buf[n..]).len();
    buf[..n].iter().fold(FNV_OFFSET, |h, &b| fnv(h, b))
}

/// Whether `line` is a list of items between commas, as a post's tags or
/// a product's uses are written ("Ashby, Railway, Parish council,
/// Walking", "amiga,dogs,floppy"): `LIST_MIN_COMMAS` commas or more (not a
/// number's, between two digits: "1,250,000"), and no item of more than
/// `LIST_ITEM_MAX_WORDS` words.
fn is_item_list(line: &str) -> bool {
    let b = line.as_bytes();
    let (mut commas, mut start, mut short_items) = (0, 0, true);
    for i in memchr::memchr_iter(b',', b).chain(std::iter::once(b.len())) {
        // (a comma between two digits is a number's)
        if i < b.len() && i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            continue;
        }
        short_items &= line[start..i].split_whitespace().count() <= LIST_ITEM_MAX_WORDS;
        commas += usize::from(i < b.len());
        start = i + 1;
    }
    commas >= LIST_MIN_COMMAS && short_items
}

const LIST_MIN_COMMAS: usize = 3;
const LIST_ITEM_MAX_WORDS: usize = 3;
/// Blocks after a question kept at the body's start searched for more
/// short questions, and how many make it an FAQ's first, no headline: a
/// question over an article may have a question for its first subheading,
/// an FAQ goes on question, answer, question.
const FAQ_WINDOW: usize = 5;
const FAQ_MORE_QUESTIONS: usize = 2;

/// Whether `line` ends with an exclamation mark: a headline may exclaim.
fn exclaims(line: &str) -> bool {
    line.trim_end().ends_with(['!', '！'])
}

/// What the metadata stage found, as indexes of blocks.
#[derive(Default, Debug)]
pub(crate) struct Found {
    pub title: Option<usize>,
    pub byline: Option<usize>,
    pub date: Option<usize>,
}

/// Picks the title, byline and date among the blocks before the body's start
/// (the title, or the body's first block when it is a headline), and marks
/// a standfirst. `texts` are the trimmed lines.
pub(crate) fn find_meta(texts: &[&str], feats: &[Features], work: &mut [Work], p: &Params, stop: Stopwords) -> Found {
    let mut found = Found::default();
    let Some(first_kept) = work.iter().position(|w| w.kept) else {
        return found;
    };
    let next_kept = (first_kept + 1..work.len()).find(|&i| work[i].kept);
    // A headline kept as the body's first block: a short line, not a
    // sentence (but a question or an exclamation), with more kept after it;
    // not in a text kept whole, which had nothing to drop.
    let head = {
        let (f, w) = (&feats[first_kept], &work[first_kept]);
        w.cf.class == Class::Short
            && w.reason != Reason::NothingToDrop
            && (!f.terminal || f.question || exclaims(texts[first_kept]))
            && f.words >= 3
            && f.hit.is_none()
            && !f.bullet
            && next_kept.is_some()
            // an FAQ's first question is none: more follow
            && !(f.question
                && (first_kept + 1..work.len()).take(FAQ_WINDOW).filter(|&i| feats[i].question && feats[i].key != f.key && work[i].cf.class == Class::Short).count()
                    >= FAQ_MORE_QUESTIONS)
    };
    // (the body then starts at the next kept block)
    let body_start = match next_kept {
        Some(next) if head => next,
        _ => first_kept,
    };
    let mut word = String::new();
    // words of the article's start, gathered when the first candidate needs them
    let gather_context = |work: &[Work], word: &mut String| {
        let mut context = FxHashSet::with_capacity_and_hasher(2 * TITLE_CONTEXT_WORDS, Default::default());
        for (i, w) in work.iter().enumerate().skip(body_start) {
            if w.kept {
                for_each_word(texts[i], None, word, |h| {
                    context.insert(h);
                });
                if context.len() >= TITLE_CONTEXT_WORDS {
                    break;
                }
            }
        }
        context
    };
    let mut context = None;
    let from = body_start.saturating_sub(TITLE_WINDOW);
    // Whether line `i` may be a title at all: short enough, no phrase (but a
    // markdown heading's), no code or markup, no tab between words (a table's row: an
    // ingredient and its amount, a list's columns), no date, byline or
    // caption, no menu line (a breadcrumb), more letters than digits (not
    // "20.12.2022"), and no repeat of a paragraph of the body (a standfirst).
    let title_shaped = |i: usize| {
        let (f, w) = (&feats[i], &work[i]);
        f.len <= MAX_TITLE_LEN
            && f.words >= 2
            && (f.hit.is_none() || f.md_heading == 1)
            && !f.markup
            && !texts[i].trim().contains('\t')
            && !matches!(w.cf.label, Label::Date | Label::Byline | Label::Caption)
            && !matches!(w.cf.reason, Reason::MenuLine { .. })
            && w.reason != Reason::RepeatsBody
            && f.letters > f.digits
            && !is_item_list(texts[i])
    };
    // the best candidate's score, its index, and how many topic words the
    // line right above it shares with the body
    let mut best: Option<(i64, usize, u32)> = None;
    // the last line measured, and how many topic words it shares
    let mut last: Option<(usize, u32)> = None;
    for i in from..body_start {
        if !title_shaped(i) {
            continue;
        }
        let f = &feats[i];
        let markdown = f.md_heading == 1;
        let context = context.get_or_insert_with(|| gather_context(work, &mut word));
        let (mut total, mut shared) = (0u32, 0u32);
        let cjk = for_each_word(texts[i], Some(stop), &mut word, |h| {
            total += 1;
            shared += u32::from(context.contains(&h));
        });
        let above_shared = last.filter(|&(l, _)| l + 1 == i).map_or(0, |(_, n)| n);
        last = Some((i, shared));
        // (a markdown title is one whatever its words)
        if shared == 0 && !markdown {
            continue;
        }
        // the share of its topic words that the body's start uses, and how
        // many it shares; closer to the body is better, a markdown title or
        // one shown twice better still
        let overlap = shared * 1000 / total.max(1);
        let mut score = i64::from(overlap) + TITLE_WORD_SCORE * i64::from(shared.min(TITLE_WORDS_COUNTED))
            - TITLE_DISTANCE_COST * (body_start - i) as i64;
        if markdown {
            score += 1000;
        }
        // a page shows its title twice: in the header and above the article
        if (from..body_start).any(|j| j != i && feats[j].key == f.key) {
            score += TITLE_REPEAT_BONUS;
        }
        if f.terminal && !f.question && !exclaims(texts[i]) {
            score -= TITLE_SENTENCE_COST;
        }
        // a headline's byline or date stands under it
        if work.iter().skip(i + 1).take(TITLE_META_AFTER).any(|w| matches!(w.cf.label, Label::Date | Label::Byline)) {
            score += TITLE_META_BONUS;
        }
        // (two CJK letters count as one word: the measure counts each as
        // one, and a Chinese or Japanese headline of twenty is as long as
        // an English one of ten words)
        let words = f.words.saturating_sub(cjk / 2);
        if words <= TITLE_FEW_WORDS {
            score -= TITLE_FEW_WORDS_COST;
        } else if words > TITLE_MANY_WORDS {
            score -= TITLE_MANY_WORDS_COST;
        }
        if best.map_or(true, |(s, _, _)| score > s) {
            best = Some((score, i, above_shared));
        }
    }
    // A sentence right under a line shaped like a headline is its standfirst:
    // the headline above is the title, though the body's first words may
    // share more with the standfirst than with it. (A line that asks or
    // exclaims is a headline itself.) So is a headline-shaped line above
    // the best that shares `TITLE_ABOVE_SHARED` topic words with the body
    // itself: the best is its deck or a caption, which share more.
    let best = best.map(|(s, t, above_shared)| {
        let above = t.checked_sub(1).filter(|&h| {
            let f = &feats[h];
            let sentence_under = feats[t].terminal && !feats[t].question && !exclaims(texts[t]);
            let shares = above_shared >= TITLE_ABOVE_SHARED;
            h >= from
                && (sentence_under || shares)
                && title_shaped(h)
                && !f.terminal
                && !f.colon_end
                && f.separators == 0
                && (TITLE_FEW_WORDS + 1..=TITLE_MANY_WORDS).contains(&f.words)
                && find_date(texts[h]).is_none()
        });
        (s, above.unwrap_or(t))
    });
    if let Some((_, t)) = best {
        found.title = Some(t);
        work[t].kept = false;
        work[t].label = Label::Title;
        work[t].reason = Reason::TitleLine;
        for (i, w) in work.iter_mut().enumerate() {
            if i != t && !w.kept && feats[i].key == feats[t].key {
                w.label = Label::Duplicate;
                w.reason = Reason::RepeatsTitle;
            }
        }
    }
    if let Some(t) = found.title {
        mark_standfirst(t, texts, feats, work, p);
    }
    let top = found.title.map_or(from, |t| t.min(from));
    found.byline = (top..body_start).find(|&i| work[i].cf.label == Label::Byline);
    found.date = (top..body_start).find(|&i| feats[i].len <= DATE_LINE_MAX_LEN && find_date(texts[i]).is_some());
    // A blog or a paper may print the byline and the date under the
    // article's first paragraphs ("Von Claudia Lindner", "Veröffentlicht am
    // 26. Oktober 2023"): when none stands before the body, the first line
    // dropped as one there, before the last kept block (a comment's come
    // after it); a date not one that leads into a quote or a list (ending
    // with ':').
    let last_kept = work.iter().rposition(|w| w.kept).unwrap_or(body_start);
    let under_start = body_start + 1..last_kept.min(body_start + META_AFTER_START + 1);
    if found.byline.is_none() {
        found.byline = under_start.clone().find(|&i| !work[i].kept && work[i].cf.label == Label::Byline);
    }
    // …and a byline that names the reporter after the name ("김민준 기자
    // kim@example.com", see `is_name_then_reporter`) in the two lines
    // under the last kept block, where Korean papers print it too: comments
    // are signed otherwise.
    // (the `n` lines under the last kept block)
    let under_last = |n: usize| last_kept + 1..work.len().min(last_kept + 1 + n);
    if found.byline.is_none() {
        found.byline = under_last(BYLINE_UNDER_LINES).find(|&i| work[i].cf.reason == Reason::BylineLine);
    }
    if found.date.is_none() {
        found.date = under_start.clone().find(|&i| {
            !work[i].kept && work[i].cf.reason == Reason::DateLine && !texts[i].trim_end().ends_with(':')
        });
    }
    // …and the date a blog or a wiki prints under the article with its
    // label ("Veröffentlicht am: 6. August 2009", "Last updated: 13 July
    // 2020", "Written by Jane Doe on November 14, 2019"), before any
    // comments or related box: a list of teasers dated under it has no label
    if found.date.is_none() {
        // (the search stops at the first such heading: it finds the heading
        // or the date line, whichever comes first, and keeps a date line)
        let ends = |i: usize| work[i].cf.label.ends_article();
        found.date = under_last(DATE_UNDER_LINES)
            .find(|&i| ends(i) || feats[i].len <= DATE_LINE_MAX_LEN && is_labelled_date(texts[i], stop))
            .filter(|&i| !ends(i));
    }
    // A byline's label alone on its line ("By", "Von:", "Written by")
    // before the body, over a name alone: the name is the byline (the
    // nearest to the body; not the title).
    let label_alone = |i: usize| feats[i].words <= 2 && is_byline_label(texts[i]);
    // (a dropped line before the body, not the title, that is a name alone)
    let title = found.title;
    let name_at = |i: usize| i >= top && i < body_start && Some(i) != title && !work[i].kept && is_bare_name(texts[i], &feats[i]);
    if found.byline.map_or(true, label_alone) {
        // (the label's test, a search of the lexicon's phrases, last)
        if let Some(l) = (top..body_start.saturating_sub(1)).rev().find(|&l| name_at(l + 1) && label_alone(l)) {
            found.byline = Some(l + 1);
        }
    }
    // Without a byline phrase, a name alone right above or under the date
    // line before the body is the byline ("Jane Doe" over "Nov 20, 2023",
    // as newsletters and blogs print them).
    if let (None, Some(d)) = (found.byline, found.date) {
        found.byline = d.checked_sub(1).into_iter().chain([d + 1]).find(|&i| name_at(i));
    }
    for i in [found.byline, found.date].into_iter().flatten() {
        if !work[i].kept && work[i].label != Label::Title {
            work[i].label = if Some(i) == found.byline { Label::Byline } else { Label::Date };
            work[i].reason = if Some(i) == found.byline { Reason::BylineLine } else { Reason::DateLine };
        }
    }
    found
}

/// Longest line (in chars) that is searched for the article's date.
const DATE_LINE_MAX_LEN: u32 = 120;

/// Lines under the article's last kept block searched for a byline that
/// names the reporter after the name.
const BYLINE_UNDER_LINES: usize = 2;

/// Lines under the article's last kept block searched for its labelled date.
const DATE_UNDER_LINES: usize = 6;

/// Whether `line` ends with its date after a label: at most
/// `DATE_LABEL_MAX_WORDS` words before the date, the last ending with ':'
/// or a stopword in small letters as it is written ("Veröffentlicht am:
/// 6. August 2009", "Posted on May 2, 2019", "Written by Jane Doe on
/// November 14, 2019"; not a teaser cut short before its date, "… in
/// den... 26.02.2020"); nothing after the date but closing marks.
#[inline(never)]
fn is_labelled_date(line: &str, stop: Stopwords) -> bool {
    let Some((at, date)) = date_at(line) else {
        return false;
    };
    let label = line[..at].trim_end();
    let last = &label[label.rfind(' ').map_or(0, |i| i + 1)..];
    let word = last.strip_suffix(':').unwrap_or(last);
    line.as_bytes()[at + date.len()..].iter().all(|b| matches!(b, b' ' | b'.' | b')' | b']' | b'|'))
        && label.split_whitespace().count() <= DATE_LABEL_MAX_WORDS
        && !word.is_empty()
        && (word.len() < last.len() || word.starts_with(crate::features::is_lower) && stop.contains(word))
}

/// Most words a date's label has (a byline's name among them).
const DATE_LABEL_MAX_WORDS: usize = 8;

/// Whether `line` is a byline's label alone: a byline phrase of the
/// lexicon without its space or colon, in any case ("By", "Von:",
/// "Author:", "Written by", "АВТОР:").
#[inline(never)]
fn is_byline_label(line: &str) -> bool {
    let label = line.trim().trim_end_matches(':').trim_end();
    byline_phrases().any(|phrase| opens_with(label, phrase.trim_end_matches([' ', ':'])) == Some(label.len()))
}

/// Whether `line` (of features `f`) is a name alone: 2 to 4 words as the
/// measure counts them (runs of letters: "Gavin O'Callaghan" is 3), each
/// word between spaces opening with a capital, a space among them (a
/// compound, "Online-Seminar", is no name), at most 40 chars, no digit, no
/// stopword, no phrase, no sentence end; read after a bullet or a markdown
/// heading's hashes and inside bold or italics, its spaces no-break ones
/// too, as the paste styles write them.
#[inline(never)]
fn is_bare_name(line: &str, f: &Features) -> bool {
    (2..=4).contains(&f.words)
        && f.digits == 0
        && f.stopwords == 0
        && f.hit.is_none()
        && !f.terminal
        && f.len <= 40
        && {
            // the name as it shows: after a bullet or a markdown heading's
            // hashes, inside the markers of bold or italics
            let line = if f.bullet { line.split_once([' ', '\t']).map_or(line, |(_, rest)| rest) } else { line };
            let line = crate::features::without_emphasis(line.trim_start_matches('#').trim_start());
            // (each char after a space, a no-break one too, and the first, a capital)
            let (mut after_space, mut spaces) = (true, 0);
            line.chars().all(|c| {
                let space = matches!(c, ' ' | '\u{a0}');
                let ok = space || !after_space || crate::features::is_upper(c);
                (after_space, spaces) = (space, spaces + u32::from(space));
                ok
            }) && spaces > 0
        }
}

/// Marks the standfirst: the first kept block after the title, with nothing
/// kept between, when it is one sentence at most `max_standfirst_len` long
/// that either does not end like a sentence or stands apart from the body
/// (the block after it is dropped: a caption, a byline, a date; not an ad's
/// label, a teaser or a share button set between the paragraphs:
/// `is_set_between_paragraphs`). A block that
/// opens with a news dateline ("NEW YORK (Reuters) - …") is the story's lead.
fn mark_standfirst(title: usize, texts: &[&str], feats: &[Features], work: &mut [Work], p: &Params) {
    let Some(s) = (title + 1..work.len()).find(|&i| work[i].kept) else {
        return;
    };
    let f = &feats[s];
    if f.len > p.max_standfirst_len || f.sentences > 1 || work[s].label != Label::Content || opens_with_dateline(texts[s]) {
        return;
    }
    // (an ad's label, a teaser, a share button between the article's
    // paragraphs sets nothing apart)
    let apart = work.get(s + 1).is_some_and(|w| !w.kept) && !crate::revise::is_set_between_paragraphs(feats, work, s + 1);
    if !f.terminal || apart {
        work[s].kept = false;
        work[s].label = Label::Standfirst;
        work[s].reason = Reason::StandfirstLine;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words `for_each_word` gives, against a plain reading: the FNV
    /// hash of each lowercase word of three chars or more, in order, and
    /// with a stoplist the stopwords left out.
    #[test]
    fn the_words_of_a_line_are_hashed_in_lowercase() {
        let fnv = |w: &str| w.to_lowercase().bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
        let line = "The QUICK brown Fox, jumps; über STRASSE 2024 ab x9 déjà-vu Ünïcödé";
        let words: Vec<&str> = line.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() > 2).collect();
        let mut got = Vec::new();
        for_each_word(line, None, &mut String::new(), |h| got.push(h));
        assert_eq!(got, words.iter().map(|w| fnv(w)).collect::<Vec<_>>());
        let en = crate::lang::parse_hint("en").unwrap().stopwords();
        let mut kept = Vec::new();
        for_each_word(line, Some(en), &mut String::new(), |h| kept.push(h));
        let not_stop: Vec<u64> = words.iter().filter(|w| !en.contains(&w.to_lowercase())).map(|w| fnv(w)).collect();
        assert_eq!(kept, not_stop);
        assert!(kept.len() < got.len(), "\"the\" is an English stopword");
        // a stopword longer than a packed word is read back from its start
        let nl = crate::lang::parse_hint("nl").unwrap().stopwords();
        let line = "De BEVOLKINGSDICHTHEID van Utrecht stijgt";
        assert!(nl.contains("bevolkingsdichtheid"));
        let mut kept = Vec::new();
        for_each_word(line, Some(nl), &mut String::new(), |h| kept.push(h));
        assert_eq!(kept, vec![fnv("Utrecht"), fnv("stijgt")]);
        // in CJK text each two chars in a row are a word, and a CJK char
        // ends the word of another script before it
        let mut got = Vec::new();
        let cjk = for_each_word("PCを日本銀行、利上げ", None, &mut String::new(), |h| got.push(h));
        assert_eq!(got, ["を日", "日本", "本銀", "銀行", "利上", "上げ"].map(fnv));
        assert_eq!(cjk, 8, "CJK letters, not the comma");
        let mut got = Vec::new();
        for_each_word("Kindleを使う", None, &mut String::new(), |h| got.push(h));
        assert_eq!(got, [fnv("kindle"), fnv("を使"), fnv("使う")]);
    }

    #[test]
    fn a_credit_at_the_end_makes_a_caption() {
        for line in [
            "Radfahren in Salzburg, Hellbrunn © Österreich Werbung / Ulli Cecerle-Uitz",
            "Will nichts sagen: der PR-Berater. © Nicolas Armer/dpa",
            "Die Profile werden mit Hilfe der Eckkappen verbunden.© Hoklatherm",
            "Foto © Peter Steiger",
            "The harbour at dawn. ©John Smith",
        ] {
            assert!(ends_with_credit(line), "{line}");
        }
        for line in [
            // a site's notice, which the lexicon marks
            "© 2024 The Village Times. All rights reserved.",
            // a sentence goes on after it
            "The © sign tells readers that the work is protected by the law of the country.",
            "All of it is the author's work, © 2021. Ask before you copy it.",
            // too many words after it for a name
            "The company says its design, © since the first model of the car, is its own and no one else's",
            // nothing but numbers after it
            "Prices as of today © 2024",
            "no credit here",
        ] {
            assert!(!ends_with_credit(line), "{line}");
        }
        // in a page: a caption, dropped unless captions are kept
        let caption = "The new bridge seen from the river © Anna Berg / City Archive";
        let prose = "The new bridge opened on Monday after three years of work, and the first people to cross it were the children of the school on the other bank.";
        let page = format!("{prose}\n\n{caption}\n\n{prose} It carries cyclists and walkers only.\n");
        for keep_captions in [false, true] {
            let c = crate::Cleaner::new(crate::Options { keep_captions, ..crate::Options::default() }).unwrap();
            let cleaned = c.clean(&page);
            let block = cleaned.blocks().iter().find(|b| page[b.start()..b.end()].starts_with(caption)).copied().unwrap();
            assert_eq!((block.label(), block.reason(), block.kept()), (Label::Caption, Reason::PhotoCredit, keep_captions));
        }
    }

    #[test]
    fn a_labelled_credit_at_the_end_makes_a_caption() {
        for line in [
            "Einsatzkräfte sichern die Innstadt. Foto: Peter Maier/dpa",
            "The mayor speaks to residents on Monday. Photo: Jane Doe/Reuters",
            "Blick auf die Altstadt | Bild: Stadt Passau",
            "Le pont au lever du jour. Crédit : Jean Dupont",
            "Вид на набережную. Фото: Иван Петров",
            "Die neue Brücke (Foto: privat)",
        ] {
            assert!(ends_with_labelled_credit(line), "{line}");
        }
        for line in [
            // the lexicon's: a label that opens the line
            "Foto: Peter Maier/dpa",
            // a sentence after the colon
            "He showed us the photo: it was the house where he was born.",
            "Das Foto: Ein Bild des Jahres, das die Jury überzeugte und lange diskutiert wurde, und mehr.",
            // no label before the colon
            "The council said: no new houses",
            "no colon here",
        ] {
            assert!(!ends_with_labelled_credit(line), "{line}");
        }
        for line in ["Vista del embalse, el pasado mayo. EFE", "Protesters outside the parliament on Monday. REUTERS/John Smith", "La place de la Bastille, le 3 mars. AFP / Jean Dupont"] {
            assert!(ends_with_agency_credit(line), "{line}");
        }
        for line in ["The agency named in the report was the AP.", "He works for AFP. He covers the ministry of defence and the army", "Photographed by AFP"] {
            assert!(!ends_with_agency_credit(line), "{line}");
        }
        let caption = "The new bridge seen from the river. Photo: Anna Berg/City Archive";
        let prose = "The new bridge opened on Monday after three years of work, and the first people to cross it were the children of the school on the other bank.";
        let page = format!("{prose}\n\n{caption}\n\n{prose} It carries cyclists and walkers only.\n");
        let cleaned = crate::clean(&page);
        let block = cleaned.blocks().iter().find(|b| page[b.start()..b.end()].starts_with(caption)).copied().unwrap();
        assert_eq!((block.label(), block.reason(), block.kept()), (Label::Caption, Reason::PhotoCredit, false));
    }

    #[test]
    fn finds_news_datelines() {
        for line in [
            "WASHINGTON (AP) — Ambassador Gordon Sondland testified on Wednesday.",
            "ST. JOSEPH, Mich. (AP) — Michigan health authorities are reporting a 6th fatality.",
            "BUFFALO, N.Y. — Hours before the game, the coach expressed concern.",
            "NEW YORK (Reuters) - Oil prices fell sharply on Tuesday.",
            "BERLIN -- The European Space Agency says the plan is years away.",
            "SIMMELSDORF – Am Samstag ist ein 74-Jähriger mit seinem Wagen verunglückt.",
            "PARIS (AFP) - « Nous allons continuer », a déclaré le ministre.",
            "МОСКВА, 5 мая — Президент подписал указ.",
        ] {
            assert!(opens_with_dateline(line), "{line}");
        }
        for line in [
            "Washington (AP) — a place not in capitals",
            "WASHINGTON is where the text starts, with no dash at all.",
            "The US — and its allies — agreed on Monday.",
            "NASA-funded scientists found water on the Moon.",
            "AB — two capitals are not a place",
            "WASHINGTON, a region of far too many words here (AP) — text",
            "WASHINGTON (a far too long agency name in brackets) — text",
            "WASHINGTON — — nothing follows the dash",
            "",
            "—",
        ] {
            assert!(!opens_with_dateline(line), "{line}");
        }
    }

    #[test]
    fn finds_dates_in_many_forms() {
        for (line, date) in [
            ("Russian Politics June 14, 2018, 16:10", "June 14, 2018, 16:10"),
            ("Veröffentlicht am 3. März 2021 um 10:15 Uhr", "3. März 2021 um 10:15 Uhr"),
            ("Posted 2020-01-31", "2020-01-31"),
            ("le 12 décembre 2019", "12 décembre 2019"),
            ("14.06.2018", "14.06.2018"),
            ("2023年9月13日", "2023年9月13日"),
            ("Nov. 19, 2019 8:03 am ET", "Nov. 19, 2019 8:03 am ET"),
            // month names beyond the corpora's languages, and the Korean form
            ("Gepubliceerd op 12 maart 2019", "12 maart 2019"),
            ("Publicerad 3 augusti 2020 kl. 10.15", "3 augusti 2020"),
            ("Julkaistu 12. maaliskuuta 2019", "12. maaliskuuta 2019"),
            ("Yayınlanma: 14 Şubat 2021", "14 Şubat 2021"),
            ("Publikováno 5. března 2018", "5. března 2018"),
            ("Publicat pe 12 decembrie 2019", "12 decembrie 2019"),
            ("Diterbitkan 17 Agustus 2020", "17 Agustus 2020"),
            ("Δημοσίευση: 12 Σεπτεμβρίου 2019", "12 Σεπτεμβρίου 2019"),
            ("Опубліковано 3 березня 2022", "3 березня 2022"),
            ("نشر في 12 مارس 2019", "12 مارس 2019"),
            ("प्रकाशित: 12 मार्च 2019", "12 मार्च 2019"),
            ("입력 2019년 3월 12일", "2019년 3월 12일"),
            ("입력 2024.02.22 10:15 수정 2024.02.22 11:02", "2024.02.22 10:15"),
            ("Közzétéve: 2019. március 12. 10:15", "2019. március 12. 10:15"),
            ("2021. október 3.", "2021. október 3."),
            ("Cập nhật ngày 12 tháng 3 năm 2019", "12 tháng 3 năm 2019"),
            ("Thứ ba, 5 tháng 11, 2019 08:30", "5 tháng 11, 2019 08:30"),
            ("Objavljeno 12. ožujka 2019.", "12. ožujka 2019"),
            ("Objavljeno 3. februara 2020. godine", "3. februara 2020"),
            ("Objavljeno 14. junija 2018", "14. junija 2018"),
        ] {
            assert_eq!(find_date(line), Some(date), "{line}");
        }
        assert_eq!(find_date("He scored 14 goals in 2018"), None);
        assert_eq!(find_date("It ended in 2019. May 12 people"), None);
        assert_eq!(find_date("Fall story example.org/2019/04/28/fall-story 9 months ago"), None);
        assert_eq!(find_date("Updated 2019/04/28"), Some("2019/04/28"));
        assert_eq!(find_date("By A. Writer/June 12, 2020 9:49 am EST/Updated"), Some("June 12, 2020 9:49 am EST"));
    }

    #[test]
    fn a_name_then_the_word_for_reporter_is_a_byline() {
        for line in ["김민준 기자", "김민준기자", "김민준 특파원", "글·사진 김민준 기자", "김민준 기자 kim@example.co.kr", "(서울=연합뉴스) 김민준 기자 ="] {
            assert!(is_name_then_reporter(line), "{line}");
        }
        for line in ["기자", "기자간담회", "김민준", "박지훈 기자 외 2명", "John Smith 기자", "서울 시청 앞 김민준 기자", "대한민국국회의원 기자"] {
            assert!(!is_name_then_reporter(line), "{line}");
        }
    }

    #[test]
    fn reads_the_byline_beside_a_date() {
        for (line, byline) in [
            ("Posted on August 14, 2021 by Margaret Ellis", Some("by Margaret Ellis")),
            ("By Jane Doe on June 12, 2020", Some("By Jane Doe")),
            ("By Al Writer/June 12, 2020 9:49 am EST/Updated: Aug. 18, 2020", Some("By Al Writer")),
            ("Monday November 18, 2019 7:45 am PST by Joe Writer", Some("by Joe Writer")),
            ("14. Juni 2019 | 15:49 | von Anna Schmidt | 24 Kommentare", Some("von Anna Schmidt")),
            ("12/04/2020 by Kay 24 Comments", Some("by Kay")),
            ("by Walter von Aachen, 11. April 2018", Some("by Walter von Aachen")),
            ("Par Jean Dupont le 14.09.2020 à 11h46", Some("Par Jean Dupont")),
            ("Nov 18, 2019, 11:47am EST By Chris Writer@chriswriter", Some("By Chris Writer")),
            ("June 12, 2020", None),
            ("June 12, 2020 by the river", None),
            ("By June 12, 2020", None),
            ("Jane Doe · Jul 3, 2019", None),
        ] {
            assert_eq!(byline_beside_date(line), byline, "{line}");
        }
    }

    #[test]
    fn finds_reading_times_on_lines_of_their_own() {
        for line in [
            "5 min read",
            "12 MIN READ",
            "· 4 min. read",
            "Reading time: 4 minutes",
            "Lesezeit: 3 Minuten",
            "Lesedauer ca. 5 Min.",
            "Temps de lecture : 4 min",
            "4 min de lecture",
            "Tiempo de lectura: 3 minutos",
            "3 minuti di lettura",
            "Czas czytania: 4 min",
            "Время чтения: 5 минут",
            "ВРЕМЯ ЧТЕНИЯ: 5 МИНУТ",
            "· Lesezeit: 3 Min.",
            "Leestijd 4 minuten",
            "6–8 minutes",
        ] {
            assert!(is_reading_time(line), "{line}");
        }
        for line in [
            "10 minutes",
            "Prep time: 10 minutes",
            "5 min",
            "It took 5 minutes to read the report.",
            "Reading time is short for most children",
            "Read 5 minutes a day",
        ] {
            assert!(!is_reading_time(line), "{line}");
        }
    }

    proptest::proptest! {
        /// The cheap tests before the reading time pattern never change
        /// what it finds.
        #[test]
        fn reading_time_prefilter_agrees_with_the_pattern(
            line in "[·| ]{0,2}([0-9]{1,2}([-–][0-9])?|Reading time:|Lesezeit|Время чтения:|x)[ ]?([0-9]{1,2}|)[ ]?(min|MIN|Min\\.|mın|minutes|Minuten|минут|МИНУТ|Мин|mn|)[ ]?(read|de lecture|чтения|Lesezeit|x|)[ .]{0,2}"
        ) {
            let by_pattern = line.len() <= READING_TIME_MAX_BYTES && reading_time_regex().is_match(&line) && line.bytes().any(|b| b.is_ascii_digit());
            proptest::prop_assert_eq!(is_reading_time(&line), by_pattern, "{}", line);
        }
    }

    #[test]
    fn finds_relative_times_at_the_start() {
        // in any case, and with an old form of a letter the regex folds
        for line in ["2 days ago at 07:52 am", "vor 3 Stunden", "il y a 5 minutes", "hace 2 horas", "an hour ago", "5 МИНУТ НАЗАД", "2 часа назаᲁ", "٣ days ago", "5h ago", "25M ago", "2 d ago"] {
            assert!(is_relative_time(line), "{line}");
        }
        assert!(!is_relative_time("We met 2 days ago"));
        assert!(!is_relative_time("5 hours of work ago"));
        assert!(!is_relative_time("25 Mbps ago"));
    }

    proptest::proptest! {
        /// The cheap tests before the regexes never change what they find.
        #[test]
        fn prefilters_agree_with_the_patterns(
            line in concat!(
                "[A-Za-z ]{0,3}([0-9]{1,4}|٣|Ⅳ)[./ -]?(March |Nov\\. |mai |de |th )?[0-9٣]{1,4}[./, -]?[0-9]{0,4}",
                "( at [0-9]{1,2}:[0-9]{2}| ?[ap]m|年[0-9]{1,2}月[0-9]{1,2}日|년 [0-9]{1,2}월 [0-9]{1,2}일| Uhr)?",
                "|[A-Za-z0-9 ]{0,8}(March|Nov\\.|MAI|août|Dec|x)[.]?[ \u{a0}\t]{0,2}[,]?[0-9٣]{1,3}(st|th|ſt)?,?[ \u{a0}]{0,2}[0-9]{3,5}[a-z ]{0,3}",
                "|[a-z ]{0,4}[0-9]{1,3}(st|er|\\.|x)?[ \u{a0}]{1,2}(of |de |De\u{a0})?(października|septiembre|MARCH|Nov|maaliskuuta|Σεπτεμβρίου|मार्च|مارس|x)\\.?,?[ \t]{1,2}(de )?[0-9]{3,5}",
                "|([0-9٣]{1,2}|an?|One|vor|il y a|hace|há|Yesterday|today|[A-Za-zİÜ„]{1,2})",
                " ?(days?|Hours|Stunden|minutes|einer|godzin|минут|[0-9]{1,2}|) ?(ago|at|Stunden|fa|temu|назад|НАЗАД|Назаᲁ|назат|x|)[a-z ]{0,3}"
            )
        ) {
            let digits = line.bytes().filter(u8::is_ascii_digit).count();
            let by_regex = date_regex().find(&line).filter(|_| digits >= DATE_MIN_DIGITS).map(|m| m.as_str());
            proptest::prop_assert_eq!(find_date(&line), by_regex);
            proptest::prop_assert_eq!(is_relative_time(&line), relative_time_regex().is_match(&line));
        }
    }
}
