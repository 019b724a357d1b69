//! The five seed articles chaff was specified from: the body, title and date
//! must equal the hand-made gold answers in tests/data/seeds/gold.

#[path = "common/score.rs"]
mod score;

use score::{data_dir, seed_ids, seed_meta};

fn lines(text: &str) -> Vec<String> {
    text.lines().map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|l| !l.is_empty()).collect()
}

#[test]
fn every_seed_gives_exactly_its_gold_body() {
    let ids = seed_ids();
    assert_eq!(ids.len(), 5);
    for id in ids {
        let input = std::fs::read_to_string(data_dir().join(format!("seeds/{id}.txt"))).unwrap();
        let gold = std::fs::read_to_string(data_dir().join(format!("seeds/gold/{id}.txt"))).unwrap();
        let got = chaff::clean(&input);
        assert_eq!(lines(got.text()), lines(&gold), "body of seed {id}");
        // paragraphs are separated by exactly one blank line
        assert!(!got.text().contains("\n\n\n"), "seed {id}");
    }
}

#[test]
fn every_seed_gives_its_gold_title_and_date() {
    for id in seed_ids() {
        let input = std::fs::read_to_string(data_dir().join(format!("seeds/{id}.txt"))).unwrap();
        let (title, date) = seed_meta(&id);
        let got = chaff::clean(&input);
        assert_eq!(got.title(), Some(title.as_str()), "title of seed {id}");
        if let Some(date) = date {
            assert_eq!(got.date(), Some(date.as_str()), "date of seed {id}");
        }
    }
}

#[test]
fn seed_001_has_its_date() {
    let id = seed_ids().into_iter().find(|i| i.starts_with("001_")).unwrap();
    assert!(seed_meta(&id).1.is_some(), "the gold of seed 001 has a date");
}

#[test]
fn include_title_puts_the_title_first() {
    let id = &seed_ids()[0];
    let input = std::fs::read_to_string(data_dir().join(format!("seeds/{id}.txt"))).unwrap();
    let opts = chaff::Options { include_title: true, ..chaff::Options::default() };
    let got = chaff::Cleaner::new(opts).unwrap().clean(&input);
    let (title, _) = seed_meta(id);
    assert!(got.text().starts_with(&format!("{title}\n\n")), "{}", got.text());
}
