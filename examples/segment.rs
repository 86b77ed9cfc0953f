//! Splits concatenated scrapes into articles: the crate's main job on files.
//!
//! ```text
//! cargo run --release --example segment -- [OPTIONS] PATH...
//!
//! PATH            a file, a directory (its *.txt files, in name order) or - for stdin
//! --format FMT    text (default): a readable listing per file
//!                 jsonl: one JSON object per input file, in input order
//!                 summary: one line per input file: path, articles, bytes
//! --config FILE   settings from a JSON SegmenterConfig (per-site profile)
//! ```
//!
//! JSONL objects: `{"path", "id", "boundaries", "headlines", "articles": [{"start_line",
//! "end_line", "start_byte", "end_byte", "headline", "headline_line", "source",
//! "source_line", "confidence", "signals", "spans": [{"kind", "start_line", "end_line",
//! "start_byte", "end_byte"}]}]}`. `id` is the file name without extension, and
//! `boundaries`/`headlines` make the object a prediction the corpus scorer reads as is.
//!
//! Exit status: 0 when every input was segmented; 1 when an input could not be read
//! (missing, unreadable, a directory without `.txt` files) — the other inputs are still
//! processed; 2 on a usage or configuration error.

use article_segmenter::{
    ArticleRecord, Segmentation, Segmenter, SegmenterBuilder, SegmenterConfig,
};
use serde_json::json;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Text,
    Jsonl,
    Summary,
}

struct Options {
    format: Format,
    config: Option<PathBuf>,
    paths: Vec<String>,
}

const USAGE: &str = "usage: segment [--format text|jsonl|summary] [--config FILE] PATH...\n\
                     PATH: a file, a directory of *.txt files, or - for stdin";

fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut o = Options {
        format: Format::Text,
        config: None,
        paths: Vec::new(),
    };
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        let mut value = |name: &str| -> Result<String, String> {
            i += 1;
            args.get(i)
                .cloned()
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match a {
            "--format" => {
                o.format = match value("--format")?.as_str() {
                    "text" => Format::Text,
                    "jsonl" => Format::Jsonl,
                    "summary" => Format::Summary,
                    other => {
                        return Err(format!("unknown format {other:?} (text, jsonl, summary)"));
                    }
                }
            }
            "--config" => o.config = Some(PathBuf::from(value("--config")?)),
            "-h" | "--help" => return Err(String::new()),
            "-" => o.paths.push(a.to_string()),
            _ if a.starts_with("--") => return Err(format!("unknown option {a}")),
            _ => o.paths.push(a.to_string()),
        }
        i += 1;
    }
    if o.paths.is_empty() {
        return Err("no input given".to_string());
    }
    Ok(o)
}

/// One input: its name for output and where its text comes from.
enum Input {
    File(PathBuf),
    Stdin,
    /// A path that could not be expanded, with the reason.
    Bad(String, String),
}

fn expand(paths: &[String]) -> Vec<Input> {
    let mut out = Vec::new();
    for p in paths {
        if p == "-" {
            out.push(Input::Stdin);
            continue;
        }
        let path = Path::new(p);
        if path.is_dir() {
            let mut files: Vec<PathBuf> = match std::fs::read_dir(path) {
                Ok(rd) => rd
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|f| f.is_file() && f.extension().is_some_and(|x| x == "txt"))
                    .collect(),
                Err(e) => {
                    out.push(Input::Bad(p.clone(), e.to_string()));
                    continue;
                }
            };
            if files.is_empty() {
                out.push(Input::Bad(
                    p.clone(),
                    "directory holds no .txt file".to_string(),
                ));
            }
            files.sort();
            out.extend(files.into_iter().map(Input::File));
        } else {
            out.push(Input::File(path.to_path_buf()));
        }
    }
    out
}

fn read(input: &Input) -> Result<(String, Vec<u8>), (String, String)> {
    match input {
        Input::Stdin => {
            let mut buf = Vec::new();
            std::io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| ("-".to_string(), e.to_string()))?;
            Ok(("-".to_string(), buf))
        }
        Input::File(p) => {
            let name = p.display().to_string();
            std::fs::read(p)
                .map(|b| (name.clone(), b))
                .map_err(|e| (name, e.to_string()))
        }
        Input::Bad(name, why) => Err((name.clone(), why.clone())),
    }
}

fn id_of(name: &str) -> String {
    Path::new(name)
        .file_stem()
        .map_or_else(|| name.to_string(), |s| s.to_string_lossy().into_owned())
}

fn write_text(out: &mut impl Write, name: &str, seg: &Segmentation<'_>) -> std::io::Result<()> {
    writeln!(out, "== {name}: {} article(s)", seg.len())?;
    for (i, a) in seg.articles().iter().enumerate() {
        let b = a.boundary();
        let signals: Vec<&str> = b.signals.iter().map(|s| s.as_str()).collect();
        writeln!(
            out,
            "  [{i}] lines {}..{} bytes {}..{}  confidence {:.2}  {}",
            a.lines().start,
            a.lines().end,
            a.span().start,
            a.span().end,
            b.confidence,
            signals.join(",")
        )?;
        writeln!(out, "      headline: {}", a.headline().unwrap_or("-"))?;
        if let Some(s) = a.source() {
            writeln!(out, "      source:   {s}")?;
        }
    }
    Ok(())
}

fn write_jsonl(out: &mut impl Write, name: &str, seg: &Segmentation<'_>) -> std::io::Result<()> {
    let records: Vec<ArticleRecord> = seg.articles().iter().map(|a| a.to_record()).collect();
    let headlines: Vec<&str> = seg
        .articles()
        .iter()
        .map(|a| a.headline().unwrap_or(""))
        .collect();
    let obj = json!({
        "path": name,
        "id": id_of(name),
        "boundaries": seg.boundaries(),
        "headlines": headlines,
        "articles": records,
    });
    writeln!(out, "{obj}")
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opts = match parse_args(&args) {
        Ok(o) => o,
        Err(msg) => {
            if msg.is_empty() {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            eprintln!("segment: {msg}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let config = match &opts.config {
        None => SegmenterConfig::default(),
        Some(p) => match std::fs::read_to_string(p) {
            Ok(s) => match serde_json::from_str(&s) {
                Ok(c) => c,
                Err(e) => {
                    eprintln!("segment: config {}: {e}", p.display());
                    return ExitCode::from(2);
                }
            },
            Err(e) => {
                eprintln!("segment: cannot read config {}: {e}", p.display());
                return ExitCode::from(2);
            }
        },
    };
    let seg: Segmenter = match SegmenterBuilder::from_config(config).build() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("segment: config: {e}");
            return ExitCode::from(2);
        }
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut status = 0u8;
    for input in expand(&opts.paths) {
        let (name, bytes) = match read(&input) {
            Ok(x) => x,
            Err((name, why)) => {
                eprintln!("segment: {name}: {why}");
                status = 1;
                continue;
            }
        };
        let text = String::from_utf8_lossy(&bytes);
        let result = seg.segment(&text);
        let written = match opts.format {
            Format::Text => write_text(&mut out, &name, &result),
            Format::Jsonl => write_jsonl(&mut out, &name, &result),
            Format::Summary => writeln!(out, "{name}\t{}\t{}", result.len(), bytes.len()),
        };
        if let Err(e) = written {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                return ExitCode::from(status);
            }
            eprintln!("segment: cannot write output: {e}");
            return ExitCode::from(1);
        }
    }
    if let Err(e) = out.flush()
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        eprintln!("segment: cannot write output: {e}");
        return ExitCode::from(1);
    }
    ExitCode::from(status)
}
