//! Scores the segmenter against a labelled corpus.
//!
//! ```text
//! cargo run --release --example eval -- CORPUS_DIR [options]
//!
//!   --per-case [N]        list the N worst cases (default 20) with their errors
//!   --by FIELD            break lead-window F1 down by a ground-truth field (renderer, join, kind)
//!   --json                print the metrics as one JSON object
//!   --write-preds FILE    write predictions in the scorer's JSONL format
//!   --min METRIC=VALUE    exit with status 1 when METRIC is below VALUE (repeatable);
//!                         METRIC: lead_f1, exact_f1, recovery, headline, pk_max (an upper bound),
//!                         renderer_lead_f1 (the lowest renderer), single_splits_max
//!   --min-confidence X    segment with Segmenter::builder().min_confidence(X)
//!   --thresholds          print a precision/recall table over confidence thresholds
//!   --config FILE         segment with the settings of a JSON SegmenterConfig
//! ```
//!
//! The corpus format is that of the project's corpus README: `NAME.txt` (the scrape) and
//! `NAME.json` (ground truth: `articles` with `start_line`, `end_line`, `headline`,
//! `headline_line`). The metrics are the same as the corpus scorer's (`score.py`):
//! boundary precision/recall/F1 exact, ±1, ±3 lines, blank-insensitive, lead window;
//! Pk and WindowDiff; exact-case accuracy; article recovery; headline accuracy.

use article_segmenter::{SegmenterBuilder, SegmenterConfig};
use serde_json::{Value, json};
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

struct Case {
    id: String,
    gt: Value,
    text: String,
    lines: Vec<String>,
}

struct Pred {
    boundaries: Vec<usize>,
    headlines: Vec<String>,
    confidences: Vec<f32>,
}

fn py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

fn is_blank(l: &str) -> bool {
    l.chars().all(py_space)
}

fn read_lines(text: &str) -> Vec<String> {
    text.lines().map(str::to_string).collect()
}

fn load(dir: &Path) -> Result<Vec<Case>, String> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read corpus directory {}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension().is_some_and(|x| x == "json")
                && !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('_'))
        })
        .collect();
    names.sort();
    let mut cases = Vec::new();
    for j in names {
        let txt = j.with_extension("txt");
        if !txt.exists() {
            continue;
        }
        let gt: Value = serde_json::from_str(
            &std::fs::read_to_string(&j).map_err(|e| format!("{}: {e}", j.display()))?,
        )
        .map_err(|e| format!("{}: {e}", j.display()))?;
        let bytes = std::fs::read(&txt).map_err(|e| format!("{}: {e}", txt.display()))?;
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let id = gt["id"]
            .as_str()
            .map(str::to_string)
            .unwrap_or_else(|| j.file_stem().unwrap().to_string_lossy().into_owned());
        cases.push(Case {
            id,
            gt,
            lines: read_lines(&text),
            text,
        });
    }
    Ok(cases)
}

fn nonblank_pos(lines: &[String]) -> Vec<usize> {
    let n = lines.len();
    let mut pos = vec![0; n + 1];
    let mut c = 0;
    for (i, l) in lines.iter().enumerate() {
        pos[i] = c;
        if !is_blank(l) {
            c += 1;
        }
    }
    pos[n] = c;
    let mut nxt = c;
    for i in (0..n).rev() {
        if !is_blank(&lines[i]) {
            nxt = pos[i];
        } else {
            pos[i] = nxt;
        }
    }
    pos
}

/// Greedy one-to-one matching by increasing distance (as the scorer does).
fn matched(pred: &[usize], gold: &[usize], tol: usize, pos: Option<&[usize]>) -> usize {
    let d = |a: usize, b: usize| match pos {
        Some(p) => p[a].abs_diff(p[b]),
        None => a.abs_diff(b),
    };
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    for &p in pred {
        for &g in gold {
            let dist = d(p, g);
            if dist <= tol {
                pairs.push((dist, p, g));
            }
        }
    }
    pairs.sort();
    let (mut up, mut ug) = (HashSet::new(), HashSet::new());
    let mut m = 0;
    for (_, p, g) in pairs {
        if !up.contains(&p) && !ug.contains(&g) {
            up.insert(p);
            ug.insert(g);
            m += 1;
        }
    }
    m
}

struct Art {
    start: usize,
    end: usize,
    hl: usize,
    headline: String,
}

fn arts_of(gt: &Value) -> Vec<Art> {
    gt["articles"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|x| {
                    let start = x["start_line"].as_u64().unwrap_or(0) as usize;
                    Art {
                        start,
                        end: x["end_line"].as_u64().unwrap_or(0) as usize,
                        hl: x["headline_line"].as_u64().map_or(start, |v| v as usize),
                        headline: x["headline"].as_str().unwrap_or("").to_string(),
                    }
                })
                .collect()
        })
        .unwrap_or_default()
}

fn window_match(pred: &[usize], arts: &[Art], pos: &[usize]) -> HashSet<usize> {
    let mut pairs = Vec::new();
    for (i, a) in arts.iter().enumerate().skip(1) {
        let lo = a.start;
        let hi = a.start.max(a.hl);
        for &b in pred {
            if (lo <= b && b <= hi) || pos[b] == pos[lo] {
                pairs.push((b.abs_diff(lo), b, i));
            }
        }
    }
    pairs.sort();
    let (mut up, mut ug) = (HashSet::new(), HashSet::new());
    for (_, b, i) in pairs {
        if !up.contains(&b) && !ug.contains(&i) {
            up.insert(b);
            ug.insert(i);
        }
    }
    ug
}

fn recovered(pred: &[usize], arts: &[Art], pos: &[usize], m: &HashSet<usize>) -> usize {
    let mut ok = 0;
    for (i, a) in arts.iter().enumerate() {
        if i > 0 && !m.contains(&i) {
            continue;
        }
        let hl = a.start.max(a.hl);
        let end = a.end;
        let end_pos = pos[if end < pos.len() { end } else { pos.len() - 1 }];
        if pred.iter().any(|&b| hl < b && b < end && pos[b] != end_pos) {
            continue;
        }
        ok += 1;
    }
    ok
}

fn seg_ids(n: usize, bounds: &[usize]) -> Vec<usize> {
    let mut b: Vec<usize> = bounds.iter().copied().filter(|&x| 0 < x && x < n).collect();
    b.sort();
    b.dedup();
    let mut ids = Vec::with_capacity(n);
    let (mut s, mut j) = (0, 0);
    for i in 0..n {
        while j < b.len() && b[j] <= i {
            s += 1;
            j += 1;
        }
        ids.push(s);
    }
    ids
}

fn pk_wd(n: usize, gold: &[usize], pred: &[usize], k: usize) -> (usize, usize, usize) {
    if n <= k {
        return (0, 0, 0);
    }
    let g = seg_ids(n, gold);
    let p = seg_ids(n, pred);
    let (mut pk, mut wd) = (0, 0);
    for i in 0..n - k {
        let gs = g[i] != g[i + k];
        let ps = p[i] != p[i + k];
        pk += usize::from(gs != ps);
        wd += usize::from((g[i + k] as i64 - g[i] as i64) != (p[i + k] as i64 - p[i] as i64));
    }
    (pk, wd, n - k)
}

fn norm(s: &str) -> String {
    s.split(py_space).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

fn round4(x: f64) -> f64 {
    (x * 10000.0).round() / 10000.0
}

#[derive(Default, Clone)]
struct Tally {
    tp: BTreeMap<&'static str, usize>,
    npred: usize,
    ngold: usize,
    rec: usize,
    narts: usize,
    exact_cases: usize,
    cases: usize,
    pk_sum: f64,
    wd_sum: f64,
    npk: usize,
    pk_e: usize,
    wd_e: usize,
    win: usize,
    hl_total: usize,
    hl_ok: usize,
}

struct CaseResult {
    id: String,
    gold: Vec<usize>,
    pred: Vec<usize>,
    missed: usize,
    spurious: usize,
    single_split: bool,
}

fn score_case(c: &Case, p: &Pred, t: &mut Tally) -> CaseResult {
    let n = c.lines.len();
    let arts = arts_of(&c.gt);
    let gold: Vec<usize> = arts.iter().skip(1).map(|a| a.start).collect();
    let mut pred: Vec<usize> = p.boundaries.iter().copied().filter(|&x| 0 < x && x < n).collect();
    pred.sort();
    pred.dedup();
    t.npred += pred.len();
    t.ngold += gold.len();
    t.cases += 1;
    let pos = nonblank_pos(&c.lines);
    *t.tp.entry("exact").or_default() += matched(&pred, &gold, 0, None);
    *t.tp.entry("tol1").or_default() += matched(&pred, &gold, 1, None);
    *t.tp.entry("tol3").or_default() += matched(&pred, &gold, 3, None);
    *t.tp.entry("nb0").or_default() += matched(&pred, &gold, 0, Some(&pos));
    *t.tp.entry("nb1").or_default() += matched(&pred, &gold, 1, Some(&pos));
    let wm = window_match(&pred, &arts, &pos);
    *t.tp.entry("window").or_default() += wm.len();
    t.rec += recovered(&pred, &arts, &pos, &wm);
    t.narts += arts.len();
    let gs: HashSet<usize> = gold.iter().copied().collect();
    let ps: HashSet<usize> = pred.iter().copied().collect();
    t.exact_cases += usize::from(gs == ps);
    let k = 2usize.max(((n as f64) / (arts.len().max(1) as f64) / 2.0).round_ties_even() as usize);
    let (e1, e2, w) = pk_wd(n, &gold, &pred, k);
    if w > 0 {
        t.pk_sum += e1 as f64 / w as f64;
        t.wd_sum += e2 as f64 / w as f64;
        t.npk += 1;
        t.pk_e += e1;
        t.wd_e += e2;
        t.win += w;
    }
    let starts: Vec<usize> = std::iter::once(0).chain(pred.iter().copied()).collect();
    for a in &arts {
        t.hl_total += 1;
        let j = starts.iter().rposition(|&st| st <= a.hl).unwrap_or(0);
        if j < p.headlines.len() && norm(&p.headlines[j]) == norm(&a.headline) {
            t.hl_ok += 1;
        }
    }
    let found = wm.len();
    CaseResult {
        id: c.id.clone(),
        missed: gold.len() - found,
        spurious: pred.len() - found,
        single_split: gold.is_empty() && !pred.is_empty(),
        gold,
        pred,
    }
}

fn prf(tp: usize, npred: usize, ngold: usize) -> (f64, f64, f64) {
    let p = if npred > 0 {
        tp as f64 / npred as f64
    } else if ngold == 0 {
        1.0
    } else {
        0.0
    };
    let r = if ngold > 0 { tp as f64 / ngold as f64 } else { 1.0 };
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    (p, r, f)
}

fn metrics(t: &Tally) -> Value {
    let mut m = serde_json::Map::new();
    m.insert("cases".into(), json!(t.cases));
    m.insert("gold_boundaries".into(), json!(t.ngold));
    m.insert("predicted_boundaries".into(), json!(t.npred));
    for (key, name) in [
        ("exact", "boundary_exact"),
        ("tol1", "boundary_tol1"),
        ("tol3", "boundary_tol3"),
        ("nb0", "boundary_nonblank_tol0"),
        ("nb1", "boundary_nonblank_tol1"),
        ("window", "boundary_lead_window"),
    ] {
        let tp = t.tp.get(key).copied().unwrap_or(0);
        let (p, r, f) = prf(tp, t.npred, t.ngold);
        m.insert(
            name.into(),
            json!({"precision": round4(p), "recall": round4(r), "f1": round4(f), "tp": tp}),
        );
    }
    m.insert("articles".into(), json!(t.narts));
    m.insert(
        "article_recovery".into(),
        json!(round4(t.rec as f64 / t.narts.max(1) as f64)),
    );
    m.insert("pk".into(), json!(round4(t.pk_sum / t.npk.max(1) as f64)));
    m.insert("windowdiff".into(), json!(round4(t.wd_sum / t.npk.max(1) as f64)));
    m.insert("pk_pooled".into(), json!(round4(t.pk_e as f64 / t.win.max(1) as f64)));
    m.insert("windowdiff_pooled".into(), json!(round4(t.wd_e as f64 / t.win.max(1) as f64)));
    m.insert(
        "exact_case_accuracy".into(),
        json!(round4(t.exact_cases as f64 / t.cases.max(1) as f64)),
    );
    m.insert(
        "headline_accuracy".into(),
        json!(round4(t.hl_ok as f64 / t.hl_total.max(1) as f64)),
    );
    Value::Object(m)
}

fn f(v: &Value, path: &[&str]) -> f64 {
    let mut x = v;
    for p in path {
        x = &x[*p];
    }
    x.as_f64().unwrap_or(0.0)
}

fn print_metrics(m: &Value) {
    println!(
        "cases: {}  boundaries: gold {}, predicted {}",
        m["cases"], m["gold_boundaries"], m["predicted_boundaries"]
    );
    for (key, label) in [
        ("boundary_exact", "exact"),
        ("boundary_tol1", "+-1 line"),
        ("boundary_tol3", "+-3 lines"),
        ("boundary_nonblank_tol0", "blank-insensitive"),
        ("boundary_nonblank_tol1", "blank-insensitive +-1"),
        ("boundary_lead_window", "lead window"),
    ] {
        println!(
            "  {label:24} P={:.4} R={:.4} F1={:.4}",
            f(m, &[key, "precision"]),
            f(m, &[key, "recall"]),
            f(m, &[key, "f1"])
        );
    }
    println!(
        "Pk={}  WindowDiff={}  (pooled: Pk={} WD={})",
        m["pk"], m["windowdiff"], m["pk_pooled"], m["windowdiff_pooled"]
    );
    println!("exact-case accuracy: {}", m["exact_case_accuracy"]);
    println!("article recovery: {}  ({} articles)", m["article_recovery"], m["articles"]);
    println!("headline accuracy: {}", m["headline_accuracy"]);
}

fn usage() -> ExitCode {
    eprintln!(
        "usage: eval CORPUS_DIR [--per-case [N]] [--by FIELD] [--json] [--write-preds FILE] \
         [--min METRIC=VALUE]... [--min-confidence X] [--thresholds]"
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
        Ok(c) if !c.is_empty() => c,
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
    let seg = match SegmenterBuilder::from_config(cfg).min_confidence(min_conf).build() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("eval: {e}");
            return ExitCode::from(2);
        }
    };
    let preds: Vec<Pred> = cases
        .iter()
        .map(|c| {
            let out = seg.segment(&c.text);
            Pred {
                boundaries: out.boundaries(),
                headlines: out
                    .articles()
                    .iter()
                    .map(|a| a.headline().unwrap_or("").to_string())
                    .collect(),
                confidences: out.articles().iter().skip(1).map(|a| a.boundary().confidence).collect(),
            }
        })
        .collect();

    if let Some(path) = &write_preds {
        let mut s = String::new();
        for (c, p) in cases.iter().zip(&preds) {
            s.push_str(&json!({"id": c.id, "boundaries": p.boundaries, "headlines": p.headlines}).to_string());
            s.push('\n');
        }
        if let Err(e) = std::fs::write(path, s) {
            eprintln!("eval: cannot write {}: {e}", path.display());
            return ExitCode::from(2);
        }
    }

    let mut total = Tally::default();
    let mut groups: BTreeMap<String, Tally> = BTreeMap::new();
    let mut results = Vec::new();
    for (c, p) in cases.iter().zip(&preds) {
        let r = score_case(c, p, &mut total);
        if let Some(field) = &by {
            let key = c.gt[field.as_str()].as_str().unwrap_or("?").to_string();
            score_case(c, p, groups.entry(key).or_default());
        }
        results.push(r);
    }
    let m = metrics(&total);
    let singles = results.iter().filter(|r| r.single_split).count();
    let mut renderer_min = 1.0f64;
    {
        let mut by_renderer: BTreeMap<String, Tally> = BTreeMap::new();
        for (c, p) in cases.iter().zip(&preds) {
            let key = c.gt["renderer"].as_str().unwrap_or("?").to_string();
            score_case(c, p, by_renderer.entry(key).or_default());
        }
        for t in by_renderer.values() {
            if t.ngold > 0 {
                let (_, _, f1) = prf(t.tp["window"], t.npred, t.ngold);
                renderer_min = renderer_min.min(f1);
            }
        }
    }

    if as_json {
        let mut m = m.clone();
        m["single_article_cases_split"] = json!(singles);
        println!("{}", serde_json::to_string_pretty(&m).unwrap());
    } else {
        print_metrics(&m);
        println!("single-article cases split: {singles}");
    }
    if !groups.is_empty() {
        println!("\n{:24} {:>5} {:>5} {:>5} {:>7} {:>7} {:>7} {:>7} {:>7}", by.as_deref().unwrap_or(""), "cases", "gold", "pred", "leadF1", "exactF1", "recov", "headl", "Pk");
        for (k, t) in &groups {
            let gm = metrics(t);
            println!(
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
        println!("\nconfidence >=  boundaries  leadP   leadR   leadF1");
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
                };
                score_case(c, &q, &mut t);
            }
            let (p, r, f1) = prf(t.tp["window"], t.npred, t.ngold);
            println!("{th:>13.1}  {:>10}  {p:.4}  {r:.4}  {f1:.4}", t.npred);
        }
    }
    if let Some(n) = per_case {
        let mut bad: Vec<&CaseResult> = results.iter().filter(|r| r.missed + r.spurious > 0).collect();
        bad.sort_by_key(|r| std::cmp::Reverse(r.missed + r.spurious));
        println!("\nworst cases (missed = true starts not found in their lead window, spurious = predicted boundaries matching none):");
        for r in bad.iter().take(n) {
            let c = cases.iter().find(|c| c.id == r.id).unwrap();
            println!(
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
    }

    let mut ok = true;
    for (k, v) in &mins {
        let got = match k.as_str() {
            "lead_f1" => f(&m, &["boundary_lead_window", "f1"]),
            "exact_f1" => f(&m, &["boundary_exact", "f1"]),
            "recovery" => f(&m, &["article_recovery"]),
            "headline" => f(&m, &["headline_accuracy"]),
            "renderer_lead_f1" => renderer_min,
            "pk_max" => {
                let pk = f(&m, &["pk"]);
                if pk > *v {
                    eprintln!("eval: FLOOR FAILED: pk = {pk:.4} > {v}");
                    ok = false;
                }
                continue;
            }
            "single_splits_max" => {
                if singles as f64 > *v {
                    eprintln!("eval: FLOOR FAILED: single-article cases split = {singles} > {v}");
                    ok = false;
                }
                continue;
            }
            _ => {
                eprintln!("eval: unknown metric {k}");
                return ExitCode::from(2);
            }
        };
        if got < *v {
            eprintln!("eval: FLOOR FAILED: {k} = {got:.4} < {v}");
            ok = false;
        }
    }
    if ok { ExitCode::SUCCESS } else { ExitCode::from(1) }
}
