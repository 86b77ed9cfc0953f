//! Corpus loading and the corpus scorer's metrics (`score.py`), shared by the `eval`
//! example and the corpus tests (`#[path]`-included, not a target of its own).
//!
//! Metrics: boundary precision/recall/F1 exact, ±1 and ±3 lines, blank-insensitive and
//! lead window; Pk and WindowDiff; exact-case accuracy; article recovery; headline
//! accuracy. Definitions follow the corpus README. Beyond `score.py`: the credited
//! source, scored like the headline (the segment that holds a true article's headline
//! line must credit the article's source, or none when it has none).
#![allow(dead_code)]

use serde_json::{Value, json};
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

pub struct Case {
    pub id: String,
    pub gt: Value,
    pub text: String,
    pub lines: Vec<String>,
}

pub struct Pred {
    pub boundaries: Vec<usize>,
    pub headlines: Vec<String>,
    pub confidences: Vec<f32>,
    /// Every article's credited source (`None` for none).
    pub sources: Vec<Option<String>>,
}

impl Pred {
    /// The prediction a segmentation makes: its boundaries, headlines (`""` for none)
    /// and the confidence of every boundary.
    pub fn of(out: &article_segmenter::Segmentation) -> Pred {
        let articles = out.articles();
        Pred {
            boundaries: out.boundaries(),
            headlines: articles
                .iter()
                .map(|a| a.headline().unwrap_or("").to_string())
                .collect(),
            confidences: articles
                .iter()
                .skip(1)
                .map(|a| a.boundary().confidence)
                .collect(),
            sources: articles
                .iter()
                .map(|a| a.source().map(str::to_string))
                .collect(),
        }
    }
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

pub fn load(dir: &Path) -> Result<Vec<Case>, String> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read corpus directory {}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension().is_some_and(|x| x == "json")
                && !p
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('_'))
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

/// The case as a text browser or `fmt` prints it at `width` columns: every line longer
/// than that broken greedily at spaces (its indent kept on the lines that continue it),
/// with its ground truth moved to the new lines and bytes (a wrapped headline's line is
/// the first of its lines). Lines without a space to break at stay as they are.
pub fn rewrap(c: &Case, width: usize) -> Case {
    let mut text = String::with_capacity(c.text.len() + c.text.len() / 16);
    // New line index and byte offset of every old line, and of the end.
    let mut line_at = Vec::new();
    let mut byte_at = Vec::new();
    let mut n = 0;
    for line in c.text.split_inclusive('\n') {
        line_at.push(n);
        byte_at.push(text.len());
        let (content, end) = match line.strip_suffix("\r\n") {
            Some(x) => (x, "\r\n"),
            None => line.strip_suffix('\n').map_or((line, ""), |x| (x, "\n")),
        };
        let body = content.trim_start();
        let indent = &content[..content.len() - body.len()];
        let mut cur = indent.to_string();
        let mut cols = indent.chars().count();
        let mut words = 0;
        for word in body.split(' ') {
            let w = word.chars().count();
            if words > 0 && cols + 1 + w > width {
                text.push_str(&cur);
                text.push_str(if end.is_empty() { "\n" } else { end });
                n += 1;
                cur = indent.to_string();
                cols = indent.chars().count();
                words = 0;
            }
            if words > 0 {
                cur.push(' ');
                cols += 1;
            }
            cur.push_str(word);
            cols += w;
            words += 1;
        }
        text.push_str(&cur);
        text.push_str(end);
        n += 1;
    }
    line_at.push(n);
    byte_at.push(text.len());
    let mut gt = c.gt.clone();
    if let Some(arts) = gt["articles"].as_array_mut() {
        for a in arts {
            for (k, map) in [
                ("start_line", &line_at),
                ("end_line", &line_at),
                ("headline_line", &line_at),
                ("source_line", &line_at),
            ] {
                if let Some(l) = a[k].as_u64() {
                    a[k] = json!(map.get(l as usize).copied().unwrap_or(n));
                }
            }
            for (k, l) in [("start_byte", "start_line"), ("end_byte", "end_line")] {
                if let Some(l) = a[l].as_u64() {
                    let old = line_at.iter().position(|&x| x as u64 == l);
                    if let Some(i) = old {
                        a[k] = json!(byte_at[i]);
                    }
                }
            }
        }
    }
    Case {
        id: c.id.clone(),
        gt,
        lines: read_lines(&text),
        text,
    }
}

/// How a crawl may mark where each page of a dump starts: a horizontal rule, a banner
/// (`==== Page 2 ====`), the page's address (`URL: https://…`), or its own markup around
/// every page (`<doc id="…">` … `</doc>`, as WikiExtractor writes). See [`separate`].
pub const SEPARATORS: [&str; 4] = ["rule", "banner", "url", "doc"];

/// `c` as a crawl that marks its pages with `kind` ([`SEPARATORS`]) would write it: a
/// rule or a banner between the pages, an address line above every page, a `<doc>` tag around
/// every page; the gold is moved along: a page starts at its mark (`</doc>` ends the
/// page before).
pub fn separate(c: &Case, kind: &str) -> Case {
    let arts = arts_of(&c.gt);
    let starts: Vec<usize> = arts.iter().map(|a| a.start).collect();
    let mut text = String::with_capacity(c.text.len() + 64 * arts.len());
    // New index and byte offset of every old line; the new start of every article.
    let (mut line_at, mut byte_at, mut new_start) = (Vec::new(), Vec::new(), Vec::new());
    let mut n = 0;
    let push = |text: &mut String, line: &str, n: &mut usize| {
        text.push_str(line);
        *n += 1;
    };
    let mut eol = "\n";
    for (i, line) in c.text.split_inclusive('\n').enumerate() {
        if line.ends_with("\r\n") {
            eol = "\r\n";
        }
        if let Some(k) = starts.iter().position(|&s| s == i) {
            if kind == "doc" && k > 0 {
                push(&mut text, &format!("</doc>{eol}"), &mut n);
            }
            new_start.push((n, text.len()));
            match kind {
                "doc" => push(
                    &mut text,
                    &format!("<doc id=\"{k}\" title=\"Page {k}\">{eol}"),
                    &mut n,
                ),
                "url" => push(
                    &mut text,
                    &format!("URL: https://www.example.org/page-{k}{eol}"),
                    &mut n,
                ),
                "rule" if k > 0 => push(&mut text, &format!("{}{eol}", "-".repeat(80)), &mut n),
                "banner" if k > 0 => push(&mut text, &format!("==== Page {k} ===={eol}"), &mut n),
                _ => {}
            }
        }
        line_at.push(n);
        byte_at.push(text.len());
        push(&mut text, line, &mut n);
    }
    if kind == "doc" {
        if !text.is_empty() && !text.ends_with('\n') {
            text.push_str(eol);
        }
        push(&mut text, "</doc>", &mut n);
    }
    let mut gt = c.gt.clone();
    if let Some(list) = gt["articles"].as_array_mut() {
        let count = list.len();
        for (k, a) in list.iter_mut().enumerate() {
            let (start, start_byte) = new_start.get(k).copied().unwrap_or((n, text.len()));
            let (end, end_byte) = match new_start.get(k + 1) {
                Some(&next) if k + 1 < count => next,
                _ => (n, text.len()),
            };
            a["start_line"] = json!(start);
            a["start_byte"] = json!(start_byte);
            a["end_line"] = json!(end);
            a["end_byte"] = json!(end_byte);
            for key in ["headline_line", "source_line"] {
                if let Some(l) = a[key].as_u64() {
                    a[key] = json!(line_at.get(l as usize).copied().unwrap_or(n));
                }
            }
        }
    }
    Case {
        id: c.id.clone(),
        gt,
        lines: read_lines(&text),
        text,
    }
}

/// Every case marked with each of the [`SEPARATORS`], segmented and scored.
pub fn separated(seg: &article_segmenter::Segmenter, cases: &[Case]) -> Vec<(&'static str, Tally)> {
    SEPARATORS
        .iter()
        .map(|&kind| (kind, transformed(seg, cases, |c| separate(c, kind))))
        .collect()
}

/// Every case transformed by `f` (the ground truth moved along), segmented and scored.
fn transformed(
    seg: &article_segmenter::Segmenter,
    cases: &[Case],
    f: impl Fn(&Case) -> Case,
) -> Tally {
    let mut t = Tally::default();
    for c in cases {
        let c = f(c);
        score_case(&c, &Pred::of(&seg.segment(&c.text)), &mut t);
    }
    t
}

/// The width of the re-wrapped check: what `lynx -dump` and `w3m -dump` print by default.
pub const REWRAP_COLUMNS: usize = 80;

/// Every case re-wrapped at [`REWRAP_COLUMNS`], segmented and scored.
pub fn rewrapped(seg: &article_segmenter::Segmenter, cases: &[Case]) -> Tally {
    transformed(seg, cases, |c| rewrap(c, REWRAP_COLUMNS))
}

pub fn nonblank_pos(lines: &[String]) -> Vec<usize> {
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
    /// The credited source: `None` when the truth does not say (a remix file), `Some(None)`
    /// when it says there is none.
    source: Option<Option<String>>,
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
                        source: x.get("source").map(|v| v.as_str().map(str::to_string)),
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

pub fn norm(s: &str) -> String {
    s.split(py_space)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

impl Tally {
    /// Boundaries matched under `rule` (`exact`, `tol1`, `tol3`, `nb0`, `nb1`, `window`);
    /// 0 before any case is scored.
    pub fn hits(&self, rule: &str) -> usize {
        self.tp.get(rule).copied().unwrap_or(0)
    }
}

pub fn round4(x: f64) -> f64 {
    (x * 10000.0).round() / 10000.0
}

#[derive(Default, Clone)]
pub struct Tally {
    pub tp: BTreeMap<&'static str, usize>,
    pub npred: usize,
    pub ngold: usize,
    pub rec: usize,
    pub narts: usize,
    pub exact_cases: usize,
    pub cases: usize,
    pub pk_sum: f64,
    pub wd_sum: f64,
    pub npk: usize,
    pub pk_e: usize,
    pub wd_e: usize,
    pub win: usize,
    pub hl_total: usize,
    pub hl_ok: usize,
    /// True articles with a source, predicted sources (for the segment that holds a true
    /// article's headline line), and the ones that match.
    pub src_gold: usize,
    pub src_pred: usize,
    pub src_ok: usize,
}

pub struct CaseResult {
    pub id: String,
    pub gold: Vec<usize>,
    pub pred: Vec<usize>,
    pub missed: usize,
    pub spurious: usize,
    pub single_split: bool,
}

pub fn score_case(c: &Case, p: &Pred, t: &mut Tally) -> CaseResult {
    let n = c.lines.len();
    let arts = arts_of(&c.gt);
    let gold: Vec<usize> = arts.iter().skip(1).map(|a| a.start).collect();
    let mut pred: Vec<usize> = p
        .boundaries
        .iter()
        .copied()
        .filter(|&x| 0 < x && x < n)
        .collect();
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
        if let Some(gold) = &a.source {
            let pred = p.sources.get(j).cloned().flatten();
            t.src_gold += usize::from(gold.is_some());
            t.src_pred += usize::from(pred.is_some());
            if let (Some(g), Some(q)) = (gold, &pred) {
                t.src_ok += usize::from(norm(g).to_lowercase() == norm(q).to_lowercase());
            }
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

pub fn prf(tp: usize, npred: usize, ngold: usize) -> (f64, f64, f64) {
    let p = if npred > 0 {
        tp as f64 / npred as f64
    } else if ngold == 0 {
        1.0
    } else {
        0.0
    };
    let r = if ngold > 0 {
        tp as f64 / ngold as f64
    } else {
        1.0
    };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

pub fn metrics(t: &Tally) -> Value {
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
    let (p, r, f) = prf(t.src_ok, t.src_pred, t.src_gold);
    m.insert(
        "source".into(),
        json!({"precision": round4(p), "recall": round4(r), "f1": round4(f), "tp": t.src_ok,
               "predicted": t.src_pred, "gold": t.src_gold}),
    );
    m.insert("articles".into(), json!(t.narts));
    // A share, rounded as score.py rounds it (0 over 0 is 0).
    let share = |a: f64, b: usize| json!(round4(a / b.max(1) as f64));
    for (name, value) in [
        ("article_recovery", share(t.rec as f64, t.narts)),
        ("pk", share(t.pk_sum, t.npk)),
        ("windowdiff", share(t.wd_sum, t.npk)),
        ("pk_pooled", share(t.pk_e as f64, t.win)),
        ("windowdiff_pooled", share(t.wd_e as f64, t.win)),
        ("exact_case_accuracy", share(t.exact_cases as f64, t.cases)),
        ("headline_accuracy", share(t.hl_ok as f64, t.hl_total)),
    ] {
        m.insert(name.into(), value);
    }
    Value::Object(m)
}

pub fn f(v: &Value, path: &[&str]) -> f64 {
    let mut x = v;
    for p in path {
        x = &x[*p];
    }
    x.as_f64().unwrap_or(0.0)
}

/// The texts of the gold articles, each cut out of its case by its byte range (an
/// article alone is a single-article input: it must not be split), and how many gold
/// articles there are in all: an article without a byte range on character boundaries
/// of its text cannot be cut out, and the caller says so.
pub fn gold_articles(cases: &[Case]) -> (Vec<(String, &str)>, usize) {
    let mut out = Vec::new();
    let mut all = 0;
    for c in cases {
        let Some(arts) = c.gt["articles"].as_array() else {
            continue;
        };
        all += arts.len();
        for (i, a) in arts.iter().enumerate() {
            let (Some(s), Some(e)) = (a["start_byte"].as_u64(), a["end_byte"].as_u64()) else {
                continue;
            };
            if let Some(t) = c.text.get(s as usize..e as usize) {
                out.push((format!("{}#{i}", c.id), t));
            }
        }
    }
    (out, all)
}

/// The gold articles segmented one by one (see [`gold_articles`]).
pub struct Isolated {
    /// The ids of those that come out as more than one article.
    pub split: Vec<String>,
    /// How many were segmented …
    pub segmented: usize,
    /// … of how many gold articles.
    pub gold: usize,
}

/// Segments every gold article alone.
pub fn isolated_splits(seg: &article_segmenter::Segmenter, cases: &[Case]) -> Isolated {
    let (alone, gold) = gold_articles(cases);
    let split = alone
        .iter()
        .filter(|(_, t)| seg.segment(t).len() > 1)
        .map(|(id, _)| id.clone())
        .collect();
    Isolated {
        split,
        segmented: alone.len(),
        gold,
    }
}

/// Seeds of the remix: each shuffles the pages anew.
pub const REMIX_SEEDS: u64 = 5;

/// Pages per remix file.
const REMIX_PAGES: usize = 4;

/// The remix's figures (see [`remix`]): its cases scored like the corpus's.
#[derive(Default)]
pub struct Remix {
    /// Every remix file scored with [`score_case`].
    pub tally: Tally,
    /// Files built.
    pub files: usize,
    /// Pages left over (the last pages of a seed that did not fill a file).
    pub skipped: usize,
    /// The lowest and highest lead-window F1 of one seed.
    pub seed_f1: (f64, f64),
    /// The files scored by renderer.
    pub by_renderer: BTreeMap<String, Tally>,
    /// The files scored by renderer and join (`RENDERER JOIN`).
    pub by_join: BTreeMap<String, Tally>,
}

impl Remix {
    /// Lead-window F1, as the corpus scorer computes it.
    pub fn lead_f1(&self) -> f64 {
        prf(
            self.tally.hits("window"),
            self.tally.npred,
            self.tally.ngold,
        )
        .2
    }
}

/// A small deterministic generator (xorshift64*), so that the remix is the same on every
/// machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A gold page of the remix: its case, its lines (trailing blank lines dropped), its
/// headline line within them, and its headline.
struct Page<'c> {
    case: usize,
    lines: Vec<&'c str>,
    head: usize,
    headline: &'c str,
}

/// The gold pages of every case but the seeds, by renderer.
fn remix_pages(cases: &[Case]) -> BTreeMap<&str, Vec<Page<'_>>> {
    let mut pages: BTreeMap<&str, Vec<Page>> = BTreeMap::new();
    for (ci, c) in cases.iter().enumerate() {
        if c.gt["kind"] == "seed" {
            continue;
        }
        let renderer = c.gt["renderer"].as_str().unwrap_or("?");
        for a in c.gt["articles"].as_array().into_iter().flatten() {
            let (Some(s), Some(e), Some(sl), Some(hl)) = (
                a["start_byte"].as_u64(),
                a["end_byte"].as_u64(),
                a["start_line"].as_u64(),
                a["headline_line"].as_u64(),
            ) else {
                continue;
            };
            let Some(text) = c.text.get(s as usize..e as usize) else {
                continue;
            };
            let mut lines: Vec<&str> = text.lines().collect();
            while lines.last().is_some_and(|l| is_blank(l)) {
                lines.pop();
            }
            let head = hl.saturating_sub(sl) as usize;
            if head < lines.len() {
                pages.entry(renderer).or_default().push(Page {
                    case: ci,
                    lines,
                    head,
                    headline: a["headline"].as_str().unwrap_or(""),
                });
            }
        }
    }
    pages
}

/// Joins `group`'s pages with `join` blank lines into a case with its ground truth.
fn remix_case(id: String, renderer: &str, group: &[&Page], join: usize) -> Case {
    let mut text = String::new();
    let mut articles: Vec<Value> = Vec::new();
    let mut line = 0;
    for (k, p) in group.iter().enumerate() {
        if k > 0 {
            // The blank separator lines belong to the article before, as in the corpus.
            text.push_str(&"\n".repeat(join));
            line += join;
            if let Some(prev) = articles.last_mut() {
                prev["end_line"] = json!(line);
            }
        }
        articles.push(json!({
            "start_line": line,
            "end_line": line + p.lines.len(),
            "headline_line": line + p.head,
            "headline": p.headline,
        }));
        for l in &p.lines {
            text.push_str(l);
            text.push('\n');
        }
        line += p.lines.len();
    }
    Case {
        id,
        gt: json!({"renderer": renderer, "join": join, "articles": articles}),
        lines: read_lines(&text),
        text,
    }
}

/// A check of generalisation: the gold pages cut out of their cases (trailing blank
/// lines dropped), shuffled within each renderer, and joined four to a file, no two from
/// the same case, with 0, 1 or 3 blank lines (one choice per file, as the corpus joins
/// its cases), for [`REMIX_SEEDS`] seeds. Every page is known from the corpus, but no
/// pair of neighbours is: evidence that only a case's own seams give (its joins, the
/// language of its neighbours) does not carry over. Returns the files and the pages left
/// over (the last of a seed and renderer that did not fill a file). A file's ground
/// truth has `renderer`, `join` and `articles` (start, end and headline lines, headline).
pub fn remix_cases(cases: &[Case]) -> (Vec<RemixFile>, usize) {
    let pages = remix_pages(cases);
    let mut out = Vec::new();
    let mut skipped = 0;
    for seed in 1..=REMIX_SEEDS {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ seed);
        for (renderer, list) in &pages {
            let mut order: Vec<usize> = (0..list.len()).collect();
            for i in (1..order.len()).rev() {
                order.swap(i, rng.below(i + 1));
            }
            // Each page goes to the first open file without a page of its case; a full
            // file is built.
            let mut open: Vec<Vec<&Page>> = Vec::new();
            for i in order {
                let page = &list[i];
                let slot = open
                    .iter()
                    .position(|g| g.iter().all(|p| p.case != page.case));
                let g = match slot {
                    Some(s) => s,
                    None => {
                        open.push(Vec::new());
                        open.len() - 1
                    }
                };
                open[g].push(page);
                if open[g].len() == REMIX_PAGES {
                    let group = open.remove(g);
                    let join = [0, 1, 3][rng.below(3)];
                    let id = format!("remix-{seed}-{renderer}-{}", out.len());
                    out.push(RemixFile {
                        seed,
                        renderer: renderer.to_string(),
                        join,
                        case: remix_case(id, renderer, &group, join),
                    });
                }
            }
            skipped += open.iter().map(Vec::len).sum::<usize>();
        }
    }
    (out, skipped)
}

/// A file of the remix ([`remix_cases`]).
pub struct RemixFile {
    /// The shuffle it comes from (1 to [`REMIX_SEEDS`]).
    pub seed: u64,
    /// The renderer of all its pages.
    pub renderer: String,
    /// Blank lines between two pages.
    pub join: usize,
    /// The text and its ground truth.
    pub case: Case,
}

/// Every remix file ([`remix_cases`]) segmented and scored with [`score_case`], in
/// total, per seed, by renderer and by renderer and join.
pub fn remix(seg: &article_segmenter::Segmenter, cases: &[Case]) -> Remix {
    let mut out = Remix {
        seed_f1: (1.0, 0.0),
        ..Remix::default()
    };
    let mut seeds: BTreeMap<u64, Tally> = BTreeMap::new();
    let (files, skipped) = remix_cases(cases);
    out.skipped = skipped;
    for RemixFile {
        seed,
        renderer,
        join,
        case,
    } in files
    {
        let pred = Pred::of(&seg.segment(&case.text));
        score_case(&case, &pred, &mut out.tally);
        score_case(&case, &pred, seeds.entry(seed).or_default());
        let by_renderer = out.by_renderer.entry(renderer.clone());
        score_case(&case, &pred, by_renderer.or_default());
        let by_join = out.by_join.entry(format!("{renderer} {join}"));
        score_case(&case, &pred, by_join.or_default());
        out.files += 1;
    }
    for t in seeds.values() {
        let f1 = prf(t.hits("window"), t.npred, t.ngold).2;
        out.seed_f1 = (out.seed_f1.0.min(f1), out.seed_f1.1.max(f1));
    }
    out
}

/// Every case's prediction scored into one tally per value of the ground truth's
/// `field` (`renderer`, `join`, …).
pub fn group(cases: &[Case], preds: &[Pred], field: &str) -> BTreeMap<String, Tally> {
    let mut groups: BTreeMap<String, Tally> = BTreeMap::new();
    for (c, p) in cases.iter().zip(preds) {
        let key = c.gt[field].as_str().unwrap_or("?").to_string();
        score_case(c, p, groups.entry(key).or_default());
    }
    groups
}

/// The figures the floors (`.ci/floors`, `eval --min`) are set on: the overall metrics,
/// the single-article cases split, the weakest renderer's lead-window F1, and the gold
/// articles split when segmented one by one; with the results of every case and the
/// tallies by renderer they come from.
pub struct Figures {
    pub metrics: Value,
    pub singles_split: usize,
    pub renderer_lead_f1: f64,
    /// The gold articles segmented alone (see [`isolated_splits`]).
    pub isolated: Isolated,
    /// The gold pages joined anew (see [`remix`]).
    pub remix: Remix,
    /// Every case re-wrapped at [`REWRAP_COLUMNS`] (see [`rewrap`]).
    pub rewrapped: Tally,
    /// Every case with its pages marked (see [`separate`]), by kind of mark.
    pub separated: Vec<(&'static str, Tally)>,
    pub results: Vec<CaseResult>,
    pub by_renderer: BTreeMap<String, Tally>,
}

impl Figures {
    /// Scores every case's prediction.
    pub fn of(seg: &article_segmenter::Segmenter, cases: &[Case], preds: &[Pred]) -> Figures {
        let mut total = Tally::default();
        let results: Vec<CaseResult> = cases
            .iter()
            .zip(preds)
            .map(|(c, p)| score_case(c, p, &mut total))
            .collect();
        let by_renderer = group(cases, preds, "renderer");
        let renderer_lead_f1 = by_renderer
            .values()
            .filter(|t| t.ngold > 0)
            .map(|t| prf(t.hits("window"), t.npred, t.ngold).2)
            .fold(1.0, f64::min);
        Figures {
            metrics: metrics(&total),
            singles_split: results.iter().filter(|r| r.single_split).count(),
            renderer_lead_f1,
            isolated: isolated_splits(seg, cases),
            remix: remix(seg, cases),
            rewrapped: rewrapped(seg, cases),
            separated: separated(seg, cases),
            results,
            by_renderer,
        }
    }

    /// The lowest exact F1 over the kinds of page marks ([`separate`]).
    pub fn separated_exact_f1(&self) -> f64 {
        self.separated
            .iter()
            .map(|(_, t)| prf(t.hits("exact"), t.npred, t.ngold).2)
            .fold(1.0, f64::min)
    }

    /// Checks one floor (`METRIC=VALUE`; a `_max` metric is a ceiling): `Ok(None)` when
    /// met, `Ok(Some(message))` when missed, `Err` for an unknown metric.
    pub fn check(&self, name: &str, floor: f64) -> Result<Option<String>, String> {
        let m = &self.metrics;
        let got = match name {
            "lead_f1" => f(m, &["boundary_lead_window", "f1"]),
            "exact_f1" => f(m, &["boundary_exact", "f1"]),
            "recovery" => f(m, &["article_recovery"]),
            "headline" => f(m, &["headline_accuracy"]),
            "source_precision" => f(m, &["source", "precision"]),
            "source_recall" => f(m, &["source", "recall"]),
            "renderer_lead_f1" => self.renderer_lead_f1,
            "pk_max" => f(m, &["pk"]),
            "single_splits_max" => self.singles_split as f64,
            "rewrap_lead_f1" => {
                let t = &self.rewrapped;
                prf(t.hits("window"), t.npred, t.ngold).2
            }
            "separated_exact_f1" => self.separated_exact_f1(),
            "remix_lead_f1" => {
                if self.remix.files == 0 {
                    return Err("remix_lead_f1: no remix file could be built".into());
                }
                self.remix.lead_f1()
            }
            "isolated_splits_max" => {
                let iso = &self.isolated;
                if iso.segmented == 0 || iso.segmented < iso.gold {
                    return Err(format!(
                        "isolated_splits_max: {} of {} gold articles have a byte range to cut out",
                        iso.segmented, iso.gold
                    ));
                }
                iso.split.len() as f64
            }
            other => return Err(format!("unknown metric {other}")),
        };
        let (ok, cmp) = if name.ends_with("_max") {
            (got <= floor, ">")
        } else {
            (got >= floor, "<")
        };
        Ok((!ok).then(|| format!("{name} = {got:.4} {cmp} {floor}")))
    }
}
