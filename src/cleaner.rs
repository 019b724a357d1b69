//! The pipeline, end to end: [`Cleaner`] and its result, [`Cleaned`].

use crate::classify::{classify, counts_run_together, is_run_together, opens_with_run_in, Class, Found, Params, Stage};
use crate::features::{composed, ends_like_sentence, entity_at, marker_tab_len, measure, mojibake_at, unescaped, unmojibaked, visible, voted_stopwords, without_closing_tags, without_emphasis, without_underline, Features, Scratch, MARK_LEADS};
use crate::label::{Label, Reason};
use crate::lang::{self, Lang};
use crate::meta::{
    byline_beside_date, ends_with_agency_credit, ends_with_credit, ends_with_labelled_credit, find_date, find_meta, is_name_then_reporter, is_reading_time,
    is_relative_time, opens_with_dateline, CREDIT_MIN_WORDS, DATE_MIN_DIGITS, NAME_THEN_REPORTER_MAX_WORDS,
};
use crate::options::{Error, ErrorKind, Options};
use crate::revise::{self, is_end_marker, is_inline_box, is_inline_teaser, Work};
use crate::segment::{fragment_joins, has_other_line_ends, is_line_end, join_lines, join_setext, one_sentence_per_line, segment_ends, sentence_joins, unjoined, unwrap, Line};
use regex::RegexSet;
use serde::Serialize;
use std::borrow::Cow;

/// Cleans texts with one set of [`Options`]. Build it once, use it for many
/// texts, from many threads (it is `Send + Sync`).
///
/// # Example
/// ```
/// use chaff::{Cleaner, Options};
/// let cleaner = Cleaner::new(Options::default()).unwrap();
/// for text in ["Home\nNews\n", "Leave a Reply\n"] {
///     assert_eq!(cleaner.clean(text).text(), "");
/// }
/// ```
#[derive(Clone, Debug)]
pub struct Cleaner {
    options: Options,
    params: Params,
    language: Option<Lang>,
    drop: Option<RegexSet>,
    keep: Option<RegexSet>,
}

fn compile(which: &'static str, patterns: &[String]) -> Result<Option<RegexSet>, Error> {
    if patterns.is_empty() {
        return Ok(None);
    }
    for p in patterns {
        if let Err(e) = regex::Regex::new(p) {
            return Err(Error::new(ErrorKind::Pattern { which, pattern: p.clone(), message: e.to_string() }));
        }
    }
    RegexSet::new(patterns).map(Some).map_err(|e| {
        Error::new(ErrorKind::Pattern { which, pattern: patterns.join(" | "), message: e.to_string() })
    })
}

/// Builds now what all cleaners share and is otherwise built at its first
/// use: the lexicon's automata, the char table, every language's stoplist
/// and the patterns of dates, relative times and reading times. Natively
/// each is built when a text first needs it (a command that cleans one
/// file builds only what that file needs). The page builds all of them
/// while it loads (the WebAssembly `Cleaner`'s constructor calls this), so
/// that a first paste with a reading time, or in a language the warm-up
/// texts were not in, takes no longer than the next: the two patterns
/// that no warm-up text needed took 22.5 M of the 144.7 M instructions
/// of a first clean of a 1 MB paste after a warm-up on the seeds.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub(crate) fn prepare() {
    crate::lexicon::Lexicon::get();
    crate::features::char_table();
    lang::prepare();
    crate::meta::prepare();
}

impl Cleaner {
    /// Builds a cleaner. Fails when a pattern is not a valid regular
    /// expression or the language is not a known code; the error names it.
    pub fn new(options: Options) -> Result<Cleaner, Error> {
        let language = options.language.as_deref().map(lang::parse_hint).transpose()?;
        let drop = compile("drop", &options.drop_patterns)?;
        let keep = compile("keep", &options.keep_patterns)?;
        Ok(Cleaner { params: Params::for_mode(options.mode), options, language, drop, keep })
    }

    /// The same cleaner with one stage switched off: for measuring what each
    /// stage brings. Not part of the stable API.
    #[doc(hidden)]
    pub fn without_stage(mut self, stage: Stage) -> Cleaner {
        self.params.off[stage as usize] = true;
        self
    }

    /// The options this cleaner was built with.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Cleans one text. Never fails: empty or odd input gives an empty or
    /// partial result.
    pub fn clean(&self, input: &str) -> Cleaned {
        let p = &self.params;
        let other_ends = has_other_line_ends(input);
        let mut lines = segment_ends(input, other_ends);
        if p.on(Stage::Unwrap) {
            lines = unwrap(input, join_setext(input, lines));
        }
        let mut texts = line_texts(input, &lines);
        let (mut reread, mut lang, mut feats) = self.measure_lines(input, &lines, &texts, None);
        // a text broken at its links, or of one sentence to a line: its
        // pieces are joined into the paragraphs they were, and those are
        // read again
        let joins = p.on(Stage::Unwrap).then(|| self.stopwords(lang)).and_then(|stop| {
            fragment_joins(&texts, &lines, &feats, stop)
                .or_else(|| one_sentence_per_line(&texts, &feats, stop).then(|| sentence_joins(&texts, &lines, &feats)))
        });
        if let Some(joins) = joins {
            let from = unjoined(&joins);
            if join_lines(&mut lines, &joins) {
                texts = line_texts(input, &lines);
                let before = Measured { lang, feats: std::mem::take(&mut feats), from };
                (reread, lang, feats) = self.measure_lines(input, &lines, &texts, Some(before));
            }
        }
        let read = with_replaced(&texts, &reread);
        let stop = self.stopwords(lang);
        // The lines as they show: without invisible chars (soft hyphens…) and
        // markdown link targets, for the patterns (dates, title, user
        // patterns); the output takes the lines as they are.
        let shown: Vec<(usize, String)> =
            feats.iter().enumerate().filter(|(_, f)| f.hidden).map(|(i, _)| (i, visible(read[i]))).collect();
        let seen = with_replaced(&read, &shown);
        let calibrated = p.calibrated(&feats, lang.is_some() || !p.on(Stage::Language), stop.per_char);
        let p = &calibrated;
        let rows = if p.on(Stage::Tables) { revise::read_table_rows(&seen, &mut feats) } else { Vec::new() };
        // Through a pointer, as the measure: a loop over every line kept out
        // of this function, whose size V8 compiles badly past a point.
        let classify_lines = std::hint::black_box(classify_lines as fn(&[Features], &[&str], &Params) -> Vec<Work>);
        let mut work = classify_lines(&feats, &seen, p);

        if p.on(Stage::ShortRuns) {
            revise::mark_short_runs(&lines, &feats, &mut work, p);
        }
        if p.on(Stage::ProseRuns) {
            revise::promote_prose_runs(&feats, &mut work, p);
        }
        revise::revise_neighbours(&feats, &mut work, p, p.on(Stage::Neighbours));
        revise::apply_core(&feats, &mut work, p);
        if p.on(Stage::Subheadings) {
            revise::keep_subheadings(&feats, &mut work, p);
        }
        if p.on(Stage::Repeats) {
            revise::drop_repeats(&feats, &mut work, p);
        }
        keep_all_if_nothing_to_drop(&feats, &mut work, p.core_only && p.on(Stage::Core));
        // after the fallbacks above, which may bring back a list's lead-in
        if p.on(Stage::Lists) {
            revise::keep_lists(&lines, &feats, &mut work, p);
            revise::keep_recipe_cards(&seen, &lines, &feats, &mut work, p);
        }
        if p.on(Stage::Tables) {
            revise::keep_tables(&rows, &mut work);
        }
        if p.on(Stage::Code) {
            revise::keep_code_blocks(&seen, &lines, &feats, &mut work, p);
        }
        let found = find_meta(&seen, &feats, &mut work, p, stop);
        if p.on(Stage::EndMarker) {
            revise::drop_author_bio(&seen, found.byline, &feats, &mut work, stop);
        }
        if !work.iter().any(|w| w.kept) {
            // the one paragraph kept was taken for the standfirst
            keep_prose_alone(&mut work);
            if p.on(Stage::Lists) {
                revise::keep_lists(&lines, &feats, &mut work, p);
            }
        }
        self.apply_captions(&feats, &mut work);
        self.apply_patterns(&seen, &texts, &mut work);

        let mut text = String::new();
        // the title and byline as they show (without invisible chars, link
        // targets and link numbers), from the lines as they are
        let shown_text = |i: usize| if feats[i].hidden { Cow::Owned(visible(texts[i])) } else { Cow::Borrowed(texts[i]) };
        let title = found.title.map(|t| one_line(clean_title(&shown_text(t))));
        if self.options.include_title {
            if let Some(t) = &title {
                text.push_str(t);
            }
        }
        for (i, w) in work.iter().enumerate() {
            if w.kept {
                if !text.is_empty() {
                    text.push_str("\n\n");
                }
                push_lines(&mut text, texts[i], other_ends);
            }
        }
        let blocks = lines
            .iter()
            .zip(&work)
            .zip(&feats)
            .map(|((l, w), f)| Block {
                start: l.span.0,
                end: l.span.1,
                label: w.label,
                cf_label: w.cf.label,
                kept: w.kept,
                score: score(f, p),
                reason: w.reason,
            })
            .collect();
        Cleaned {
            text,
            title,
            byline: found
                .byline
                .map(|i| one_line(clean_byline(&shown_text(i))))
                .or_else(|| found.date.filter(|&i| Some(i) != found.title).and_then(|i| byline_beside_date(seen[i])).map(str::to_string)),
            date: found.date.and_then(|i| find_date(seen[i])).map(str::to_string),
            language: lang.map(|l| l.code.to_string()),
            blocks,
        }
    }

    /// The stoplist of `lang` (every language's when none, or when the
    /// language stage is off). Out of line: `clean` asks for it three times,
    /// and inlined copies grew the WebAssembly by 394 bytes gzipped.
    #[inline(never)]
    fn stopwords(&self, lang: Option<Lang>) -> lang::Stopwords {
        let any = Lang { code: "", mask: lang::ANY_LANG };
        lang.filter(|_| self.params.on(Stage::Language)).unwrap_or(any).stopwords()
    }

    /// Reads `lines` (whose texts are `texts`): the lines read otherwise
    /// than written (see below), the text's language and each line's
    /// measures. With `before`
    /// (the lines were read, then some joined), a line that joined none
    /// keeps its measures when the language is the same.
    fn measure_lines(&self, input: &str, lines: &[Line], texts: &[&str], before: Option<Measured>) -> (Vec<(usize, String)>, Option<Lang>, Vec<Features>) {
        let p = &self.params;
        // The lines as they are read: text in NFD with its marks composed.
        // The lines to compose hold a byte that leads the UTF-8 of a mark
        // (see `MARK_LEADS`): one search over the text finds them, and most
        // texts have none. The output takes the lines as they are.
        let mut reread: Vec<(usize, String)> = Vec::new();
        let b = input.as_bytes();
        for at in lines_holding(lines, memchr::memchr3_iter(MARK_LEADS[0], MARK_LEADS[1], MARK_LEADS[2], b)) {
            reread.extend(composed(texts[at]).map(|c| (at, c)));
        }
        // …and text that is UTF-8 read as Windows-1252 ("fÃ¼r"), read again
        // (see `mojibake_at`: a search for one byte, 0xC3, that legitimate
        // text holds in its accented letters, each looked at for a pair)
        for at in lines_holding(lines, memchr::memchr_iter(0xC3, b).filter(|&i| mojibake_at(b, i))) {
            // (with the no-break spaces after it, which trimming took: the
            // last byte of what was "à" or a no-break space; without them
            // when they were no-break spaces of their own, "&nbsp;" decoded)
            let (start, end) = lines[at].text;
            let spaces = nbsp_run(&input[end..]);
            let read = unmojibaked(&input[start..end + spaces]).or_else(|| if spaces > 0 { unmojibaked(texts[at]) } else { None });
            reread.extend(read.map(|c| (at, c)));
        }
        // …and text taken from HTML undecoded ("don&#8217;t"), decoded
        for at in lines_holding(lines, memchr::memchr_iter(b'&', b).filter(|&i| entity_at(&b[i + 1..]).is_some())) {
            reread.extend(unescaped(texts[at]).map(|c| (at, c)));
        }
        let read = with_replaced(texts, &reread);
        let mut scratch = Scratch::default();
        // Called through a pointer, so that no optimizer inlines the measure
        // (the loop over every char) here: binaryen inlines a function that
        // has one caller, and with the measure inside it this function grew
        // past the size that V8 compiles well; the WebAssembly clean ran a
        // quarter slower (12–14 against 16–17 MB per CPU second over the
        // corpus in Node).
        let measure = std::hint::black_box(measure as fn(&str, lang::Stopwords, &mut Scratch) -> Features);
        // The language of the lines that end like sentences, when they hold
        // enough words: prose, rather than the warnings, menus and headings
        // a page may open with in another language; else of all lines. The
        // lines of the sample are measured for the vote (each word's
        // languages kept), and their stopwords counted once it is over.
        let mut feats = vec![Features::default(); read.len()];
        let mut voted: Vec<Option<Voted>> = Vec::new();
        let lang = self.language.or_else(|| {
            voted = vec![None; read.len()];
            let mut vote = |lines: &mut dyn Iterator<Item = usize>| {
                let mut sample = lang::Sample::default();
                for i in lines.filter(|&i| lang::in_sample(read[i].len())) {
                    if sample.full() {
                        break;
                    }
                    let v = *voted[i].get_or_insert_with(|| {
                        let from = scratch.masks.len();
                        feats[i] = measure(read[i], lang::voting(), &mut scratch);
                        Voted { masks: (from, scratch.masks.len()), scripts: scratch.scripts, skipped: scratch.skipped }
                    });
                    sample.add(read[i].len(), feats[i].len, &scratch.masks[v.masks.0..v.masks.1], v.scripts, v.skipped);
                }
                sample.vote()
            };
            match vote(&mut (0..read.len()).filter(|&i| ends_like_sentence(without_closing_tags(read[i])))) {
                (lang, words) if words >= lang::DETECT_PROSE_MIN_WORDS => lang,
                _ => vote(&mut (0..read.len())).0,
            }
        });
        let stop = self.stopwords(lang);
        let before = before.filter(|b| b.lang == lang);
        for (i, f) in feats.iter_mut().enumerate() {
            match voted.get(i).copied().flatten() {
                // measured for the vote: its stopwords are the words of the language's
                Some(v) if !stop.per_char => voted_stopwords(f, &scratch.masks[v.masks.0..v.masks.1], stop),
                _ => *f = match before.as_ref().and_then(|b| b.from[i].map(|k| b.feats[k])) {
                    Some(known) => known,
                    None => measure(read[i], stop, &mut scratch),
                },
            }
        }
        if !p.on(Stage::Lexicon) {
            feats.iter_mut().for_each(|f| f.hit = None);
        }
        (reread, lang, feats)
    }

    fn apply_captions(&self, feats: &[Features], work: &mut [Work]) {
        for (i, w) in work.iter_mut().enumerate() {
            if w.cf.label == Label::Caption {
                w.label = Label::Caption;
                w.reason = Reason::PhotoCredit;
                w.kept = self.options.keep_captions && feats[i].words > 0;
            }
        }
    }

    /// Applies the keep and drop patterns to the lines as they show
    /// (`seen`), or as they are written (`texts`) when they show nothing
    /// (a line of HTML tags, an empty link): a pattern that matches every
    /// line matches those too.
    fn apply_patterns(&self, seen: &[&str], texts: &[&str], work: &mut [Work]) {
        if self.drop.is_none() && self.keep.is_none() {
            return;
        }
        for ((&s, &t), w) in seen.iter().zip(texts).zip(work.iter_mut()) {
            let t = if s.trim().is_empty() { t } else { s };
            if self.keep.as_ref().is_some_and(|k| k.is_match(t)) {
                w.kept = true;
                w.reason = Reason::KeepPattern;
                if !w.label.is_body() {
                    w.label = Label::Content;
                }
            } else if self.drop.as_ref().is_some_and(|d| d.is_match(t)) {
                w.kept = false;
                w.reason = Reason::DropPattern;
                if w.label.is_body() {
                    w.label = Label::Boilerplate;
                }
            }
        }
    }
}

/// The measures of lines read before some of them were joined: the
/// language they were read in, and for each line after the joins, the line
/// it was if it joined none (see `segment::unjoined`).
struct Measured {
    lang: Option<Lang>,
    feats: Vec<Features>,
    from: Vec<Option<usize>>,
}

/// A line measured for the language vote: the range of its words'
/// languages in `Scratch::masks`, its letters by script and the bytes that
/// show nothing (see `Scratch`).
#[derive(Clone, Copy)]
struct Voted {
    masks: (usize, usize),
    scripts: [u32; 4],
    skipped: usize,
}

/// The lines (indices into `lines`) whose text holds one of the byte
/// offsets of `found` (ascending), each once: one walk over both.
fn lines_holding<'a>(lines: &'a [Line], found: impl Iterator<Item = usize> + 'a) -> impl Iterator<Item = usize> + 'a {
    let (mut at, mut last) = (0, usize::MAX);
    found.filter_map(move |pos| {
        while at < lines.len() && lines[at].text.1 <= pos {
            at += 1;
        }
        let hit = at < lines.len() && lines[at].text.0 <= pos && last != at;
        hit.then(|| {
            last = at;
            at
        })
    })
}

/// The length in bytes of the no-break spaces that open `s`.
fn nbsp_run(s: &str) -> usize {
    s.as_bytes().chunks_exact(2).take_while(|pair| *pair == [0xC2, 0xA0]).count() * 2
}

/// The context-free verdict of each line: its features, and what the text
/// patterns find in it (dates, times, datelines, items run together, a
/// photo credit).
fn classify_lines(feats: &[Features], seen: &[&str], p: &Params) -> Vec<Work> {
    let mut work: Vec<Work> = feats
        .iter()
        .zip(seen.iter())
        .map(|(f, t)| {
            // the patterns read the line after its bullet, or after a
            // markdown heading's hashes ("## 2 days ago"), and inside the
            // markers of markdown's bold or italics ("**2 days ago**")
            // (and a setext heading without its underline)
            let t = without_underline(t);
            let t = if f.bullet {
                t.split_once([' ', '\t']).map_or(t, |(_, rest)| rest.trim_start())
            } else if f.md_heading > 0 {
                t.trim_start_matches('#').trim_start()
            } else {
                t
            };
            let t = without_emphasis(t);
            // classify reads the date of short lines of one sentence at most
            // only (a date has DATE_MIN_DIGITS digits, and `f.digits` counts
            // every digit and other numerals), and the dateline of lines
            // that would be dropped for their few stopwords only
            let meta_line = f.len <= p.max_meta_len && f.sentences <= 1;
            let found = if meta_line && is_relative_time(t) {
                Found::RelativeTime
            } else if meta_line && f.digits as usize >= DATE_MIN_DIGITS && find_date(t).is_some() {
                Found::Date
            } else if meta_line && f.digits > 0 && is_reading_time(t) {
                Found::ReadingTime
            } else if f.upper == 0 && f.len <= p.max_meta_len && f.words <= NAME_THEN_REPORTER_MAX_WORDS && f.hit.is_none() && is_name_then_reporter(t) {
                // (not `meta_line`: an e-mail address after the name counts
                // a sentence at each '.'; Hangul has no capitals)
                Found::Byline
            } else if f.len >= p.length_low && f.terminal && f.density() < p.stopwords_low && opens_with_dateline(t) {
                Found::Dateline
            } else if is_run_together(t, f, p) {
                Found::RunTogether
            } else if let Some(counts) = counts_run_together(t, f, p) {
                Found::Counts(counts)
            } else if f.hit.is_none()
                && f.terminal
                && (p.length_low..=RUN_IN_MAX_LEN).contains(&f.len)
                && opens_with_run_in(t, f)
            {
                Found::HeadlineRunIn
            } else if f.hit.is_none()
                && !f.terminal
                && f.len <= p.max_caption_len
                && f.words >= CREDIT_MIN_WORDS
                && (f.copyright && ends_with_credit(t) || ends_with_labelled_credit(t) || f.sentences >= 1 && ends_with_agency_credit(t))
            {
                // (a credit ends a caption with a name, not a sentence end;
                // an agency's follows a sentence, which `sentences` counts
                // once a word follows its end)
                Found::Credit
            } else {
                Found::None
            };
            let mut v = classify(f, found, p);
            // a line of cells split by tabs, alone (a table's rows are read
            // as cells, see `revise::read_table_rows`): a menu's items, or
            // the row of a table whose other cells stand on lines of their
            // own; it takes its neighbours' side
            if matches!(v.reason, Reason::MenuLine { .. }) && memchr::memchr(b'\t', &t.as_bytes()[marker_tab_len(t)..]).is_some() {
                v.class = Class::Short;
            }
            Work::new(v)
        })
        .collect();
    // a headline run into its text is a teaser's only among others so (a
    // list of them) and away from prose: alone, it may be a name's capital
    // ("GreenTech") in prose; with a paragraph (`Good`) right above or
    // under the run, the run may be the article's own list of items whose
    // bold headings a scraper ran into their text (a teaser's text is short
    // prose at most), unless that paragraph opens with such a headline and
    // ends no sentence
    let run_in = |w: &Work| matches!(w.cf.reason, Reason::HeadlineRunIn);
    let mut i = 0;
    while i < work.len() {
        if !run_in(&work[i]) {
            i += 1;
            continue;
        }
        let end = i + work[i..].iter().take_while(|w| run_in(w)).count();
        // (a block that opens with a headline run into its text and ends no
        // sentence is no paragraph of the article's: a teaser that a wrap
        // joined to the headline under it)
        let prose = |j: Option<usize>| {
            j.filter(|&j| j < work.len())
                .is_some_and(|j| work[j].cf.class == Class::Good && (feats[j].terminal || !opens_with_run_in(seen[j], &feats[j])))
        };
        if end - i == 1 || prose(i.checked_sub(1)) || prose(Some(end)) {
            for (w, f) in work[i..end].iter_mut().zip(&feats[i..end]) {
                *w = Work::new(classify(f, Found::None, p));
            }
        }
        i = end;
    }
    work
}

/// A headline run into its text is at most this long: a teaser's text is a
/// sentence or two (a paragraph of prose may name a brand written
/// "GreenTech" after a few capitalized words), and a hard wrap may join two
/// teasers into one block when the first one's last line ends near the
/// width (400 left such a block prose, beside the run).
const RUN_IN_MAX_LEN: u32 = 600;

/// The trimmed text of each line (out of line: `clean` reads the lines again
/// when it joins fragments or sentences, and one copy of the loop is less
/// WebAssembly).
#[inline(never)]
fn line_texts<'a>(input: &'a str, lines: &[Line]) -> Vec<&'a str> {
    lines.iter().map(|l| &input[l.text.0..l.text.1]).collect()
}

/// `lines` with line `i` read as `s` for each `(i, s)` of `replaced`: borrowed
/// when there is none to replace, as for most texts.
fn with_replaced<'a>(lines: &'a [&'a str], replaced: &'a [(usize, String)]) -> Cow<'a, [&'a str]> {
    if replaced.is_empty() {
        return Cow::Borrowed(lines);
    }
    let mut out = lines.to_vec();
    replaced.iter().for_each(|(i, s)| out[*i] = s);
    Cow::Owned(out)
}

/// Page furniture: the labels that only menus, share bars, comment forms,
/// teasers and footers carry. Dates, bylines and captions are not among them:
/// an article may hold those.
fn is_furniture(label: Label) -> bool {
    matches!(
        label,
        Label::Navigation
            | Label::Share
            | Label::Related
            | Label::Comments
            | Label::AuthorBio
            | Label::Newsletter
            | Label::Legal
            | Label::Advertising
    )
}

/// Whether a block is marked by a lexicon phrase of page furniture.
pub(crate) fn is_furniture_phrase(f: &Features, w: &Work) -> bool {
    is_furniture(w.cf.label) && f.hit.is_some()
}

/// How many furniture blocks (lexicon phrases, menu lines) after the last
/// kept block of a text that opens with prose, with no block of prose between
/// them, start the foot of the page (`keep_all_if_nothing_to_drop`). With no
/// such limit (every block of prose alone to the end counted as the
/// article's), pastes selected from the first paragraph down measured aeb
/// 0.910 and traf 0.841; with 3, 0.921 and 0.863. (With 2, 0.922 and
/// 0.865, but one of the aeb gold bodies, a deals list between "Buy Now"
/// lines, lost 40% of its text in recall mode too; with 3 it keeps it there,
/// and in balanced mode keeps its two paragraphs of prose, as it does from
/// the whole page.)
const FOOT_FURNITURE: usize = 3;

/// Most words of a furniture line that ends like a sentence and still heads
/// a box or starts the foot (`keep_all_if_nothing_to_drop`): "Click here
/// to read more." does, "Click here to read the council's full report on
/// the plan." does not (a line that ends no sentence, "Read also:", always
/// may).
const HEADING_MAX_WORDS: u32 = 6;

/// Whether a furniture line may head a box or start the foot of the page
/// (see `keep_all_if_nothing_to_drop`): not a sentence of more than
/// `HEADING_MAX_WORDS` words, nor a teaser set in the text.
fn may_head(f: &Features, w: &Work) -> bool {
    !(is_inline_teaser(f, w) || f.terminal && f.words > HEADING_MAX_WORDS)
}

/// Never empties an article, in four steps:
/// 1. a text with no page furniture at all (no lexicon phrase of furniture, no
///    run of short lines, no two lines of items run together: an article
///    already clean, a poem, a short note) is kept whole, but the lines of
///    code, markup or data before its first other line and after its last
///    (a page's scripts, styles and structured data as `textContent` copies
///    them, a bare URL, a list of links; not after a line that ends with a
///    colon, and all when every line is such);
/// 2. a text that opens with a paragraph of prose (past the code before its
///    first other line) is an article copied without its page header (a
///    reader view, an extracted body, a selection from the first paragraph
///    down; pasted pages open with their header): it is kept but the code
///    around it (as in step 1), the lines a furniture phrase marks, the runs
///    of short lines the neighbour rules left dropped before the last kept
///    block (a share bar between the article and an author's note; not a
///    list that closes the article), what follows the first end
///    marker after the last kept block (but a "Related" heading with more
///    prose after it than before), and, when a furniture phrase stands
///    after the article's last block of prose (the selection ran on to the
///    foot of the page), all after it; the article's prose ends where
///    `FOOT_FURNITURE` furniture blocks come before the next block of prose,
///    and, with `core_only` (balanced and precision modes), at the first
///    furniture block after the last kept one (not an ad label, not an
///    inline "Related" box); with `core_only`, the headlines of a box under
///    a "Related" heading are not brought back either (see
///    `HEADING_MAX_WORDS`);
/// 3. otherwise, when nothing was kept, the lines that alone looked like prose
///    are kept (and again after the title and standfirst are found, when the
///    standfirst was the one paragraph kept);
/// 4. when there are none and no furniture phrase was found (a table, a list:
///    short lines only), the text is kept whole (as in step 1); when a furniture phrase was
///    found, the short lines that read as a sentence are kept (a short note
///    pasted with its page's menus).
///
/// Neither step 1 nor step 2 brings back a repeated paragraph.
///
/// Kept out of line: inlined into `Cleaner::clean`, it made the WebAssembly
/// build 11% slower in Node (24.1 against 26.9 MB/s of CPU time over the
/// corpus, the two builds taking turns), where native code did not change.
#[inline(never)]
fn keep_all_if_nothing_to_drop(feats: &[Features], work: &mut [Work], core_only: bool) {
    let phrase = |i: usize, w: &Work| is_furniture_phrase(&feats[i], w);
    let any_phrase = work.iter().enumerate().any(|(i, w)| phrase(i, w));
    // a line of capitalized words may be a cast list; two, a page's menus
    let run_together = work.iter().filter(|w| matches!(w.cf.reason, Reason::RunTogether { .. })).take(2).count() == 2;
    let any_furniture = run_together || any_phrase || work.iter().any(|w| is_furniture(w.cf.label) || w.cf.reason == Reason::ReadingTime);
    // A page's scripts, styles and data, which `textContent` copies with
    // its text, are no part of it: the lines of code before the first other
    // line and after the last stay dropped (but after a line that leads
    // into them with a colon: a post's closing code), unless all are code.
    let code = |w: &Work| w.cf.reason == Reason::Markup;
    let text = match (work.iter().position(|w| !code(w)), work.iter().rposition(|w| !code(w))) {
        (Some(first), Some(last)) => first..if feats[last].colon_end { work.len() } else { last + 1 },
        _ => 0..work.len(),
    };
    let keep_whole = |work: &mut [Work]| {
        for w in work[text.clone()].iter_mut().filter(|w| w.reason != Reason::RepeatsBody) {
            w.kept = true;
            w.label = Label::Content;
            w.reason = Reason::NothingToDrop;
        }
    };
    if !any_furniture {
        return keep_whole(work);
    }
    if work.get(text.start).is_some_and(|w| w.cf.class == Class::Good) {
        // The paste may run on past the article to the foot of the page
        // (selected from the first paragraph down). The article runs on
        // from the last kept block through each next block that is prose
        // alone (and not dropped for cause), until FOOT_FURNITURE furniture
        // blocks stand between two such blocks: past that is the foot, whose
        // own prose (comments, newsletter blurbs, cookie notices) is not the
        // article's. What follows the article's last block is kept only
        // when no furniture phrase stands among it, and nothing from the
        // first end marker after the last kept block on. As in `apply_core`,
        // a "Related" heading with more prose after it than before is an
        // inline box, not the end.
        let is_prose = |w: &Work| w.kept || matches!(w.cf.class, Class::Good | Class::NearGood);
        let last_kept = work.iter().rposition(|w| w.kept).map_or(0, |i| i + 1);
        let mut last_prose = last_kept;
        let mut furniture = 0;
        for (i, w) in work.iter().enumerate().skip(last_kept) {
            if is_furniture(w.cf.label) {
                furniture += 1;
                if furniture == FOOT_FURNITURE {
                    break;
                }
            } else if is_prose(w) && !matches!(w.reason, Reason::AfterEnd { .. } | Reason::RepeatsBody) {
                last_prose = i + 1;
                furniture = 0;
            }
        }
        let tail_phrase = (last_prose..work.len()).any(|i| phrase(i, &work[i]));
        let prose_total: u64 = work.iter().zip(feats).filter(|(w, _)| is_prose(w)).map(|(_, f)| u64::from(f.len)).sum();
        // With `core_only` (balanced and precision modes), nothing is
        // brought back past the first furniture block after the last kept
        // block when a furniture phrase stands in the tail (an ad label or
        // button aside: ad slots stand inside articles; an inline "Related"
        // box aside, as for the end marker), nor in a box under a
        // "Related" heading (from the heading's line to the next line kept
        // before this pass or of prose alone: the page's headlines). A
        // furniture line that ends like a sentence of more than
        // HEADING_MAX_WORDS words ("Click here to read the council's full
        // report on the plan."), or a teaser set in the text ("Read more:
        // …", see `is_inline_teaser`), is a call inside the article: it
        // heads no box and starts no foot.
        let mut prose_before = 0u64;
        let (mut marker, mut foot) = (work.len(), work.len());
        for (i, (w, f)) in work.iter().zip(feats).enumerate() {
            let inline_box = is_inline_box(w, prose_before, prose_total);
            if core_only && tail_phrase && foot == work.len() && i >= last_kept.max(text.start) && is_furniture(w.cf.label) && w.cf.label != Label::Advertising && may_head(f, w) && !inline_box {
                foot = i;
            }
            if i >= last_kept && is_end_marker(f, w) && !inline_box {
                marker = i;
                break;
            }
            if is_prose(w) {
                prose_before += u64::from(f.len);
            }
        }
        // (`foot` is found only with `core_only` and a phrase in the tail)
        let upto = if tail_phrase { last_prose.min(foot) } else { work.len() }.min(marker);
        let mut boxed = false;
        for (i, w) in work.iter_mut().enumerate().take(upto.min(text.end)).skip(text.start) {
            let short_run = i < last_kept && matches!(w.cf.reason, Reason::ShortRun { .. });
            boxed &= !w.kept && !matches!(w.cf.class, Class::Good | Class::NearGood);
            let in_box = boxed;
            boxed |= core_only && w.cf.label == Label::Related && feats[i].hit.is_some() && may_head(&feats[i], w);
            let dropped_for_cause = in_box || phrase(i, w) || short_run || matches!(w.reason, Reason::AfterEnd { .. } | Reason::RepeatsBody);
            if !w.kept && !dropped_for_cause {
                w.kept = true;
                w.label = Label::Content;
                w.reason = Reason::OpensWithProse;
            }
        }
        return;
    }
    if work.iter().any(|w| w.kept) {
        return;
    }
    keep_prose_alone(work);
    if !work.iter().any(|w| w.kept) {
        if any_phrase {
            keep_sentences_alone(feats, work);
            if !work.iter().any(|w| w.kept) {
                keep_slot_under_date(feats, work);
            }
        } else {
            keep_whole(work);
        }
    }
}

/// Keeps the lines between the first date line (or byline, and the header
/// lines right under it) and the first line under them with a lexicon
/// phrase (a share bar, "Related posts", a comment form) or another date or
/// byline, when `SLOT_MIN_LINES` of them or more can be kept (no markup, no
/// list of links, no repeat) and one of those ends like a sentence: an
/// article without a sentence of prose (a photo post's captions, a
/// schedule, a list of results) stands where the page's header gives way
/// to its body, and the page's furniture closes it. Menus under a
/// masthead's date end no sentence; a page of menus alone has no date line;
/// a text that runs to its end with no such line closing it keeps nothing.
fn keep_slot_under_date(feats: &[Features], work: &mut [Work]) {
    let meta = |w: &Work| w.cf.reason == Reason::DateLine || w.cf.label == Label::Byline;
    let Some(head) = work.iter().position(meta) else { return };
    let start = head + work[head..].iter().take_while(|w| meta(w)).count();
    let end = start + feats[start..].iter().zip(&work[start..]).take_while(|(f, w)| f.hit.is_none() && !meta(w)).count();
    let keepable = |(w, f): (&Work, &Features)| !f.markup && !f.link_list && w.label != Label::Duplicate;
    let lines = || work[start..end].iter().zip(&feats[start..end]).filter(|&x| keepable(x));
    if end == work.len() || lines().count() < SLOT_MIN_LINES || !lines().any(|(_, f)| f.terminal) {
        return;
    }
    for (w, f) in work[start..end].iter_mut().zip(&feats[start..end]) {
        if keepable((w, f)) {
            w.kept = true;
            w.label = Label::Content;
            w.reason = Reason::UnderDate;
        }
    }
}

/// Fewest lines `keep_slot_under_date` keeps.
const SLOT_MIN_LINES: usize = 2;

/// Keeps the lines that read as a sentence (at least `LONE_SENTENCE_WORDS`
/// words, a stopword among them, a sentence end at the end, no lexicon
/// phrase), up to the first end marker after the first of them (a comment
/// form: the sentences after it are comments), but not a repeat or the
/// title: a short article pasted with its page's menus, whose one or two
/// paragraphs were each too short to look like prose alone, keeps them
/// rather than coming out empty.
fn keep_sentences_alone(feats: &[Features], work: &mut [Work]) {
    let mut kept = false;
    for (w, f) in work.iter_mut().zip(feats) {
        if kept && is_end_marker(f, w) {
            break;
        }
        let sentence = f.terminal && f.words >= LONE_SENTENCE_WORDS && f.stopwords > 0 && f.hit.is_none() && !f.markup;
        let for_cause = matches!(w.label, Label::Duplicate | Label::Title) || matches!(w.reason, Reason::AfterEnd { .. });
        if sentence && w.cf.class == Class::Short && !for_cause {
            w.kept = true;
            w.label = Label::Content;
            w.reason = Reason::LoneSentence;
            kept = true;
        }
    }
}

/// Fewest words of a line that `keep_sentences_alone` keeps.
const LONE_SENTENCE_WORDS: u32 = 6;

/// Keeps the blocks that alone looked like prose (but repeats and the
/// title): what is left of an article whose paragraphs were all judged among
/// boilerplate.
fn keep_prose_alone(work: &mut [Work]) {
    for w in work.iter_mut() {
        if matches!(w.cf.class, Class::Good | Class::NearGood) && !matches!(w.label, Label::Duplicate | Label::Title) {
            w.kept = true;
            w.label = Label::Content;
            w.reason = w.cf.reason;
        }
    }
}

/// A block's score in [0, 1]: how much like prose it is (stopword density and
/// length, each up to what makes a line `Good`).
fn score(f: &Features, p: &Params) -> f32 {
    let density = (f32::from(f.density()) / f32::from(p.stopwords_high)).min(1.0);
    let length = (f.len as f32 / p.length_high as f32).min(1.0);
    (density * length * 1000.0).round() / 1000.0
}

/// Appends a block's text: its lines (more than one when a hard-wrapped
/// paragraph was joined) each trimmed, one line end (`\n`) between them.
/// `other_ends`: whether the text ends lines otherwise than with `\n` or
/// `\r` (see [`has_other_line_ends`]), which only then are looked for.
fn push_lines(out: &mut String, block: &str, other_ends: bool) {
    if memchr::memchr2(b'\n', b'\r', block.as_bytes()).is_none() && !(other_ends && block.contains(is_line_end)) {
        out.push_str(block);
        return;
    }
    let mut first = true;
    for line in block.split(is_line_end).map(str::trim).filter(|l| !l.is_empty()) {
        if !first {
            out.push('\n');
        }
        out.push_str(line);
        first = false;
    }
}

/// A block's text on one line: a joined hard-wrapped title or byline gets a
/// space where the wrap broke it.
fn one_line(block: &str) -> String {
    let mut out = String::with_capacity(block.len());
    push_lines(&mut out, block, true);
    out.replace('\n', " ")
}

/// A byline as it shows, without the quote marks or a markdown heading's
/// hashes before it ("## By Jane Doe"), a setext heading's underline under
/// it, or the markers of bold or italics around it ("*By Jane Doe*").
fn clean_byline(line: &str) -> &str {
    let line = without_underline(line);
    without_emphasis(line.trim_start_matches(['>', ' ']).trim_start_matches('#').trim())
}

/// The title as shown: without quote marks, markdown `#`, markdown's bold or
/// italics markers around it and trailing separators.
fn clean_title(line: &str) -> &str {
    clean_byline(line).trim_end_matches([',', ';', ':', '|', '-', '–', '—']).trim_end()
}

/// The result of cleaning one text.
///
/// # Example
/// ```
/// let text = "Home\nNews\nSport\n\n# A title\n\nBy Jane Doe\n\nThe council met on Tuesday and decided that the old bridge, which has been closed since the floods of last winter, will be rebuilt by the end of the year.\n";
/// let c = chaff::clean(text);
/// assert_eq!(c.title(), Some("A title"));
/// assert_eq!(c.byline(), Some("By Jane Doe"));
/// assert!(c.text().starts_with("The council met"));
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Cleaned {
    text: String,
    title: Option<String>,
    byline: Option<String>,
    date: Option<String>,
    language: Option<String>,
    blocks: Vec<Block>,
}

impl Cleaned {
    /// The article body: the kept lines, verbatim but trimmed, one blank line
    /// between paragraphs (the lines of a joined hard-wrapped paragraph, or
    /// of a setext heading and its underline, keep one line end between them). Empty when nothing was kept.
    pub fn text(&self) -> &str {
        &self.text
    }
    /// The title as it shows: without markdown marks or trailing separators,
    /// and without the invisible chars (soft hyphens…), markdown link
    /// targets, text browsers' link numbers, HTML tags and web addresses in
    /// angle brackets it may be written with.
    pub fn title(&self) -> Option<&str> {
        self.title.as_deref()
    }
    /// The byline line as it shows (as the title, without invisible chars,
    /// link targets, link numbers, tags and addresses in angle brackets).
    pub fn byline(&self) -> Option<&str> {
        self.byline.as_deref()
    }
    /// The publication date, as written on the page.
    pub fn date(&self) -> Option<&str> {
        self.date.as_deref()
    }
    /// The language, as an ISO 639-3 code (`"eng"`, `"deu"`), given or detected.
    pub fn language(&self) -> Option<&str> {
        self.language.as_deref()
    }
    /// Every block of the input, in order; their spans tile the input.
    pub fn blocks(&self) -> &[Block] {
        &self.blocks
    }
}

/// One block of the input (a non-blank line, or the lines of a hard-wrapped
/// paragraph, or a setext heading and its underline, with the blank lines
/// after it), and what became of it.
///
/// # Example
/// ```
/// let c = chaff::clean("Share\n");
/// let b = &c.blocks()[0];
/// assert_eq!((b.start(), b.end(), b.kept()), (0, 6, false));
/// assert_eq!(b.label(), chaff::Label::Share);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Block {
    start: usize,
    end: usize,
    label: Label,
    #[serde(rename = "cf_label")]
    cf_label: Label,
    kept: bool,
    score: f32,
    reason: Reason,
}

impl Block {
    /// Byte offset where the block starts in the input.
    pub fn start(&self) -> usize {
        self.start
    }
    /// Byte offset where the block ends (the next one starts) in the input.
    pub fn end(&self) -> usize {
        self.end
    }
    /// The final label.
    pub fn label(&self) -> Label {
        self.label
    }
    /// The context-free label: what the block's own text said.
    pub fn cf_label(&self) -> Label {
        self.cf_label
    }
    /// Whether the block's line is in [`Cleaned::text`].
    pub fn kept(&self) -> bool {
        self.kept
    }
    /// How much like prose the block is, from 0 to 1.
    pub fn score(&self) -> f32 {
        self.score
    }
    /// Why the block got its final label.
    pub fn reason(&self) -> Reason {
        self.reason
    }
}

#[cfg(test)]
mod tests {
    /// What is built of what all cleaners share: the lexicon, the char
    /// table, the stoplist tables (built, in all), the patterns (the same).
    fn shared_built() -> (bool, bool, (usize, usize), (usize, usize)) {
        (crate::lexicon::built(), crate::features::char_table_built(), crate::lang::tables_built(), crate::meta::patterns_built())
    }

    /// Run alone in a process of its own (see the test below), where
    /// nothing was built before.
    /// Lines in HTML tags vote as they show: the prose of a text whose
    /// every line is in `<p>` (lines ending "….</p>") votes alone, as it
    /// does without the tags, and no longer are the lines short as they show
    /// but long with their tags in the sample.
    #[test]
    fn tagged_lines_vote_as_they_show() {
        let menu = "Read more about our latest products and the offers of this week in the shop now";
        let prose = "Die Stadt hat am Montag beschlossen, dass die alte Brücke über den Fluss im nächsten Frühjahr erneuert wird.";
        let mut plain = vec![menu; 60];
        plain.extend([prose; 12]);
        let tagged: Vec<String> = plain.iter().map(|l| format!("<p>{l}</p>")).collect();
        let lang = |text: String| super::Cleaner::new(crate::Options::default()).unwrap().clean(&text).language().map(str::to_string);
        assert_eq!(lang(plain.join("\n\n")).as_deref(), Some("deu"));
        assert_eq!(lang(tagged.join("\n\n")).as_deref(), Some("deu"));
    }

    /// Short lines in another script do not outvote the text's language:
    /// lines of Devanagari shorter than 60 chars (but of more than 60
    /// bytes, three a char) are left out of the vote, as English ones are.
    #[test]
    fn short_lines_of_another_script_do_not_set_the_language() {
        let hindi = ["सरकार ने इस साल के बजट में एक नई योजना की घोषणा की है", "यह फैसला सभी के लिए है और इस पर काम जारी है"];
        // (no sentence ends: the vote reads all lines, not prose alone)
        let english = ["The minister said on Monday that the plan would go ahead in the spring", "A new bridge over the river is to be built by the end of the next year"];
        let lines = [english[0], hindi[0], hindi[1], english[1], hindi[0], hindi[1]];
        let cleaned = super::Cleaner::new(crate::Options::default()).unwrap().clean(&lines.join("\n\n"));
        assert_eq!(cleaned.language(), Some("eng"));
    }

    /// A page whose short lines are in bold, as markdown writes them: the
    /// title comes without its markers, and every line is labelled as it is
    /// without them (a relative time in bold, "**2 days ago**", heads a
    /// comment).
    #[test]
    fn bold_lines_read_as_they_show() {
        let para = "The council met on Tuesday and decided that the old bridge, which has been closed since the floods of last winter, will be rebuilt by the end of the year at a cost that nobody would yet name.";
        let comment = "I walked over that bridge every day for twenty years and I am glad that they will finally fix it before it falls into the river.";
        let page = |b: &str| {
            format!("{b}Home{b}\n{b}News{b}\n\n{b}Council votes to rebuild the old bridge{b}\n\n{para}\n\n{para}\n\n{b}Comments{b}\n\n{b}Anna{b}\n{b}2 days ago{b}\n\n{comment}\n\n{b}Ben{b}\n{b}3 days ago{b}\n\n{comment}\n")
        };
        let clean = |text: String| super::Cleaner::new(crate::Options::default()).unwrap().clean(&text);
        let (plain, bold) = (clean(page("")), clean(page("**")));
        assert_eq!(bold.title(), Some("Council votes to rebuild the old bridge"));
        assert_eq!(bold.title(), plain.title());
        assert_eq!(bold.text(), plain.text());
        let labels = |c: &super::Cleaned| c.blocks().iter().map(|b| (b.label(), b.reason())).collect::<Vec<_>>();
        assert_eq!(labels(&bold), labels(&plain));
        assert!(labels(&bold).contains(&(crate::Label::Date, crate::Reason::RelativeTime)), "{:?}", labels(&bold));
    }

    /// A setext heading is a title without its underline.
    #[test]
    fn a_setext_title_comes_without_its_underline() {
        let para = "The council met on Tuesday and decided that the old bridge, which has been closed since the floods of last winter, will be rebuilt by the end of the year at a cost that nobody would yet name.";
        for end in ["\n", "\r\n", "\r", "\u{2028}"] {
            let text = format!("Home\nNews\n\nCouncil votes to rebuild the old bridge\n=======================================\n\n{para}\n\n{para}\n").replace('\n', end);
            let c = super::Cleaner::new(crate::Options::default()).unwrap().clean(&text);
            assert_eq!(c.title(), Some("Council votes to rebuild the old bridge"), "{end:?}");
        }
    }

    #[test]
    #[ignore = "run by preparing_builds_everything_shared, in a process of its own"]
    fn prepare_in_a_fresh_process() {
        let (lexicon, chars, (stoplists, _), (patterns, _)) = shared_built();
        assert!(!lexicon && !chars && stoplists == 0 && patterns == 0, "built before: {:?}", shared_built());
        super::prepare();
        let (lexicon, chars, (stoplists, all_stoplists), (patterns, all_patterns)) = shared_built();
        assert!(lexicon && chars && stoplists == all_stoplists && patterns == all_patterns, "not built: {:?}", shared_built());
    }

    /// `prepare` builds everything that is otherwise built at its first
    /// use. Checked in a process of its own: in this one the other tests
    /// build the same tables.
    #[test]
    fn preparing_builds_everything_shared() {
        let name = "cleaner::tests::prepare_in_a_fresh_process";
        let out = std::process::Command::new(std::env::current_exe().expect("the test binary"))
            .args([name, "--exact", "--ignored", "--test-threads", "1"])
            .output()
            .expect("the test binary runs");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
        assert!(stdout.contains("1 passed"), "the test did not run: {stdout}");
    }
}
