//! Scores the segmenter against a labelled corpus.
//!
//! ```text
//! cargo run --release --example eval -- CORPUS_DIR [options]
//!
//!   --per-case [N]        list the N worst cases (default 20) with their errors
//!   --by FIELD            break lead-window F1 down by a ground-truth field (renderer, join, kind),
//!                         or the remix's files by `remix-renderer` or `remix-join`
//!   --json                print the metrics as one JSON object
//!   --write-preds FILE    write predictions in the scorer's JSONL format
//!   --min METRIC=VALUE    exit with status 1 when METRIC is below VALUE, or above it for
//!                         a `_max` metric (repeatable); METRIC: lead_f1, exact_f1, recovery,
//!                         headline, renderer_lead_f1 (the lowest renderer), pk_max,
//!                         single_splits_max, isolated_splits_max (gold articles split
//!                         when segmented alone), remix_lead_f1 (the gold pages joined
//!                         anew, four to a file: see `metrics::remix`), rewrap_lead_f1
//!                         (every case re-wrapped at 80 columns: see `metrics::rewrap`),
//!                         separated_exact_f1 (the lowest exact F1 over the cases with
//!                         every page marked by a rule, a banner, an address line or a
//!                         `<doc>` tag: see `metrics::separate`)
//!   --min-confidence X    segment with Segmenter::builder().min_confidence(X)
//!   --thresholds          print a precision/recall table over confidence thresholds
//!   --config FILE         segment with the settings of a JSON SegmenterConfig
//!   --rewrap COLUMNS      score every case as a text browser at COLUMNS would print it
//!                         (long lines broken at spaces, ground truth moved along)
//!   --write-remix DIR     write the remix's files (`NAME.txt` + `NAME.json`, the corpus
//!                         format) into DIR, to read or score them like corpus cases
//! ```
//!
//! The corpus format is that of the project's corpus README: `NAME.txt` (the scrape) and
//! `NAME.json` (ground truth: `articles` with `start_line`, `end_line`, `headline`,
//! `headline_line`). The metrics are the same as the corpus scorer's (`score.py`):
//! boundary precision/recall/F1 exact, ±1, ±3 lines, blank-insensitive, lead window;
//! Pk and WindowDiff; exact-case accuracy; article recovery; headline accuracy.

#[path = "common/out.rs"]
mod out;
use out::outln;

#[path = "common/metrics.rs"]
mod metrics;

use article_segmenter::{SegmenterBuilder, SegmenterConfig};
use metrics::{Case, CaseResult, Pred, Tally, f, load, metrics, prf, rewrap, score_case};
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

fn print_metrics(m: &Value) {
    outln!(
        "cases: {}  boundaries: gold {}, predicted {}",
        m["cases"],
        m["gold_boundaries"],
        m["predicted_boundaries"]
    );
    for (key, label) in [
        ("boundary_exact", "exact"),
        ("boundary_tol1", "+-1 line"),
        ("boundary_tol3", "+-3 lines"),
        ("boundary_nonblank_tol0", "blank-insensitive"),
        ("boundary_nonblank_tol1", "blank-insensitive +-1"),
        ("boundary_lead_window", "lead window"),
    ] {
        outln!(
            "  {label:24} P={:.4} R={:.4} F1={:.4}",
            f(m, &[key, "precision"]),
            f(m, &[key, "recall"]),
            f(m, &[key, "f1"])
        );
    }
    outln!(
        "Pk={}  WindowDiff={}  (pooled: Pk={} WD={})",
        m["pk"],
        m["windowdiff"],
        m["pk_pooled"],
        m["windowdiff_pooled"]
    );
    outln!("exact-case accuracy: {}", m["exact_case_accuracy"]);
    outln!(
        "article recovery: {}  ({} articles)",
        m["article_recovery"],
        m["articles"]
    );
    outln!("headline accuracy: {}", m["headline_accuracy"]);
    outln!(
        "source credited: P={:.4} R={:.4} F1={:.4}  ({} predicted, {} true)",
        f(m, &["source", "precision"]),
        f(m, &["source", "recall"]),
        f(m, &["source", "f1"]),
        m["source"]["predicted"],
        m["source"]["gold"]
    );
}

/// Writes every remix file ([`metrics::remix_cases`]) into `dir` in the corpus format.
fn write_remix_files(dir: &std::path::Path, cases: &[Case]) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for f in metrics::remix_cases(cases).0 {
        let mut gt = f.case.gt.clone();
        gt["id"] = json!(f.case.id);
        gt["join"] = json!(format!("{} blank lines", f.join));
        std::fs::write(dir.join(format!("{}.txt", f.case.id)), &f.case.text)?;
        std::fs::write(dir.join(format!("{}.json", f.case.id)), gt.to_string())?;
    }
    Ok(())
}

fn usage() -> ExitCode {
    eprintln!(
        "usage: eval CORPUS_DIR [--per-case [N]] [--by FIELD] [--json] [--write-preds FILE] \
         [--min METRIC=VALUE]... [--min-confidence X] [--thresholds] [--config FILE] \
         [--rewrap COLUMNS] [--write-remix DIR]"
    );
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut dir: Option<PathBuf> = None;
    let mut per_case: Option<usize> = None;
    let mut by: Option<String> = None;
    let mut as_json = false;
    let mut write_preds: Option<PathBuf> = None;
    let mut mins: Vec<(String, f64)> = Vec::new();
    let mut min_conf = 0.0f32;
    let mut thresholds = false;
    let mut config: Option<PathBuf> = None;
    let mut rewrap_at: Option<usize> = None;
    let mut write_remix: Option<PathBuf> = None;
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        match a {
            "--per-case" => {
                let n = args.get(i + 1).and_then(|s| s.parse().ok());
                if n.is_some() {
                    i += 1;
                }
                per_case = Some(n.unwrap_or(20));
            }
            "--by" => {
                i += 1;
                match args.get(i) {
                    Some(v) => by = Some(v.clone()),
                    None => return usage(),
                }
            }
            "--json" => as_json = true,
            "--config" => {
                i += 1;
                match args.get(i) {
                    Some(v) => config = Some(PathBuf::from(v)),
                    None => return usage(),
                }
            }
            "--thresholds" => thresholds = true,
            "--rewrap" => {
                i += 1;
                let Some(w) = args.get(i).and_then(|s| s.parse().ok()).filter(|&w| w > 0) else {
                    return usage();
                };
                rewrap_at = Some(w);
            }
            "--write-remix" => {
                i += 1;
                match args.get(i) {
                    Some(v) => write_remix = Some(PathBuf::from(v)),
                    None => return usage(),
                }
            }
            "--write-preds" => {
                i += 1;
                match args.get(i) {
                    Some(v) => write_preds = Some(PathBuf::from(v)),
                    None => return usage(),
                }
            }
            "--min" => {
                i += 1;
                let Some((k, v)) = args.get(i).and_then(|s| s.split_once('=')) else {
                    return usage();
                };
                let Ok(v) = v.parse() else { return usage() };
                mins.push((k.to_string(), v));
            }
            "--min-confidence" => {
                i += 1;
                let Some(v) = args.get(i).and_then(|s| s.parse().ok()) else {
                    return usage();
                };
                min_conf = v;
            }
            "-h" | "--help" => {
                usage();
                return ExitCode::SUCCESS;
            }
            _ if a.starts_with("--") => return usage(),
            _ => dir = Some(PathBuf::from(a)),
        }
        i += 1;
    }
    let Some(dir) = dir else { return usage() };
    let cases = match load(&dir) {
        Ok(c) if !c.is_empty() => match rewrap_at {
            Some(w) => c.iter().map(|c| rewrap(c, w)).collect(),
            None => c,
        },
        Ok(_) => {
            eprintln!("eval: no cases (NAME.json + NAME.txt) in {}", dir.display());
            return ExitCode::from(2);
        }
        Err(e) => {
            eprintln!("eval: {e}");
            return ExitCode::from(2);
        }
    };
    let cfg: SegmenterConfig = match &config {
        None => SegmenterConfig::default(),
        Some(p) => match std::fs::read_to_string(p)
            .map_err(|e| e.to_string())
            .and_then(|s| serde_json::from_str(&s).map_err(|e| e.to_string()))
        {
            Ok(c) => c,
            Err(e) => {
                eprintln!("eval: bad config {}: {e}", p.display());
                return ExitCode::from(2);
            }
        },
    };
    let seg = match SegmenterBuilder::from_config(cfg)
        .min_confidence(min_conf)
        .build()
    {
        Ok(s) => s,
        Err(e) => {
            eprintln!("eval: {e}");
            return ExitCode::from(2);
        }
    };
    let preds: Vec<Pred> = cases
        .iter()
        .map(|c| Pred::of(&seg.segment(&c.text)))
        .collect();

    if let Some(path) = &write_preds {
        let mut s = String::new();
        for (c, p) in cases.iter().zip(&preds) {
            s.push_str(
                &json!({"id": c.id, "boundaries": p.boundaries, "headlines": p.headlines})
                    .to_string(),
            );
            s.push('\n');
        }
        if let Err(e) = std::fs::write(path, s) {
            eprintln!("eval: cannot write {}: {e}", path.display());
            return ExitCode::from(2);
        }
    }

    if let Some(dir) = &write_remix
        && let Err(e) = write_remix_files(dir, &cases)
    {
        eprintln!("eval: cannot write the remix into {}: {e}", dir.display());
        return ExitCode::from(2);
    }

    let figures = metrics::Figures::of(&seg, &cases, &preds);
    let isolated = &figures.isolated.split;
    let m = &figures.metrics;
    let singles = figures.singles_split;
    let groups = match by.as_deref() {
        Some("renderer") => figures.by_renderer.clone(),
        Some("remix-renderer") => figures.remix.by_renderer.clone(),
        Some("remix-join") => figures.remix.by_join.clone(),
        Some(field) => metrics::group(&cases, &preds, field),
        None => BTreeMap::new(),
    };
    let results = &figures.results;

    if as_json {
        let mut m = m.clone();
        m["single_article_cases_split"] = json!(singles);
        m["isolated_articles_split"] = json!(isolated.len());
        m["remix_lead_f1"] = json!(metrics::round4(figures.remix.lead_f1()));
        let w = &figures.rewrapped;
        m["rewrap_lead_f1"] = json!(metrics::round4(prf(w.hits("window"), w.npred, w.ngold).2));
        m["separated_exact_f1"] = json!(metrics::round4(figures.separated_exact_f1()));
        outln!("{}", serde_json::to_string_pretty(&m).unwrap());
    } else {
        print_metrics(m);
        outln!("single-article cases split: {singles}");
        outln!(
            "gold articles segmented alone, split: {} of {}",
            isolated.len(),
            figures.isolated.segmented
        );
        let r = &figures.remix;
        let (p, rc, f1) = prf(r.tally.hits("window"), r.tally.npred, r.tally.ngold);
        let (ep, er, ef) = prf(r.tally.hits("exact"), r.tally.npred, r.tally.ngold);
        outln!(
            "remix ({} files, {} pages left over, {} boundaries, {} predicted): lead window \
             P={p:.4} R={rc:.4} F1={f1:.4} (one seed: {:.4}-{:.4}), exact F1={ef:.4} \
             (P={ep:.4} R={er:.4})",
            r.files,
            r.skipped,
            r.tally.ngold,
            r.tally.npred,
            r.seed_f1.0,
            r.seed_f1.1
        );
        let w = metrics(&figures.rewrapped);
        outln!(
            "rewrapped at {} columns: lead window P={:.4} R={:.4} F1={:.4}, exact F1={:.4}, \
             recovery {:.4}",
            metrics::REWRAP_COLUMNS,
            f(&w, &["boundary_lead_window", "precision"]),
            f(&w, &["boundary_lead_window", "recall"]),
            f(&w, &["boundary_lead_window", "f1"]),
            f(&w, &["boundary_exact", "f1"]),
            f(&w, &["article_recovery"]),
        );
        let marks: Vec<String> = figures
            .separated
            .iter()
            .map(|(kind, t)| {
                let (exact, lead) = (t.hits("exact"), t.hits("window"));
                format!(
                    "{kind} exact F1={:.4} lead F1={:.4}",
                    prf(exact, t.npred, t.ngold).2,
                    prf(lead, t.npred, t.ngold).2
                )
            })
            .collect();
        outln!("pages marked by the crawl: {}", marks.join(", "));
    }
    if !groups.is_empty() {
        outln!(
            "\n{:24} {:>5} {:>5} {:>5} {:>7} {:>7} {:>7} {:>7} {:>7}",
            by.as_deref().unwrap_or(""),
            "cases",
            "gold",
            "pred",
            "leadF1",
            "exactF1",
            "recov",
            "headl",
            "Pk"
        );
        for (k, t) in &groups {
            let gm = metrics(t);
            outln!(
                "{:24} {:>5} {:>5} {:>5} {:>7.4} {:>7.4} {:>7.4} {:>7.4} {:>7.4}",
                k,
                t.cases,
                t.ngold,
                t.npred,
                f(&gm, &["boundary_lead_window", "f1"]),
                f(&gm, &["boundary_exact", "f1"]),
                f(&gm, &["article_recovery"]),
                f(&gm, &["headline_accuracy"]),
                f(&gm, &["pk"]),
            );
        }
    }
    if thresholds {
        outln!("\nconfidence >=  boundaries  leadP   leadR   leadF1");
        for th in [0.0f32, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9] {
            let mut t = Tally::default();
            for (c, p) in cases.iter().zip(&preds) {
                let kept: Vec<usize> = p
                    .boundaries
                    .iter()
                    .zip(&p.confidences)
                    .filter(|(_, c)| **c >= th)
                    .map(|(b, _)| *b)
                    .collect();
                let q = Pred {
                    boundaries: kept,
                    headlines: Vec::new(),
                    confidences: Vec::new(),
                    sources: Vec::new(),
                };
                score_case(c, &q, &mut t);
            }
            let (p, r, f1) = prf(t.hits("window"), t.npred, t.ngold);
            outln!("{th:>13.1}  {:>10}  {p:.4}  {r:.4}  {f1:.4}", t.npred);
        }
    }
    if let Some(n) = per_case {
        let mut bad: Vec<&CaseResult> = results
            .iter()
            .filter(|r| r.missed + r.spurious > 0)
            .collect();
        bad.sort_by_key(|r| std::cmp::Reverse(r.missed + r.spurious));
        outln!(
            "\nworst cases (missed = true starts not found in their lead window, spurious = predicted boundaries matching none):"
        );
        for r in bad.iter().take(n) {
            let c = cases.iter().find(|c| c.id == r.id).unwrap();
            outln!(
                "  {:10} {:18} {:24} missed {:2} spurious {:2}  gold {:?}  pred {:?}",
                r.id,
                c.gt["renderer"].as_str().unwrap_or("?"),
                c.gt["join"].as_str().unwrap_or("?"),
                r.missed,
                r.spurious,
                r.gold,
                r.pred
            );
        }
        if !isolated.is_empty() {
            outln!(
                "\ngold articles split when segmented alone: {}",
                isolated.join(" ")
            );
        }
    }

    let mut ok = true;
    for (k, v) in &mins {
        match figures.check(k, *v) {
            Ok(None) => {}
            Ok(Some(miss)) => {
                eprintln!("eval: FLOOR FAILED: {miss}");
                ok = false;
            }
            Err(why) => {
                eprintln!("eval: {why}");
                return ExitCode::from(2);
            }
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
