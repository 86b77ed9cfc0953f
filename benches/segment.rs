//! Throughput of `Segmenter::segment`, in bytes per second.
//!
//! * one benchmark per bundled sample (`examples/data/*.txt`);
//! * the dev corpus concatenated, once and 20 times over, when `../shared/corpus/dev` is
//!   there;
//! * growing pathological inputs (pulldown-cmark style), to show linear scaling: one huge
//!   line, a million identical lines, headlines with no body, no blank line at all.
//!
//! `cargo bench --bench segment`; `cargo bench --bench segment -- pathological` for one group.

use article_segmenter::Segmenter;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::Path;

fn samples(c: &mut Criterion) {
    let seg = Segmenter::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("examples/data")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut g = c.benchmark_group("samples");
    for f in files {
        let text = std::fs::read_to_string(&f).expect("sample");
        let name = f.file_stem().unwrap().to_string_lossy().into_owned();
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, t| {
            b.iter(|| seg.segment(black_box(t)).len())
        });
    }
    g.finish();
}

fn corpus(c: &mut Criterion) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/dev");
    let Ok(rd) = std::fs::read_dir(&dir) else {
        eprintln!("corpus benchmark skipped: no corpus at {}", dir.display());
        return;
    };
    let mut files: Vec<_> = rd
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut text = String::new();
    for f in files {
        text.push_str(&String::from_utf8_lossy(
            &std::fs::read(f).expect("corpus file"),
        ));
        text.push('\n');
    }
    let seg = Segmenter::new();
    let mut g = c.benchmark_group("corpus");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("dev_concatenated", |b| {
        b.iter(|| seg.segment(black_box(&text)).len())
    });
    // The dev corpus 20 times over (about 108 MB), the size of a small crawl dump.
    let x20 = text.repeat(20);
    g.throughput(Throughput::Bytes(x20.len() as u64));
    g.bench_function("dev_concatenated_x20", |b| {
        b.iter(|| seg.segment(black_box(&x20)).len())
    });
    g.finish();
}

/// The pathological inputs, each at a size in bytes.
fn pathological_inputs(size: usize) -> Vec<(&'static str, String)> {
    let repeat = |unit: &str| unit.repeat(size / unit.len() + 1);
    vec![
        ("one_huge_line", "word ".repeat(size / 5)),
        (
            "identical_lines",
            repeat("The same line again and again.\n"),
        ),
        (
            "headlines_no_body",
            repeat("A Headline With No Body Under It\n\n"),
        ),
        (
            "no_blank_line",
            repeat(
                "Harbour Town Votes | Courier\nMenu\nThe council voted on Monday to keep the ferry.\n",
            ),
        ),
        (
            // Every line read twice: with its no-break spaces, then as a spaced copy.
            "no_break_spaces",
            repeat(
                "Harbour\u{a0}Town\u{a0}Votes\u{a0}|\u{a0}Courier\nThe\u{a0}council\u{a0}voted.\n",
            ),
        ),
        ("title_echoes", {
            let mut s = String::with_capacity(size + 200);
            let mut i = 0usize;
            while s.len() < size {
                s.push_str(&format!("Story Number {i} About Things | Site\nStory Number {i} About Things\nBody text of the story, a sentence.\n"));
                i += 1;
            }
            s
        }),
    ]
}

fn pathological(c: &mut Criterion) {
    let seg = Segmenter::new();
    // Lines cut every kilobyte: one huge line becomes tens of thousands of lines, each
    // cut found without searching the rest of the line (that search was quadratic).
    let cut = Segmenter::builder()
        .max_line_bytes(1024)
        .build()
        .expect("a valid limit");
    let mut g = c.benchmark_group("pathological");
    g.sample_size(10);
    // 16, 32 and 64 MiB: at 32 MiB, "identical_lines" is a million lines and
    // "headlines_no_body" a million headlines; at 64 MiB "one_huge_line" is one line
    // of 64 MiB. Each size doubles the last: the time should double too.
    for size in [16 << 20, 32 << 20, 64 << 20] {
        for (name, text) in pathological_inputs(size) {
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(BenchmarkId::new(name, size), &text, |b, t| {
                b.iter(|| seg.segment(black_box(t)).len())
            });
        }
        let line = "word ".repeat(size / 5);
        g.throughput(Throughput::Bytes(line.len() as u64));
        g.bench_with_input(
            BenchmarkId::new("one_huge_line_cut_1k", size),
            &line,
            |b, t| b.iter(|| cut.segment(black_box(t)).len()),
        );
    }
    g.finish();
}

criterion_group!(benches, samples, corpus, pathological);
criterion_main!(benches);
