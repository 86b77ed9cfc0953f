//! Prints every line of a file with the segmenter's view of it: class, kind, evidence,
//! and where articles open.
//!
//! ```text
//! cargo run --release --example trace -- FILE [FROM [TO]] [--json] [--no-split]
//!
//! --json      one JSON object per line (the library's `LineTrace`)
//! --no-split  trace with min_confidence 1 (no boundary), to see every line's evidence
//!             as if the text were one article
//! ```
#[path = "common/out.rs"]
mod out;
use article_segmenter::Segmenter;
use out::outln;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: trace FILE [FROM [TO]]");
        return ExitCode::from(2);
    };
    let json = args.iter().any(|a| a == "--json");
    let no_split = args.iter().any(|a| a == "--no-split");
    let nums: Vec<usize> = args.iter().skip(1).filter_map(|s| s.parse().ok()).collect();
    let from = nums.first().copied().unwrap_or(0);
    let to = nums.get(1).copied().unwrap_or(usize::MAX);
    let seg = if no_split {
        Segmenter::builder()
            .min_confidence(1.0)
            .build()
            .expect("valid settings")
    } else {
        Segmenter::new()
    };
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("trace: cannot read {path}: {e}");
            return ExitCode::from(1);
        }
    };
    let text = String::from_utf8_lossy(&bytes);
    let lines: Vec<&str> = text.lines().collect();
    for t in seg.trace(&text) {
        if t.line < from || t.line >= to {
            continue;
        }
        if json {
            outln!("{}", serde_json::to_string(&t).expect("serialisable"));
            continue;
        }
        if let Some((at, conf)) = t.opens {
            outln!("==== article opens at line {at} (confidence {conf:.2})");
        }
        let content: String = lines.get(t.line).unwrap_or(&"").chars().take(90).collect();
        let score = t.score.map_or(String::new(), |s| {
            let terms: Vec<String> = t.terms.iter().map(|(n, _)| n.clone()).collect();
            format!(
                " [{s:.1}: {}] h={:.1}",
                terms.join(","),
                t.headline_score.unwrap_or(0.0)
            )
        });
        outln!(
            "{:5} {} {:8} {:13} {:40} |{}{}",
            t.line,
            if t.in_body { 'B' } else { 'L' },
            format!("{:?}", t.class),
            t.kind.as_str(),
            t.evidence,
            content,
            score
        );
    }
    ExitCode::SUCCESS
}
