//! Stage 4: the context-sensitive revision. Each block's class is revised from
//! its neighbours (jusText's rules), then from its place on the page: runs of
//! short lines, the article's dense core, the first end-of-article marker,
//! subheadings between paragraphs, repeats.

use crate::classify::{Class, Params, Stage, Verdict};
use crate::features::{is_lower, is_upper, Features};
use crate::lang::Stopwords;
use crate::label::{Label, Reason};
use crate::lexicon::Place;
use crate::segment::Line;

/// One block as the pipeline works on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Work {
    /// The context-free verdict.
    pub cf: Verdict,
    /// The class as revised.
    pub class: Class,
    pub label: Label,
    pub reason: Reason,
    pub kept: bool,
}

impl Work {
    pub fn new(cf: Verdict) -> Work {
        Work { cf, class: cf.class, label: cf.label, reason: cf.reason, kept: false }
    }
}

/// Marks runs of short lines (a menu, a list of links) as navigation. The
/// lines stay `Short`: a run between two paragraphs of prose (a list in the
/// article) is still kept by the neighbour rule below.
pub(crate) fn mark_short_runs(lines: &[Line], feats: &[Features], work: &mut [Work], p: &Params) {
    let n = work.len();
    let mut i = 0;
    while i < n {
        let short = |j: usize| feats[j].len < p.run_line_max && work[j].cf.class != Class::Good;
        if !short(i) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < n && short(j) && lines[j].gap_before == 0 {
            j += 1;
        }
        let run = (j - i) as u32;
        if run >= p.run_min {
            for w in &mut work[i..j] {
                if w.cf.label == Label::Short {
                    w.cf.label = Label::Navigation;
                    w.cf.reason = Reason::ShortRun { lines: run };
                    w.label = w.cf.label;
                    w.reason = w.cf.reason;
                }
            }
        }
        i = j;
    }
}

/// A short line that reads as a sentence: it ends like one, has a few words,
/// and stopwords enough for prose.
fn is_sentence(f: &Features, p: &Params) -> bool {
    f.terminal && f.words >= p.sentence_min_words && f.density() >= p.sentence_min_density && f.hit.is_none()
}

/// Promotes runs of sentence-like `NearGood` and `Short` blocks to `Good`. jusText needs
/// one long paragraph to anchor its neighbours; articles written in
/// one-sentence paragraphs (news wires, tabloids) have none, but a run of
/// several full sentences is as good a sign of prose as one long paragraph.
/// A run goes on through `Good` and `NearGood` blocks and up to
/// `chain_max_gap` `Short` blocks between them (furniture set between the
/// paragraphs, `is_set_between_paragraphs`, counts as one).
pub(crate) fn promote_prose_runs(feats: &[Features], work: &mut [Work], p: &Params) {
    let n = work.len();
    let mut i = 0;
    while i < n {
        if !matches!(work[i].class, Class::Good | Class::NearGood) {
            i += 1;
            continue;
        }
        let (mut j, mut last, mut len, mut sentences) = (i, i, 0u32, 0u32);
        while j < n {
            let sentence = is_sentence(&feats[j], p);
            match work[j].class {
                Class::Good | Class::NearGood => {
                    if feats[j].terminal {
                        len += feats[j].len;
                        sentences += 1;
                    }
                    last = j;
                }
                Class::Short if sentence => {
                    len += feats[j].len;
                    sentences += 1;
                    last = j;
                }
                Class::Short if j - last <= p.chain_max_gap as usize => {}
                // an ad's label, a teaser, a share button between the sentences, as a short line
                Class::Bad if j - last <= p.chain_max_gap as usize && is_set_between_paragraphs(feats, work, j) => {}
                _ => break,
            }
            j += 1;
        }
        if len >= p.chain_min_len && sentences >= p.chain_min_blocks {
            for k in i..=last {
                let promote = match work[k].class {
                    Class::NearGood => feats[k].terminal,
                    Class::Short => is_sentence(&feats[k], p),
                    _ => false,
                };
                if promote {
                    work[k].class = Class::Good;
                }
            }
        }
        i = last + 1;
    }
}

/// Furniture set between an article's paragraphs, which the neighbour rule
/// and the run of sentences pass over as a short line, and which sets no
/// standfirst apart: a line an advertising phrase marks as a whole or opens
/// ("Advertisement", "Anzeige", "Article continues below"; the phrase tells
/// it, not its place), a teaser, its phrase and colon and a headline
/// ("ALSO READ: …", "Czytaj też: …"), a share button alone right between
/// two paragraphs. Not next to another line of its kind (a region of ads, a
/// box of teasers), and not heading the ad's own text, two short lines under
/// it that end no sentence ("Wireless earbuds", "Charging case included").
// (asked of every block in three passes: the label first, in the caller)
#[inline(always)]
pub(crate) fn is_set_between_paragraphs(feats: &[Features], work: &[Work], i: usize) -> bool {
    matches!(work[i].cf.label, Label::Advertising | Label::Related | Label::Share) && set_between_paragraphs(feats, work, i)
}

#[inline(never)]
fn set_between_paragraphs(feats: &[Features], work: &[Work], i: usize) -> bool {
    let (f, w) = (&feats[i], &work[i]);
    let label = w.cf.label;
    // the blocks around `i`, where there are some
    let at = |j: Option<usize>| j.and_then(|j| work.get(j).map(|w| (w, &feats[j])));
    let (before, after) = (i.checked_sub(1), Some(i + 1));
    let prose = |j| at(j).is_some_and(|(w, _)| matches!(w.class, Class::Good | Class::NearGood));
    // (the context-free class: the neighbour passes resolve `Short` blocks)
    let fragment = |j| at(j).is_some_and(|(w, f)| w.cf.class == Class::Short && !f.terminal);
    let same = |j| at(j).is_some_and(|(w, _)| w.cf.label == label);
    let kind = match label {
        Label::Advertising => f.hit.is_some_and(|h| matches!(h.place, Place::Whole | Place::Prefix)),
        Label::Related => is_inline_teaser(f, w) && f.hit.is_some_and(|h| h.phrase.ends_with(':')),
        // a share button alone, right between two paragraphs
        Label::Share => f.hit.is_some_and(|h| h.place == Place::Whole) && prose(before) && prose(after),
        _ => false,
    };
    // (not a region of its kind, not over the ad's own text)
    let apart = !same(before) && !same(after);
    kind && apart && !(fragment(after) && fragment(Some(i + 2)))
}

/// For each block, the class of the nearest block before it that is neither
/// `Short` (nor `NearGood` when `skip_near`), `Bad` at the start.
fn prev_neighbours(classes: &[Class], skip_near: bool) -> Vec<Class> {
    let mut out = Vec::with_capacity(classes.len());
    let mut last = Class::Bad;
    for &c in classes {
        out.push(last);
        if c != Class::Short && !(skip_near && c == Class::NearGood) {
            last = c;
        }
    }
    out
}

fn next_neighbours(classes: &[Class], skip_near: bool) -> Vec<Class> {
    let mut out = vec![Class::Bad; classes.len()];
    let mut last = Class::Bad;
    for (i, &c) in classes.iter().enumerate().rev() {
        out[i] = last;
        if c != Class::Short && !(skip_near && c == Class::NearGood) {
            last = c;
        }
    }
    out
}

/// jusText's revision: `Short` and `NearGood` blocks take the side of their
/// neighbours, so only `Good` and `Bad` remain.
///
/// With `on` false (ablation), `NearGood` counts as `Good` and `Short` as `Bad`.
///
/// Where jusText would drop a short block with prose on one side only, a
/// block that reads as a sentence (`is_sentence`) is kept: it is the first or
/// last line of the article more often than furniture is.
pub(crate) fn revise_neighbours(feats: &[Features], work: &mut [Work], p: &Params, on: bool) {
    if !on {
        for w in work.iter_mut() {
            w.class = if matches!(w.class, Class::Good | Class::NearGood) { Class::Good } else { Class::Bad };
        }
    }
    // Furniture set between the paragraphs (an ad's label, a teaser, a lone
    // share button) is passed over, as short lines are: pages set it inside
    // an article as often as around it.
    let classes: Vec<Class> = (0..work.len()).map(|i| if is_set_between_paragraphs(feats, work, i) { Class::Short } else { work[i].class }).collect();
    let (prev, next) = (prev_neighbours(&classes, true), next_neighbours(&classes, true));
    let (prev_near, next_near) = (prev_neighbours(&classes, false), next_neighbours(&classes, false));
    for (i, w) in work.iter_mut().enumerate() {
        if w.class != Class::Short {
            continue;
        }
        let good = match (prev[i], next[i]) {
            (Class::Good, Class::Good) => true,
            (Class::Bad, Class::Bad) => false,
            _ => (prev[i] == Class::Bad && prev_near[i] == Class::NearGood)
                || (next[i] == Class::Bad && next_near[i] == Class::NearGood)
                || is_sentence(&feats[i], p),
        };
        w.class = if good { Class::Good } else { Class::Bad };
        w.reason = Reason::Neighbours { good };
    }
    // A caption told by its credit is passed over, as short lines are: a
    // paragraph of short prose between two pictures still sees the prose
    // around them. (Measured in the first pass too: traf precision 0.891 →
    // 0.890, left out.)
    let classes: Vec<Class> =
        (0..work.len()).map(|i| if work[i].reason == Reason::PhotoCredit || is_set_between_paragraphs(feats, work, i) { Class::Short } else { work[i].class }).collect();
    let (prev, next) = (prev_neighbours(&classes, true), next_neighbours(&classes, true));
    for (i, w) in work.iter_mut().enumerate() {
        if w.class == Class::NearGood {
            if prev[i] == Class::Bad && next[i] == Class::Bad {
                w.class = Class::Bad;
                w.reason = Reason::NearProseAmongBoilerplate;
            } else {
                w.class = Class::Good;
            }
        }
    }
    // Sentences sparse in stopwords right between two paragraphs (terse
    // notes, a run of names and figures, a quote in another language) are
    // the article's: furniture seldom ends like a sentence there.
    if on {
        for i in 1..work.len().saturating_sub(1) {
            if matches!(work[i].reason, Reason::LowDensity { .. }) && feats[i].terminal && work[i - 1].class == Class::Good && work[i + 1].class == Class::Good {
                work[i].class = Class::Good;
                work[i].reason = Reason::SparseBetweenProse;
            }
        }
    }
    for w in work.iter_mut() {
        w.kept = w.class == Class::Good;
        if !w.kept && w.label == Label::Content {
            w.label = Label::Boilerplate;
        }
        if w.kept && matches!(w.label, Label::Short | Label::Navigation) {
            w.label = Label::Content;
        }
        if !w.kept && w.label == Label::Short {
            w.label = Label::Boilerplate;
        }
    }
}

/// The dense runs of the page: ranges of blocks with more prose than
/// boilerplate, found in one pass as a maximum-sum search does. Each is
/// (net prose, start, end); the article's core is the densest.
pub(crate) fn dense_runs(feats: &[Features], work: &[Work], p: &Params) -> Vec<(i64, usize, usize)> {
    let mut runs = Vec::new();
    let mut current: Option<(i64, usize, usize)> = None;
    let (mut sum, mut start) = (0i64, 0usize);
    for (i, w) in work.iter().enumerate() {
        let len = i64::from(feats[i].len);
        let weight = if w.kept { len } else { -len.clamp(p.core_bad_min, p.core_bad_max) };
        if sum <= 0 {
            runs.extend(current.take());
            sum = 0;
            start = i;
        }
        sum += weight;
        if sum > 0 && current.map_or(true, |(b, _, _)| sum > b) {
            current = Some((sum, start, i + 1));
        }
    }
    runs.extend(current);
    runs
}

/// An end-of-article marker: a comment form, a "Related articles" or author
/// box heading (a whole-line phrase, not an inline "Read more: …"), or a
/// relative time as comment headers carry.
pub(crate) fn is_end_marker(f: &Features, w: &Work) -> bool {
    let phrase = w.cf.label.ends_article() && f.hit.is_some_and(|h| !matches!(h.place, Place::Prefix | Place::Link));
    phrase || w.cf.reason == Reason::RelativeTime
}

/// A "Related" box inside the article is followed by more of it than came
/// before (`before` of `total`); the one that ends it is not.
pub(crate) fn is_inline_box(w: &Work, before: u64, total: u64) -> bool {
    w.cf.label == Label::Related && total - before > before
}

/// A "Related" heading over 2 to `BOX_MAX_LINES` short lines of at least
/// `BOX_MIN_WORDS` words (headlines: no phrase, no date line, not a name
/// alone) with kept prose right under them (a paragraph, or short prose
/// ending like a sentence): a box set inside the article, which goes on
/// under it. Gives where the prose resumes. A headline cut short ("… as
/// Hurri...") reads as a sentence, and the neighbour rule may have kept it.
fn short_box_end(feats: &[Features], work: &[Work], i: usize, end: usize, p: &Params) -> Option<usize> {
    if work[i].cf.label != Label::Related {
        return None;
    }
    for j in i + 1..end.min(i + 2 + BOX_MAX_LINES) {
        let cf = work[j].cf;
        if work[j].kept && (cf.class == Class::Good || (cf.class == Class::NearGood && feats[j].terminal)) {
            return (j > i + 2).then_some(j);
        }
        if cf.label != Label::Short || feats[j].len >= p.length_low || feats[j].words < BOX_MIN_WORDS {
            return None;
        }
    }
    None
}

/// Most lines in a box of headlines inside an article.
const BOX_MAX_LINES: usize = 4;
/// Fewest words of a headline in such a box ("Jane Doe" is no headline).
const BOX_MIN_WORDS: u32 = 4;

/// Drops what is kept outside the dense runs that hold at least
/// `run_keep_share` of the core's net prose, and what comes after the first
/// end-of-article marker in the core.
pub(crate) fn apply_core(feats: &[Features], work: &mut [Work], p: &Params) {
    let runs = dense_runs(feats, work, p);
    let Some(&(best, start, mut end)) = runs.iter().max_by_key(|r| (r.0, std::cmp::Reverse(r.1))) else {
        return;
    };
    let end_markers = p.on(Stage::EndMarker);
    let core_only = p.core_only && p.on(Stage::Core);
    let total: u64 = (start..end).filter(|&i| work[i].kept).map(|i| u64::from(feats[i].len)).sum();
    let mut before = 0u64;
    let mut marker = None;
    for i in start..end {
        if work[i].kept {
            before += u64::from(feats[i].len);
        } else if end_markers && is_end_marker(&feats[i], &work[i]) && before * 1000 >= total * u64::from(p.end_marker_after) {
            if is_inline_box(&work[i], before, total) {
                continue;
            }
            if let Some(resumes) = short_box_end(feats, work, i, end, p) {
                for w in &mut work[i + 1..resumes] {
                    w.kept = false;
                    w.label = Label::Related;
                    w.reason = Reason::InlineBox;
                }
                continue;
            }
            marker = Some(work[i].cf.label);
            end = i;
            break;
        }
    }
    // The runs are disjoint and in order: the one that may hold block `i` is
    // the first that ends after it, found by walking along with `i`.
    let mut next_run = 0;
    let mut in_kept_run = |i: usize| {
        while runs.get(next_run).is_some_and(|r| r.2 <= i) {
            next_run += 1;
        }
        runs.get(next_run).is_some_and(|&(sum, s, e)| (s..e).contains(&i) && sum * 1000 >= best * i64::from(p.run_keep_share) && e <= end.max(s))
    };
    for (i, w) in work.iter_mut().enumerate() {
        if !w.kept || (start..end).contains(&i) {
            continue;
        }
        if let Some(m) = marker.filter(|_| i >= end) {
            w.kept = false;
            w.reason = Reason::AfterEnd { marker: m };
            w.label = if m == Label::Related { Label::Related } else { Label::Comments };
        } else if core_only && !in_kept_run(i) {
            w.kept = false;
            w.reason = if i < start { Reason::BeforeCore } else { Reason::OutsideCore };
            w.label = Label::Boilerplate;
        }
    }
    if p.on(Stage::Lead) {
        keep_leads(feats, work, p);
    }
}

/// Keeps leads: a paragraph of sentences, too short to count as prose
/// alone, that stands at most `lead_max_gap` blocks before kept prose, with
/// only shorter lines (title, date, byline, a photo credit) between them.
/// The text's first block is a lead above any kept text too (short prose, a
/// short line kept between paragraphs): a paste that starts at the
/// article's first paragraph, with a share bar, an advertisement or a
/// picture's button under it (the paragraph, with no line above, was
/// dropped among that furniture). Not over a byline, a date or a title: a
/// sentence above those is the page's standfirst.
fn keep_leads(feats: &[Features], work: &mut [Work], p: &Params) {
    for i in 0..work.len() {
        let f = &feats[i];
        if work[i].kept || work[i].cf.class != Class::NearGood || !f.terminal || work[i].cf.label != Label::Content {
            continue;
        }
        // (at the text's start: any kept text too, with no byline, date or
        // title between, and lines a furniture phrase marks not counted in
        // the gap: a share bar's buttons)
        let mut at_start = i == 0;
        let mut gap = 0;
        for j in i + 1..work.len() {
            if work[j].kept && (work[j].cf.class == Class::Good || (at_start && work[j].label == Label::Content)) {
                work[i].kept = true;
                work[i].class = Class::Good;
                work[i].label = Label::Content;
                work[i].reason = Reason::Lead;
                break;
            }
            if work[j].kept || feats[j].len >= p.length_high {
                break;
            }
            at_start &= !matches!(work[j].cf.label, Label::Byline | Label::Date | Label::Title);
            if !(at_start && feats[j].hit.is_some()) {
                gap += 1;
                if gap > p.lead_max_gap {
                    break;
                }
            }
        }
    }
}

/// A teaser set inside the article's text: a line that opens with its
/// phrase and holds the teased headline ("Read more: …", "Czytaj też: …"),
/// not the phrase alone, which heads a box. The article goes on around it.
pub(crate) fn is_inline_teaser(f: &Features, w: &Work) -> bool {
    w.cf.label == Label::Related
        && f.hit.is_some_and(|h| h.place == Place::Prefix && f.words >= phrase_words(h.phrase) + TEASED_HEADLINE_MIN_WORDS)
}

/// A line a subheading may stand under, with the article going on above
/// it: a picture's caption or credit, a line an advertising phrase marks, a
/// whole-line navigation phrase ("Back to top", "Click to enlarge"). Wider
/// than `is_set_between_paragraphs`: the subheading needs kept text above
/// and below as well, and the line itself stays dropped.
fn may_stand_over_a_subheading(f: &Features, w: &Work) -> bool {
    w.cf.label == Label::Caption
        || (w.cf.label == Label::Advertising && f.hit.is_some())
        || (w.cf.label == Label::Navigation && f.hit.is_some_and(|h| h.place == Place::Whole))
}

/// The words of a phrase (not the colon French sets apart: "lire aussi :").
fn phrase_words(phrase: &str) -> u32 {
    phrase.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count() as u32
}

/// Fewest words of a teased headline after its phrase ("Read more on
/// example.com" names a site, not a headline).
const TEASED_HEADLINE_MIN_WORDS: u32 = 4;

/// Keeps short heading-like lines that sit between kept paragraphs.
pub(crate) fn keep_subheadings(feats: &[Features], work: &mut [Work], p: &Params) {
    let n = work.len();
    let mut prev_kept = false;
    for i in 0..n {
        if work[i].kept {
            prev_kept = true;
            continue;
        }
        let f = &feats[i];
        let heading_like = f.len <= p.max_heading_len
            && (f.md_heading > 0 || (!f.terminal && f.capital_start && f.sentences <= 1))
            && f.hit.is_none()
            && matches!(work[i].cf.label, Label::Short | Label::Boilerplate | Label::Navigation)
            && !f.colon_end;
        let next_kept = i + 1 < n && work[i + 1].kept;
        if prev_kept && heading_like && next_kept && (work[i].cf.class != Class::Bad || f.md_heading > 0) {
            work[i].kept = true;
            work[i].label = Label::Heading;
            work[i].reason = Reason::Subheading;
        } else if !is_inline_teaser(f, &work[i]) && !may_stand_over_a_subheading(f, &work[i]) {
            prev_kept = false;
        }
    }
}

/// Keeps the items of a list that the article leads into: "The game has:",
/// "You will need:", "Tour dates:". A lead-in is a line ending with a colon
/// that holds no boilerplate phrase and is no end of the article, and is
/// either kept or a short line of a few words, a stopword among them, right
/// after kept text (kept before this pass: a list does not lead into the
/// next one). The list is the run of dropped lines after it that read as
/// items (see `is_list_item`), at least `LIST_MIN_ITEMS` of them, up to a
/// wider gap than the one before its first item (a blank line more: the next
/// box of the page). A list whose first item is one word alone is a list
/// of names ("Vienna", "Munich"…), whose items are names and which needs
/// `NAME_LIST_MIN_ITEMS`. Where the lead-in heads a box of the page instead
/// ("Related:", "Teilen mit:"), the lexicon names it, and nothing is kept.
// Not inlined into `Cleaner::clean` (see `classify`).
#[inline(never)]
pub(crate) fn keep_lists(lines: &[Line], feats: &[Features], work: &mut [Work], p: &Params) {
    let n = work.len();
    let mut i = 0;
    // the end of the last list kept: the line after it was not kept before
    let mut listed_until = 0;
    while i < n {
        let (f, w) = (&feats[i], &work[i]);
        let after_kept = i > 0 && work[i - 1].kept && listed_until != i;
        let lead_in = f.colon_end
            && f.hit.is_none()
            && !f.markup
            && !is_end_marker(f, w)
            && (w.kept
                || (after_kept
                    && f.len < p.length_low
                    && f.words >= 2
                    && f.stopwords > 0
                    && judged_as_text(w)));
        let mut j = i + 1;
        // (a list that opens with a word alone is one of names)
        let names = feats.get(j).is_some_and(|f| f.words == 1);
        if lead_in {
            let gap = lines.get(j).map_or(0, |l| l.gap_before);
            while j < n && !work[j].kept && lines[j].gap_before <= gap && is_list_item(&feats[j], &work[j], p, names) {
                j += 1;
            }
        }
        if j - i - 1 < if names { NAME_LIST_MIN_ITEMS } else { LIST_MIN_ITEMS } {
            i += 1;
            continue;
        }
        for w in &mut work[i..j] {
            if !w.kept {
                w.kept = true;
                w.class = Class::Good;
                w.label = Label::Content;
                w.reason = Reason::ListItem;
            }
        }
        listed_until = j;
        i = j;
    }
}

/// Keeps a recipe's card: a heading that names the ingredients or the method
/// ("Ingredients", "Zutaten für 4 Personen", "Zubereitung", see
/// `RECIPE_INGREDIENTS` and `RECIPE_METHOD`) and the lines under it that read as its items, up to a
/// wider gap than the one before the first, and than one blank line (the
/// next box of the page); lines with no word pass (an icon, a field). The
/// ingredients are short lines, half of them or more opening with an amount
/// ("200 g Zucker", "½ cup milk", "8-9 ripe pears"), at least
/// `LIST_MIN_ITEMS` of those; a line ending with a colon may head a part of
/// them ("Für den Teig:"), and a few lines without an amount stand among
/// them ("Salz"), but `RECIPE_BARE_MAX` in a row end the list (a box of
/// titles after it). The method is steps of at least `RECIPE_STEP_MIN_WORDS`
/// words, one of them at least ending like a sentence. Alone, such lines
/// read as a run of short lines, and the card often stands apart from the
/// article's prose, between a print button and the comments; a menu that
/// names "Zutaten" has no amounts under it, nor steps. A card after the
/// article's end (an end marker after kept text: the comments) is none.
// Not inlined into `Cleaner::clean` (see `classify`).
#[inline(never)]
pub(crate) fn keep_recipe_cards(texts: &[&str], lines: &[Line], feats: &[Features], work: &mut [Work], p: &Params) {
    let n = work.len();
    let mut i = 0;
    let mut kept_before = false;
    while i < n {
        if kept_before && is_end_marker(&feats[i], &work[i]) {
            return;
        }
        kept_before |= work[i].kept;
        let Some(ingredients) = recipe_heading(texts[i], &feats[i]) else {
            i += 1;
            continue;
        };
        // (one blank line ends no card: cards put one between their parts)
        let gap = lines.get(i + 1).map_or(0, |l| l.gap_before).max(1);
        let item = |j: usize| {
            let (f, w) = (&feats[j], &work[j]);
            lines[j].gap_before <= gap
                && f.hit.is_none()
                && !f.markup
                && f.len < p.length_high
                && (w.kept || judged_as_text(w))
                && !matches!(w.reason, Reason::AfterEnd { .. })
                && recipe_heading(texts[j], f).is_none()
        };
        // (the end of the card: past its last amount, for the ingredients)
        let (mut j, mut end, mut items, mut amounts, mut sentences) = (i + 1, i + 1, 0, 0, 0);
        // lines without an amount in a row (a part's heading aside):
        // `RECIPE_BARE_MAX` of them end the list
        let mut bare = 0;
        while j < n {
            let f = &feats[j];
            if f.words == 0 && f.hit.is_none() && !f.markup {
                // no word: an empty cell, a picture's place, a count's field
                j += 1;
                continue;
            }
            if !item(j) {
                break;
            }
            if ingredients {
                if opens_with_amount(texts[j]) {
                    amounts += 1;
                    bare = 0;
                    end = j + 1;
                } else if !f.colon_end {
                    bare += 1;
                    if bare >= RECIPE_BARE_MAX {
                        break;
                    }
                }
            } else {
                if f.words < RECIPE_STEP_MIN_WORDS {
                    break;
                }
                items += 1;
                sentences += usize::from(f.terminal);
                end = j + 1;
            }
            j += 1;
        }
        if ingredients && bare < RECIPE_BARE_MAX {
            // the last lines without an amount are ingredients too ("Salz")
            end = j;
        }
        if ingredients {
            // the items of the list as it ends
            items = (i + 1..end).filter(|&k| !feats[k].colon_end).count();
        }
        let card = if ingredients { amounts >= LIST_MIN_ITEMS && 2 * amounts >= items } else { items >= LIST_MIN_ITEMS && sentences > 0 };
        if !card {
            i += 1;
            continue;
        }
        for (k, w) in work.iter_mut().enumerate().take(end).skip(i) {
            if !w.kept && feats[k].words > 0 {
                w.kept = true;
                w.class = Class::Good;
                w.label = if k == i { Label::Heading } else { Label::Content };
                w.reason = Reason::RecipeCard;
            }
        }
        kept_before = true;
        i = end;
    }
}

/// Whether `text` is a heading of a recipe's card: `Some(true)` for the
/// ingredients, `Some(false)` for the method. It opens with one of
/// `RECIPE_INGREDIENTS` and `RECIPE_METHOD` (whatever its case) and has at most
/// `RECIPE_HEADING_MAX_WORDS` words ("Zutaten für 12 Stück"), at most
/// `RECIPE_HEADING_MAX_LEN` chars and no sentence end.
fn recipe_heading(text: &str, f: &Features) -> Option<bool> {
    if f.words > RECIPE_HEADING_MAX_WORDS as u32 || f.terminal || f.len > RECIPE_HEADING_MAX_LEN {
        return None;
    }
    let t = after_marks(text);
    // (most lines open with two ASCII chars that open no heading)
    if let [a, b, ..] = *t.as_bytes() {
        if [a, b].is_ascii() && !RECIPE_OPENINGS.holds(a, b) {
            return None;
        }
    }
    // `word` opens `t`, whatever the case, and a word ends there
    let opens = |word: &str| {
        let mut chars = t.chars();
        word.chars().all(|w| chars.next().is_some_and(|c| crate::features::first_lowercase(c) == w)) && !chars.next().is_some_and(char::is_alphanumeric)
    };
    // (the headings whose first byte is that of `t`'s first char, lowercase)
    let lead = crate::features::first_lowercase(t.chars().next()?).encode_utf8(&mut [0; 4]).as_bytes()[0];
    let i = RECIPE_INGREDIENTS.iter().chain(&RECIPE_METHOD).position(|word| word.as_bytes().first() == Some(&lead) && opens(word))?;
    Some(i < RECIPE_INGREDIENTS.len())
}

/// Whether a line opens with an amount, after a bullet, a quote mark or a
/// link number if any: a digit or a vulgar fraction ("200 g", "• ½ cup",
/// "1-2 Spritzer"; not "[12]Salz").
fn opens_with_amount(text: &str) -> bool {
    after_marks(text).starts_with(|c: char| c.is_ascii_digit() || is_fraction(c))
}

/// `text` from its first letter, digit or fraction on, past the bullets,
/// quote marks and other punctuation before it, and past a text browser's
/// link number ("[12]") there.
fn after_marks(text: &str) -> &str {
    let number = |i: usize| crate::features::link_number_len(text, i);
    let first = text.char_indices().find(|&(i, c)| c.is_alphanumeric() || is_fraction(c) || (c == '[' && number(i).is_some()));
    first.map_or("", |(i, c)| &text[i + if c == '[' { number(i).unwrap_or(0) } else { 0 }..])
}

/// A vulgar fraction, as amounts are written ("½ cup").
fn is_fraction(c: char) -> bool {
    matches!(c, '½' | '¼' | '¾' | '⅓' | '⅔' | '⅛')
}

/// The headings of a recipe's ingredients, lowercase.
const RECIPE_INGREDIENTS: [&str; 17] = [
    "ingredients", "zutaten", "ingrédients", "ingredientes", "ingredienti", "ingrediënten", "składniki",
    "ингредиенты", "ingredienser", "ainekset", "hozzávalók", "suroviny", "malzemeler", "υλικά", "材料", "食材",
    "재료",
];
/// The headings of a recipe's method, lowercase.
const RECIPE_METHOD: [&str; 21] = [
    "instructions", "directions", "method", "preparation", "zubereitung", "préparation", "preparación",
    "elaboración", "preparazione", "procedimento", "modo de preparo", "bereiding", "bereidingswijze",
    "przygotowanie", "приготовление", "tillagning", "valmistus", "elkészítés", "postup", "作り方", "做法",
];
/// The first two chars of the headings that open with two ASCII chars.
const RECIPE_OPENINGS: LetterPairs = LetterPairs::of(&[&RECIPE_INGREDIENTS, &RECIPE_METHOD]);

/// A set of pairs of ASCII letters, whatever their case.
struct LetterPairs([u32; 26]);

impl LetterPairs {
    /// The first two bytes of each word of `lists` whose first two are
    /// ASCII. Fails to compile when a word is shorter than 2 bytes, or opens
    /// with ASCII chars other than small letters.
    const fn of(lists: &[&[&str]]) -> Self {
        let mut set = [0u32; 26];
        let mut l = 0;
        while l < lists.len() {
            let mut w = 0;
            while w < lists[l].len() {
                let b = lists[l][w].as_bytes();
                assert!(b.len() >= 2 && (!b[0].is_ascii() || b[0].is_ascii_lowercase()) && (!b[1].is_ascii() || b[1].is_ascii_lowercase()), "a heading opens with small letters");
                if b[0].is_ascii() && b[1].is_ascii() {
                    set[(b[0] - b'a') as usize] |= 1 << (b[1] - b'a');
                }
                w += 1;
            }
            l += 1;
        }
        LetterPairs(set)
    }

    /// Whether the ASCII bytes `a`, `b` are a pair of the set (in either case).
    fn holds(&self, a: u8, b: u8) -> bool {
        let (a, b) = (a.to_ascii_lowercase(), b.to_ascii_lowercase());
        a.is_ascii_lowercase() && b.is_ascii_lowercase() && self.0[usize::from(a - b'a')] & 1 << (b - b'a') != 0
    }
}

/// The most words of a recipe card's heading, and its most chars.
const RECIPE_HEADING_MAX_WORDS: usize = 5;
const RECIPE_HEADING_MAX_LEN: u32 = 60;
/// Lines without an amount in a row that end a recipe's ingredients.
const RECIPE_BARE_MAX: usize = 3;
/// The fewest words of a step of a recipe's method.
const RECIPE_STEP_MIN_WORDS: u32 = 3;

/// Keeps the rows of a table inside the article: a run of at least
/// `TABLE_MIN_ROWS` rows (see `read_table_rows`) between the article's first
/// and last kept block. Alone, a row reads as a menu line (items between
/// separators); a run of them inside the article is its data (a recipe's
/// amounts, results, a comparison). Outside the article's span the same
/// rows stay dropped: a calendar, a cookie table, a footer's link grid.
// Not inlined into `Cleaner::clean` (see `classify`).
#[inline(never)]
pub(crate) fn keep_tables(rows: &[usize], work: &mut [Work]) {
    if rows.len() < TABLE_MIN_ROWS {
        return;
    }
    let (Some(first), Some(last)) = (work.iter().position(|w| w.kept), work.iter().rposition(|w| w.kept)) else {
        return;
    };
    for run in row_runs(rows) {
        let inside = run.iter().copied().filter(|&i| first < i && i < last);
        if inside.clone().count() >= TABLE_MIN_ROWS {
            for i in inside {
                let w = &mut work[i];
                if w.kept {
                    continue;
                }
                w.kept = true;
                w.class = Class::Good;
                w.label = Label::Content;
                w.reason = Reason::TableRow;
            }
        }
    }
}

/// Keeps the blocks of code inside the article: a run of dropped lines right
/// between two kept blocks, with no more than one blank line between any
/// two of them (`<pre>` copies its lines as they are), no line of
/// `length_high` chars or more, no repeat, nothing after the article's end,
/// and no furniture phrase but in a line that is surely code (markup, or
/// ending with `;`, `{` or `}`: `share(url);`), whose lines from its first
/// line of code to its last are at least half code (`is_code_line`), with
/// one line at most before them and one after (a tutorial's listing, its
/// lead-in and the subheading after it). Pasted with the page, a listing's lines
/// were short lines among prose, and those with braces and a semicolon
/// markup, and went. The run needs `CODE_MIN_LINES` lines of code, or one
/// after a lead-in (the kept block before it, or a line of the run before
/// its code, ends with ':'). A paste that carries the page's own code
/// outside the article (a line of markup with a brace before the first
/// kept block or after the last: a style, a script, structured data, as
/// `textContent` copies them) may carry an ad's script between two
/// paragraphs too: there, a listing needs its lead-in.
#[inline(never)]
pub(crate) fn keep_code_blocks(texts: &[&str], lines: &[Line], feats: &[Features], work: &mut [Work], p: &Params) {
    let n = work.len();
    let (Some(first), Some(last)) = (work.iter().position(|w| w.kept), work.iter().rposition(|w| w.kept)) else {
        return;
    };
    let page_code =
        (0..first).chain(last + 1..n).any(|k| work[k].cf.reason == Reason::Markup && memchr::memchr(b'{', texts[k].as_bytes()).is_some());
    let mut i = first + 1;
    while i < last {
        if work[i].kept || !work[i - 1].kept {
            i += 1;
            continue;
        }
        // the first and the last line of code of the run
        let (mut j, mut code, mut led, mut from, mut to) = (i, 0, feats[i - 1].colon_end, n, i);
        while j < n
            && !work[j].kept
            && (j == i || lines[j].gap_before <= 1)
            && (!crate::cleaner::is_furniture_phrase(&feats[j], &work[j]) || is_surely_code(texts[j], &feats[j]))
            && feats[j].len < p.length_high
            && !matches!(work[j].reason, Reason::RepeatsBody | Reason::AfterEnd { .. })
        {
            if is_code_line(texts[j]) {
                (from, to, code) = (from.min(j), j, code + 1);
            } else {
                led |= code == 0 && feats[j].colon_end;
            }
            j += 1;
        }
        // a lead-in over the code and a heading under it, a line each, ride along
        let listing = code >= if led { 1 } else { CODE_MIN_LINES } && from <= i + 1 && to + 2 >= j && 2 * code > to - from;
        if j < n && work[j].kept && listing && (led || !page_code) {
            for w in &mut work[i..j] {
                w.kept = true;
                w.class = Class::Good;
                w.label = Label::Content;
                w.reason = Reason::CodeLine;
            }
        }
        i = j.max(i + 1);
    }
}

/// Lines of code a block needs to be kept as one, without a lead-in.
const CODE_MIN_LINES: usize = 2;

/// Whether a (trimmed) line looks like a line of code: it ends with `;`,
/// `{` or `}`, opens with `}` or a comment's `//`, or holds an assignment
/// or a comparison (` = `, `==`, `!=`, `:=`), an arrow with more after it
/// (`=>`), a member's arrow after a name (`$row->amount`, not "Read more
/// ->") or a call with no argument after a name (`f()`, not "Comments
/// ()"). The line is read as it shows: a tag is markup the paste kept, not
/// code (so a listing of HTML is not told); and `::` is no mark, as some
/// sites set it between a headline and their name.
fn is_code_line(text: &str) -> bool {
    let b = text.as_bytes();
    let name = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let mut before = 0u8;
    for (k, &c) in b.iter().enumerate() {
        let after = b.get(k + 1).copied().unwrap_or(0);
        let mark = match c {
            b'=' => (before == b' ' && after == b' ') || after == b'=' || matches!(before, b'!' | b':') || (after == b'>' && k + 2 < b.len()),
            b'>' => before == b'-' && k >= 2 && name(b[k - 2]),
            b'(' => after == b')' && name(before),
            _ => false,
        };
        if mark {
            return true;
        }
        before = c;
    }
    ends_like_code(b) || b.starts_with(b"}") || b.starts_with(b"//")
}

/// Whether a line is surely code: markup, or it ends with `;`, `{` or `}`.
fn is_surely_code(text: &str, f: &Features) -> bool {
    f.markup || ends_like_code(text.as_bytes())
}

/// Whether a line ends as a statement or a block of code does: `;`, `{`, `}`.
fn ends_like_code(b: &[u8]) -> bool {
    matches!(b.last(), Some(b';' | b'{' | b'}'))
}

/// Rows a run needs to be kept as a table: one line of items between tabs is
/// as often a menu.
const TABLE_MIN_ROWS: usize = 2;

/// The lines that are rows of a table (see `is_table_row`; such a line has
/// menu separators), in order; and reads the rows of a table as cells: a
/// row next to another has no menu separators. Alone, a line of items
/// between separators is a menu line; `TABLE_MIN_ROWS` rows or more, one
/// under the other, are a table (and a menu whose rows copy as a table is
/// left to the runs of short lines).
#[inline(never)]
pub(crate) fn read_table_rows(texts: &[&str], feats: &mut [Features]) -> Vec<usize> {
    let rows: Vec<usize> = (0..feats.len()).filter(|&i| feats[i].separators > 0 && is_table_row(texts[i])).collect();
    for run in row_runs(&rows).filter(|run| run.len() >= TABLE_MIN_ROWS) {
        run.iter().for_each(|&i| feats[i].separators = 0);
    }
    rows
}

/// The runs of consecutive numbers in `rows` (ascending), one slice each.
fn row_runs(rows: &[usize]) -> impl Iterator<Item = &[usize]> {
    let mut rest = rows;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let n = 1 + rest.windows(2).take_while(|w| w[0] + 1 == w[1]).count();
        let (run, tail) = rest.split_at(n);
        rest = tail;
        Some(run)
    })
}

/// Whether a (trimmed) line is a row of a table: cells split by a tab, or a
/// markdown row that opens and closes with `|` around at least two cells.
pub(crate) fn is_table_row(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr(b'\t', &b[crate::features::marker_tab_len(text)..]).is_some()
        || (b.len() >= 3 && b[0] == b'|' && b[b.len() - 1] == b'|' && memchr::memchr_iter(b'|', b).nth(2).is_some())
}

/// Whether a line was judged alone as text of some kind (prose, short
/// text, a run of short lines, sparse text), not as a phrase's furniture, a
/// date or a caption.
fn judged_as_text(w: &Work) -> bool {
    matches!(w.cf.label, Label::Short | Label::Content | Label::Navigation | Label::Boilerplate)
}

/// Items a list needs after its lead-in to be kept: one line after a colon
/// is as often a teaser as an item.
const LIST_MIN_ITEMS: usize = 2;
/// Items a list of names needs (see `is_list_item`): two words alone under
/// a colon are as often a box's headings.
const NAME_LIST_MIN_ITEMS: usize = 3;
/// Words of an item of a list of names ("Vienna", "Artknit Studios").
const NAME_ITEM_MAX_WORDS: u32 = 3;

/// A line that reads as an item of a list: a few words, stopwords among
/// them, or a bullet before them, or numbers beside more letters in a line
/// that opens with a capital or a digit (a date and a place, a quantity, a
/// result, a row of a table); no phrase of the lexicon, no menu separators,
/// no colon of its own (the next lead-in, or a label), and not judged
/// furniture alone (a date, a menu line, a reading time). In a list of
/// `names`, an item is a name instead: up to `NAME_ITEM_MAX_WORDS` words
/// opening with a capital, no stopword, no digit.
fn is_list_item(f: &Features, w: &Work, p: &Params, names: bool) -> bool {
    f.hit.is_none()
        && !f.markup
        && f.separators == 0
        && !f.colon_end
        && f.len < p.length_high
        && if names {
            f.words <= NAME_ITEM_MAX_WORDS && f.stopwords == 0 && f.capital_start && f.digits == 0
        } else {
            f.words >= 2 && (f.stopwords > 0 || f.bullet || (f.capital_start && f.digits > 0 && f.letters > f.digits))
        }
        && judged_as_text(w)
        && !matches!(w.cf.reason, Reason::MenuLine { .. } | Reason::RunTogether { .. } | Reason::ReadingTime)
        && !matches!(w.reason, Reason::AfterEnd { .. })
}

/// Drops a kept paragraph that repeats another kept one (a pull quote, a
/// standfirst shown again). Of the two, the one that ends like a sentence
/// stays, else the first. Short repeats are left alone: a refrain is text.
/// So is a question kept `RECURRING_MIN` times or more: the article's own
/// pattern (an interview asks each guest the same question), where a pull
/// quote or a standfirst shows twice. (Statements that recur that often are
/// teasers and notices, and are kept once.)
pub(crate) fn drop_repeats(feats: &[Features], work: &mut [Work], p: &Params) {
    let repeatable = |w: &Work, f: &Features| w.kept && f.len >= p.length_low;
    let mut times: rustc_hash::FxHashMap<u64, usize> = rustc_hash::FxHashMap::default();
    for (w, f) in work.iter().zip(feats) {
        if repeatable(w, f) {
            let n = times.get(&f.key).map_or(1, |n| n + 1);
            times.insert(f.key, n);
        }
    }
    let mut seen: rustc_hash::FxHashMap<u64, usize> = rustc_hash::FxHashMap::default();
    for i in 0..work.len() {
        let recurs = || times.get(&feats[i].key).is_some_and(|&n| n >= RECURRING_MIN);
        if !repeatable(&work[i], &feats[i]) || (feats[i].question && recurs()) {
            continue;
        }
        let drop = match seen.get(&feats[i].key) {
            None => {
                seen.insert(feats[i].key, i);
                continue;
            }
            Some(&j) if !feats[j].terminal && feats[i].terminal => {
                seen.insert(feats[i].key, i);
                j
            }
            Some(_) => i,
        };
        work[drop].kept = false;
        work[drop].label = Label::Duplicate;
        work[drop].reason = Reason::RepeatsBody;
    }
}

/// How many times a kept question recurs for it to count as part of the
/// article's pattern, not a copy (see `drop_repeats`).
const RECURRING_MIN: usize = 3;

/// Drops an author's bio that closes the article, and what is kept after
/// it: a kept block, not the first, in the last `BIO_TAIL_SHARE` per mille
/// of the kept text, that opens as a bio (see `opens_as_bio`), or with a
/// name the byline (line `byline`) gives (see `opens_with_name`); with none
/// there, the first kept block under the byline, with `BIO_MIN_BEFORE`
/// chars of kept text between them, that does both.
// Not inlined into `Cleaner::clean` (see `classify`).
#[inline(never)]
pub(crate) fn drop_author_bio(texts: &[&str], byline: Option<usize>, feats: &[Features], work: &mut [Work], stop: Stopwords) {
    let (mut name, mut opening) = (Vec::new(), Vec::new());
    leading_words(byline.map_or("", |b| texts[b]), BIO_BYLINE_MAX_WORDS, &mut name);
    for w in &mut name {
        *w = w.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '|' | '·' | '(' | ')'));
    }
    // (a byline in capitals: its stopwords, "IN", "FOR", name no one)
    name.retain(|w| !w.is_empty() && (w.bytes().any(|b| b.is_ascii_lowercase()) || !is_stopword(stop, w)));
    let total: u64 = work.iter().zip(feats).filter(|(w, _)| w.kept).map(|(_, f)| u64::from(f.len)).sum();
    let Some(first) = work.iter().position(|w| w.kept) else {
        return;
    };
    let (mut tail, mut bio) = (0u64, None);
    for i in (first + 1..work.len()).rev() {
        if !work[i].kept {
            continue;
        }
        tail += u64::from(feats[i].len);
        if tail * 1000 > total * BIO_TAIL_SHARE {
            break;
        }
        leading_words(texts[i], BIO_OPENING_WORDS, &mut opening);
        if opens_with_name(&opening, &name) {
            bio = Some((i, true));
        } else if opens_as_bio(&opening, stop) {
            bio = Some((i, false));
        }
    }
    // further up, a bio that names the byline and the trade both, under
    // BIO_MIN_BEFORE chars of kept text after the byline (a page's feed of
    // teasers kept after the article, whose bio then stands far from the
    // kept text's end; a bio right under the byline has none)
    if let (None, Some(b)) = (bio, byline.filter(|_| !name.is_empty())) {
        let mut before = 0u64;
        for i in b + 1..work.len() {
            if !work[i].kept {
                continue;
            }
            // (a quick test first: the block opens with a word of the name,
            // whatever its ASCII case, as `opens_with_name` compares them)
            let opens = texts[i].trim_start_matches(|c| OPENING_MARKS.contains(&c) || matches!(c, '*' | '_')).as_bytes();
            if before >= BIO_MIN_BEFORE && name.iter().any(|n| opens.get(..n.len()).is_some_and(|o| o.eq_ignore_ascii_case(n.as_bytes()))) {
                leading_words(texts[i], BIO_OPENING_WORDS, &mut opening);
                if opens_with_name(&opening, &name) && opens_as_bio(&opening, stop) {
                    bio = Some((i, true));
                    break;
                }
            }
            before += u64::from(feats[i].len);
        }
    }
    let Some((bio, byline)) = bio else {
        return;
    };
    work[bio].label = Label::AuthorBio;
    work[bio].reason = Reason::AuthorBio { byline };
    work[bio].kept = false;
    for w in work[bio + 1..].iter_mut().filter(|w| w.kept) {
        w.kept = false;
        w.label = Label::AuthorBio;
        w.reason = Reason::AfterEnd { marker: Label::AuthorBio };
    }
}

/// The first `max` words of `text` into `out`, after the quote marks and a
/// markdown heading's hashes that may open it ("> Jane Doe is…" in a quoted
/// text, "## Jane Doe is…"), each without the markers of bold or italics
/// around it ("**Jane Doe** is…"). One copy of the word split for the bio
/// checks (each use of `split_whitespace` adds its code to the WebAssembly
/// build).
#[inline(never)]
fn leading_words<'a>(text: &'a str, max: usize, out: &mut Vec<&'a str>) {
    out.clear();
    let words = text.trim_start_matches(OPENING_MARKS).split_whitespace();
    out.extend(words.map(|w| w.trim_matches(['*', '_'])).filter(|w| !w.is_empty()).take(max));
}

/// What may open a line before its words: quote marks, a markdown
/// heading's hashes, and the spaces between them.
const OPENING_MARKS: [char; 4] = ['>', ' ', '\t', '#'];

/// Whether `word`, lowercased (ASCII), is a stopword. (One copy of the
/// lookup for the bio checks: the WebAssembly build has a budget.)
#[inline(never)]
fn is_stopword(stop: Stopwords, word: &str) -> bool {
    stop.contains(&word.to_ascii_lowercase())
}

/// Whether the words `opening` open with a name the byline's words `name`
/// give (two or more of its capitalized words in a row, capitalized in
/// `opening` too), going on as a
/// sentence about that person: a lowercase word or a parenthesis follows
/// the name ("Jane Doe is a reporter…", "Lars Fischer ist Chemiker…",
/// "Jeff Foust (jeff@…) is…"). A line that only mentions the name ("Jane
/// Doe: …" in an interview) is not one.
#[inline(never)]
fn opens_with_name(opening: &[&str], name: &[&str]) -> bool {
    let capitalized = |w: &str| w.chars().next().is_some_and(is_upper) && w.chars().nth(1).is_some();
    for k in 0..name.len() {
        let mut len = 0;
        // (a name in the bio is capitalized too: "Climate change is…" does
        // not open with the name of a byline "Climate Change")
        while len < BIO_NAME_MAX_WORDS
            && name.get(k + len).is_some_and(|&n| {
                capitalized(n) && opening.get(len).is_some_and(|w| capitalized(w) && w.trim_end_matches(',').eq_ignore_ascii_case(n))
            })
        {
            len += 1;
            if len >= 2 && opening.get(len).is_some_and(|r| r.starts_with('(') || r.chars().next().is_some_and(is_lower)) {
                return true;
            }
        }
    }
    false
}

/// Whether the words `opening` open as a bio of its writer: a name (one to
/// `BIO_NAME_MAX_WORDS` capitalized words; one alone must be no stopword, as
/// "He" or "Sie" are), maybe a parenthesis ("(@handle)"), a form of "to be"
/// in the present (`COPULAS`), then within `BIO_ROLE_MAX_WORDS` words and
/// the sentence a word naming the trade (`ROLES`: "Jane Doe is a senior
/// writer for…", "Nils Pickert ist freier Autor und Journalist", "Julius is
/// an LA Entertainment Reporter for…").
#[inline(never)]
fn opens_as_bio(opening: &[&str], stop: Stopwords) -> bool {
    let mut at = 0;
    while at < BIO_NAME_MAX_WORDS && opening.get(at).is_some_and(|w| w.chars().next().is_some_and(is_upper) && !COPULAS.contains(w)) {
        at += 1;
    }
    // a lone name is no stopword ("He", "Sie", "Il")
    if at == 0 || at == 1 && is_stopword(stop, opening[0]) {
        return false;
    }
    if opening.get(at).is_some_and(|w| w.starts_with('(')) {
        // a parenthesis of a few words: a handle, an address, years
        let close = opening[at..].iter().take(BIO_NAME_MAX_WORDS).position(|w| w.ends_with(')'));
        at += close.map_or(BIO_NAME_MAX_WORDS, |k| k + 1);
    }
    if !opening.get(at).is_some_and(|w| COPULAS.contains(w)) {
        return false;
    }
    for w in opening.iter().skip(at + 1).take(BIO_ROLE_MAX_WORDS) {
        let word = w.trim_end_matches(|c: char| c.is_ascii_punctuation()).as_bytes();
        if ROLES.iter().any(|r| word.len() >= r.len() && word[word.len() - r.len()..].eq_ignore_ascii_case(r.as_bytes())) {
            return true;
        }
        if w.ends_with('.') {
            return false;
        }
    }
    false
}

/// Forms of "to be" that open a bio after its writer's name: the present
/// only, as bios are written ("was a reporter" is an obituary's).
const COPULAS: [&str; 10] = ["is", "ist", "est", "es", "è", "é", "jest", "är", "er", "является"];

/// Words naming a writer's trade, lowercase; a word that ends with one
/// names it too ("Chefredakteur", "co-author"), whatever the case of its
/// ASCII letters ("Reporter").
const ROLES: [&str; 69] = [
    "writer", "editor", "reporter", "journalist", "correspondent", "columnist", "contributor", "author", "blogger",
    "redakteur", "redakteurin", "journalistin", "autor", "autorin", "korrespondentin", "kolumnist", "kolumnistin", "reporterin",
    "journaliste", "rédacteur", "rédactrice", "correspondant", "correspondante", "chroniqueur", "chroniqueuse", "auteur",
    "autrice", "periodista", "redactor", "redactora", "corresponsal", "columnista", "autora", "giornalista", "redattore",
    "redattrice", "corrispondente", "editorialista", "autore", "jornalista", "repórter", "colunista", "dziennikarz",
    "dziennikarka", "журналист", "корреспондент",
    // the trades of guest writers: experts, academics, founders
    "expert", "experte", "expertin", "professor", "professorin", "professeur", "profesor", "profesora", "professore",
    "researcher", "analyst", "analystin", "consultant", "berater", "beraterin", "founder", "gründer", "gründerin",
    "fondateur", "fondatrice", "fundador", "fundadora", "fondatore",
];
/// Words after the copula in which a bio names the trade.
const BIO_ROLE_MAX_WORDS: usize = 8;

/// Kept text (chars) between the byline and a bio that names it and a
/// trade, found before the last `BIO_TAIL_SHARE` of the kept text: a bio
/// right under the byline, over the article, has none.
const BIO_MIN_BEFORE: u64 = 1000;

/// The share of the kept text (per mille, by length) at its end where an
/// author's bio is looked for.
const BIO_TAIL_SHARE: u64 = 250;
/// Words of the byline read for names, and the most words of a name.
const BIO_BYLINE_MAX_WORDS: usize = 16;
const BIO_NAME_MAX_WORDS: usize = 4;
/// Words of a block read for a bio's opening: a name, a parenthesis, the
/// copula and the words that may name the trade.
const BIO_OPENING_WORDS: usize = 2 * BIO_NAME_MAX_WORDS + 1 + BIO_ROLE_MAX_WORDS;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Mode;

    /// Lines of code in several languages look like code; prose, menu
    /// items, counts, breadcrumbs and a headline with its site's name do not.
    #[test]
    fn lines_of_code_look_like_code() {
        for line in [
            "let file = File::open(\"notes.txt\")?;",
            "fn main() {",
            "}",
            "} else {",
            "// the total",
            "x = 1",
            "if a == b",
            "items.map(x => x * 2)",
            "$row->amount",
            "n := len(xs)",
            "super().setUp()",
            "if (a != b) return",
            "Ok(Some(x.len()))",
        ] {
            assert!(is_code_line(line), "{line}");
        }
        for line in [
            "The council met on Monday.",
            "Home",
            "Comments (3)",
            "Home > News > World",
            "Ashby backs new path :: Example News",
            "Prices from £5 (students £3)",
            "Tickets: £5 – £10; students free",
            "Read more ->",
            "Home -> News -> World",
            "Comments ()",
            "Next article =>",
            "",
        ] {
            assert!(!is_code_line(line), "{line}");
        }
    }

    /// A row has a tab between cells; the tab after a list marker is none.
    #[test]
    fn a_list_item_with_a_tab_is_no_table_row() {
        assert!(is_table_row("Name\tAge") && is_table_row("•\tName\tAge") && is_table_row("| a | b |"));
        assert!(!is_table_row("•\tName") && !is_table_row("3.\tName") && !is_table_row("Name"));
    }

    #[test]
    fn bios_open_with_a_name_and_a_writers_trade() {
        let stop = |code| crate::lang::parse_hint(code).unwrap().stopwords();
        for (code, line) in [
            ("en", "Will Knight is a senior writer for WIRED, covering artificial intelligence."),
            ("en", "Molly Wood (@mollywood) is an Ideas contributor at WIRED."),
            ("en", "Julius is an LA Entertainment Reporter for Fox News."),
            ("de", "Nils Pickert ist freier Autor und Journalist."),
            ("de", "Tanja ist seit 2023 Redakteurin bei OMR."),
            ("fr", "Marie Dupont est journaliste indépendante à Lyon."),
            ("es", "Ana García es periodista y vive en Sevilla."),
            // a guest writer's trade: an academic, an expert, a founder
            ("en", "Maria Lopez is an assistant professor of history at a state university."),
            ("de", "Jonas Brandt ist Professor für Stadtplanung in Kassel."),
            ("de", "Lea Wolf ist IT-Expertin und schreibt über Datenschutz."),
            ("en", "Sam Reed is the co-founder of a small software studio."),
        ] {
            assert!(opens_as_bio(&line.split_whitespace().collect::<Vec<_>>(), stop(code)), "{line}");
        }
        for (code, line) in [
            // a pronoun, not a name
            ("en", "He is a senior writer at the paper."),
            ("de", "Sie ist Redakteurin bei OMR."),
            // the past: an obituary's
            ("en", "Jane Doe was a reporter for the Gazette for thirty years."),
            // no trade, or the trade in the next sentence
            ("en", "Jane Doe is a lawyer in Leeds. Her brother is a reporter."),
            ("en", "The council is the largest employer in the town, its editor said."),
            ("en", "Jane Doe, a reporter for the Gazette, said the vote was close."),
        ] {
            assert!(!opens_as_bio(&line.split_whitespace().collect::<Vec<_>>(), stop(code)), "{line}");
        }
    }

    fn w(class: Class) -> Work {
        let label = if class == Class::Bad { Label::Boilerplate } else { Label::Content };
        Work::new(Verdict { class, label, reason: Reason::ShortText })
    }

    fn classes(work: &[Work]) -> Vec<Class> {
        work.iter().map(|w| w.class).collect()
    }

    #[test]
    fn short_between_good_is_good() {
        use Class::*;
        let mut v = vec![w(Good), w(Short), w(Good), w(Short), w(Bad)];
        let feats = vec![Features::default(); v.len()];
        revise_neighbours(&feats, &mut v, &Params::for_mode(Mode::Balanced), true);
        assert_eq!(classes(&v), [Good, Good, Good, Bad, Bad]);
    }

    #[test]
    fn near_good_beside_good_is_good() {
        use Class::*;
        let mut v = vec![w(Bad), w(NearGood), w(Good), w(Bad), w(NearGood), w(Bad)];
        let feats = vec![Features::default(); v.len()];
        revise_neighbours(&feats, &mut v, &Params::for_mode(Mode::Balanced), true);
        assert_eq!(classes(&v), [Bad, Good, Good, Bad, Bad, Bad]);
    }

    #[test]
    fn core_is_the_densest_run() {
        use Class::*;
        let p = Params::for_mode(Mode::Balanced);
        let feats: Vec<Features> = [300, 30, 500, 500, 300, 300].iter().map(|&len| Features { len, ..Features::default() }).collect();
        let mut v = vec![w(Good), w(Bad), w(Good), w(Good), w(Bad), w(Good)];
        for x in &mut v {
            x.kept = x.class == Class::Good;
        }
        let core = |p: &Params| dense_runs(&feats, &v, p).into_iter().max().map(|(_, s, e)| (s, e));
        // the 300-char bad block costs core_bad_max (200) only, so the last good block joins
        assert_eq!(core(&p), Some((0, 6)));
        let p = Params { core_bad_max: 400, ..p };
        assert_eq!(core(&p), Some((0, 4)));
    }

    #[test]
    fn run_min_makes_navigation() {
        let p = Params::for_mode(Mode::Balanced);
        let n = p.run_min as usize;
        let lines = vec![Line { span: (0, 0), text: (0, 0), gap_before: 0, gap_after: 0 }; n];
        let feats = vec![Features { len: 5, ..Features::default() }; n];
        let mut v = vec![Work::new(Verdict { class: Class::Short, label: Label::Short, reason: Reason::ShortText }); n];
        mark_short_runs(&lines, &feats, &mut v, &p);
        assert!(v.iter().all(|w| w.cf.label == Label::Navigation));
        let mut v = vec![Work::new(Verdict { class: Class::Short, label: Label::Short, reason: Reason::ShortText }); n - 1];
        mark_short_runs(&lines[1..], &feats[1..], &mut v, &p);
        assert!(v.iter().all(|w| w.cf.label == Label::Short));
    }

    #[test]
    fn lead_before_kept_prose_is_kept() {
        use Class::*;
        let p = Params::for_mode(Mode::Balanced);
        let feat = |len, terminal| Features { len, terminal, ..Features::default() };
        // lead, date line, prose: the lead is kept
        let feats = vec![feat(150, true), feat(30, false), feat(400, true)];
        let mut v = vec![w(NearGood), w(Bad), w(Good)];
        v[2].kept = true;
        keep_leads(&feats, &mut v, &p);
        assert!(v[0].kept);
        assert_eq!(v[0].reason, Reason::Lead);
        // a long boilerplate block between them: not a lead
        let feats = vec![feat(150, true), feat(p.length_high, false), feat(400, true)];
        let mut v = vec![w(NearGood), w(Bad), w(Good)];
        v[2].kept = true;
        keep_leads(&feats, &mut v, &p);
        assert!(!v[0].kept);
        // too far before the prose
        let n = p.lead_max_gap as usize + 2;
        let mut feats = vec![feat(150, true)];
        feats.extend(std::iter::repeat(feat(20, false)).take(n - 1));
        feats.push(feat(400, true));
        let mut v = vec![w(NearGood)];
        v.extend(std::iter::repeat(w(Bad)).take(n - 1));
        v.push(w(Good));
        v[n].kept = true;
        keep_leads(&feats, &mut v, &p);
        assert!(!v[0].kept);
    }

    /// A made-up page: a menu, an article whose last paragraph leads into a
    /// list with `lead_in`, the list's `items`, then a footer.
    fn page_with_list(lead_in: &str, items: &[&str]) -> String {
        let mut page = String::from("Home\nNews\nSport\nWeather\nContact\n\n");
        page.push_str("The village has held its summer fair on the green for as long as anyone can remember, and this year the organisers expect more visitors than ever before.\n\n");
        page.push_str("Stalls will open at ten in the morning, and the brass band will play from noon until the judging of the vegetables, which is always the moment the crowd waits for.\n\n");
        page.push_str("The committee asked us to remind everyone that parking is limited, so walking or cycling to the green is the best way to arrive.\n\n");
        page.push_str(lead_in);
        page.push('\n');
        for item in items {
            page.push_str(item);
            page.push('\n');
        }
        page.push_str("\nShare this article\nFacebook\nTwitter\nEmail\n\n© 2024 The Village Times. All rights reserved.\n");
        page
    }

    const ITEMS: [&str; 4] = [
        "A hat and plenty of water for the afternoon",
        "Cash for the stalls, as few of them take cards",
        "A blanket to sit on during the band's concert",
        "Jars and bags for the jam you will want to take home",
    ];

    #[test]
    fn a_list_the_article_leads_into_is_kept() {
        let page = page_with_list("Here is what to bring with you to the fair:", &ITEMS);
        let c = crate::Cleaner::new(crate::Options::default()).unwrap();
        for item in ITEMS {
            assert!(c.clean(&page).text().contains(item), "{item:?} dropped from:\n{}", c.clean(&page).text());
        }
        let block = c.clean(&page).blocks().iter().find(|b| page[b.start()..b.end()].starts_with(ITEMS[1])).copied().unwrap();
        assert_eq!(block.reason(), Reason::ListItem);
        // without the stage the items are dropped: the test of it can fail
        let off = crate::Cleaner::new(crate::Options::default()).unwrap().without_stage(Stage::Lists);
        assert!(ITEMS.iter().all(|item| !off.clean(&page).text().contains(item)), "{}", off.clean(&page).text());
        // a short lead-in line after kept text leads into a list too
        let page = page_with_list("What to bring:", &ITEMS);
        assert!(ITEMS.iter().all(|item| c.clean(&page).text().contains(item)), "{}", c.clean(&page).text());
    }

    #[test]
    fn a_box_heading_or_one_line_is_no_list() {
        let c = crate::Cleaner::new(crate::Options::default()).unwrap();
        // a heading of the lexicon leads into a box of the page
        for heading in ["Related stories:", "Lesen Sie auch:", "Teilen mit:"] {
            let page = page_with_list(heading, &ITEMS);
            assert!(ITEMS.iter().all(|item| !c.clean(&page).text().contains(item)), "{heading}: {}", c.clean(&page).text());
        }
        // one line after a colon is as often a teaser as an item
        let page = page_with_list("What to bring:", &ITEMS[..1]);
        assert!(!c.clean(&page).text().contains(ITEMS[0]), "{}", c.clean(&page).text());
        // a heading of one word, or of no stopword, is no sentence leading into a list
        for heading in ["Latest:", "Staff picks:"] {
            let page = page_with_list(heading, &ITEMS);
            assert!(ITEMS.iter().all(|item| !c.clean(&page).text().contains(item)), "{heading}: {}", c.clean(&page).text());
        }
    }

    /// A list of names (a word alone, then items of up to three words that
    /// open with a capital, without a stopword) that the article leads into is kept, three
    /// items or more; two words alone under a colon are a box's headings,
    /// and a longer line after names ends the list.
    #[test]
    fn a_list_of_names_the_article_leads_into_is_kept() {
        let c = crate::Cleaner::new(crate::Options::default()).unwrap();
        let names = ["Vienna", "Munich", "Zurich", "Bruges Central", "Amsterdam"];
        let lead_in = "The trains will stop in these cities:";
        let page = page_with_list(lead_in, &names);
        let cleaned = c.clean(&page);
        assert!(names.iter().all(|n| cleaned.text().contains(n)), "{}", cleaned.text());
        let block = cleaned.blocks().iter().find(|b| page[b.start()..b.end()].trim() == "Munich").copied().unwrap();
        assert_eq!(block.reason(), Reason::ListItem);
        let text = c.clean(&page_with_list(lead_in, &names[..2])).text().to_string();
        assert!(!text.contains("Vienna"), "{text}");
        let mut then_teasers = names[..3].to_vec();
        then_teasers.push("How the night train came back to the heart of Europe");
        let text = c.clean(&page_with_list(lead_in, &then_teasers)).text().to_string();
        assert!(text.contains("Zurich") && !text.contains("How the night train"), "{text}");
    }

    #[test]
    fn a_kept_paragraph_leads_into_a_list() {
        let lead_in = "Before you set off, the committee has put together a short list of the things that every visitor to the fair should bring:";
        let page = page_with_list(lead_in, &ITEMS);
        let c = crate::Cleaner::new(crate::Options::default()).unwrap();
        let cleaned = c.clean(&page);
        let block = |start: &str| cleaned.blocks().iter().find(|b| page[b.start()..b.end()].starts_with(start)).copied().unwrap();
        assert!(block(lead_in).kept() && block(lead_in).reason() != Reason::ListItem, "the lead-in is kept as prose");
        assert!(ITEMS.iter().all(|item| block(item).reason() == Reason::ListItem), "{}", cleaned.text());
    }

    /// A subheading right under a teaser set in the article ("Read more:
    /// …", "Read more – …" and its headline) is kept; the headline under a
    /// box's heading alone ("Read more") is not, nor one under a teaser of
    /// too few words.
    #[test]
    fn a_subheading_under_an_inline_teaser_is_kept() {
        let page = |teaser: &str| {
            let page = page_with_list("", &[]);
            let (head, foot) = page.split_once("\n\nShare this").unwrap();
            format!(
                "{head}\n\n{teaser}\nBridge repairs to start in the spring\n\nThe engineers who surveyed the old bridge last month say that the work can begin as soon as the river is low enough, and that the road will be closed for six weeks while the new beams are lifted into place and the old railings are taken away.\n\nShare this{foot}"
            )
        };
        let c = crate::Cleaner::new(crate::Options::default()).unwrap();
        let heading_kept = |teaser: &str| {
            let text = page(teaser);
            let cleaned = c.clean(&text);
            assert!(cleaned.text().contains("The engineers who surveyed"), "{}", cleaned.text());
            assert!(!cleaned.text().contains(teaser), "{teaser:?} was kept");
            let b = cleaned.blocks().iter().find(|b| text[b.start()..b.end()].starts_with("Bridge repairs")).copied().unwrap();
            b.kept().then(|| b.reason())
        };
        // Where the teaser's phrase ends with its colon, the neighbour rule
        // passes over the teaser and keeps the heading as a short line
        // between paragraphs; after a dash, the subheading rule keeps it.
        let between = Some(Reason::Neighbours { good: true });
        assert_eq!(heading_kept("Read more: Council votes to close the high street to cars on Sundays"), between);
        assert_eq!(heading_kept("Czytaj też: Czy wieś dostanie nową ścieżkę rowerową?"), between);
        assert_eq!(heading_kept("Read more – Council votes to close the high street to cars on Sundays"), Some(Reason::Subheading));
        assert_eq!(heading_kept("Czytaj też – Czy wieś dostanie nową ścieżkę rowerową?"), Some(Reason::Subheading));
        assert_eq!(heading_kept("Read more"), None);
        assert_eq!(heading_kept("Read more on our site"), None);
    }

    #[test]
    fn a_list_ends_at_a_wider_gap_and_leads_into_no_other() {
        let c = crate::Cleaner::new(crate::Options::default()).unwrap();
        // after two blank lines, the next box of the page: not the list's
        let teasers = ["Around the county this week", "A new bakery opens on the high street", "The school choir wins a prize in the city"];
        let mut items: Vec<&str> = ITEMS[..2].to_vec();
        items.push("");
        items.extend(teasers);
        let page = page_with_list("What to bring:", &items);
        let text = c.clean(&page).text().to_string();
        assert!(ITEMS[..2].iter().all(|item| text.contains(item)), "{text}");
        assert!(teasers.iter().all(|t| !text.contains(t)), "{text}");
        // comments after the article, each under a name ending with a colon:
        // a list kept does not make the next name a lead-in
        let comments = [
            "Jane Miller wrote on the day of the fair:",
            "What a lovely day it was for all of us",
            "We will be there again with the children next year",
            "Tom Baker wrote on the day after the fair:",
            "The parking was a problem for many of the older visitors",
            "Next year they should ask the farmer for his field",
        ];
        let page = page_with_list(comments[0], &comments[1..]);
        let text = c.clean(&page).text().to_string();
        assert!(text.contains(comments[1]), "{text}");
        assert!(!text.contains(comments[4]), "{text}");
    }

    #[test]
    fn a_lead_in_brought_back_by_a_fallback_leads_into_its_list() {
        // the one paragraph is dropped among furniture, then brought back as
        // what alone looked like prose: its list comes back with it
        let items = &ITEMS[..3];
        let page = format!(
            "Home\nNews\nSport\nWeather\nContact\n\nThe fair returns to the green this weekend, and the organisers say that visitors should bring:\n\n{}\n\nShare this article\nFacebook\nTwitter\n",
            items.join("\n")
        );
        let c = crate::Cleaner::new(crate::Options::default()).unwrap();
        let text = c.clean(&page).text().to_string();
        assert!(text.starts_with("The fair returns"), "{text}");
        assert!(items.iter().all(|item| text.contains(item)), "{text}");
    }

    #[test]
    fn the_end_of_the_article_leads_into_nothing() {
        let c = crate::Cleaner::new(crate::Options::default()).unwrap();
        // a comment's relative time ends the article, colon or not
        let page = page_with_list("Posted 2 hours ago:", &ITEMS);
        assert!(ITEMS.iter().all(|item| !c.clean(&page).text().contains(item)), "{}", c.clean(&page).text());
    }

    /// A made-up recipe page: the story above the recipe, a print button,
    /// then `card`, then a comment form.
    fn recipe_page(card: &[&str]) -> String {
        format!(
            "Home\nRecipes\nBaking\nContact\n\n\
             Every autumn my grandmother filled the kitchen with the smell of pears, and this jam is the one she made when the trees gave more fruit than the family could eat.\n\n\
             It keeps for a year in a cool cupboard, and a jar with a ribbon around it makes a good present for the neighbours at the end of the year.\n\n\
             Print\n\n{}\n\nLeave a Reply\nYour email address will not be published.\n",
            card.join("\n")
        )
    }

    const INGREDIENTS: [&str; 5] = ["8 ripe pears, peeled", "1 lemon", "½ cup honey", "1 tsp cinnamon", "Salt"];
    const STEPS: [&str; 3] = [
        "Cut the pears into cubes and put them in a pot.",
        "Add the honey, the lemon juice and the cinnamon",
        "Boil until the jam sticks to the spoon, then fill the jars.",
    ];

    #[test]
    fn a_recipes_ingredients_and_method_are_kept() {
        let card: Vec<&str> = ["Ingredients"].iter().chain(&INGREDIENTS).chain(&["Instructions"]).chain(&STEPS).copied().collect();
        let page = recipe_page(&card);
        let c = crate::Cleaner::new(crate::Options::default()).unwrap();
        let out = c.clean(&page);
        for line in &card {
            assert!(out.text().split('\n').any(|l| l == *line), "{line:?} dropped from:\n{}", out.text());
        }
        let block = out.blocks().iter().find(|b| page[b.start()..b.end()].starts_with("1 lemon")).copied().unwrap();
        assert_eq!(block.reason(), Reason::RecipeCard);
        assert!(!out.text().contains("Leave a Reply") && !out.text().contains("Print"), "{}", out.text());
        // without the stage the card is dropped: the test of it can fail
        let off = crate::Cleaner::new(crate::Options::default()).unwrap().without_stage(Stage::Lists);
        assert!(!off.clean(&page).text().contains("1 lemon"), "{}", off.clean(&page).text());
        // in other languages, a heading with more words, items with bullets
        let zutaten = recipe_page(&["Zutaten für 4 Gläser", "• 8 reife Birnen", "• 1 Zitrone", "• 2 EL Honig"]);
        assert!(c.clean(&zutaten).text().contains("• 2 EL Honig"), "{}", c.clean(&zutaten).text());
        // a link number is no amount, and stands before a heading as before a word
        assert!(opens_with_amount("[3]200 g Mehl") && !opens_with_amount("[12]Salz") && opens_with_amount("> ½ cup milk"));
        assert_eq!(recipe_heading("[7]Zutaten", &crate::features::Features { words: 1, len: 7, ..Default::default() }), Some(true));
        // whatever the case and the script; a heading is a whole word
        let heading = |t: &str| recipe_heading(t, &crate::features::Features { words: 3, len: 20, ..Default::default() });
        for (t, expected) in [
            ("INGREDIENTS", Some(true)),
            ("iNgrédients :", Some(true)),
            ("Ингредиенты", Some(true)),
            ("ΥΛΙΚΆ", Some(true)),
            ("Υλικά", Some(true)),
            ("MODO DE PREPARO", Some(false)),
            ("Modo de empleo", None),
            ("Methodology", None),
            ("Ingredient list", None),
            ("İnstructions", Some(false)),
            ("DİRECTİONS", Some(false)),
            ("SKŁADNIKI", Some(true)),
            ("PRÉPARATION", Some(false)),
            ("Präparation", None),
            ("材料", Some(true)),
            ("作り方", Some(false)),
            ("재료 (2인분)", Some(true)),
            ("Приготовление:", Some(false)),
            ("Состав", None),
            ("Ωραία", None),
        ] {
            assert_eq!(heading(t), expected, "{t}");
        }
    }

    #[test]
    fn a_menu_or_a_list_without_amounts_is_no_recipe() {
        let c = crate::Cleaner::new(crate::Options::default()).unwrap();
        // a menu that names the ingredients: no amounts under it
        let menu = recipe_page(&["Zutaten", "Kuchen", "Torten", "Brot", "Kekse"]);
        assert!(!c.clean(&menu).text().contains("Torten"), "{}", c.clean(&menu).text());
        // a method heading over links of a few words: no steps
        let links = recipe_page(&["Method", "Pear jam", "Plum jam", "Quince jelly"]);
        assert!(!c.clean(&links).text().contains("Plum jam"), "{}", c.clean(&links).text());
        // one amount is no list
        let one = recipe_page(&["Ingredients", "2 pears", "Subscribe to our recipes", "Popular this week"]);
        assert!(!c.clean(&one).text().contains("2 pears"), "{}", c.clean(&one).text());
    }

    #[test]
    fn a_recipe_card_ends_before_a_box_of_titles_and_none_follows_the_comments() {
        let c = crate::Cleaner::new(crate::Options::default()).unwrap();
        let titles = ["Plum cake with almonds", "Quince jelly for the winter", "Apple pie as grandmother made it"];
        let card: Vec<&str> = ["Ingredients", "2 pears", "Salt", "1 lemon"].iter().chain(&titles).copied().collect();
        let out = c.clean(&recipe_page(&card)).text().to_string();
        assert!(out.contains("1 lemon") && out.contains("Salt"), "{out}");
        assert!(titles.iter().all(|t| !out.contains(t)), "{out}");
        // a recipe quoted in the comments under the article is no card of its own
        let page = recipe_page(&[]).replace("Print\n\n", "") + "\nJane Doe\nIngredients\n200 g flour\n2 eggs\n1 cup milk\n";
        let out = c.clean(&page).text().to_string();
        assert!(!out.contains("200 g flour"), "{out}");
    }

    /// A made-up page: a menu, two paragraphs, `table`, a third paragraph
    /// and a footer.
    fn page_with_table(table: &[&str]) -> String {
        let page = page_with_list("", &[]);
        let (head, foot) = page.split_at(page.find("The committee").unwrap());
        format!("{head}{}\n\n{foot}", table.join("\n"))
    }

    const TAB_TABLE: [&str; 6] = [
        "Class\tWinner\tWeight",
        "Marrow\tJoan Hale\t12.4 kg",
        "Pumpkin\tTom Ward\t48.0 kg",
        "Onion\tRuth Bell\t2.1 kg",
        "Leek\tSam Price\t1.7 kg",
        "Cabbage\tAnn Cole\t6.3 kg",
    ];

    const MARKDOWN_TABLE: [&str; 6] = [
        "| Class | Winner | Weight |",
        "|---|---|---|",
        "| Marrow | Joan Hale | 12.4 kg |",
        "| Pumpkin | Tom Ward | 48.0 kg |",
        "| Onion | Ruth Bell | 2.1 kg |",
        "| Leek | Sam Price | 1.7 kg |",
    ];

    #[test]
    fn a_table_inside_the_article_is_kept() {
        let c = crate::Cleaner::new(crate::Options::default()).unwrap();
        let off = crate::Cleaner::new(crate::Options::default()).unwrap().without_stage(Stage::Tables);
        for table in [TAB_TABLE, MARKDOWN_TABLE] {
            let page = page_with_table(&table);
            let cleaned = c.clean(&page);
            let rows: Vec<&crate::Block> = cleaned.blocks().iter().filter(|b| is_table_row(page[b.start()..b.end()].trim())).collect();
            assert_eq!(rows.len(), table.len());
            assert!(rows.iter().all(|b| b.kept()), "{}", cleaned.text());
            assert!(rows.iter().any(|b| b.reason() == Reason::TableRow), "{:?}", rows.iter().map(|b| b.reason()).collect::<Vec<_>>());
            assert!(cleaned.text().contains("The committee asked"), "{}", cleaned.text());
            // without the stage the rows are dropped: the test of it can fail
            let text = off.clean(&page).text().to_string();
            assert!(table.iter().all(|row| !text.contains(row)), "{text}");
        }
    }

    #[test]
    fn a_table_outside_the_article_is_not_kept() {
        let c = crate::Cleaner::new(crate::Options::default()).unwrap();
        for table in [TAB_TABLE, MARKDOWN_TABLE] {
            let page = format!("{}\n{}\n", page_with_list("", &[]), table.join("\n"));
            let text = c.clean(&page).text().to_string();
            assert!(table.iter().all(|row| !text.contains(row)), "{text}");
        }
    }

    #[test]
    fn a_line_of_cells_alone_is_a_menu_line_and_rows_are_cells() {
        let texts = ["Home\tNews\tSport\tWeather", "A paragraph of text.", "a\tb\tc", "| d | e |", "f\tg"];
        let mut feats: Vec<Features> = texts.iter().map(|t| crate::features::measure(t, crate::lang::Lang { code: "", mask: crate::lang::ANY_LANG }.stopwords(), &mut Default::default())).collect();
        assert_eq!(feats[0].separators, 3);
        let rows = read_table_rows(&texts, &mut feats);
        assert_eq!(rows, [0, 2, 3, 4]);
        let separators: Vec<u32> = feats.iter().map(|f| f.separators).collect();
        assert_eq!(separators, [3, 0, 0, 0, 0]);
        let c = crate::Cleaner::new(crate::Options::default()).unwrap();
        let menu = c.clean("Home\tNews\tSport\tWeather\tContact\n\nThe village has held its summer fair on the green for as long as anyone can remember.\n");
        assert_eq!(menu.blocks()[0].cf_label(), Label::Navigation);
    }
}
