//! The command line on odd input: invalid UTF-8, UTF-16 and NUL bytes, missing files,
//! usage errors, bad JSON lines in a stream; and `--jsonl` against the library.

#[path = "common/score.rs"]
mod score;

use proptest::prelude::*;
use std::io::Write;
use std::process::{Command, Output, Stdio};

const PARA: &str = "The harbour reopened on Monday after the storm had kept the ferries in port for a week, and the first boats left before dawn.";

fn chaff(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_chaff"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("chaff runs");
    let mut input = child.stdin.take().unwrap();
    let bytes = stdin.to_vec();
    // write from another thread: a large input must not deadlock on a full pipe
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&bytes);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("the output is UTF-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn invalid_utf8_is_replaced_with_a_warning() {
    let mut input = b"Home\nNews\n\n".to_vec();
    input.extend_from_slice(PARA.as_bytes());
    input.extend_from_slice(b" Caf\xe9 \xff\xfe ends here.\n\nLeave a Reply\n");
    let o = chaff(&[], &input);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains(PARA), "{out:?}");
    assert!(out.contains("Caf\u{fffd} \u{fffd}\u{fffd} ends here."), "{out:?}");
    let err = stderr(&o);
    assert!(err.contains("not valid UTF-8"), "{err}");
    // the offset of the first bad byte, as the warning promises
    let first_bad = input.iter().position(|&b| b == 0xe9).unwrap();
    assert!(err.contains(&format!("offset {first_bad}")), "{err}");
}

/// Text saved as UTF-16 with its byte order mark (PowerShell 5's `>`,
/// Notepad's "Unicode") is read as the same text in UTF-8 is, little- or
/// big-endian, with no warning; read as UTF-8 it was NULs between letters.
/// The page reads a dropped file so too (tests/browser).
#[test]
fn utf16_with_a_byte_order_mark_is_read_as_text() {
    let text = format!("Home\nNews\nSport\nWeather\nContact\n\n{PARA}\n\n{PARA} Caf\u{e9} \u{1F600} again.\n\nLeave a Reply\n");
    let utf8 = chaff(&["--json"], text.as_bytes());
    assert!(stdout(&utf8).contains("Caf\u{e9}"), "{}", stdout(&utf8));
    let units: Vec<u16> = text.encode_utf16().collect();
    let le: Vec<u8> = [0xFF, 0xFE].into_iter().chain(units.iter().flat_map(|u| u.to_le_bytes())).collect();
    let be: Vec<u8> = [0xFE, 0xFF].into_iter().chain(units.iter().flat_map(|u| u.to_be_bytes())).collect();
    // (UTF-8's byte order mark is dropped too, as browsers drop it)
    let bom: Vec<u8> = b"\xEF\xBB\xBF".iter().chain(text.as_bytes()).copied().collect();
    for input in [&le, &be, &bom] {
        let o = chaff(&["--json"], input);
        assert!(o.status.success(), "{}", stderr(&o));
        assert_eq!(stdout(&o), stdout(&utf8));
        assert_eq!(stderr(&o), "");
    }
    // an odd last byte and an unpaired surrogate: replaced, with a warning
    let mut odd = le.clone();
    odd.extend_from_slice(&0xD800u16.to_le_bytes());
    odd.push(b'x');
    let o = chaff(&[], &odd);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains(PARA), "{}", stdout(&o));
    assert!(stderr(&o).contains("unpaired surrogates") && stderr(&o).contains("odd number of bytes"), "{}", stderr(&o));
}

#[test]
fn invalid_utf8_in_every_output_format() {
    let input = b"\xc3\x28\xa0\xa1\n\n\xf0\x28\x8c\xbc\x00\x80\n";
    for args in [&[][..], &["--json"], &["--explain"]] {
        let o = chaff(args, input);
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains("not valid UTF-8"), "{args:?}");
    }
    let o = chaff(&["--json"], input);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("--json prints JSON");
    assert_eq!(v["blocks"].as_array().unwrap().len(), 2);
}

#[test]
fn nul_bytes_pass_through_verbatim() {
    let input = format!("\0\0\n\n{PARA}\0\n");
    let o = chaff(&[], input.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains(&format!("{PARA}\0")), "{:?}", stdout(&o));
    let o = chaff(&["--json"], input.as_bytes());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(v["text"].as_str().unwrap().contains('\0'));
}

#[test]
fn empty_and_blank_input() {
    for input in [&b""[..], b"\n\n\n", b" \t\r\n\r"] {
        let o = chaff(&[], input);
        assert!(o.status.success());
        assert_eq!(stdout(&o), "", "{input:?}");
        let o = chaff(&["--json"], input);
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(v["text"], "");
        assert_eq!(v["blocks"].as_array().unwrap().len(), 0);
    }
}

#[test]
fn a_missing_file_is_named_and_exits_1() {
    let o = chaff(&["/nonexistent/dir/page.txt"], b"");
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("/nonexistent/dir/page.txt"), "{}", stderr(&o));
    assert!(o.stdout.is_empty());
}

#[test]
fn usage_errors_exit_2() {
    for args in [&["--no-such-flag"][..], &["--mode", "fast"], &["--lang", "xx"], &["--drop", "("], &["--json", "--jsonl"], &["--field", "x"]] {
        let o = chaff(args, b"");
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(!stderr(&o).is_empty(), "{args:?}: no message");
    }
    let o = chaff(&["--drop", "("], b"");
    assert!(stderr(&o).contains("invalid drop pattern"), "{}", stderr(&o));
}

#[test]
fn a_bad_jsonl_line_is_reported_and_the_stream_goes_on() {
    let good = |t: &str| serde_json::json!({ "id": t, "text": format!("Share\n\n{PARA}\n") }).to_string();
    let input = [
        good("a"),
        "{not json".to_string(),
        "[1, 2]".to_string(),
        r#"{"text": 5}"#.to_string(),
        r#"{"body": "x"}"#.to_string(),
        String::new(),
        good("b"),
    ]
    .join("\n");
    // (the first line after a byte order mark, as Windows tools write UTF-8)
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(input.as_bytes());
    bytes.extend_from_slice(b"\n{\"id\": \"c\", \"text\": \"caf\xe9\"}\n");
    let o = chaff(&["--jsonl"], &bytes);
    assert!(o.status.success(), "{}", stderr(&o));
    let out: Vec<serde_json::Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let ids: Vec<&str> = out.iter().map(|v| v["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["a", "b", "c"]);
    assert_eq!(out[0]["clean"]["text"], PARA);
    assert_eq!(out[2]["clean"]["text"], "caf\u{fffd}");
    let err = stderr(&o);
    for n in [2, 3, 4, 5] {
        assert!(err.contains(&format!("line {n}:")), "line {n} not reported:\n{err}");
    }
    assert!(!err.contains("line 6:"), "a blank line was reported:\n{err}");
}

/// `--jsonl` writes each object back as it came, member for member: numbers
/// past f64's precision, escapes and spacing inside values, the members'
/// order; a "clean" member it had is replaced by chaff's.
#[test]
fn jsonl_writes_the_object_back_as_it_came() {
    let text = serde_json::to_string(&format!("Share\n\n{PARA}")).unwrap();
    let line = format!(r#"{{"id": 12345678901234567890123, "url": "https:\/\/example.com\/caf\u00e9", "meta": {{"tags": [1, 2.50]}}, "clean": 0, "text": {text}}}"#);
    let o = chaff(&["--jsonl"], format!("{line}\n").as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let expected_start = format!(r#"{{"id":12345678901234567890123,"url":"https:\/\/example.com\/caf\u00e9","meta":{{"tags": [1, 2.50]}},"text":{text},"clean":{{"#);
    assert!(out.starts_with(&expected_start), "{out}");
    let v: serde_json::Value = serde_json::from_str(out.trim_end()).unwrap();
    assert_eq!(v["clean"]["text"], PARA);
    assert_eq!(out.matches("\"clean\"").count(), 1, "{out}");
}

/// `--jsonl` on every core over all the texts in tests/data (seeds, aeb,
/// traf: 789 pages in one stream) gives, line for line and in input order,
/// what `chaff::clean` gives for each text: the same text, title, byline,
/// date and language.
#[test]
fn jsonl_on_every_core_gives_the_librarys_answer_in_input_order() {
    let docs: Vec<(String, String)> =
        [score::load_seeds(), score::load_aeb(), score::load_traf()].into_iter().flat_map(|c| c.docs).collect();
    assert!(docs.len() >= 700, "the corpus texts were not found ({} loaded)", docs.len());
    let input: String = docs.iter().map(|(id, text)| serde_json::json!({ "id": id, "text": text }).to_string() + "\n").collect();
    let o = chaff(&["--jsonl", "--threads", "0"], input.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), docs.len());
    for ((id, text), line) in docs.iter().zip(lines) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{id}: {e}"));
        assert_eq!(v["id"], id.as_str(), "out of order");
        let want = chaff::clean(text);
        let clean = &v["clean"];
        assert_eq!(clean["text"], want.text(), "{id}: text");
        for (key, value) in [("title", want.title()), ("byline", want.byline()), ("date", want.date()), ("language", want.language())] {
            assert_eq!(clean[key].as_str(), value, "{id}: {key}");
        }
    }
}

/// A JSON value as a writer may have written it: numbers of any length
/// with fractions and exponents as written ("2.50", "1E+07"), strings with
/// escapes and any char, arrays and objects with spaces inside.
fn written_json() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        Just("null".to_string()),
        Just("true".to_string()),
        "-?(0|[1-9][0-9]{0,30})(\\.[0-9]{1,5})?([eE][+-]?[0-9]{1,3})?",
        any::<String>().prop_map(|s| serde_json::to_string(&s).unwrap()),
        "[a-z ]{0,8}".prop_map(|s| format!("\"\\u00e9{s}\\/\\n\"")),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(|v| format!("[{}]", v.join(", "))),
            prop::collection::vec(("[a-z]{1,6}", inner), 0..4).prop_map(|m| {
                format!("{{ {} }}", m.iter().map(|(k, v)| format!("\"{k}\" : {v}")).collect::<Vec<_>>().join(" , "))
            }),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// `--jsonl` gives each object back with every member's value as it was
    /// written, in order, then "clean" with what the library gives for its text.
    #[test]
    fn jsonl_gives_every_value_back_as_written(
        docs in prop::collection::vec((prop::collection::vec(("[a-z]{1,6}", written_json()), 0..5), any::<String>()), 1..6)
    ) {
        let mut input = String::new();
        let mut want = Vec::new();
        for (members, text) in &docs {
            let members: Vec<&(String, String)> = members.iter().filter(|(k, _)| k != "text" && k != "clean").collect();
            let text_json = serde_json::to_string(text).unwrap();
            let written: String = members.iter().map(|(k, v)| format!("\"{k}\": {v}, ")).collect();
            input += &format!("{{{written}\"text\": {text_json}}}\n");
            let kept: String = members.iter().map(|(k, v)| format!("\"{k}\":{v},")).collect();
            want.push((format!("{{{kept}\"text\":{text_json},\"clean\":{{"), text));
        }
        let o = chaff(&["--jsonl"], input.as_bytes());
        prop_assert!(o.status.success(), "{}", stderr(&o));
        let out = stdout(&o);
        let lines: Vec<&str> = out.lines().collect();
        prop_assert_eq!(lines.len(), want.len(), "{}", stderr(&o));
        for (line, (start, text)) in lines.iter().zip(&want) {
            prop_assert!(line.starts_with(start.as_str()), "{line}\nwanted it to start with {start}");
            // (the clean object alone: serde_json without arbitrary precision
            // refuses a number as long as "1e999", which chaff passes through)
            let clean: serde_json::Value = serde_json::from_str(&line[start.len() - 1..line.len() - 1]).unwrap();
            let cleaned = chaff::clean(text);
            prop_assert_eq!(clean["text"].as_str(), Some(cleaned.text()));
        }
    }
}

#[test]
fn a_large_blank_input_through_a_pipe() {
    let input = "\n".repeat(1_000_000) + PARA + "\n";
    let o = chaff(&[], input.as_bytes());
    assert!(o.status.success());
    assert_eq!(stdout(&o).trim_end(), PARA);
}
