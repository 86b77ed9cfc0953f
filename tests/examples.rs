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
        ("markdown", 3),
        ("no-blank-lines", 3),
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
    assert_eq!(objects.len(), 4, "one object per sample file");
    let ids: Vec<&str> = objects.iter().map(|o| o["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        ["markdown", "no-blank-lines", "republisher", "seed-layout"],
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
