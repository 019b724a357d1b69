//! Stage 3: the context-free classification. Each line is judged alone, as
//! jusText does: long lines dense in stopwords are prose (`Good`), shorter ones
//! `NearGood`, short ones are left to their neighbours (`Short`), and the rest
//! is `Bad`. Lexicon phrases, markup, dates and bylines override the measure.

use crate::features::{char_table, class, is_invisible, Features, ALNUM, ALPHABETIC, ASCII_CLASS, DIGIT, TABLE_END, UPPER};
use crate::label::{Label, Reason};
use crate::lexicon::Place;
use crate::options::Mode;

/// jusText's four classes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    Good,
    NearGood,
    Short,
    Bad,
}

/// The thresholds of every stage. One set per [`Mode`]; the balanced one is
/// the default and the others move a few thresholds from it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Params {
    /// Below this length (chars, CJK counted triple) a line is `Short`.
    pub length_low: u32,
    /// From this length a dense line is `Good` rather than `NearGood`.
    pub length_high: u32,
    /// Stopword density (per mille) from which a line is `NearGood`.
    pub stopwords_low: u16,
    /// Stopword density (per mille) from which a long line is `Good`.
    pub stopwords_high: u16,
    /// A `Prefix` phrase marks lines up to this length only (a teaser is short;
    /// a paragraph that starts with "Read more" may be prose).
    pub max_prefix_phrase_len: u32,
    /// An `Anywhere` phrase marks lines up to this length only, unless it
    /// stands within the first `max_lead_in` bytes ("This website uses
    /// cookies …" opens a cookie banner of any length).
    pub max_anywhere_phrase_len: u32,
    pub max_lead_in: u32,
    /// A `Link` phrase marks lines of at most this many words (the phrase's
    /// own among them) that do not end as a sentence.
    pub link_max_words: u32,
    /// A byline or date line is at most this long.
    pub max_meta_len: u32,
    /// Longest line a photo credit at its end makes a caption.
    pub max_caption_len: u32,
    /// A line with this many menu separators (`|`, `·`, `•`, `»`, `›`, and
    /// `/` or `>` between spaces) between items of at most
    /// `menu_max_item_words` words is a menu or breadcrumb.
    pub menu_min_separators: u32,
    pub menu_max_item_words: u32,
    /// A line this long or longer, of at least `run_together_min_words`
    /// words, with at most one sentence end per `run_together_words_per_end`
    /// words and none at its end, of which this share (per mille) is
    /// capitalized, is menu items run together (see [`is_run_together`]).
    pub run_together_min_len: u32,
    pub run_together_min_words: u32,
    pub run_together_words_per_end: u32,
    pub run_together_capitalized: u32,
    /// Lines shorter than this count toward a run of short lines.
    pub run_line_max: u32,
    /// This many short lines in a row, with no blank line between them, make a
    /// run: a menu, a list of links, a footer.
    pub run_min: u32,
    /// A subheading is at most this long.
    pub max_heading_len: u32,
    /// Penalty of a `Bad` line in the search for the dense core, as a share
    /// (per mille) of its length, and at least and at most these many chars.
    pub core_bad_min: i64,
    pub core_bad_max: i64,
    /// An end marker (comment form, related links) ends the article only after
    /// this share (per mille) of the core's prose.
    pub end_marker_after: u32,
    /// Whether prose outside the dense core is dropped.
    pub core_only: bool,
    /// A dense run outside the core is kept too when its net prose is at
    /// least this share (per mille) of the core's.
    pub run_keep_share: u32,
    /// The standfirst is at most this long.
    pub max_standfirst_len: u32,
    /// A run of sentence-like `NearGood` blocks counts as prose from this
    /// total length, and this many blocks, with at most `chain_max_gap`
    /// short blocks between two of them.
    pub chain_min_len: u32,
    pub chain_min_blocks: u32,
    pub chain_max_gap: u32,
    /// A long line of this many sentences, ending as a sentence, is
    /// `NearGood` from half the `stopwords_low` density.
    pub many_sentences: u32,
    /// A short line is a sentence with at least this many words and this
    /// stopword density (per mille).
    pub sentence_min_words: u32,
    pub sentence_min_density: u16,
    /// The lead is kept when at most this many blocks stand between it and
    /// the core.
    pub lead_max_gap: u32,
    /// Stages switched off (for ablation only).
    pub off: [bool; STAGES],
}

impl Params {
    /// The thresholds for a mode.
    pub fn for_mode(mode: Mode) -> Params {
        let balanced = Params {
            length_low: 90,
            length_high: 200,
            stopwords_low: 300,
            stopwords_high: 320,
            max_prefix_phrase_len: 200,
            max_anywhere_phrase_len: 400,
            max_lead_in: 20,
            link_max_words: 6,
            max_meta_len: 100,
            max_caption_len: 300,
            menu_min_separators: 2,
            menu_max_item_words: 3,
            run_together_min_len: 120,
            run_together_min_words: 8,
            run_together_words_per_end: 10,
            run_together_capitalized: 800,
            run_line_max: 40,
            run_min: 5,
            max_heading_len: 150,
            core_bad_min: 20,
            core_bad_max: 200,
            end_marker_after: 250,
            core_only: true,
            run_keep_share: 100,
            max_standfirst_len: 250,
            chain_min_len: 300,
            chain_min_blocks: 3,
            chain_max_gap: 2,
            many_sentences: 3,
            sentence_min_words: 4,
            sentence_min_density: 200,
            lead_max_gap: 2,
            off: [false; STAGES],
        };
        match mode {
            Mode::Balanced => balanced,
            Mode::Precision => Params { stopwords_low: 330, stopwords_high: 360, core_bad_min: 40, ..balanced },
            Mode::Recall => Params { stopwords_low: 220, stopwords_high: 260, length_low: 70, core_only: false, ..balanced },
        }
    }
}

/// A stage that can be switched off, to measure what it brings (the ablation
/// figures in DESIGN.md). Not part of the stable API.
#[doc(hidden)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// The boilerplate lexicon.
    Lexicon,
    /// Per-language stoplists (all languages' stopwords count instead).
    Language,
    /// Runs of short lines as navigation.
    ShortRuns,
    /// jusText's neighbour revision.
    Neighbours,
    /// Dropping prose outside the dense core.
    Core,
    /// Cutting at the first end-of-article marker.
    EndMarker,
    /// Keeping subheadings between paragraphs.
    Subheadings,
    /// Dropping repeated paragraphs.
    Repeats,
    /// Runs of short sentences as prose.
    ProseRuns,
    /// Keeping the lead paragraph just before the core.
    Lead,
    /// Scaling the stopword thresholds to the text's own prose.
    Calibrate,
    /// Joining the lines of hard-wrapped paragraphs (and setext headings
    /// to their underlines, and broken or split paragraphs' pieces).
    Unwrap,
    /// Keeping the items of a list the article leads into with a colon.
    Lists,
    /// Keeping the rows of a table inside the article.
    Tables,
    /// Keeping the blocks of code inside the article.
    Code,
}

/// How many stages there are.
const STAGES: usize = Stage::Code as usize + 1;

impl std::str::FromStr for Stage {
    type Err = String;
    fn from_str(s: &str) -> Result<Stage, String> {
        Ok(match s {
            "lexicon" => Stage::Lexicon,
            "language" => Stage::Language,
            "short-runs" => Stage::ShortRuns,
            "neighbours" => Stage::Neighbours,
            "core" => Stage::Core,
            "end-marker" => Stage::EndMarker,
            "subheadings" => Stage::Subheadings,
            "repeats" => Stage::Repeats,
            "prose-runs" => Stage::ProseRuns,
            "lead" => Stage::Lead,
            "calibrate" => Stage::Calibrate,
            "unwrap" => Stage::Unwrap,
            "lists" => Stage::Lists,
            "tables" => Stage::Tables,
            "code" => Stage::Code,
            _ => return Err(format!("unknown stage {s:?}")),
        })
    }
}

impl Params {
    /// The thresholds scaled to the text: in languages whose stoplist covers
    /// less of running text (Russian, Polish, Indonesian: the 500 most
    /// frequent words of an inflected language are a smaller share of its
    /// prose), the text's long lines are less dense in stopwords, and a fixed
    /// threshold drops their paragraphs. When the median density of the
    /// text's lines of at least `CALIBRATE_MIN_WORDS` words (not code or
    /// markup: a page's scripts and data copied with its text) is below
    /// `CALIBRATE_TYPICAL`, every density threshold is scaled by the ratio,
    /// down to `CALIBRATE_FLOOR`. Lines are counted in a histogram, so this
    /// costs one pass and no allocation.
    ///
    /// A text in a language none of the stoplists knows (`known_language`
    /// false: Thai, Amharic, Swahili…) is measured against the stoplists of
    /// every language, which find few of its words or none. Its densities
    /// say only how its lines compare with each other: the lines of at
    /// least `length_high` chars count too (a script without spaces has few
    /// words a line), one is enough, and the thresholds are scaled by half
    /// the median, with no floor (to 0 when no line has a stopword: then
    /// length, phrases and position decide).
    ///
    /// A known language's floor is lower, `CALIBRATE_FLOOR_SPARSE`, when
    /// `CALIBRATE_MIN_LINES` or more of the long lines end a sentence and
    /// fewer than a quarter of those reach `CALIBRATE_DENSE_SENTENCE`; lower
    /// still, `CALIBRATE_FLOOR_PER_CHAR`, for a stoplist of single chars
    /// (`per_char`).
    pub fn calibrated(&self, feats: &[Features], known_language: bool, per_char: bool) -> Params {
        if !self.on(Stage::Calibrate) {
            return *self;
        }
        let mut hist = [0u32; 101];
        let mut n = 0u32;
        // the lines that end a sentence, and those of them that reach
        // `CALIBRATE_DENSE_SENTENCE`
        let (mut sentences, mut dense) = (0u32, 0u32);
        for f in feats {
            if !f.markup && (f.words >= CALIBRATE_MIN_WORDS || (!known_language && f.len >= self.length_high)) {
                let density = f.density().min(1000);
                hist[usize::from(density / 10)] += 1;
                n += 1;
                if f.terminal {
                    sentences += 1;
                    dense += u32::from(u32::from(density) >= CALIBRATE_DENSE_SENTENCE);
                }
            }
        }
        let min_lines = if known_language { CALIBRATE_MIN_LINES } else { 1 };
        if n < min_lines {
            return *self;
        }
        let mut seen = 0;
        let mut median = 0u32;
        for (bin, &c) in hist.iter().enumerate() {
            seen += c;
            if 2 * seen >= n {
                // the bin's middle; its lower end for an unknown language,
                // so that lines with no stopword reach a threshold of 0
                median = bin as u32 * 10 + if known_language { 5 } else { 0 };
                break;
            }
        }
        if median >= CALIBRATE_TYPICAL {
            return *self;
        }
        // with few stopwords found, a line's density is a count of two or
        // three words, so an unknown language's thresholds go to half the
        // scale: a paragraph a little below the median still reads as prose
        let sparse = sentences >= CALIBRATE_MIN_LINES && 4 * dense < sentences;
        let floor = if per_char {
            CALIBRATE_FLOOR_PER_CHAR
        } else if sparse {
            CALIBRATE_FLOOR_SPARSE
        } else {
            CALIBRATE_FLOOR
        };
        let scale = if known_language { median.max(CALIBRATE_TYPICAL * floor / 1000) } else { median / 2 };
        let s = |v: u16| (u32::from(v) * scale / CALIBRATE_TYPICAL) as u16;
        Params {
            stopwords_low: s(self.stopwords_low),
            stopwords_high: s(self.stopwords_high),
            sentence_min_density: s(self.sentence_min_density),
            ..*self
        }
    }

    /// Whether a stage is on.
    #[inline]
    pub fn on(&self, stage: Stage) -> bool {
        !self.off[stage as usize]
    }
}

/// Lines needed to calibrate the density thresholds; also the fewest of
/// them that must end a sentence for the sparse floor.
const CALIBRATE_MIN_LINES: u32 = 3;

/// Only lines of this many words count toward the text's median density:
/// shorter ones are too few words to measure it.
const CALIBRATE_MIN_WORDS: u32 = 20;
/// Below this median density (per mille) the thresholds are scaled. Prose of
/// English, German, French or Spanish has a median of 490–530 per mille with
/// chaff's stoplists; Russian 390, Polish 370, Indonesian 410.
const CALIBRATE_TYPICAL: u32 = 450;
/// The thresholds are scaled down to this share (per mille) at most, but
/// for a stoplist of single chars and a text whose sentences are sparse
/// (see `CALIBRATE_DENSE_SENTENCE`). It keeps the thresholds of a page
/// whose median is low for its long lines that are no prose (a listing, a
/// table, a catalogue's rows), which would pass as prose at a lower scale.
const CALIBRATE_FLOOR: u32 = 700;
/// When `CALIBRATE_MIN_LINES` or more of the long lines end a sentence,
/// and fewer than a quarter of those reach this density (per mille), the
/// thresholds go down to `CALIBRATE_FLOOR_SPARSE`. Such a text's sentences
/// are sparse in stopwords, as the prose of a language its stoplist covers
/// less of is (none of the 17 such lines of the corpus's two Finnish pages
/// reaches 400); a listing's lines mostly end no sentence, and prose in a
/// well-covered language reaches 400 in most of its sentences. Long
/// boilerplate lines that end like a sentence (captions, teasers) count
/// too: a page of few paragraphs among many such lines may take the
/// sparse floor.
const CALIBRATE_DENSE_SENTENCE: u32 = 400;
/// The lower floor (see `CALIBRATE_DENSE_SENTENCE`).
const CALIBRATE_FLOOR_SPARSE: u32 = 400;
/// The floor for a stoplist of single chars (Chinese, Japanese), whose
/// hand-made lists hold some 80 function chars, against which prose reads
/// far sparser than against 500 words (the median of the lines of 20 chars
/// or more of the corpus's four Chinese pages: 95–255 per mille). A news
/// lead dense in names and terms reads at 100–120: at this floor the
/// thresholds reach it (`stopwords_low` 90 at the lowest), where at 400
/// (120) the lead was dropped.
const CALIBRATE_FLOOR_PER_CHAR: u32 = 300;

/// Words of one sentence for it to read as prose though it is a little
/// sparse in stopwords (two thirds of `stopwords_low` are enough): it is
/// `NearGood`, kept beside prose and dropped among boilerplate.
const LONG_SENTENCE_WORDS: u32 = 15;

/// What the context-free stage decided for one line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Verdict {
    pub class: Class,
    pub label: Label,
    pub reason: Reason,
}

/// What the text patterns (see `meta`) found in a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Found {
    None,
    /// A calendar date.
    Date,
    /// A relative time at the start of the line: a comment's or a teaser's.
    RelativeTime,
    /// A reading time on a line of its own ("5 min read").
    ReadingTime,
    /// A news dateline opens the line ("WASHINGTON (AP) — ").
    Dateline,
    /// Words that are most of them capitalized, with no sentence end, in a
    /// long line (see [`is_run_together`]).
    RunTogether,
    /// A photo credit ends the line ("… © Name / Agency"), which is at most
    /// `max_caption_len` long: a caption.
    Credit,
    /// A headline in title case run into the sentence under it, with no
    /// break between them (see [`headline_run_into_deck`]).
    HeadlineRunIn,
    /// Items each with a count in brackets, on one line (see
    /// [`counts_run_together`]).
    Counts(u32),
    /// A name and the word for reporter after it, as Korean prints a
    /// byline (see [`crate::meta::is_name_then_reporter`]).
    Byline,
}

/// The counts in brackets of a line that is a list of items each with
/// one, run together ("May 2019 (12) April 2019 (9) March 2019 (14) …",
/// as an archive's or a tag cloud's inline items copy): at least
/// `COUNTS_MIN` of them, a count to every `COUNTS_MAX_WORDS_PER` words at
/// most, no tab (a table's row of results, "15 (29)\t7 (95)", is the
/// article's). Only lines long enough to be judged alone, with as many
/// digits, are searched.
pub(crate) fn counts_run_together(t: &str, f: &Features, p: &Params) -> Option<u32> {
    // (a short line is `Short` before the count is read; each count has a
    // digit at least, so a line with fewer digits than the counts it would
    // need is no such list, which spares most lines the search)
    if f.len < p.length_low || f.digits < COUNTS_MIN || f.digits * COUNTS_MAX_WORDS_PER < f.words || memchr::memchr(b'\t', t.as_bytes()).is_some() {
        return None;
    }
    let counts = bracketed_counts(t);
    (counts >= COUNTS_MIN && counts * COUNTS_MAX_WORDS_PER >= f.words).then_some(counts)
}

/// Counts in brackets a line holds for it to be a list of them (see
/// [`bracketed_counts`]).
const COUNTS_MIN: u32 = 3;
/// At most this many words to a count in such a list: an archive's "May
/// 2019 (12)" has two or three, a tag cloud's "Travel (215)" one or two;
/// prose that numbers its points ("(1) the council shall …") has many more.
const COUNTS_MAX_WORDS_PER: u32 = 4;

/// How many counts in brackets `line` holds: "(12)", one to six ASCII
/// digits between round brackets, as an archive's months or a tag cloud's
/// tags show how many posts each has. (Square brackets are left out: they
/// hold a wiki's or a paper's references, "[12]", in prose.) Linear: one
/// search for '(' along the line.
fn bracketed_counts(line: &str) -> u32 {
    let b = line.as_bytes();
    let mut counts = 0;
    for at in memchr::memchr_iter(b'(', b) {
        let digits = b[at + 1..].iter().take(7).take_while(|c| c.is_ascii_digit()).count();
        counts += u32::from((1..=6).contains(&digits) && b.get(at + 1 + digits) == Some(&b')'));
    }
    counts
}

/// Whether `line` (measured as `f`) is a long run of words, most of them
/// capitalized (`run_together_capitalized`), with next to no sentence end:
/// menu items or headlines run together, as an inline menu copies ("Home
/// News Sport Business Weather Local News Back To Main Menu …"). Prose has
/// sentence ends and small words; German prose, whose nouns are
/// capitalized, has fewer than half its words so. An item may hold a
/// sentence end of its own ("Friday!", "Top Workplaces in S.A."), so one
/// per `run_together_words_per_end` words is let by, though none at the
/// line's end. Scripts without case never match. The words are counted only
/// for the rare lines that pass the other tests.
pub(crate) fn is_run_together(line: &str, f: &Features, p: &Params) -> bool {
    f.len >= p.run_together_min_len
        && f.words >= p.run_together_min_words
        && f.sentences * p.run_together_words_per_end <= f.words
        && !f.terminal
        // each capitalized word has a capital: a test that spares the count
        && u64::from(f.upper) * 1000 >= u64::from(f.words) * u64::from(p.run_together_capitalized)
        && u64::from(capitalized_words(line)) * 1000 >= u64::from(f.words) * u64::from(p.run_together_capitalized)
}

/// How far into a line the end of a headline is looked for (bytes).
const RUN_IN_MAX_HEADLINE: usize = 160;
/// A headline run into its deck has at least this many words, this many of
/// them capitalized, before the join.
const RUN_IN_MIN_WORDS: u32 = 3;
/// Small letters in the headline's last word before the capital of the
/// sentence under it: a name's own capital comes sooner ("McDonald",
/// "MacBook", "LeBron", "AirPods", "YouTube").
const RUN_IN_MIN_PIECE: u32 = 4;
/// A word that opens with a small letter in a title-case headline is a
/// short function word ("in", "for", "at", "of"): at most this many letters
/// (the longer are capitalized in title case as the news agencies write it,
/// and German sentences have "neue", "sich"…).
const RUN_IN_MAX_SMALL_WORD: u32 = 3;
/// At most one word in this many of a title-case headline is in small
/// letters. (German prose capitalizes its nouns and may pass this test
/// before a compound written "StromSparen": the caller asks for a
/// list of such lines.)
const RUN_IN_SMALL_WORDS_PER: u32 = 3;

/// A headline run into its text has at least this many capitals (three
/// words of the headline's, one of the sentence's).
const RUN_IN_MIN_CAPITALS: u32 = 4;

/// Whether the line `line`, measured as `f`, opens with a headline run into
/// its text ([`headline_run_into_deck`]), its capitals counted first.
pub(crate) fn opens_with_run_in(line: &str, f: &Features) -> bool {
    f.upper >= RUN_IN_MIN_CAPITALS && headline_run_into_deck(line)
}

/// Whether `line` opens with a headline in title case run into the sentence
/// under it, with no space between them, as a teaser's headline and deck
/// copy when the page set them apart with no line break ("Police Arrest Two
/// After Stadium FightA 24-year-old man and …"): the headline's last word
/// ends in a small letter (or a digit) and the sentence's first word opens
/// with a capital right after it. Before that join, every word opens with
/// a capital or a digit, or is a short word in small letters, and at least
/// `RUN_IN_MIN_WORDS` of them open with a capital; the word the join cuts
/// has `RUN_IN_MIN_PIECE` small letters or more, or ends in a digit; the
/// sentence's first word is a capital alone or a capital and small letters
/// only. Reads `RUN_IN_MAX_HEADLINE` bytes at most.
// Not inlined: inlined into `classify_lines`, it cost that loop a fifth
// more instructions over the corpus (callgrind), for every line.
#[inline(never)]
fn headline_run_into_deck(line: &str) -> bool {
    let (mut words, mut capitalized, mut small_words) = (0u32, 0u32, 0u32);
    // the current word: whether it opened with a small letter, and its
    // small letters; whether the char before was a small letter, a digit,
    // an apostrophe (whose "s" or "t" ends the word before: "Hamlin's")
    let (mut in_word, mut small_start, mut small_letters) = (false, false, 0u32);
    let (mut prev_small, mut prev_digit, mut prev_apostrophe, mut prev_question) = (false, false, false, false);
    let table = char_table();
    let bytes = line.as_bytes();
    let mut next = 0;
    while next < bytes.len() {
        let i = next;
        if i >= RUN_IN_MAX_HEADLINE {
            return false;
        }
        let (c, bits, small) = match bytes[i] {
            b @ 0..=0x7F => (char::from(b), ASCII_CLASS[usize::from(b)], b.is_ascii_lowercase()),
            _ => {
                let c = line[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
                let (bits, small) = class_and_small(table, c);
                (c, bits, small)
            }
        };
        next = i + c.len_utf8();
        if bits & ALNUM == 0 {
            prev_apostrophe = in_word && matches!(c, '\'' | '’');
            prev_question = in_word && matches!(c, '?' | '!');
            (in_word, prev_small, prev_digit) = (false, false, false);
            continue;
        }
        let (upper, digit) = (bits & UPPER != 0, bits & DIGIT != 0);
        if !in_word {
            // a question or exclamation as the headline, its capital right
            // after the mark ("Is It Over?Fans …")
            if upper && prev_question && title_case(words, capitalized, small_words) && opens_sentence(&line[next..], false) {
                return true;
            }
            (in_word, small_start, small_letters) = (true, small, 0);
            if !(small && prev_apostrophe) {
                words += 1;
                capitalized += u32::from(upper);
                small_words += u32::from(small);
            }
        } else if upper
            && !small_start
            && (prev_small && small_letters >= RUN_IN_MIN_PIECE || prev_digit)
            && title_case(words, capitalized, small_words)
            && opens_sentence(&line[next..], prev_digit)
        {
            return true;
        }
        small_letters += u32::from(small);
        // a word in small letters: a title's short function word, or prose
        if small_start && small_letters > RUN_IN_MAX_SMALL_WORD {
            return false;
        }
        (prev_small, prev_digit, prev_question) = (small, digit, false);
    }
    false
}

/// Whether a headline's words so far, `capitalized` and `small` of them
/// opening with a capital and a small letter, read as a title.
fn title_case(words: u32, capitalized: u32, small: u32) -> bool {
    capitalized >= RUN_IN_MIN_WORDS && small * RUN_IN_SMALL_WORDS_PER <= words
}

/// The class bits of `c` (see `features::class`), and whether it is a small
/// letter: a cased letter that is its own lowercase.
#[inline]
fn class_and_small(table: &[u32; TABLE_END], c: char) -> (u8, bool) {
    match table.get(c as usize) {
        Some(&e) => {
            let bits = (e >> 24) as u8;
            (bits, bits & (ALPHABETIC | UPPER | DIGIT) == ALPHABETIC && e & 0xFF_FFFF == c as u32 && c.is_lowercase())
        }
        None => (class(c), c.is_lowercase()),
    }
}

/// Whether `rest`, what follows a capital, makes with it the first word of
/// a sentence: small letters to the word's end, or (unless `after_digit`:
/// "4K TV", "61W USB") nothing, the capital being a word alone ("A", "I").
fn opens_sentence(rest: &str, after_digit: bool) -> bool {
    let mut small = 0;
    for c in rest.chars() {
        if class(c) & ALNUM == 0 {
            break;
        }
        if !c.is_lowercase() {
            return false;
        }
        small += 1;
    }
    small > 0 || !after_digit && rest.starts_with(char::is_whitespace)
}

/// Words of `line` (runs of letters and digits, as `measure` reads them)
/// that open with an uppercase letter.
fn capitalized_words(line: &str) -> u32 {
    let mut n = 0;
    let mut in_word = false;
    for c in line.chars().filter(|&c| !is_invisible(c)) {
        let bits = class(c);
        let alnum = bits & ALNUM != 0;
        n += u32::from(alnum && !in_word && bits & UPPER != 0);
        in_word = alnum;
    }
    n
}

/// Classifies one line from its features alone. `found` says what the text
/// patterns found in it.
// Not inlined into `Cleaner::clean`: with it inlined, Node's WebAssembly
// engine ran the whole clean about a quarter slower (`npm run bench`: 11.0–11.5
// MB/s against 14.9–16.0 without, native unchanged).
#[inline(never)]
pub(crate) fn classify(f: &Features, found: Found, p: &Params) -> Verdict {
    let is_date = matches!(found, Found::Date | Found::RelativeTime);
    let bad = |label, reason| Verdict { class: Class::Bad, label, reason };
    let density = f.density();
    if f.link_list {
        return bad(Label::Navigation, Reason::Markup);
    }
    if f.markup {
        return bad(Label::Boilerplate, Reason::Markup);
    }
    if let Some(hit) = f.hit {
        let phrase = Reason::Phrase { label: hit.label, phrase: hit.phrase };
        let applies = match hit.place {
            Place::Whole => true,
            Place::Prefix if hit.label == Label::Byline => {
                f.len <= p.max_meta_len && f.words <= 8 && !f.terminal
            }
            Place::Prefix | Place::Counted => f.len <= p.max_prefix_phrase_len,
            Place::Link => f.words <= p.link_max_words && !f.terminal,
            Place::Anywhere => f.len <= p.max_anywhere_phrase_len || hit.at <= p.max_lead_in,
        };
        if applies {
            return bad(hit.label, phrase);
        }
    }
    // "Home | News | Sport": items of a few words between separators
    let items = f.separators + 1;
    if f.separators >= p.menu_min_separators && f.words <= items * p.menu_max_item_words && !f.terminal {
        return bad(Label::Navigation, Reason::MenuLine { items });
    }
    if found == Found::ReadingTime {
        return bad(Label::Boilerplate, Reason::ReadingTime);
    }
    if found == Found::Credit {
        return bad(Label::Caption, Reason::PhotoCredit);
    }
    if found == Found::Byline {
        return bad(Label::Byline, Reason::BylineLine);
    }
    if is_date && f.len <= p.max_meta_len && f.sentences <= 1 {
        let reason = if found == Found::RelativeTime { Reason::RelativeTime } else { Reason::DateLine };
        return bad(Label::Date, reason);
    }
    if f.len < p.length_low {
        return Verdict { class: Class::Short, label: Label::Short, reason: Reason::ShortText };
    }
    if found == Found::RunTogether {
        return bad(Label::Boilerplate, Reason::RunTogether { words: f.words });
    }
    if found == Found::HeadlineRunIn {
        return bad(Label::Related, Reason::HeadlineRunIn);
    }
    if let Found::Counts(counts) = found {
        return bad(Label::Navigation, Reason::Counts { counts });
    }
    if density >= p.stopwords_high && f.len >= p.length_high {
        return Verdict { class: Class::Good, label: Label::Content, reason: Reason::Prose { density } };
    }
    if density >= p.stopwords_low {
        return Verdict { class: Class::NearGood, label: Label::Content, reason: Reason::NearProse { density } };
    }
    // several sentences, long, ending as a sentence: prose sparse in
    // stopwords (names, numbers, terms), not a menu or a list of links
    if f.sentences >= p.many_sentences && f.terminal && f.len >= p.length_high && density >= p.stopwords_low / 2 {
        let reason = Reason::Sentences { sentences: f.sentences, density };
        return Verdict { class: Class::NearGood, label: Label::Content, reason };
    }
    // one long sentence as a writer writes it (a capital first, a full
    // stop last, no menu separator), a little sparse in stopwords: names
    // and terms, or a language whose stoplist covers less of its prose
    if f.sentences == 1
        && f.terminal
        && f.capital_start
        && f.words >= LONG_SENTENCE_WORDS
        && f.separators == 0
        && u32::from(density) * 3 >= u32::from(p.stopwords_low) * 2
    {
        return Verdict { class: Class::NearGood, label: Label::Content, reason: Reason::LongSentence { words: f.words, density } };
    }
    // a wire story's lead, which names and places leave sparse in stopwords
    if found == Found::Dateline && f.terminal {
        return Verdict { class: Class::NearGood, label: Label::Content, reason: Reason::Dateline { density } };
    }
    bad(Label::Boilerplate, Reason::LowDensity { density })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Hit;

    #[test]
    fn counts_in_round_brackets_are_counted() {
        for (line, counts) in [
            ("May 2019 (12) April 2019 (9) March 2019 (140)", 3),
            ("Travel (215) Kids (105)", 2),
            ("(1) (22) (333) (4444) (55555) (666666) (7777777)", 6),
            ("References [12] [13] and (a) (b)", 0),
            ("( 12) (12 ) (1.5) (12", 0),
            ("Open (", 0),
            ("(", 0),
            ("", 0),
            ("Março (21) Saúde (6)", 2),
        ] {
            assert_eq!(bracketed_counts(line), counts, "{line}");
        }
    }

    fn p() -> Params {
        Params::for_mode(Mode::Balanced)
    }

    /// A line that passes every threshold: long, dense, a sentence.
    fn prose() -> Features {
        Features { len: 300, words: 50, stopwords: 25, sentences: 3, terminal: true, letters: 250, ..Features::default() }
    }

    #[test]
    fn long_dense_line_is_good() {
        assert_eq!(classify(&prose(), Found::None, &p()).class, Class::Good);
    }

    #[test]
    fn length_low_makes_short() {
        let f = Features { len: p().length_low - 1, ..prose() };
        assert_eq!(classify(&f, Found::None, &p()).class, Class::Short);
        let f = Features { len: p().length_low, ..prose() };
        assert_ne!(classify(&f, Found::None, &p()).class, Class::Short);
    }

    #[test]
    fn length_high_separates_good_from_near_good() {
        let f = Features { len: p().length_high - 1, ..prose() };
        assert_eq!(classify(&f, Found::None, &p()).class, Class::NearGood);
    }

    #[test]
    fn stopwords_high_separates_good_from_near_good() {
        // 319 per mille: below stopwords_high, above stopwords_low
        let f = Features { words: 1000, stopwords: u32::from(p().stopwords_high) - 1, ..prose() };
        assert_eq!(classify(&f, Found::None, &p()).class, Class::NearGood);
    }

    #[test]
    fn stopwords_low_separates_near_good_from_bad() {
        // one sentence: many sentences would lower the bar
        let f = Features { words: 1000, stopwords: u32::from(p().stopwords_low) - 1, sentences: 1, ..prose() };
        let v = classify(&f, Found::None, &p());
        assert_eq!((v.class, v.label), (Class::Bad, Label::Boilerplate));
        let f = Features { stopwords: u32::from(p().stopwords_low), ..f };
        assert_eq!(classify(&f, Found::None, &p()).class, Class::NearGood);
    }

    /// `line` measured with the stoplist of language `lang`.
    fn measured(line: &str, lang: &str) -> Features {
        let stop = crate::lang::parse_hint(lang).unwrap().stopwords();
        crate::features::measure(line, stop, &mut crate::features::Scratch::default())
    }

    #[test]
    fn capitalized_words_without_a_sentence_run_together() {
        let menu = "Skip to Article Menu Home News Back To Main Menu Metro Local News Weather Health & Medical \
                    Sports Browns Cavaliers Indians High School Sports Business Entertainment Movies Music TV \
                    Food & Drink Opinion Editorials Letters Obituaries Jobs Real Estate Cars Classifieds";
        let f = measured(menu, "en");
        assert!(f.len >= p().run_together_min_len && f.density() >= p().stopwords_high / 2, "{f:?}");
        assert!(is_run_together(menu, &f, &p()));
        let v = classify(&f, Found::RunTogether, &p());
        assert_eq!((v.class, v.label, v.reason), (Class::Bad, Label::Boilerplate, Reason::RunTogether { words: f.words }));
        // a sentence end at the line's end is enough to read it as text
        let ended = format!("{menu}.");
        assert!(!is_run_together(&ended, &measured(&ended, "en"), &p()));
        // one inside an item is let by, one per `run_together_words_per_end`
        // words at most
        let f = measured(menu, "en");
        let with_ends = |n: usize| {
            let items = [" Sports ", " Movies ", " Jobs ", " Music ", " Opinion ", " Obituaries "];
            assert!(n <= items.len());
            items[..n].iter().fold(menu.to_string(), |m, item| m.replacen(item, &format!("{}! ", item.trim_end()), 1))
        };
        let most = (f.words / p().run_together_words_per_end) as usize;
        assert!(most >= 1, "{f:?}");
        assert_eq!(measured(&with_ends(most), "en").sentences as usize, most);
        assert!(is_run_together(&with_ends(most), &measured(&with_ends(most), "en"), &p()));
        let more = with_ends(most + 1);
        assert_eq!(measured(&more, "en").sentences as usize, most + 1);
        assert!(!is_run_together(&more, &measured(&more, "en"), &p()));
        // as is a short line of capitalized words (a headline)
        let headline = "Three Things We Learned From The Big Game On Sunday Night In The Rain";
        assert!(!is_run_together(headline, &measured(headline, "en"), &p()));
        // and a long line with no word at all (a rule of dashes, stars)
        let rule = "★ ".repeat(120);
        assert!(!is_run_together(&rule, &measured(&rule, "en"), &p()));
    }

    #[test]
    fn a_title_case_headline_run_into_a_sentence_is_found() {
        for line in [
            "Police Arrest Two After Stadium FightA 24-year-old man and a 19-year-old woman were held overnight.",
            "City To Mail Ballots To 250,000The city will mail ballots to every voter this week.",
            "Is The Heat Wave Over?Forecasters say cooler air arrives on Sunday after a week of records.",
            "Best Bakeries in the Old QuarterWondering where to find the best bread? We asked the bakers.",
            "Storm Closes Schools; Roads Still ClosedSchools in the county stayed shut on Monday.",
            "Tigers Take Title in Extra InningsThe home side won the final on a late single.",
        ] {
            assert!(headline_run_into_deck(line), "{line}");
        }
        for line in [
            // a name's own capital, after a short first piece
            "Wichita East's Hugh McPherson won first place in the 100 yard freestyle.",
            "Even With Apple's AirPower Canceled, wireless charging moved forward this year.",
            // a sentence: a word of more than three small letters before the join
            "The New York Times reported on Sunday that WeWork is preparing to cut jobs.",
            "Das neue Werk in Essen von SolarTechnik liegt im Zentrum der Stadt.",
            // too many short words in small letters for a title
            "Read It All in the Post of the WeekendThe rest of the week is quiet.",
            // a digit and a unit, no sentence
            "Intel Arc A370M Tested Against The Rest: the first discrete GPU to battle them.",
            "Sale On The New 18TB Drives This Week: up to a third off the price.",
            // two capitalized words only before the join
            "Island TodayThe scientists confirmed water vapor on a moon.",
            // the join beyond the headline's reach
            &format!("{} HeadlineThe rest.", "Word ".repeat(40)),
        ] {
            assert!(!headline_run_into_deck(line), "{line}");
        }
    }

    #[test]
    fn prose_without_a_final_stop_does_not_run_together() {
        // a paragraph cut before its full stop, in English and in German,
        // whose nouns are capitalized
        for (line, lang) in [
            ("In addition, they agreed to take active measures in various fields to raise the level of mutually \
              beneficial bilateral trade and economic relations, and to further intensify the work of the joint \
              intergovernmental commission for commercial, economic, scientific and technological cooperation", "en"),
            ("Dank der Kompatibilität mit den Erweiterungsmodulen und der Verfügbarkeit eines Datenkonzentrators \
              lassen sich die Energiezähler mit den gängigsten Kommunikationssystemen der Gebäudetechnik verbinden \
              und über Jahre hinweg zuverlässig in bestehende Anlagen einbinden", "de"),
        ] {
            let f = measured(line, lang);
            assert!(f.len >= p().run_together_min_len && f.sentences == 0 && !f.terminal, "{f:?}");
            assert!(!is_run_together(line, &f, &p()), "{line}");
        }
    }

    #[test]
    fn many_sentences_make_sparse_prose_near_good() {
        // 200 per mille: below stopwords_low, above half of it
        let sparse = Features { words: 1000, stopwords: 200, sentences: p().many_sentences, ..prose() };
        let v = classify(&sparse, Found::None, &p());
        assert_eq!((v.class, v.reason), (Class::NearGood, Reason::Sentences { sentences: 3, density: 200 }));
        for f in [
            Features { sentences: p().many_sentences - 1, ..sparse },
            Features { terminal: false, ..sparse },
            Features { len: p().length_high - 1, ..sparse },
            Features { stopwords: u32::from(p().stopwords_low / 2) - 1, ..sparse },
        ] {
            assert_eq!(classify(&f, Found::None, &p()).class, Class::Bad, "{f:?}");
        }
    }

    #[test]
    fn one_long_sentence_a_little_sparse_is_near_good() {
        // 21 words, 5 stopwords (238 per mille): below stopwords_low (300),
        // above two thirds of it (200)
        let sentence = Features { len: 160, words: 21, stopwords: 5, sentences: 1, capital_start: true, ..prose() };
        let v = classify(&sentence, Found::None, &p());
        assert_eq!((v.class, v.reason), (Class::NearGood, Reason::LongSentence { words: 21, density: 238 }));
        for f in [
            Features { words: LONG_SENTENCE_WORDS - 1, stopwords: 3, ..sentence },
            Features { stopwords: 4, ..sentence },
            Features { terminal: false, ..sentence },
            Features { capital_start: false, ..sentence },
            Features { separators: 1, ..sentence },
            Features { sentences: 2, ..sentence },
        ] {
            assert_eq!(classify(&f, Found::None, &p()).class, Class::Bad, "{f:?}");
        }
    }

    #[test]
    fn a_dateline_makes_a_sparse_sentence_a_lead() {
        // one sentence, 18% stopwords: dropped alone, kept as a lead with a dateline
        let lead = Features { len: 120, words: 22, stopwords: 4, sentences: 1, ..prose() };
        assert_eq!(classify(&lead, Found::None, &p()).class, Class::Bad);
        let v = classify(&lead, Found::Dateline, &p());
        assert_eq!((v.class, v.label, v.reason), (Class::NearGood, Label::Content, Reason::Dateline { density: 181 }));
        // not a sentence, or too short to be judged alone: the dateline does not count
        assert_eq!(classify(&Features { terminal: false, ..lead }, Found::Dateline, &p()).class, Class::Bad);
        assert_eq!(classify(&Features { len: p().length_low - 1, ..lead }, Found::Dateline, &p()).class, Class::Short);
    }

    #[test]
    fn whole_phrase_overrides_prose() {
        let f = Features { hit: Some(Hit { label: Label::Share, phrase: "share", place: Place::Whole, at: 0 }), ..prose() };
        assert_eq!(classify(&f, Found::None, &p()).label, Label::Share);
    }

    #[test]
    fn max_prefix_phrase_len_limits_prefix_phrases() {
        let hit = Some(Hit { label: Label::Related, phrase: "read more", place: Place::Prefix, at: 0 });
        let f = Features { hit, len: p().max_prefix_phrase_len, ..prose() };
        assert_eq!(classify(&f, Found::None, &p()).label, Label::Related);
        let f = Features { hit, len: p().max_prefix_phrase_len + 1, ..prose() };
        assert_eq!(classify(&f, Found::None, &p()).label, Label::Content);
    }

    #[test]
    fn link_max_words_limits_link_phrases_to_a_link_text() {
        let hit = Some(Hit { label: Label::Navigation, phrase: "back to", place: Place::Link, at: 0 });
        let link = Features { hit, len: 30, words: p().link_max_words, terminal: false, ..prose() };
        assert_eq!(classify(&link, Found::None, &p()).label, Label::Navigation);
        let longer = Features { words: p().link_max_words + 1, ..link };
        assert_ne!(classify(&longer, Found::None, &p()).label, Label::Navigation);
        let sentence = Features { terminal: true, ..link };
        assert_ne!(classify(&sentence, Found::None, &p()).label, Label::Navigation);
    }

    #[test]
    fn max_anywhere_phrase_len_limits_anywhere_phrases() {
        let hit = Some(Hit { label: Label::Legal, phrase: "all rights reserved", place: Place::Anywhere, at: p().max_lead_in + 1 });
        let f = Features { hit, len: p().max_anywhere_phrase_len + 1, ..prose() };
        assert_eq!(classify(&f, Found::None, &p()).label, Label::Content);
        let f = Features { len: p().max_anywhere_phrase_len, ..f };
        assert_eq!(classify(&f, Found::None, &p()).label, Label::Legal);
    }

    #[test]
    fn max_lead_in_lets_an_opening_phrase_mark_a_long_line() {
        let hit = Some(Hit { label: Label::Legal, phrase: "we use cookies", place: Place::Anywhere, at: p().max_lead_in });
        let f = Features { hit, len: p().max_anywhere_phrase_len + 1, ..prose() };
        assert_eq!(classify(&f, Found::None, &p()).label, Label::Legal);
    }

    #[test]
    fn max_meta_len_limits_bylines_and_dates() {
        let hit = Some(Hit { label: Label::Byline, phrase: "by ", place: Place::Prefix, at: 0 });
        let short = Features { hit, len: 20, words: 3, terminal: false, ..prose() };
        assert_eq!(classify(&short, Found::None, &p()).label, Label::Byline);
        let long = Features { len: p().max_meta_len + 1, ..short };
        assert_ne!(classify(&long, Found::None, &p()).label, Label::Byline);
        let date = Features { len: p().max_meta_len, sentences: 0, ..prose() };
        assert_eq!(classify(&date, Found::Date, &p()).label, Label::Date);
        let date = Features { len: p().max_meta_len + 1, ..date };
        assert_ne!(classify(&date, Found::Date, &p()).label, Label::Date);
    }

    #[test]
    fn menu_min_separators_makes_a_menu_line() {
        let menu = Features { separators: p().menu_min_separators, words: 3 * p().menu_max_item_words, terminal: false, ..prose() };
        assert_eq!(classify(&menu, Found::None, &p()).label, Label::Navigation);
        let one = Features { separators: p().menu_min_separators - 1, ..menu };
        assert_ne!(classify(&one, Found::None, &p()).label, Label::Navigation);
    }

    #[test]
    fn menu_max_item_words_keeps_prose_with_separators() {
        let items = p().menu_min_separators + 1;
        let long = Features { separators: p().menu_min_separators, words: items * p().menu_max_item_words + 1, terminal: false, ..prose() };
        assert_ne!(classify(&long, Found::None, &p()).label, Label::Navigation);
    }

    #[test]
    fn markup_is_bad() {
        let f = Features { markup: true, ..prose() };
        assert_eq!(classify(&f, Found::None, &p()).reason, Reason::Markup);
    }

    #[test]
    fn phrase_limits_fit_the_lexicon_scan() {
        for mode in Mode::ALL {
            let p = Params::for_mode(mode);
            assert!(p.max_prefix_phrase_len <= crate::features::LEXICON_FULL_SCAN_MAX_LEN);
            assert!(p.max_anywhere_phrase_len <= crate::features::LEXICON_FULL_SCAN_MAX_LEN);
            assert!(p.max_lead_in <= 64);
        }
    }

    #[test]
    fn modes_order_their_thresholds() {
        let (pr, b, r) = (Params::for_mode(Mode::Precision), p(), Params::for_mode(Mode::Recall));
        assert!(pr.stopwords_low >= b.stopwords_low && b.stopwords_low >= r.stopwords_low);
        assert!(pr.length_low >= b.length_low && b.length_low >= r.length_low);
    }

    /// `n` lines of `words` words of which `stop` are stopwords.
    fn lines(n: usize, words: u32, stop: u32) -> Vec<Features> {
        vec![Features { words, stopwords: stop, ..prose() }; n]
    }

    #[test]
    fn sparse_prose_lowers_the_density_thresholds() {
        // median 300 per mille of 450, with two lines of seven at 500 (a
        // quarter of the sentences or more: no sparse floor): scaled to 0.7
        // (the floor is 0.7 too)
        let mut feats = lines(5, 40, 12);
        feats.extend(lines(2, 40, 20));
        let c = p().calibrated(&feats, true, false);
        assert!(c.stopwords_low < p().stopwords_low && c.stopwords_high < p().stopwords_high);
        assert_eq!(u32::from(c.stopwords_low), u32::from(p().stopwords_low) * CALIBRATE_FLOOR / 1000);
        // median 400 per mille: scaled by about 400/450
        let c = p().calibrated(&lines(5, 40, 16), true, false);
        let want = u32::from(p().stopwords_low) * 405 / CALIBRATE_TYPICAL;
        assert_eq!(u32::from(c.stopwords_low), want);
    }

    #[test]
    fn the_floor_holds_unless_the_sentences_are_sparse() {
        let floor = |f: &[Features]| u32::from(p().calibrated(f, true, false).stopwords_low) * 1000 / u32::from(p().stopwords_low);
        let (sparse, dense) = (lines(1, 40, 4), lines(1, 40, 20));
        let listing = vec![Features { terminal: false, ..sparse[0] }];
        let page = |parts: &[(&[Features], usize)]| -> Vec<Features> { parts.iter().flat_map(|&(f, n)| std::iter::repeat(f[0]).take(n)).collect() };
        // a median of 100 per mille: with two sentences of five at 500 (a
        // language its stoplist covers well, and teasers), the floor of 0.7
        // holds, and with one of four at 400 (a quarter exactly); so it
        // does when the sparse lines end no sentence (a listing), or when
        // fewer than three end one
        assert_eq!(floor(&page(&[(&sparse, 3), (&dense, 2)])), CALIBRATE_FLOOR);
        assert_eq!(floor(&page(&[(&sparse, 3), (&lines(1, 40, 16), 1)])), CALIBRATE_FLOOR);
        assert_eq!(floor(&page(&[(&listing, 5)])), CALIBRATE_FLOOR);
        assert_eq!(floor(&page(&[(&sparse, 2), (&listing, 3)])), CALIBRATE_FLOOR);
        // with fewer than a quarter of the sentences at 500, the language's
        // stoplist covers little of its prose: down to the sparse floor
        assert_eq!(floor(&page(&[(&sparse, 5)])), CALIBRATE_FLOOR_SPARSE);
        assert_eq!(floor(&page(&[(&sparse, 4), (&dense, 1)])), CALIBRATE_FLOOR_SPARSE);
        assert_eq!(floor(&page(&[(&sparse, 3), (&listing, 3)])), CALIBRATE_FLOOR_SPARSE);
        // above the sparse floor, to the median (200 per mille)
        let c = p().calibrated(&lines(5, 40, 8), true, false);
        assert_eq!(u32::from(c.stopwords_low), u32::from(p().stopwords_low) * 205 / CALIBRATE_TYPICAL);
    }

    #[test]
    fn a_stoplist_of_single_chars_scales_further() {
        // median 100 per mille with two lines of five at 500 (no sparse
        // floor for the words): a stoplist of words stops at its floor, one
        // of single chars at its own, below the sparse floor of the words
        let mut feats = lines(3, 40, 4);
        feats.extend(lines(2, 40, 20));
        let words = p().calibrated(&feats, true, false);
        let chars = p().calibrated(&feats, true, true);
        assert_eq!(u32::from(words.stopwords_low), u32::from(p().stopwords_low) * CALIBRATE_FLOOR / 1000);
        assert_eq!(u32::from(chars.stopwords_low), u32::from(p().stopwords_low) * CALIBRATE_FLOOR_PER_CHAR / 1000);
        const _: () = assert!(CALIBRATE_FLOOR_PER_CHAR < CALIBRATE_FLOOR_SPARSE);
        // median 250 per mille: above that floor, scaled by 255/450
        let c = p().calibrated(&lines(5, 40, 10), true, true);
        assert_eq!(u32::from(c.stopwords_low), u32::from(p().stopwords_low) * 255 / CALIBRATE_TYPICAL);
    }

    #[test]
    fn dense_prose_short_lines_and_few_lines_leave_the_thresholds_alone() {
        assert_eq!(p().calibrated(&lines(5, 40, 20), true, false), p()); // median 500
        assert_eq!(p().calibrated(&lines(5, CALIBRATE_MIN_WORDS - 1, 2), true, false), p()); // too short to count
        assert_eq!(p().calibrated(&lines(CALIBRATE_MIN_LINES as usize - 1, 40, 4), true, false), p()); // too few
        let mut off = p();
        off.off[Stage::Calibrate as usize] = true;
        assert_eq!(off.calibrated(&lines(5, 40, 4), true, false), off);
    }

    #[test]
    fn without_a_known_language_the_text_is_its_own_reference() {
        // one long line without a stopword (Thai, say): every threshold 0
        let thai = vec![Features { words: 6, stopwords: 0, len: 250, ..prose() }];
        assert_eq!(p().calibrated(&thai, true, false), p());
        let c = p().calibrated(&thai, false, false);
        assert_eq!((c.stopwords_low, c.stopwords_high, c.sentence_min_density), (0, 0, 0));
        // a median of 80 per mille: scaled by 40/450, below the floor of a
        // known language
        let c = p().calibrated(&lines(5, 50, 4), false, false);
        assert_eq!(u32::from(c.stopwords_low), u32::from(p().stopwords_low) * 40 / CALIBRATE_TYPICAL);
        let known = p().calibrated(&lines(5, 50, 4), true, false);
        assert_eq!(u32::from(known.stopwords_low), u32::from(p().stopwords_low) * CALIBRATE_FLOOR_SPARSE / 1000);
    }

    #[test]
    fn the_median_is_not_moved_by_a_few_sparse_lines() {
        let mut f = lines(6, 40, 20); // 500 per mille
        f.extend(lines(5, 40, 0));
        assert_eq!(p().calibrated(&f, true, false), p());
    }
}
