//! The example binaries, run as users run them, with their output checked.
//!
//! `cargo test` builds the examples next to the test binaries; these tests find them
//! there.

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn example(name: &str) -> PathBuf {
    let exe = std::env::current_exe().expect("test binary path");
    let dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("target profile directory");
    let path = dir
        .join("examples")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(
        path.exists(),
        "example {name} not built at {}",
        path.display()
    );
    path
}

fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data")
}

fn run(name: &str, args: &[&str]) -> Output {
    Command::new(example(name))
        .args(args)
        .output()
        .expect("example runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn segment_lists_every_sample() {
    let out = run("segment", &[data().to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    for (name, n) in [
        ("crawl-dump", 3),
        ("markdown", 3),
        ("no-blank-lines", 3),
        ("reader-api", 3),
        ("republisher", 2),
        ("seed-layout", 2),
    ] {
        assert!(
            stdout.contains(&format!("{name}.txt: {n} article(s)")),
            "{name}: {stdout}"
        );
    }
    assert!(
        stdout.contains(
            "headline: Volunteers Count Record Number of Seals on the Northern Sandbanks"
        )
    );
    assert!(stdout.contains("source:   Coast Courier"));
}

#[test]
fn segment_jsonl_is_one_object_per_file_matching_the_truth() {
    let out = run("segment", &["--format", "jsonl", data().to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let objects: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(objects.len(), 7, "one object per sample file");
    let ids: Vec<&str> = objects.iter().map(|o| o["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "crawl-dump",
            "markdown",
            "no-blank-lines",
            "reader-api",
            "republisher",
            "seed-layout",
            "wrapped"
        ],
        "name order"
    );
    for o in &objects {
        let truth: Value = serde_json::from_str(
            &std::fs::read_to_string(data().join(format!("{}.json", o["id"].as_str().unwrap())))
                .unwrap(),
        )
        .unwrap();
        let gold: Vec<u64> = truth["articles"].as_array().unwrap()[1..]
            .iter()
            .map(|a| a["start_line"].as_u64().unwrap())
            .collect();
        let got: Vec<u64> = o["boundaries"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b.as_u64().unwrap())
            .collect();
        assert_eq!(got, gold, "{}", o["id"]);
        for a in o["articles"].as_array().unwrap() {
            for key in [
                "start_line",
                "end_line",
                "start_byte",
                "end_byte",
                "headline",
                "headline_line",
                "source",
                "confidence",
                "signals",
                "spans",
            ] {
                assert!(a.get(key).is_some(), "{key} missing in {a}");
            }
            let span = &a["spans"][0];
            for key in ["kind", "start_line", "end_line", "start_byte", "end_byte"] {
                assert!(span.get(key).is_some(), "span field {key} missing");
            }
        }
    }
}

#[test]
fn segment_reads_stdin() {
    let mut child = Command::new(example("segment"))
        .args(["--format", "jsonl", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let sample = std::fs::read(data().join("republisher.txt")).unwrap();
    child.stdin.take().unwrap().write_all(&sample).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let o: Value = serde_json::from_str(text(&out.stdout).trim()).unwrap();
    assert_eq!(o["path"], "-");
    assert_eq!(o["boundaries"], serde_json::json!([20]));
}

#[test]
fn segment_reports_a_missing_file_and_goes_on() {
    let missing = data().join("no-such-scrape.txt");
    let sample = data().join("seed-layout.txt");
    let out = run(
        "segment",
        &[missing.to_str().unwrap(), sample.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(1), "a missing input exits with 1");
    let stderr = text(&out.stderr);
    assert!(stderr.contains("no-such-scrape.txt"), "{stderr}");
    assert!(
        text(&out.stdout).contains("seed-layout.txt: 2 article(s)"),
        "the other file is processed"
    );
}

#[test]
fn segment_rejects_a_directory_without_text_files() {
    let empty = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let out = run("segment", &[empty.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("no .txt file"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn segment_usage_errors_exit_with_2() {
    let out = run("segment", &["--format", "yaml", "x"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("unknown format"));
    let out = run("segment", &[]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn eval_scores_the_samples_and_enforces_floors() {
    let dir = data();
    let out = run(
        "eval",
        &[
            dir.to_str().unwrap(),
            "--min",
            "lead_f1=1.0",
            "--min",
            "headline=1.0",
        ],
    );
    assert!(
        out.status.success(),
        "{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("lead window              P=1.0000 R=1.0000 F1=1.0000"),
        "{stdout}"
    );
    let out = run("eval", &[dir.to_str().unwrap(), "--min", "pk_max=-1"]);
    assert_eq!(out.status.code(), Some(1), "an unmet floor fails");
    assert!(text(&out.stderr).contains("FLOOR FAILED"));
}

fn run_stdin(name: &str, args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(example(name))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn records_in_and_out() {
    let sample = std::fs::read_to_string(data().join("republisher.txt")).unwrap();
    let input = format!(
        "{}\n{}\nnot json\n{}\n",
        serde_json::json!({"doc": "r1", "body": sample}),
        serde_json::json!({"doc": 2, "body": "Harbour Ferry Runs Again\n\nThe ferry runs again on Monday.\n"}),
        serde_json::json!({"doc": "r3", "other": "no text here"}),
    );
    let out = run_stdin(
        "segment",
        &[
            "--input",
            "jsonl",
            "--text-field",
            "body",
            "--id-field",
            "doc",
            "--text",
            "clean",
            "-",
        ],
        input.as_bytes(),
    );
    assert_eq!(
        out.status.code(),
        Some(3),
        "malformed records give status 3"
    );
    let stderr = text(&out.stderr);
    assert!(stderr.contains("-:3: not a JSON record"), "{stderr}");
    assert!(stderr.contains("-:4: no string field \"body\""), "{stderr}");
    let rows: Vec<Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 3, "two articles of r1, one of record 2");
    assert_eq!(rows[0]["id"], "r1");
    assert_eq!(rows[1]["index"], 1);
    assert_eq!(rows[1]["start_line"], 20);
    assert_eq!(rows[2]["id"], 2);
    assert_eq!(
        rows[2]["text"],
        "Harbour Ferry Runs Again\n\nThe ferry runs again on Monday."
    );
    let clean = rows[0]["text"].as_str().unwrap();
    assert!(
        clean.starts_with("New Cycle Path Opens Along the Old Railway Line\n\nCyclists"),
        "{clean}"
    );
    assert!(
        !clean.contains("Valley Weekly Review\n"),
        "site lines are left out: {clean}"
    );
}

#[test]
fn streaming_output_matches_batch() {
    let dir = data();
    let batch = run(
        "segment",
        &["--format", "jsonl", "--text", "raw", dir.to_str().unwrap()],
    );
    let stream = run(
        "segment",
        &[
            "--stream",
            "--format",
            "jsonl",
            "--text",
            "raw",
            dir.to_str().unwrap(),
        ],
    );
    assert!(batch.status.success() && stream.status.success());
    let per_article: Vec<Value> = text(&stream.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let per_file: Vec<Value> = text(&batch.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let flattened: Vec<&Value> = per_file
        .iter()
        .flat_map(|f| f["articles"].as_array().unwrap())
        .collect();
    assert_eq!(per_article.len(), flattened.len());
    for (s, b) in per_article.iter().zip(flattened) {
        for key in [
            "start_line",
            "end_line",
            "start_byte",
            "end_byte",
            "headline",
            "source",
            "text",
            "spans",
        ] {
            assert_eq!(s[key], b[key], "{key}");
        }
    }
    let summary = run(
        "segment",
        &["--stream", "--format", "summary", dir.to_str().unwrap()],
    );
    assert!(
        text(&summary.stdout).contains("republisher.txt\t2\t1957"),
        "{}",
        text(&summary.stdout)
    );
}

#[test]
fn bad_inputs_are_reported_and_the_rest_processed() {
    let dir = std::env::temp_dir().join(format!("segment-bad-inputs-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let invalid = dir.join("latin1.txt");
    let latin1: &[u8] = b"Caf\xe9 News\n\nThe caf\xe9 reopens on Monday.\n";
    std::fs::write(&invalid, latin1).unwrap();
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, b"").unwrap();
    let binary = dir.join("binary.txt");
    std::fs::write(&binary, [0u8, 159, 146, 150, 0, 255, 10, 1, 2, 3]).unwrap();
    let good = data().join("seed-layout.txt");
    let out = run(
        "segment",
        &[
            "--format",
            "summary",
            invalid.to_str().unwrap(),
            empty.to_str().unwrap(),
            binary.to_str().unwrap(),
            good.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(3), "invalid UTF-8 gives status 3");
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("latin1.txt: not valid UTF-8 (first invalid byte at offset 3)"),
        "{stderr}"
    );
    assert!(stderr.contains("binary.txt: not valid UTF-8"), "{stderr}");
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains(&format!("latin1.txt\t1\t{}", latin1.len())),
        "offsets count the original bytes: {stdout}"
    );
    assert!(stdout.contains("empty.txt\t0\t0"), "{stdout}");
    assert!(stdout.contains("binary.txt\t1\t10"), "{stdout}");
    assert!(stdout.contains("seed-layout.txt\t2\t"), "{stdout}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_config_file_teaches_site_rules() {
    let dir = std::env::temp_dir().join(format!("segment-config-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let scrape = dir.join("tilde.txt");
    std::fs::write(
        &scrape,
        "Harbour Town Keeps Its Ferry ~ Coast Courier\n\n\
         Harbour Town Keeps Its Ferry\n\n\
         The council voted on Monday to keep the ferry running all year, after a petition \
         signed by more than three thousand residents.\n\n\
         Tap here to hear this story aloud\n\n\
         Wire copy from Harbour Desk\n",
    )
    .unwrap();
    let profile = dir.join("site.json");
    std::fs::write(
        &profile,
        r#"{"source_patterns": ["^Wire copy from (?P<source>.+)$"],
            "chrome_phrases": ["to hear this story"],
            "headline_separators": [" ~ "]}"#,
    )
    .unwrap();
    let args = |config: Option<&Path>| {
        let mut a = vec!["--format".to_string(), "jsonl".to_string()];
        if let Some(c) = config {
            a.extend(["--config".to_string(), c.display().to_string()]);
        }
        a.push(scrape.display().to_string());
        a
    };
    let article = |args: Vec<String>| -> Value {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = run("segment", &args);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let o: Value = serde_json::from_str(text(&out.stdout).trim()).unwrap();
        assert_eq!(o["articles"].as_array().unwrap().len(), 1, "{o}");
        o["articles"][0].clone()
    };
    let plain = article(args(None));
    assert_ne!(
        plain["source"], "Harbour Desk",
        "without the profile: {plain}"
    );
    assert_ne!(
        plain["headline"], "Harbour Town Keeps Its Ferry",
        "without the profile: {plain}"
    );
    let taught = article(args(Some(&profile)));
    assert_eq!(taught["source"], "Harbour Desk", "{taught}");
    assert_eq!(
        taught["headline"], "Harbour Town Keeps Its Ferry",
        "{taught}"
    );
    let kinds: Vec<&str> = taught["spans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["kind"].as_str().unwrap())
        .collect();
    assert!(
        kinds.contains(&"headline_echo"),
        "the ~ title line is an echo: {kinds:?}"
    );
    assert!(
        kinds.contains(&"boilerplate"),
        "the app line is chrome: {kinds:?}"
    );

    // Bad profiles: the error names the field (and the value), status 2.
    for (json, named) in [
        (r#"{"windw": 40}"#, "windw"),
        (r#"{"window": 0}"#, "window"),
        (r#"{"min_confidence": "high"}"#, "high"),
        (r#"{"source_patterns": ["(unclosed"]}"#, "(unclosed"),
        (r#"{"headline_separators": ["  "]}"#, "headline_separator"),
        (r#"{"weights": {"no_such_term": 1.0}}"#, "no_such_term"),
    ] {
        std::fs::write(&profile, json).unwrap();
        let args = args(Some(&profile));
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = run("segment", &args);
        assert_eq!(out.status.code(), Some(2), "{json}");
        let stderr = text(&out.stderr);
        assert!(stderr.contains(named), "{json}: {stderr}");
        assert!(
            stderr.contains("site.json"),
            "the profile is named: {stderr}"
        );
        assert!(
            out.stdout.is_empty(),
            "nothing segmented with a bad profile"
        );
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn the_bundled_profile_cleans_headlines_and_reads_sources() {
    let profiles = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/profiles");
    let sample = profiles.join("tilde-site.txt");
    let profile = profiles.join("north-shore.json");
    let sample = sample.to_str().unwrap();
    let without = run("segment", &["--format", "jsonl", sample]);
    let with = run(
        "segment",
        &[
            "--format",
            "jsonl",
            "--config",
            profile.to_str().unwrap(),
            sample,
        ],
    );
    assert!(without.status.success() && with.status.success());
    let without: Value = serde_json::from_str(text(&without.stdout).trim()).unwrap();
    let with: Value = serde_json::from_str(text(&with.stdout).trim()).unwrap();
    // Without the profile, the articles are found (the text is clean), but the headlines
    // keep the site part of the unknown separator and no source is read.
    assert_eq!(without["boundaries"], serde_json::json!([14]), "{without}");
    for (a, h) in without["articles"]
        .as_array()
        .unwrap()
        .iter()
        .zip(without["headlines"].as_array().unwrap())
    {
        assert!(h.as_str().unwrap().ends_with(" ~ North Shore Notes"), "{h}");
        assert!(a["source"].is_null(), "{a}");
    }
    assert_eq!(with["boundaries"], serde_json::json!([14]), "{with}");
    assert_eq!(
        with["headlines"],
        serde_json::json!([
            "Lighthouse Keeper's Cottage Opens as a Museum",
            "Fishing Fleet Returns Early as Autumn Storms Arrive"
        ])
    );
    for a in with["articles"].as_array().unwrap() {
        assert_eq!(a["source"], "Coast Desk");
    }
}

#[test]
fn the_bundled_records_give_one_object_per_article() {
    let records = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/records/samples.jsonl");
    let out = run(
        "segment",
        &[
            "--input",
            "jsonl",
            "--text",
            "clean",
            records.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let rows: Vec<Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    // The samples' ground truth: 3 + 3 + 2 + 2 + 3 + 3 + 3 articles.
    assert_eq!(rows.len(), 19);
    let ids: Vec<&str> = rows.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids.iter().filter(|&&i| i == "seed-layout").count(), 2);
    for r in &rows {
        let clean = r["text"].as_str().unwrap();
        let headline = r["headline"].as_str().unwrap();
        assert!(clean.starts_with(headline), "{clean}");
    }
}

/// A reader that stops early (`trace FILE | head`) ends a tool quietly: status 0 and no
/// panic message, although the tool had far more to print than the pipe holds.
#[test]
fn a_closed_pipe_ends_the_tools_quietly() {
    use std::io::Read;
    let sample = std::fs::read_to_string(data().join("markdown.txt")).expect("sample");
    let input = std::env::temp_dir().join(format!("closed-pipe-{}.txt", std::process::id()));
    std::fs::write(&input, sample.repeat(200)).expect("temp file");
    for name in ["trace", "segment"] {
        let mut child = Command::new(example(name))
            .arg(&input)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("example runs");
        let mut first = [0u8; 64];
        let mut stdout = child.stdout.take().expect("piped stdout");
        stdout.read_exact(&mut first).expect("some output");
        drop(stdout);
        let out = child.wait_with_output().expect("example ends");
        let err = text(&out.stderr);
        assert!(out.status.success(), "{name}: {:?} {err}", out.status);
        assert!(!err.contains("panicked"), "{name}: {err}");
    }
    let _ = std::fs::remove_file(&input);
}
