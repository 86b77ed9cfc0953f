//! The bundled sample scrapes (`examples/data`), segmented against their ground truth.

use article_segmenter::{Segmenter, SpanKind};
use serde_json::Value;
use std::path::Path;

struct Sample {
    name: &'static str,
    text: String,
    truth: Value,
}

fn sample(name: &'static str) -> Sample {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data");
    let text = std::fs::read_to_string(dir.join(format!("{name}.txt"))).expect("sample text");
    let truth = serde_json::from_str(
        &std::fs::read_to_string(dir.join(format!("{name}.json"))).expect("sample truth"),
    )
    .expect("sample truth is JSON");
    Sample { name, text, truth }
}

const SAMPLES: [&str; 7] = [
    "seed-layout",
    "republisher",
    "markdown",
    "no-blank-lines",
    "wrapped",
    "reader-api",
    "crawl-dump",
];

#[test]
fn every_sample_is_listed() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data");
    let mut found: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| {
            let p = e.ok()?.path();
            (p.extension()? == "txt").then(|| p.file_stem().unwrap().to_string_lossy().into_owned())
        })
        .collect();
    found.sort();
    let mut listed: Vec<String> = SAMPLES.iter().map(|s| s.to_string()).collect();
    listed.sort();
    assert_eq!(found, listed, "tests/samples.rs must cover every sample");
}

#[test]
fn samples_segment_exactly_as_annotated() {
    let seg = Segmenter::new();
    for name in SAMPLES {
        let s = sample(name);
        let out = seg.segment(&s.text);
        let truth = s.truth["articles"].as_array().unwrap();
        assert_eq!(out.len(), truth.len(), "{}: article count", s.name);
        for (a, t) in out.articles().iter().zip(truth) {
            let field = |k: &str| t[k].as_u64().unwrap() as usize;
            assert_eq!(
                a.lines().start,
                field("start_line"),
                "{}: start line",
                s.name
            );
            assert_eq!(a.lines().end, field("end_line"), "{}: end line", s.name);
            assert_eq!(
                a.span().start,
                field("start_byte"),
                "{}: start byte",
                s.name
            );
            assert_eq!(a.span().end, field("end_byte"), "{}: end byte", s.name);
            assert_eq!(a.headline(), t["headline"].as_str(), "{}: headline", s.name);
            assert_eq!(a.source(), t["source"].as_str(), "{}: source", s.name);
        }
    }
}

#[test]
fn articles_and_spans_tile_each_sample() {
    let seg = Segmenter::new();
    for name in SAMPLES {
        let s = sample(name);
        let out = seg.segment(&s.text);
        let mut pos = 0;
        let mut line = 0;
        for a in out.articles() {
            assert_eq!(a.span().start, pos, "{name}");
            assert_eq!(a.lines().start, line, "{name}");
            assert_eq!(a.as_str(), &s.text[a.span()], "{name}");
            let mut sp = a.span().start;
            let mut sl = a.lines().start;
            for t in a.spans() {
                assert_eq!(
                    (t.span.start, t.lines.start),
                    (sp, sl),
                    "{name}: spans touch"
                );
                assert!(t.span.end > t.span.start && t.lines.end > t.lines.start);
                sp = t.span.end;
                sl = t.lines.end;
            }
            assert_eq!(
                (sp, sl),
                (a.span().end, a.lines().end),
                "{name}: spans end with the article"
            );
            pos = a.span().end;
            line = a.lines().end;
        }
        assert_eq!(pos, s.text.len(), "{name}");
        assert_eq!(line, s.text.lines().count(), "{name}");
    }
}

#[test]
fn seed_layout_spans_are_typed() {
    let s = sample("seed-layout");
    let out = Segmenter::new().segment(&s.text);
    let a = &out.articles()[0];
    let kinds: Vec<(SpanKind, &str)> = a
        .spans()
        .iter()
        .filter(|t| t.kind != SpanKind::Blank)
        .map(|t| (t.kind, a.span_text(t).lines().next().unwrap_or("")))
        .collect();
    let first = |k: SpanKind| kinds.iter().find(|(kind, _)| *kind == k).map(|(_, t)| *t);
    assert_eq!(
        first(SpanKind::Headline),
        Some("Harbour Town Council Votes to Keep the Island Ferry Running")
    );
    assert!(
        kinds.iter().any(|(k, _)| *k == SpanKind::HeadlineEcho),
        "{kinds:?}"
    );
    assert!(
        first(SpanKind::Caption).is_some_and(|t| t.starts_with("The old ferry Marianne")),
        "{kinds:?}"
    );
    assert!(
        first(SpanKind::CaptionEcho).is_some_and(|t| t.starts_with("The old ferry Marianne")),
        "{kinds:?}"
    );
    assert_eq!(first(SpanKind::Source), Some("Source: Coast Courier"));
    assert!(
        first(SpanKind::Body).is_some_and(|t| t.starts_with("The town council")),
        "{kinds:?}"
    );
    assert_eq!(first(SpanKind::Boilerplate), Some("TT"));
}

#[test]
fn no_blank_lines_sample_types_bylines_and_chrome() {
    let s = sample("no-blank-lines");
    let out = Segmenter::new().segment(&s.text);
    for a in out.articles() {
        let has = |k: SpanKind| a.spans().iter().any(|t| t.kind == k);
        assert!(has(SpanKind::Byline), "{:?}", a.headline());
        assert!(has(SpanKind::Boilerplate), "{:?}", a.headline());
        assert!(has(SpanKind::Body), "{:?}", a.headline());
        assert!(!has(SpanKind::Blank), "no blank line in this sample");
    }
    // The second and third articles open at their title lines.
    for a in &out.articles()[1..] {
        assert_eq!(
            a.spans()[0].kind,
            SpanKind::HeadlineEcho,
            "{:?}",
            a.headline()
        );
    }
}

/// The records file carries the same samples as JSON lines: each record's text is its
/// sample file, byte for byte (an edit to one must go to the other).
#[test]
fn the_records_file_holds_the_samples() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let records =
        std::fs::read_to_string(root.join("examples/records/samples.jsonl")).expect("records");
    let mut ids = Vec::new();
    for line in records.lines() {
        let r: Value = serde_json::from_str(line).expect("a record is JSON");
        let id = r["id"].as_str().expect("id");
        assert_eq!(
            r["text"].as_str(),
            Some(
                sample(SAMPLES.iter().find(|s| **s == id).expect("a listed sample"))
                    .text
                    .as_str()
            ),
            "{id}"
        );
        ids.push(id.to_string());
    }
    ids.sort();
    let mut listed: Vec<String> = SAMPLES.iter().map(|s| s.to_string()).collect();
    listed.sort();
    assert_eq!(ids, listed);
}

/// Rewrites every line of `text` with `f(line index, line)`, keeping the line count.
fn per_line(text: &str, f: impl Fn(usize, &str) -> String) -> String {
    text.split('\n')
        .enumerate()
        .map(|(i, l)| f(i, l))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn invisible_layout_changes_keep_the_boundaries_and_headlines() {
    // Changes a scrape picks up on its way (CRLF line ends, trailing white space, blank
    // lines of spaces, a byte-order mark on every appended page) change no line count, so
    // the articles must start on the same lines under the same headlines.
    let seg = Segmenter::new();
    for name in SAMPLES {
        let s = sample(name);
        let truth = s.truth["articles"].as_array().unwrap();
        let starts: Vec<usize> = truth
            .iter()
            .map(|t| t["start_line"].as_u64().unwrap() as usize)
            .collect();
        let variants = [
            ("crlf", s.text.replace('\n', "\r\n")),
            ("trailing", per_line(&s.text, |_, l| format!("{l} \t"))),
            (
                "blank spaces",
                per_line(&s.text, |_, l| {
                    if l.trim().is_empty() {
                        "   ".into()
                    } else {
                        l.into()
                    }
                }),
            ),
            (
                "bom per page",
                per_line(&s.text, |i, l| {
                    if starts.contains(&i) {
                        format!("\u{feff}{l}")
                    } else {
                        l.into()
                    }
                }),
            ),
        ];
        for (what, text) in variants {
            let out = seg.segment(&text);
            let got: Vec<usize> = out.articles().iter().map(|a| a.lines().start).collect();
            assert_eq!(got, starts, "{} ({what}): article starts", s.name);
            for (a, t) in out.articles().iter().zip(truth) {
                // White space aside: a wrapped headline keeps the variant's line break.
                let words = |h: &str| {
                    h.trim_start_matches('\u{feff}')
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                };
                assert_eq!(
                    a.headline().map(words),
                    t["headline"].as_str().map(words),
                    "{} ({what}): headline",
                    s.name
                );
            }
        }
    }
}
