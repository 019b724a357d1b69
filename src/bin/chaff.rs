//! The `chaff` command: clean pasted article text from files, pipes and JSONL corpora.

use chaff::{Cleaned, Cleaner, Mode, Options};
use clap::Parser;
use rayon::prelude::*;
use std::io::{self, BufRead, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Strip the boilerplate (menus, share bars, bylines, captions, comment forms,
/// footers) from pasted or scraped article text, and print the article.
#[derive(Parser, Debug)]
#[command(name = "chaff", version, about, long_about = None, after_help = "\
Examples:
  chaff page.txt                    print the article body
  pbpaste | chaff --explain         show every block, kept or dropped, and why
  chaff --json page.txt             the whole result as JSON
  chaff --jsonl < pages.jsonl > clean.jsonl
                                    add a \"clean\" object to each JSON line

Exit status: 0 on success, 1 on an I/O error, 2 on a usage error.")]
struct Args {
    /// Files to clean; `-` or none reads standard input. Read as UTF-8, or
    /// as UTF-16 when they open with its byte order mark.
    files: Vec<PathBuf>,

    /// Print the whole result as JSON: text, title, byline, date, language and blocks.
    #[arg(long, conflicts_with_all = ["explain", "jsonl"])]
    json: bool,

    /// Print every block with kept/dropped, label and reason.
    #[arg(long, conflicts_with = "jsonl")]
    explain: bool,

    /// Batch mode: each input line is a JSON object whose text field holds a
    /// document; each output line is that object, its members verbatim, with
    /// a "clean" key added.
    #[arg(long)]
    jsonl: bool,

    /// With --jsonl: the key that holds the text.
    #[arg(long, default_value = "text", value_name = "NAME", requires = "jsonl")]
    field: String,

    /// With --jsonl: worker threads (0: one per core).
    #[arg(long, default_value_t = 0, value_name = "N", requires = "jsonl")]
    threads: usize,

    /// How much to drop when in doubt.
    #[arg(long, value_name = "MODE", default_value_t = Options::default().mode, value_parser = parse_mode)]
    mode: Mode,

    /// Put the title as the first paragraph of the body.
    #[arg(long)]
    include_title: bool,

    /// Keep picture captions and photo credits.
    #[arg(long)]
    keep_captions: bool,

    /// The text's language (ISO 639-1 or 639-3, e.g. de or deu); detected when absent.
    #[arg(long, value_name = "CODE")]
    lang: Option<String>,

    /// Drop lines matching this regular expression (repeatable).
    #[arg(long = "drop", value_name = "REGEX")]
    drop_patterns: Vec<String>,

    /// Keep lines matching this regular expression (repeatable; wins over --drop).
    #[arg(long = "keep", value_name = "REGEX")]
    keep_patterns: Vec<String>,

    /// Colour in --explain: auto (on a terminal), always or never.
    #[arg(long, value_name = "WHEN", default_value = "auto", value_parser = ["auto", "always", "never"])]
    color: String,
}

fn parse_mode(s: &str) -> Result<Mode, String> {
    s.parse().map_err(|e: chaff::Error| e.to_string())
}

fn main() -> ExitCode {
    let args = match Args::try_parse() {
        Ok(a) => a,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let options = Options {
        mode: args.mode,
        include_title: args.include_title,
        keep_captions: args.keep_captions,
        language: args.lang.clone(),
        drop_patterns: args.drop_patterns.clone(),
        keep_patterns: args.keep_patterns.clone(),
    };
    let cleaner = match Cleaner::new(options) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("chaff: {e}");
            return ExitCode::from(2);
        }
    };
    let result = if args.jsonl { run_jsonl(&args, &cleaner) } else { run_files(&args, &cleaner) };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("chaff: {e}");
            ExitCode::from(1)
        }
    }
}

/// Reads a whole input: UTF-16 when it opens with UTF-16's byte order mark,
/// else UTF-8; invalid sequences are replaced, with a warning. A byte order
/// mark is no text: it is dropped, as browsers drop it (the page reads a
/// file so too).
fn read_input(path: Option<&PathBuf>) -> io::Result<(String, String)> {
    let mut bytes = Vec::new();
    let name = match path.filter(|p| p.as_os_str() != "-") {
        Some(p) => {
            bytes = std::fs::read(p).map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", p.display())))?;
            p.display().to_string()
        }
        None => {
            io::stdin().lock().read_to_end(&mut bytes)?;
            "standard input".to_string()
        }
    };
    if let Some(text) = utf16(&name, &bytes) {
        return Ok((name, text));
    }
    drop_utf8_bom(&mut bytes);
    let text = match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("chaff: warning: {name} is not valid UTF-8 (first bad byte at offset {}); invalid bytes replaced with U+FFFD", e.utf8_error().valid_up_to());
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    };
    Ok((name, text))
}

/// Drops UTF-8's byte order mark from the start of `bytes`, if it is there.
fn drop_utf8_bom(bytes: &mut Vec<u8>) {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
}

/// The text of `bytes` when they open with UTF-16's byte order mark,
/// little- or big-endian, as Windows writes text (PowerShell 5's `>`,
/// Notepad's "Unicode"): read as UTF-8, every other byte is a NUL.
/// Unpaired surrogates and an odd last byte are replaced, with a warning.
fn utf16(name: &str, bytes: &[u8]) -> Option<String> {
    let unit: fn([u8; 2]) -> u16 = match bytes {
        // (not UTF-32's little-endian mark, FF FE 00 00)
        [0xFF, 0xFE, rest @ ..] if !rest.starts_with(&[0, 0]) => u16::from_le_bytes,
        [0xFE, 0xFF, ..] => u16::from_be_bytes,
        _ => return None,
    };
    let body = &bytes[2..];
    let units: Vec<u16> = body.chunks_exact(2).map(|c| unit([c[0], c[1]])).collect();
    let mut text = String::from_utf16(&units).unwrap_or_else(|_| {
        eprintln!("chaff: warning: {name} is UTF-16 with unpaired surrogates; they are replaced with U+FFFD");
        String::from_utf16_lossy(&units)
    });
    if body.len() % 2 == 1 {
        eprintln!("chaff: warning: {name} is UTF-16 with an odd number of bytes; the last is replaced with U+FFFD");
        text.push('\u{FFFD}');
    }
    Some(text)
}

fn run_files(args: &Args, cleaner: &Cleaner) -> io::Result<()> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let color = match args.color.as_str() {
        "always" => true,
        "never" => false,
        _ => io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    let inputs: Vec<Option<&PathBuf>> = if args.files.is_empty() { vec![None] } else { args.files.iter().map(Some).collect() };
    for (n, path) in inputs.iter().enumerate() {
        let (name, text) = read_input(*path)?;
        let cleaned = cleaner.clean(&text);
        if args.json {
            serde_json::to_writer(&mut out, &cleaned).map_err(io::Error::other)?;
            writeln!(out)?;
        } else if args.explain {
            if inputs.len() > 1 {
                writeln!(out, "==> {name} <==")?;
            }
            explain(&mut out, &text, &cleaned, color)?;
        } else {
            if n > 0 {
                writeln!(out)?;
            }
            if !cleaned.text().is_empty() {
                writeln!(out, "{}", cleaned.text())?;
            }
        }
    }
    out.flush()
}

fn explain(out: &mut impl Write, text: &str, c: &Cleaned, color: bool) -> io::Result<()> {
    let (green, red, dim, reset) = if color { ("\x1b[32m", "\x1b[31m", "\x1b[2m", "\x1b[0m") } else { ("", "", "", "") };
    let meta = [("title", c.title()), ("byline", c.byline()), ("date", c.date()), ("language", c.language())];
    for (k, v) in meta {
        if let Some(v) = v {
            writeln!(out, "{dim}{k}:{reset} {v}")?;
        }
    }
    let kept = c.blocks().iter().filter(|b| b.kept()).count();
    writeln!(out, "{dim}{kept} of {} blocks kept{reset}", c.blocks().len())?;
    for b in c.blocks() {
        let line = text[b.start()..b.end()].trim();
        // a joined hard-wrapped paragraph spans lines: shown on one
        let short: String = line.chars().take(100).map(|c| if c == '\n' || c == '\r' { ' ' } else { c }).collect();
        let more = if short.len() < line.len() { "…" } else { "" };
        let (mark, col) = if b.kept() { ("+", green) } else { ("-", red) };
        let cf = if b.cf_label() != b.label() { format!(" (alone: {})", b.cf_label()) } else { String::new() };
        writeln!(out, "{col}{mark} {:<11}{reset} {short}{more}  {dim}[{}{cf}]{reset}", b.label().as_str(), b.reason())?;
    }
    Ok(())
}

/// Documents read and cleaned at a time: enough to keep every core busy,
/// few enough to bound memory on an endless stream.
const BATCH_LINES: usize = 512;
/// Batches queued between the reader, the cleaners and the writer.
const QUEUED_BATCHES: usize = 1;

/// Streams JSONL in three stages that overlap: a thread reads batches of
/// lines, the pool cleans each batch in parallel (parsing and serializing
/// included), and a thread writes the results in input order. Memory stays
/// bounded by the batches in flight.
fn run_jsonl(args: &Args, cleaner: &Cleaner) -> io::Result<()> {
    let pool = rayon::ThreadPoolBuilder::new().num_threads(args.threads).build().map_err(io::Error::other)?;
    let (batches_tx, batches_rx) = std::sync::mpsc::sync_channel::<io::Result<Vec<(usize, Vec<u8>)>>>(QUEUED_BATCHES);
    let (results_tx, results_rx) = std::sync::mpsc::sync_channel::<Vec<Result<String, String>>>(QUEUED_BATCHES);
    // The reader is not joined: it may be waiting on standard input when the
    // output is closed, and the process must end then all the same.
    std::thread::spawn(move || {
        let stdin = io::stdin();
        let mut input = stdin.lock();
        let mut line_no = 0usize;
        loop {
            let mut batch = Vec::with_capacity(BATCH_LINES);
            while batch.len() < BATCH_LINES {
                let mut buf = Vec::new();
                match input.read_until(b'\n', &mut buf) {
                    Ok(0) => break,
                    Ok(_) => {}
                    Err(e) => {
                        let _ = batches_tx.send(Err(e));
                        return;
                    }
                }
                line_no += 1;
                // (a byte order mark before the first line, as Windows tools
                // write UTF-8: dropped, as from a file)
                if line_no == 1 {
                    drop_utf8_bom(&mut buf);
                }
                if buf.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                batch.push((line_no, buf));
            }
            if batch.is_empty() || batches_tx.send(Ok(batch)).is_err() {
                return;
            }
        }
    });
    let writer = std::thread::spawn(move || -> io::Result<()> {
        let stdout = io::stdout();
        let mut out = io::BufWriter::new(stdout.lock());
        for results in results_rx {
            for r in results {
                match r {
                    Ok(s) => {
                        out.write_all(s.as_bytes())?;
                        out.write_all(b"\n")?;
                    }
                    Err(msg) => eprintln!("chaff: {msg}"),
                }
            }
        }
        out.flush()
    });
    let mut read_error = None;
    for batch in batches_rx {
        let batch = match batch {
            Ok(b) => b,
            Err(e) => {
                read_error = Some(e);
                break;
            }
        };
        let results: Vec<Result<String, String>> =
            pool.install(|| batch.par_iter().map(|(n, line)| clean_json_line(*n, line, &args.field, cleaner)).collect());
        if results_tx.send(results).is_err() {
            break;
        }
    }
    drop(results_tx);
    let written = writer.join().unwrap_or_else(|_| Err(io::Error::other("the writer thread panicked")));
    match read_error {
        Some(e) => Err(e),
        None => written,
    }
}

fn clean_json_line(n: usize, line: &[u8], field: &str, cleaner: &Cleaner) -> Result<String, String> {
    // (most lines are valid UTF-8: checked whole before the char-by-char
    // replacement)
    let text = std::str::from_utf8(line).map_or_else(|_| String::from_utf8_lossy(line), std::borrow::Cow::Borrowed);
    let Members(members) = serde_json::from_str(&text).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => format!("line {n}: not a JSON object"),
        _ => format!("line {n}: not JSON: {e}"),
    })?;
    // (a key given twice: the last one holds, as in JSON parsers)
    let doc = match members.iter().rev().find(|(k, _)| k == field) {
        Some((_, raw)) => serde_json::from_str::<String>(raw.get()).map_err(|_| format!("line {n}: field \"{field}\" is not a string"))?,
        None => return Err(format!("line {n}: no field \"{field}\"")),
    };
    let c = cleaner.clean(&doc);
    let clean = CleanMember { text: c.text(), title: c.title(), byline: c.byline(), date: c.date(), language: c.language() };
    // The object as it came, member for member (each value verbatim: its
    // numbers, escapes and spacing), with "clean" in place of any "clean" it had.
    let mut out = String::new();
    out.push('{');
    for (key, raw) in members.iter().filter(|(k, _)| k != "clean") {
        out.push_str(&serde_json::to_string(key).map_err(|e| format!("line {n}: {e}"))?);
        out.push(':');
        out.push_str(raw.get());
        out.push(',');
    }
    out.push_str("\"clean\":");
    out.push_str(&serde_json::to_string(&clean).map_err(|e| format!("line {n}: {e}"))?);
    out.push('}');
    Ok(out)
}

/// The "clean" member that `--jsonl` adds to each object.
#[derive(serde::Serialize)]
struct CleanMember<'a> {
    text: &'a str,
    title: Option<&'a str>,
    byline: Option<&'a str>,
    date: Option<&'a str>,
    language: Option<&'a str>,
}

/// A JSON object's members in their order, each value as it was written.
struct Members<'a>(Vec<(String, &'a serde_json::value::RawValue)>);

impl<'de> serde::Deserialize<'de> for Members<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Object;
        impl<'de> serde::de::Visitor<'de> for Object {
            type Value = Members<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Members<'de>, A::Error> {
                let mut members = Vec::new();
                while let Some(member) = map.next_entry()? {
                    members.push(member);
                }
                Ok(Members(members))
            }
        }
        deserializer.deserialize_map(Object)
    }
}
