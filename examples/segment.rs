//! Splits concatenated scrapes into articles: the crate's main job on files and records.
//!
//! ```text
//! cargo run --release --example segment -- [OPTIONS] PATH...
//!
//! PATH               a file, a directory (its *.txt files, in name order) or - for stdin
//! --format FMT       text (default): a readable listing per file
//!                    jsonl: one JSON object per input file, in input order
//!                    summary: one line per input file: path, articles, bytes
//! --text KIND        with jsonl or record output, add each article's text:
//!                    raw (as in the input) or clean (Article::clean_text)
//! --config FILE      settings from a JSON SegmenterConfig (a per-site profile)
//! --stream           read each input as a stream (bounded memory, any size); jsonl then
//!                    prints one object per article, as soon as the article is complete
//! --input jsonl      the inputs hold JSON records, one per line, instead of text; each
//!                    record's text is segmented and one JSON object per article is
//!                    written: {"id", "index", offsets, "headline", "source",
//!                    "confidence", "text"}. A mapper for Hadoop streaming or Spark pipe.
//! --text-field NAME  the records' text field (default: text)
//! --id-field NAME    the records' id field (default: id)
//! --threads N        files segmented in parallel (default: all cores); output keeps
//!                    input order
//! ```
//!
//! Per-file JSONL objects: `{"path", "id", "boundaries", "headlines", "articles":
//! [{"start_line", "end_line", "start_byte", "end_byte", "headline", "headline_line",
//! "source", "source_line", "confidence", "signals", "spans": [{"kind", "start_line",
//! "end_line", "start_byte", "end_byte"}]}]}`. `id` is the file name without extension;
//! `boundaries` and `headlines` make the object a prediction the corpus scorer reads as is.
//!
//! Exit status: 0 when every input was segmented; 1 when an input could not be read
//! (missing, unreadable, a directory without `.txt` files); 2 on a usage or configuration
//! error; 3 when an input was not valid UTF-8 (segmented anyway, each invalid byte read as
//! `?` so that offsets still count the original bytes) or a record was malformed (skipped).
//! Every problem is reported on stderr with the input's name; the other inputs are still
//! processed, and the highest status wins.

use article_segmenter::{
    Article, Segmentation, Segmenter, SegmenterBuilder, SegmenterConfig, decode_lossy,
};
use serde_json::{Value, json};
use std::borrow::Cow;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Text,
    Jsonl,
    Summary,
}

#[derive(Clone, Copy, PartialEq)]
enum TextKind {
    None,
    Raw,
    Clean,
}

struct Options {
    format: Format,
    text: TextKind,
    config: Option<PathBuf>,
    stream: bool,
    records: bool,
    text_field: String,
    id_field: String,
    threads: usize,
    paths: Vec<String>,
}

const USAGE: &str = "usage: segment [--format text|jsonl|summary] [--text raw|clean] [--config FILE]\n\
    \x20              [--stream] [--input text|jsonl] [--text-field NAME] [--id-field NAME]\n\
    \x20              [--threads N] PATH...\n\
    PATH: a file, a directory of *.txt files, or - for stdin";

fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut o = Options {
        format: Format::Text,
        text: TextKind::None,
        config: None,
        stream: false,
        records: false,
        text_field: "text".into(),
        id_field: "id".into(),
        threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
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
            "--text" => {
                o.text = match value("--text")?.as_str() {
                    "raw" => TextKind::Raw,
                    "clean" => TextKind::Clean,
                    other => return Err(format!("unknown text kind {other:?} (raw, clean)")),
                }
            }
            "--input" => {
                o.records = match value("--input")?.as_str() {
                    "text" => false,
                    "jsonl" => true,
                    other => return Err(format!("unknown input kind {other:?} (text, jsonl)")),
                }
            }
            "--text-field" => o.text_field = value("--text-field")?,
            "--id-field" => o.id_field = value("--id-field")?,
            "--config" => o.config = Some(PathBuf::from(value("--config")?)),
            "--stream" => o.stream = true,
            "--threads" => {
                let v = value("--threads")?;
                o.threads = v
                    .parse()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or_else(|| format!("--threads needs a positive number, not {v:?}"))?;
            }
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

/// One input: a file, stdin, or a path that could not be expanded (with the reason).
enum Input {
    File(PathBuf),
    Stdin,
    Bad(String, String),
}

impl Input {
    fn name(&self) -> String {
        match self {
            Input::File(p) => p.display().to_string(),
            Input::Stdin => "-".to_string(),
            Input::Bad(n, _) => n.clone(),
        }
    }

    fn open(&self) -> Result<Box<dyn BufRead>, String> {
        match self {
            Input::File(p) => std::fs::File::open(p)
                .map(|f| Box::new(BufReader::with_capacity(1 << 16, f)) as Box<dyn BufRead>)
                .map_err(|e| e.to_string()),
            Input::Stdin => Ok(Box::new(BufReader::new(std::io::stdin()))),
            Input::Bad(_, why) => Err(why.clone()),
        }
    }

    fn read_all(&self) -> Result<Vec<u8>, String> {
        match self {
            Input::File(p) => std::fs::read(p).map_err(|e| e.to_string()),
            _ => {
                let mut buf = Vec::new();
                self.open()?
                    .read_to_end(&mut buf)
                    .map_err(|e| e.to_string())?;
                Ok(buf)
            }
        }
    }
}

fn expand(paths: &[String]) -> Vec<Input> {
    let mut out = Vec::new();
    for p in paths {
        if p == "-" {
            out.push(Input::Stdin);
            continue;
        }
        let path = Path::new(p);
        if !path.is_dir() {
            out.push(Input::File(path.to_path_buf()));
            continue;
        }
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
    }
    out
}

fn id_of(name: &str) -> String {
    Path::new(name)
        .file_stem()
        .map_or_else(|| name.to_string(), |s| s.to_string_lossy().into_owned())
}

/// What processing one input produced: its output and its problems.
#[derive(Default)]
struct Done {
    out: Vec<u8>,
    err: String,
    status: u8,
}

impl Done {
    fn problem(&mut self, status: u8, msg: String) {
        self.err.push_str(&format!("segment: {msg}\n"));
        self.status = self.status.max(status);
    }

    /// Opens `input` for reading, or notes why it cannot be read (status 1).
    fn open(&mut self, input: &Input) -> Option<Box<dyn BufRead>> {
        input
            .open()
            .map_err(|why| self.problem(1, format!("{}: {why}", input.name())))
            .ok()
    }
}

fn text_of(a: &Article<'_>, kind: TextKind) -> Option<String> {
    match kind {
        TextKind::None => None,
        TextKind::Raw => Some(a.as_str().to_string()),
        TextKind::Clean => Some(a.clean_text()),
    }
}

fn article_json(a: &Article<'_>, kind: TextKind) -> Value {
    let mut v = serde_json::to_value(a.to_record()).expect("records serialise");
    if let Some(t) = text_of(a, kind) {
        v["text"] = Value::String(t);
    }
    v
}

fn write_text_article(out: &mut Vec<u8>, i: usize, a: &Article<'_>) {
    let b = a.boundary();
    let signals: Vec<&str> = b.signals.iter().map(|s| s.as_str()).collect();
    let _ = writeln!(
        out,
        "  [{i}] lines {}..{} bytes {}..{}  confidence {:.2}  {}",
        a.lines().start,
        a.lines().end,
        a.span().start,
        a.span().end,
        b.confidence,
        signals.join(",")
    );
    // A wrapped headline keeps its line break in the output; one line here.
    let headline = a
        .headline()
        .map(|h| h.split_whitespace().collect::<Vec<_>>().join(" "));
    let _ = writeln!(
        out,
        "      headline: {}",
        headline.as_deref().unwrap_or("-")
    );
    if let Some(s) = a.source() {
        let _ = writeln!(out, "      source:   {s}");
    }
}

fn write_file(out: &mut Vec<u8>, name: &str, bytes: usize, seg: &Segmentation<'_>, o: &Options) {
    match o.format {
        Format::Text => {
            let _ = writeln!(out, "== {name}: {} article(s)", seg.len());
            for (i, a) in seg.articles().iter().enumerate() {
                write_text_article(out, i, a);
            }
        }
        Format::Summary => {
            let _ = writeln!(out, "{name}\t{}\t{bytes}", seg.len());
        }
        Format::Jsonl => {
            // Written piece by piece (keys in the order `json!` sorts them), one article
            // at a time: no JSON tree of the whole file.
            let headlines: Vec<&str> = seg
                .articles()
                .iter()
                .map(|a| a.headline().unwrap_or(""))
                .collect();
            out.extend_from_slice(b"{\"articles\":[");
            for (i, a) in seg.articles().iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                let _ = serde_json::to_writer(&mut *out, &article_json(a, o.text));
            }
            out.extend_from_slice(b"],\"boundaries\":");
            let _ = serde_json::to_writer(&mut *out, &seg.boundaries());
            out.extend_from_slice(b",\"headlines\":");
            let _ = serde_json::to_writer(&mut *out, &headlines);
            out.extend_from_slice(b",\"id\":");
            let _ = serde_json::to_writer(&mut *out, &id_of(name));
            out.extend_from_slice(b",\"path\":");
            let _ = serde_json::to_writer(&mut *out, name);
            out.extend_from_slice(b"}\n");
        }
    }
}

/// Batch mode: the whole input in memory, one segmentation.
fn run_file(seg: &Segmenter, input: &Input, o: &Options) -> Done {
    let mut d = Done::default();
    let name = input.name();
    let bytes = match input.read_all() {
        Ok(b) => b,
        Err(why) => {
            d.problem(1, format!("{name}: {why}"));
            return d;
        }
    };
    // `decode_lossy` validates the bytes once and borrows them when they are UTF-8; only
    // input it had to repair is validated again, for the offset of the problem.
    let text = decode_lossy(&bytes);
    if let Cow::Owned(_) = text
        && let Err(e) = std::str::from_utf8(&bytes)
    {
        d.problem(
            3,
            format!(
                "{name}: not valid UTF-8 (first invalid byte at offset {}); segmented with \
                 each invalid byte read as '?'",
                e.valid_up_to()
            ),
        );
    }
    let result = seg.segment(&text);
    write_file(&mut d.out, &name, bytes.len(), &result, o);
    d
}

/// Stream mode: articles are written as they complete; memory stays bounded.
fn run_stream(seg: &Segmenter, input: &Input, o: &Options, out: &mut dyn Write) -> Done {
    let mut d = Done::default();
    let name = input.name();
    let Some(reader) = d.open(input) else {
        return d;
    };
    if o.format == Format::Text {
        let _ = writeln!(out, "== {name}");
    }
    let (mut count, mut bytes) = (0usize, 0usize);
    for item in seg.stream(reader) {
        match item {
            Ok(a) => {
                let mut buf = Vec::new();
                match o.format {
                    Format::Text => write_text_article(&mut buf, count, &a),
                    Format::Jsonl => {
                        let mut v = article_json(&a, o.text);
                        v["path"] = Value::String(name.clone());
                        v["index"] = json!(count);
                        let _ = writeln!(buf, "{v}");
                    }
                    Format::Summary => {}
                }
                if out.write_all(&buf).is_err() {
                    return d;
                }
                count += 1;
                bytes = a.span().end;
            }
            Err(e) => {
                d.problem(3, format!("{name}: {e}; the stream stops here"));
                break;
            }
        }
    }
    if o.format == Format::Summary {
        let _ = writeln!(out, "{name}\t{count}\t{bytes}");
    }
    d
}

/// Records mode: each line of the input is a JSON record with a text to segment.
fn run_records(seg: &Segmenter, input: &Input, o: &Options, out: &mut dyn Write) -> Done {
    let mut d = Done::default();
    let name = input.name();
    let Some(reader) = d.open(input) else {
        return d;
    };
    let kind = if o.text == TextKind::None {
        TextKind::Raw
    } else {
        o.text
    };
    for (n, line) in reader.split(b'\n').enumerate() {
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                d.problem(1, format!("{name}: {e}"));
                break;
            }
        };
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let rec: Value = match serde_json::from_slice(&line) {
            Ok(v) => v,
            Err(e) => {
                d.problem(
                    3,
                    format!("{name}:{}: not a JSON record ({e}); skipped", n + 1),
                );
                continue;
            }
        };
        let Some(text) = rec.get(&o.text_field).and_then(Value::as_str) else {
            d.problem(
                3,
                format!(
                    "{name}:{}: no string field {:?}; skipped",
                    n + 1,
                    o.text_field
                ),
            );
            continue;
        };
        let id = match rec.get(&o.id_field) {
            Some(Value::String(s)) => Value::String(s.clone()),
            Some(v @ Value::Number(_)) => v.clone(),
            _ => json!(format!("{}:{}", name, n + 1)),
        };
        let mut buf = Vec::new();
        for (i, a) in seg.articles(text).enumerate() {
            let obj = json!({
                "id": id,
                "index": i,
                "start_line": a.lines().start,
                "end_line": a.lines().end,
                "start_byte": a.span().start,
                "end_byte": a.span().end,
                "headline": a.headline(),
                "source": a.source(),
                "confidence": a.boundary().confidence,
                "text": text_of(&a, kind),
            });
            let _ = writeln!(buf, "{obj}");
        }
        if out.write_all(&buf).is_err() {
            return d;
        }
    }
    d
}

/// Batch mode over many inputs on `threads` threads; results are written in input order.
fn run_parallel(seg: &Segmenter, inputs: &[Input], o: &Options, out: &mut dyn Write) -> u8 {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Done>>> = Mutex::new((0..inputs.len()).map(|_| None).collect());
    let ready = std::sync::Condvar::new();
    let mut status = 0;
    std::thread::scope(|s| {
        for _ in 0..o.threads.min(inputs.len()).max(1) {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= inputs.len() {
                        break;
                    }
                    let d = run_file(seg, &inputs[i], o);
                    results.lock().expect("no panic holds the lock")[i] = Some(d);
                    ready.notify_all();
                }
            });
        }
        // The writer: input order, each result as soon as it and all before it are done.
        for i in 0..inputs.len() {
            let d = {
                let mut r = results.lock().expect("no panic holds the lock");
                loop {
                    if let Some(d) = r[i].take() {
                        break d;
                    }
                    r = ready.wait(r).expect("no panic holds the lock");
                }
            };
            eprint!("{}", d.err);
            status = status.max(d.status);
            if out.write_all(&d.out).is_err() {
                // A closed pipe: stop reading the rest.
                next.store(inputs.len(), Ordering::Relaxed);
                break;
            }
        }
    });
    status
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
            match &opts.config {
                Some(p) => eprintln!("segment: config {}: {e}", p.display()),
                None => eprintln!("segment: config: {e}"),
            }
            return ExitCode::from(2);
        }
    };
    let inputs = expand(&opts.paths);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let status = if opts.records || opts.stream {
        let mut status = 0;
        for input in &inputs {
            let d = if opts.records {
                run_records(&seg, input, &opts, &mut out)
            } else {
                run_stream(&seg, input, &opts, &mut out)
            };
            eprint!("{}", d.err);
            status = status.max(d.status);
        }
        status
    } else {
        run_parallel(&seg, &inputs, &opts, &mut out)
    };
    if let Err(e) = out.flush()
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        eprintln!("segment: cannot write output: {e}");
        return ExitCode::from(1);
    }
    ExitCode::from(status)
}
