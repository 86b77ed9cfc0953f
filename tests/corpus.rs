//! The labelled corpus (`../shared/corpus/dev`, or `$ARTICLE_SEGMENTER_CORPUS`): the
//! seeds, single-article pages, tiling on every case, and the metric floors of
//! `.ci/floors`.
//!
//! The corpus is not part of the repository. When it is missing these tests fail with a
//! message saying so; set `ARTICLE_SEGMENTER_SKIP_CORPUS=1` to skip them knowingly.

#[path = "../examples/common/metrics.rs"]
mod metrics;

use article_segmenter::Segmenter;
use metrics::{Case, Figures, Pred, load};
use std::path::PathBuf;
use std::sync::OnceLock;

fn corpus_dir() -> PathBuf {
    match std::env::var_os("ARTICLE_SEGMENTER_CORPUS") {
        Some(p) => PathBuf::from(p),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/dev"),
    }
}

/// The corpus, or `None` when the caller chose to skip it. Panics with a clear message
/// when it is missing.
fn corpus() -> Option<&'static [Case]> {
    static CASES: OnceLock<Vec<Case>> = OnceLock::new();
    if std::env::var_os("ARTICLE_SEGMENTER_SKIP_CORPUS").is_some() {
        eprintln!("corpus tests SKIPPED: ARTICLE_SEGMENTER_SKIP_CORPUS is set");
        return None;
    }
    let cases = CASES.get_or_init(|| {
        let dir = corpus_dir();
        match load(&dir) {
            Ok(c) if !c.is_empty() => c,
            Ok(_) => panic!("corpus at {} holds no case", dir.display()),
            Err(e) => panic!(
                "corpus missing: {e}\nThe corpus tests need ../shared/corpus/dev beside the \
                 repository (or ARTICLE_SEGMENTER_CORPUS=DIR); set \
                 ARTICLE_SEGMENTER_SKIP_CORPUS=1 to skip them."
            ),
        }
    });
    Some(cases)
}

/// The two scrapes the project started from: every article start, headline and source
/// as the ground truth gives them (read from the case's JSON, not written here).
#[test]
fn seed_cases_match_their_ground_truth() {
    let Some(cases) = corpus() else { return };
    let seeds: Vec<&Case> = cases.iter().filter(|c| c.gt["kind"] == "seed").collect();
    assert!(!seeds.is_empty(), "the corpus has seed cases");
    for c in seeds {
        let out = Segmenter::new().segment(&c.text);
        let gold = c.gt["articles"].as_array().expect("articles");
        let starts: Vec<usize> = gold
            .iter()
            .skip(1)
            .map(|a| a["start_line"].as_u64().expect("start_line") as usize)
            .collect();
        assert_eq!(out.boundaries(), starts, "{}", c.id);
        for (a, g) in out.articles().iter().zip(gold) {
            assert_eq!(a.headline(), g["headline"].as_str(), "{}", c.id);
            assert_eq!(a.source(), g["source"].as_str(), "{}", c.id);
        }
    }
}

#[test]
fn single_article_cases_are_not_split() {
    let Some(cases) = corpus() else { return };
    let seg = Segmenter::new();
    let split: Vec<(&str, Vec<usize>)> = cases
        .iter()
        .filter(|c| c.gt["articles"].as_array().is_some_and(|a| a.len() == 1))
        .filter_map(|c| {
            let b = seg.segment(&c.text).boundaries();
            (!b.is_empty()).then_some((c.id.as_str(), b))
        })
        .collect();
    assert!(split.is_empty(), "single-article cases split: {split:?}");
}

#[test]
fn every_case_is_tiled() {
    let Some(cases) = corpus() else { return };
    let seg = Segmenter::new();
    for c in cases {
        let out = seg.segment(&c.text);
        let mut pos = 0;
        for a in out.articles() {
            assert_eq!(a.span().start, pos, "{}", c.id);
            pos = a.span().end;
        }
        assert_eq!(pos, c.text.len(), "{}", c.id);
        let lines = out.articles().last().map_or(0, |a| a.lines().end);
        assert_eq!(lines, c.lines.len(), "{}", c.id);
    }
}

#[test]
fn streaming_equals_batch_on_every_case() {
    let Some(cases) = corpus() else { return };
    let seg = Segmenter::new();
    for c in cases {
        let batch: Vec<_> = seg
            .segment(&c.text)
            .into_articles()
            .into_iter()
            .map(|a| a.into_owned())
            .collect();
        let streamed: Vec<_> = seg
            .stream(c.text.as_bytes())
            .collect::<Result<_, _>>()
            .expect("corpus text is UTF-8");
        assert_eq!(streamed.len(), batch.len(), "{}: article count", c.id);
        for (i, (s, b)) in streamed.iter().zip(&batch).enumerate() {
            assert_eq!(s.span(), b.span(), "{} article {i}: span", c.id);
            assert_eq!(s.headline(), b.headline(), "{} article {i}: headline", c.id);
            assert_eq!(s.source(), b.source(), "{} article {i}: source", c.id);
            assert_eq!(s.spans(), b.spans(), "{} article {i}: typed spans", c.id);
            assert!(s == b, "{} article {i} differs", c.id);
        }
    }
}

/// Layout noise that carries no meaning changes no boundary and no headline line: every
/// case rewritten line by line segments as the original does. The noise: no-break
/// spaces for spaces (`&nbsp;` as U+00A0, French typography's U+202F), trailing spaces
/// and tabs, CRLF line ends, a byte-order mark before a line (files joined with `cat`).
#[test]
fn layout_noise_changes_no_boundary() {
    let Some(cases) = corpus() else { return };
    let seg = Segmenter::new();
    // Each article's first line, headline line and headline (its white space and
    // invisible marks aside).
    let starts = |text: &str| -> Vec<(usize, Option<usize>, String)> {
        seg.segment(text)
            .articles()
            .iter()
            .map(|a| {
                let headline = a.headline().unwrap_or("").replace('\u{feff}', "");
                let words: Vec<&str> = headline.split_whitespace().collect();
                (a.lines().start, a.headline_line(), words.join(" "))
            })
            .collect()
    };
    type Noise = fn(usize, &str) -> String;
    let noises: [(&str, Noise); 4] = [
        ("no-break spaces", |i, line| match i % 7 {
            0 => line.replace(' ', "\u{a0}"),
            3 => line.replace(' ', "\u{202f}"),
            _ => line.to_string(),
        }),
        ("trailing white space", |i, line| {
            let end = line.trim_end_matches(['\r', '\n']);
            let pad = if i % 2 == 0 { "  " } else { " \t" };
            format!("{end}{pad}{}", &line[end.len()..])
        }),
        ("CRLF line ends", |_, line| match line.strip_suffix('\n') {
            Some(l) if !l.ends_with('\r') => format!("{l}\r\n"),
            _ => line.to_string(),
        }),
        ("byte-order marks", |i, line| {
            if i % 11 == 5 {
                format!("\u{feff}{line}")
            } else {
                line.to_string()
            }
        }),
    ];
    for (name, noise) in noises {
        let mut changed = 0;
        for c in cases {
            let noisy: String = c
                .text
                .split_inclusive('\n')
                .enumerate()
                .map(|(i, line)| noise(i, line))
                .collect();
            changed += usize::from(noisy != c.text);
            assert_eq!(starts(&noisy), starts(&c.text), "{name}: {}", c.id);
        }
        assert!(changed > cases.len() / 2, "{name}: the cases were changed");
    }
}

/// Real scrapes damaged the ways crawls damage them: bytes changed, the file cut short,
/// line ends turned into lone `\r`, a stretch printed twice more, line breaks dropped,
/// marks and labels inserted. Every mutation is segmented (and streamed): no panic, the
/// articles tile the text, the stream gives the same articles. (A mutation run of this
/// kind found a slice past a value's end in the source labels.)
#[test]
fn damaged_cases_keep_the_guarantees() {
    let Some(cases) = corpus() else { return };
    let seg = Segmenter::new();
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state as usize
    };
    const MARKS: [&str; 11] = [
        "\nQuelle:  *  *\n",
        "\n(Quelle:  *  *\n",
        "(dpa)",
        "\u{feff}",
        "\r\n\r\n\r\n",
        "##### ",
        "© 2020 ",
        " | ",
        "\u{202e}",
        "\u{301}\u{301}",
        "(Credit: _)",
    ];
    for c in cases {
        for kind in 0..6 {
            let mut b = c.text.as_bytes().to_vec();
            let n = b.len().max(1);
            match kind {
                0 => {
                    for _ in 0..20 {
                        let i = next() % n;
                        if i < b.len() {
                            b[i] = next() as u8;
                        }
                    }
                }
                1 => b.truncate(next() % n),
                2 => b.iter_mut().filter(|x| **x == b'\n').for_each(|x| {
                    if next() % 3 == 0 {
                        *x = b'\r';
                    }
                }),
                3 => {
                    let (i, j) = (next() % n, next() % n);
                    let piece = b[i.min(j).min(b.len())..i.max(j).min(b.len())].to_vec();
                    b.extend_from_slice(&piece);
                    b.extend_from_slice(&piece);
                }
                4 => b.retain(|&x| x != b'\n' || next() % 2 == 0),
                _ => {
                    for _ in 0..30 {
                        let i = next() % (b.len() + 1);
                        b.splice(i..i, MARKS[next() % MARKS.len()].bytes());
                    }
                }
            }
            let text = String::from_utf8_lossy(&b);
            let out = seg.segment(&text);
            let joined: String = out.articles().iter().map(|a| a.as_str()).collect();
            assert!(joined == text, "{} damage {kind}: not tiled", c.id);
            let streamed = seg
                .stream(text.as_bytes())
                .collect::<Result<Vec<_>, _>>()
                .expect("lossy text is UTF-8");
            assert_eq!(streamed.len(), out.len(), "{} damage {kind}: stream", c.id);
            assert!(seg.segment_bytes(&b).is_ok() == std::str::from_utf8(&b).is_ok());
        }
    }
}

#[test]
fn metrics_stay_above_the_floors() {
    let Some(cases) = corpus() else { return };
    let seg = Segmenter::new();
    let preds: Vec<Pred> = cases
        .iter()
        .map(|c| Pred::of(&seg.segment(&c.text)))
        .collect();
    let figures = Figures::of(&seg, cases, &preds);
    let floors = include_str!("../.ci/floors");
    let mut failed = Vec::new();
    for line in floors
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let (k, v) = line.split_once('=').expect("METRIC=VALUE");
        let v: f64 = v.parse().expect("a number");
        if let Some(miss) = figures.check(k, v).expect("a known floor metric") {
            failed.push(miss);
        }
    }
    assert!(
        failed.is_empty(),
        "below the floors: {failed:?}\nmetrics: {:#}",
        figures.metrics
    );
}
