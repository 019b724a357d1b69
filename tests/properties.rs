//! Property tests of the guarantees every input gets, whatever its content:
//!
//! * the kept text is made of the input's own lines, trimmed, in order, and is
//!   exactly the lines of the kept blocks (checked against a naive reference
//!   segmentation written here, independent of the crate's);
//! * the block spans tile the input in order, with no overlap and no gap, and
//!   each block holds one non-blank line, or the lines of one hard-wrapped
//!   paragraph (or a setext heading and its underline), with no blank line
//!   between them;
//! * the title, byline and date are pieces of the input (a wrapped title's
//!   lines joined by a space);
//! * cleaning is deterministic (the same text twice, two cleaners built from
//!   the same options, two threads);
//! * every mode and option set returns a result for any string.

#[path = "common/wrap.rs"]
mod wrap;

use chaff::{Cleaned, Cleaner, Mode, Options};
use proptest::prelude::*;

/// Unicode's line ends: `\n`, `\r` (and `\r\n`), VT, FF, NEL, and the line
/// and paragraph separators.
const LINE_ENDS: [char; 7] = ['\n', '\r', '\u{0B}', '\u{0C}', '\u{85}', '\u{2028}', '\u{2029}'];
/// Chars that do not show: a line of them alone is blank.
const INVISIBLE: [char; 6] = ['\u{AD}', '\u{200B}', '\u{200E}', '\u{200F}', '\u{2060}', '\u{FEFF}'];

/// Whether a line holds nothing that shows (a no-break space read as
/// Windows-1252, "Â\u{a0}", among what does not), or quote marks alone
/// (the blank line of a quote: ">" between "> text" lines).
fn is_blank(line: &str) -> bool {
    let t = line.trim();
    line.replace("Â\u{a0}", "").chars().all(|c| INVISIBLE.contains(&c) || c.is_whitespace())
        || t.starts_with('>') && t.chars().all(|c| matches!(c, '>' | ' ' | '\t'))
}

/// The naive reference segmentation: `\r\n` and each of `LINE_ENDS` end a
/// line; each line is trimmed; blank lines are left out.
fn reference_lines(input: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = input;
    loop {
        let cut = rest.find(LINE_ENDS);
        let (line, next) = match cut {
            Some(i) => {
                let skip = if rest[i..].starts_with("\r\n") { 2 } else { rest[i..].chars().next().map_or(1, char::len_utf8) };
                (&rest[..i], &rest[i + skip..])
            }
            None => (rest, ""),
        };
        if !is_blank(line) {
            out.push(line.trim());
        }
        if cut.is_none() {
            break;
        }
        rest = next;
    }
    out
}

/// Whether every item of `sub` appears in `full`, in the same order.
fn is_subsequence(sub: &[&str], full: &[&str]) -> bool {
    let mut it = full.iter();
    sub.iter().all(|s| it.any(|f| f == s))
}

/// The body paragraphs of `c.text()`, without the title when the options put it first.
fn body_paragraphs<'a>(c: &'a Cleaned, opts: &Options) -> Vec<&'a str> {
    let mut text = c.text();
    if opts.include_title {
        if let Some(t) = c.title().filter(|t| !t.is_empty()) {
            assert!(text.starts_with(t), "include_title: text does not start with the title {t:?}");
            text = text[t.len()..].trim_start_matches("\n\n");
        }
    }
    if text.is_empty() {
        Vec::new()
    } else {
        text.split("\n\n").collect()
    }
}

/// Every guarantee that holds for any input and any options.
fn check_invariants(input: &str, opts: &Options, c: &Cleaned) -> Result<(), TestCaseError> {
    let lines = reference_lines(input);
    let blocks = c.blocks();

    // tiling
    if lines.is_empty() {
        prop_assert!(blocks.is_empty(), "a blank input has {} blocks", blocks.len());
        prop_assert_eq!(c.text(), "");
    } else {
        prop_assert!(!blocks.is_empty());
        prop_assert_eq!(blocks[0].start(), 0);
        prop_assert_eq!(blocks[blocks.len() - 1].end(), input.len());
        for w in blocks.windows(2) {
            prop_assert_eq!(w[0].end(), w[1].start(), "blocks must touch: no gap, no overlap");
        }
        let mut seen: Vec<&str> = Vec::with_capacity(lines.len());
        for b in blocks {
            prop_assert!(b.start() < b.end());
            prop_assert!(input.is_char_boundary(b.start()) && input.is_char_boundary(b.end()));
            let own = reference_lines(&input[b.start()..b.end()]);
            prop_assert!(!own.is_empty(), "a block holds at least one line");
            if own.len() > 1 {
                // the lines from the block's first to its last non-blank one
                let span = input[b.start()..b.end()].replace("\r\n", "\n");
                let pieces: Vec<&str> = span.split(LINE_ENDS).collect();
                let first = pieces.iter().position(|l| !is_blank(l)).unwrap_or(0);
                let last = pieces.iter().rposition(|l| !is_blank(l)).unwrap_or(0);
                prop_assert!(pieces[first..=last].iter().all(|l| !is_blank(l)), "a blank line inside a block: {:?}", span);
            }
            seen.extend(own);
            prop_assert!((0.0..=1.0).contains(&b.score()), "score {} out of [0, 1]", b.score());
        }
        prop_assert_eq!(seen, lines.clone(), "the blocks hold every line once, in order");
    }

    // the kept text: verbatim trimmed lines, in order, exactly the kept blocks
    let paragraphs = body_paragraphs(c, opts);
    let out_lines: Vec<&str> = paragraphs.iter().flat_map(|p| p.split('\n')).collect();
    prop_assert!(is_subsequence(&out_lines, &lines), "kept text is not a subsequence of the input's lines");
    let kept: Vec<String> =
        blocks.iter().filter(|b| b.kept()).map(|b| reference_lines(&input[b.start()..b.end()]).join("\n")).collect();
    prop_assert_eq!(paragraphs, kept, "the text is the kept blocks' lines");

    // metadata is taken from the input as it shows (without the invisible
    // chars, the link targets, the link numbers and the HTML tags it may be
    // written with)
    let words = |s: &str| s.replace(INVISIBLE, "").split_whitespace().collect::<Vec<_>>().join(" ");
    let (flat, shown) = (words(input), words(&as_shown(input)));
    for field in [c.title(), c.byline(), c.date()].into_iter().flatten() {
        let field = words(field);
        prop_assert!(flat.contains(&field) || shown.contains(&field), "metadata {:?} is not in the input", field);
        prop_assert!(!field.contains('\n') && !field.contains('\r'));
    }
    Ok(())
}

/// `text` as a page shows it, by a naive reading: markdown links as their
/// text, a text browser's link numbers ("[12]Home") and HTML tags left out.
fn as_shown(text: &str) -> String {
    let (mut out, mut at) = (String::new(), 0);
    while let Some(k) = text[at..].find('[') {
        let open = at + k;
        let after = &text[open + 1..];
        // a link: `[`, text without brackets, `](`, a target of no space or bracket, `)`
        let close = after.find(['[', ']']).filter(|&k| after[k..].starts_with("]("));
        let target = close.and_then(|k| {
            let t = &after[k + 2..];
            let known = ["https://", "http://", "www.", "/", "#", "mailto:"].iter().any(|p| t.len() > p.len() && t.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes()));
            let end = t.find(|c: char| c.is_ascii_whitespace() || "()[]".contains(c))?;
            (known && t[end..].starts_with(')')).then_some((k, open + 1 + k + 2 + end + 1))
        });
        // a link number: `[`, 1 to 4 digits, `]`, glued to a word, after a line's start or a space
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        let number = (1..=4).contains(&digits)
            && after[digits..].starts_with(']')
            && (open == 0 || text[..open].ends_with([' ', '\t', '(', '"', '|', '\n', '\r']))
            && after[digits + 1..].chars().next().is_some_and(|c| c.is_alphanumeric() || "\"“„«".contains(c));
        if let Some((k, end)) = target {
            // an image's `!` goes with its brackets
            out.push_str(text[at..open].strip_suffix('!').unwrap_or(&text[at..open]));
            out.push_str(&after[..k]);
            at = end;
        } else if number {
            out.push_str(&text[at..open]);
            at = open + digits + 2;
        } else {
            out.push_str(&text[at..=open]);
            at = open + 1;
        }
    }
    out.push_str(&text[at..]);
    without_tags(&out)
}

/// `text` without the HTML tags of the elements the generated lines use
/// (`<p>`, `</a>`, `<a href="…">`, `<br/>`…), each a space between two
/// letters or digits and nothing elsewhere, by a naive reading: `<`, an
/// optional `/`, a name, and `>`, `/>` or attributes with an `=` up to the
/// first `>`.
fn without_tags(text: &str) -> String {
    const NAMES: [&str; 8] = ["a", "b", "br", "div", "h1", "li", "p", "span"];
    let (mut out, mut at) = (String::new(), 0);
    while let Some(k) = text[at..].find('<') {
        let open = at + k;
        let inner = text[open + 1..].split(['<', '\n', '\r']).next().unwrap_or("");
        let tag = inner.find('>').map(|end| &inner[..end]).filter(|t| {
            let t = t.strip_prefix('/').unwrap_or(t);
            let name_len = t.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(t.len());
            let rest = &t[name_len..];
            NAMES.contains(&t[..name_len].to_ascii_lowercase().as_str()) && (rest.is_empty() || rest == "/" || rest.starts_with([' ', '\t']) && rest.contains('='))
        });
        out.push_str(&text[at..open]);
        match tag {
            Some(t) => {
                at = open + t.len() + 2;
                let next = text[at..].chars().next();
                if out.chars().next_back().is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric) {
                    out.push(' ');
                }
            }
            None => {
                out.push('<');
                at = open + 1;
            }
        }
    }
    out.push_str(&text[at..]);
    out
}

/// Lines of the kinds that pages are made of, so that generated texts reach
/// every stage (lexicon, runs, core, subheadings, repeats, metadata).
fn page_line() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Home | News | Sport | Weather".to_string()),
        Just("Share".to_string()),
        Just("Leave a Reply".to_string()),
        Just("Comments (12)".to_string()),
        Just("By Jane Doe".to_string()),
        Just("June 14, 2018, 16:10".to_string()),
        Just("Veröffentlicht am 3. Ok\u{AD}to\u{AD}ber 2021 von Ma\u{AD}ria Mül\u{AD}ler".to_string()),
        Just("Kom\u{AD}men\u{AD}ta\u{AD}re (3)".to_string()),
        Just("The [harbour](https://example.org/harbour) reopened after the storm, and the ![first boats](/img/boats.jpg) left.".to_string()),
        Just("[Share](https://example.org/share?u=1)".to_string()),
        Just("[12]Home [13]News [14]Sport".to_string()),
        Just("[15]The harbour reopens after the storm".to_string()),
        Just("The [16]harbour reopened after the storm, and the first boats [17]left.".to_string()),
        Just("Photo: Reuters".to_string()),
        Just("# The harbour reopens".to_string()),
        Just("<h1>The harbour reopens</h1>".to_string()),
        Just("<p>The harbour reopened on Monday after the storm, and the <a href=\"https://example.org/boats\">first boats</a> left.</p>".to_string()),
        Just("<li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport</a></li><br/>".to_string()),
        Just("<div class=\"share\">".to_string()),
        Just("<The Palace: Tale of Jang Noksu>".to_string()),
        Just("ALSO READ: Ten things to know".to_string()),
        Just("© 2024 All rights reserved".to_string()),
        Just("Your email address will not be published. Required fields are marked *".to_string()),
        Just("The harbour reopened on Monday after the storm had kept the ferries in port for a week, and the first boats left before dawn.".to_string()),
        Just("Die Bundesregierung hat am Mittwoch beschlossen, dass die neuen Regeln ab dem kommenden Jahr gelten sollen und dass sie für alle gelten.".to_string()),
        Just("东京的天气今天很好，我们去公园散步了，看到了很多花和很多人。".to_string()),
        Just("مرحبا بكم في الموقع، هذا نص تجريبي باللغة العربية لاختبار الاتجاه.".to_string()),
        "[A-Za-z]{1,12}",
        "[a-z ,.]{20,240}",
        "[A-Z][a-z]{2,9}( [a-z]{1,9}){5,40}\\.",
        "[ \t\u{a0}]{0,4}[^\r\n]{0,80}[ \t]{0,3}",
        any::<String>(),
    ]
}

fn line_end() -> impl Strategy<Value = &'static str> {
    prop_oneof![Just("\n"), Just("\n\n"), Just("\r\n"), Just("\r"), Just("\n \n"), Just("\n\t\n\n")]
}

fn page() -> impl Strategy<Value = String> {
    prop::collection::vec((page_line(), line_end()), 0..40)
        .prop_map(|v| v.into_iter().flat_map(|(l, e)| [l, e.to_string()]).collect())
}

/// A hard-wrapped page: paragraphs of words wrapped at one width, between
/// menu lines, so that the joining of wrapped lines is reached.
fn wrapped_page() -> impl Strategy<Value = String> {
    let word = prop_oneof!["[a-z]{1,9}", "[A-Z][a-z]{0,8}[.,]?", Just("the".to_string()), any::<String>().prop_map(|s| s.chars().filter(|c| !c.is_whitespace()).take(6).collect())];
    let paragraph = prop::collection::vec(word, 1..60);
    let block = prop_oneof![paragraph.prop_map(Some), Just(None)];
    (prop::collection::vec(block, 1..12), 20usize..120, line_end()).prop_map(|(blocks, width, end)| {
        let parts: Vec<String> = blocks
            .into_iter()
            .map(|b| match b {
                Some(words) => wrap::wrap_words(&words, width, end),
                None => "Home\nNews".to_string(),
            })
            .collect();
        parts.join("\n\n")
    })
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![page(), wrapped_page(), any::<String>(), "[ \t\r\n\u{a0}\u{2028}\u{85}x>Â]{0,40}"]
}

const PATTERNS: &[&str] = &["^Share", "(?i)reply", "harbour", "^$", ".", "\\d+", "^[A-Z]"];

fn options() -> impl Strategy<Value = Options> {
    let lang = prop_oneof![Just(None), Just(Some("en")), Just(Some("deu")), Just(Some("zh")), Just(Some("ar"))];
    let pats = || prop::collection::vec(prop::sample::select(PATTERNS), 0..3);
    (prop::sample::select(&Mode::ALL[..]), any::<bool>(), any::<bool>(), lang, pats(), pats()).prop_map(
        |(mode, include_title, keep_captions, lang, drop, keep)| Options {
            mode,
            include_title,
            keep_captions,
            language: lang.map(str::to_string),
            drop_patterns: drop.into_iter().map(str::to_string).collect(),
            keep_patterns: keep.into_iter().map(str::to_string).collect(),
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn default_cleaning_keeps_the_invariants(input in text()) {
        let c = chaff::clean(&input);
        check_invariants(&input, &Options::default(), &c)?;
    }

    #[test]
    fn every_option_set_keeps_the_invariants(input in text(), opts in options()) {
        let cleaner = Cleaner::new(opts.clone()).expect("the generated options are valid");
        let c = cleaner.clean(&input);
        check_invariants(&input, &opts, &c)?;
    }

    #[test]
    fn every_mode_returns_a_result(input in any::<String>()) {
        for mode in Mode::ALL {
            let opts = Options { mode, ..Options::default() };
            let c = Cleaner::new(opts.clone()).unwrap().clean(&input);
            check_invariants(&input, &opts, &c)?;
        }
    }

    #[test]
    fn cleaning_is_deterministic(input in text(), opts in options()) {
        let a = Cleaner::new(opts.clone()).unwrap();
        let b = Cleaner::new(opts).unwrap();
        let first = a.clean(&input);
        prop_assert_eq!(&first, &a.clean(&input), "the same cleaner, twice");
        prop_assert_eq!(&first, &b.clean(&input), "two cleaners with the same options");
    }

    #[test]
    fn the_free_function_is_the_default_cleaner(input in text()) {
        let c = Cleaner::new(Options::default()).unwrap();
        prop_assert_eq!(chaff::clean(&input), c.clean(&input));
    }

    /// A keep pattern that matches every line keeps every line (patterns
    /// read a line as it shows, and a line that shows nothing, of tags or
    /// an empty link, as it is written).
    #[test]
    fn keep_everything_pattern_keeps_every_line(input in text()) {
        let opts = Options { keep_patterns: vec![".".into()], ..Options::default() };
        let c = Cleaner::new(opts).unwrap().clean(&input);
        for b in c.blocks() {
            prop_assert!(b.kept(), "a block is dropped: {:?}", &input[b.start()..b.end()]);
        }
        let kept: Vec<String> = c.blocks().iter().filter(|b| b.kept()).map(|b| reference_lines(&input[b.start()..b.end()]).join("\n")).collect();
        prop_assert_eq!(c.text(), kept.join("\n\n"));
    }

    /// A drop pattern that matches every line empties the text.
    #[test]
    fn drop_everything_pattern_drops_every_line(input in text()) {
        let opts = Options { drop_patterns: vec![".".into()], ..Options::default() };
        let c = Cleaner::new(opts).unwrap().clean(&input);
        prop_assert_eq!(c.text(), "");
        prop_assert!(c.blocks().iter().all(|b| !b.kept()));
    }

    /// Line ends do not change what is kept: the same lines joined with
    /// `\n`, `\r\n`, `\r`, U+2028 or NEL give the same text.
    #[test]
    fn line_ending_style_does_not_matter(lines in prop::collection::vec(page_line(), 0..30)) {
        let lines: Vec<String> = lines.into_iter().map(|l| l.replace(LINE_ENDS, " ")).collect();
        let lf = chaff::clean(&lines.join("\n\n"));
        for end in ["\r\n", "\r", "\u{2028}", "\u{85}"] {
            let other = chaff::clean(&lines.join(&end.repeat(2)));
            prop_assert_eq!(lf.text(), other.text(), "{:?}", end);
        }
    }
}

#[test]
fn cleaning_from_many_threads_agrees() {
    let page = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/article.txt")).unwrap();
    let cleaner = Cleaner::new(Options::default()).unwrap();
    let expected = cleaner.clean(&page);
    assert!(!expected.text().is_empty());
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..4).map(|_| s.spawn(|| cleaner.clean(&page))).collect();
        for h in handles {
            assert_eq!(h.join().unwrap(), expected);
        }
    });
}

#[test]
fn reference_segmentation_is_right() {
    // the reference itself must be right for the properties to mean anything
    assert_eq!(reference_lines("a\nb\r\nc\rd"), ["a", "b", "c", "d"]);
    assert_eq!(reference_lines("\r\n\r\n  x \r\r\n\n\ty\t"), ["x", "y"]);
    assert_eq!(reference_lines(" \u{a0}\n\u{2028}\u{200B}"), Vec::<&str>::new());
    assert_eq!(reference_lines("a\u{2028}b\u{85}c\u{2029}\u{0C}d"), ["a", "b", "c", "d"]);
    assert!(is_subsequence(&["a", "c"], &["a", "b", "c"]));
    assert!(!is_subsequence(&["c", "a"], &["a", "b", "c"]));
}
