//! Property tests: the guarantees of the crate docs on arbitrary text and on realistic
//! generated scrapes. The number of cases per property is proptest's default (256) or
//! `PROPTEST_CASES` (CI sets 2000).

use article_segmenter::{Segmentation, Segmenter, Signal, decode_lossy};
use proptest::prelude::*;

/// Checks every structural guarantee of a segmentation of `text`.
fn check(text: &str, out: &Segmentation<'_>) -> Result<(), TestCaseError> {
    check_lines(text, out, usize::MAX)
}

/// Where the lines of `text` start when lines longer than `max` bytes are cut at the
/// last character boundary before every `max` bytes (the documented exception to
/// `str::lines`).
fn line_starts(text: &str, max: usize) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut pos = 0;
    while pos < text.len() {
        starts.push(pos);
        let rest = &text[pos..];
        pos += match rest.find('\n') {
            Some(i) if i <= max => i + 1,
            _ if rest.len() > max => (0..=max).rev().find(|&c| rest.is_char_boundary(c)).unwrap(),
            _ => rest.len(),
        };
    }
    starts
}

/// [`check`] for a segmenter whose maximum line length is `max_line`.
fn check_lines(text: &str, out: &Segmentation<'_>, max_line: usize) -> Result<(), TestCaseError> {
    let mut line_starts = line_starts(text, max_line);
    let n_lines = line_starts.len();
    if max_line == usize::MAX {
        prop_assert_eq!(n_lines, text.lines().count(), "the lines of str::lines");
    }
    line_starts.push(text.len());
    if text.is_empty() {
        prop_assert!(out.is_empty());
        return Ok(());
    }
    let mut pos = 0;
    let mut line = 0;
    for a in out.articles() {
        let (s, l) = (a.span(), a.lines());
        prop_assert_eq!(s.start, pos, "articles touch");
        prop_assert_eq!(l.start, line, "line spans touch");
        prop_assert!(s.end > s.start && l.end > l.start, "articles are not empty");
        prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        prop_assert_eq!(a.as_str(), &text[s.range()]);
        // Line and byte spans agree: an article starts where its first line starts.
        prop_assert_eq!(line_starts[l.start], s.start);
        let mut sp = s.start;
        let mut sl = l.start;
        for t in a.spans() {
            prop_assert_eq!(t.span.start, sp, "spans touch");
            prop_assert_eq!(t.lines.start, sl, "span lines touch");
            prop_assert!(t.span.end > t.span.start && t.lines.end > t.lines.start);
            prop_assert!(text.is_char_boundary(t.span.end));
            prop_assert_eq!(line_starts[t.lines.start], t.span.start);
            sp = t.span.end;
            sl = t.lines.end;
        }
        prop_assert_eq!((sp, sl), (s.end, l.end), "spans tile the article");
        if let Some(h) = a.headline() {
            prop_assert!(
                a.as_str().contains(h),
                "the headline is text of the article"
            );
        }
        let c = a.boundary().confidence;
        prop_assert!((0.0..=1.0).contains(&c));
        pos = s.end;
        line = l.end;
    }
    prop_assert_eq!(pos, text.len(), "articles cover the input");
    prop_assert_eq!(line, n_lines, "articles cover every line");
    let joined: String = out.articles().iter().map(|a| a.as_str()).collect();
    prop_assert_eq!(joined, text);
    Ok(())
}

/// [`check_lines`] under `seg`'s limits, and every article within them: at most
/// `max_article_bytes`, or one line of `max_line_bytes` and its terminator.
fn check_limits(seg: &Segmenter, text: &str, out: &Segmentation<'_>) -> Result<(), TestCaseError> {
    let (max_line, max_article) = (seg.config().max_line_bytes, seg.config().max_article_bytes);
    check_lines(text, out, max_line)?;
    for a in out.articles() {
        prop_assert!(
            a.span().len() <= max_article.max(max_line + 2),
            "{} bytes",
            a.span().len()
        );
    }
    Ok(())
}

/// Streaming `text` through a reader of capacity `cap`, and the lazy iterator, give
/// `out`, the batch articles.
fn stream_matches(
    seg: &Segmenter,
    text: &str,
    cap: usize,
    out: Segmentation<'_>,
) -> Result<(), TestCaseError> {
    let batch: Vec<_> = out
        .into_articles()
        .into_iter()
        .map(|a| a.into_owned())
        .collect();
    let lazy: Vec<_> = seg.articles(text).map(|a| a.into_owned()).collect();
    prop_assert_eq!(&lazy, &batch);
    let reader = std::io::BufReader::with_capacity(cap, text.as_bytes());
    let streamed: Vec<_> = seg.stream(reader).collect::<Result<_, _>>().unwrap();
    prop_assert_eq!(&streamed, &batch);
    Ok(())
}

/// Arbitrary text with the characters that make line handling hard.
fn hostile_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("\r".to_string()),
        Just("\0".to_string()),
        Just("\u{feff}".to_string()),
        Just("\u{200b}".to_string()),
        Just("\u{202e}".to_string()),
        Just("المصدر: وكالات".to_string()),
        Just("שלום עולם".to_string()),
        Just("日本語の見出し".to_string()),
        Just("😀🎉".to_string()),
        Just("Source: X".to_string()),
        Just("Quelle:".to_string()),
        Just("(Credit: ".to_string()),
        Just("  *".to_string()),
        Just(")".to_string()),
        Just(" (dpa)".to_string()),
        Just("_".to_string()),
        Just("# Heading".to_string()),
        Just("  * item".to_string()),
        Just("©".to_string()),
        Just("#Site » Feed Site » Comments Feed Site » ".to_string()),
        Just(" Comments Feed".to_string()),
        Just(" » ".to_string()),
        Just(" › ".to_string()),
        Just("← ".to_string()),
        Just("<doc id=\"1\" title=\"T\">\n".to_string()),
        Just("</doc>\n".to_string()),
        Just("URL: https://example.org/a\n".to_string()),
        Just("\n-----\n".to_string()),
        Just("\u{a0}| ".to_string()),
        Just("\u{ad}".to_string()),
        "\\PC{0,40}",
        "[a-zA-Z ,.]{0,80}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

/// One realistic article in one of the layouts real scrapes show, or crawls write.
fn article() -> impl Strategy<Value = String> {
    let words = prop::collection::vec("[A-Z][a-z]{2,9}", 3..9).prop_map(|w| w.join(" "));
    let sentence = prop::collection::vec("[a-z]{2,10}", 8..30)
        .prop_map(|w| format!("{}.", w.join(" ")))
        .prop_map(|s| {
            let mut c = s.chars();
            c.next()
                .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
        });
    let body = prop::collection::vec(sentence.clone(), 1..8);
    let chrome = prop::collection::vec(
        prop_oneof![
            Just("Menu".to_string()),
            Just("  * Home".to_string()),
            Just("Skip to content".to_string()),
            Just("Share this article".to_string()),
            Just("TT".to_string()),
            Just("© 2024 Example Media. All rights reserved.".to_string()),
            Just("Home › News › Harbour".to_string()),
            Just(
                "#Example » Feed Example » Comments Feed Example » Title Comments Feed".to_string()
            ),
        ],
        0..6,
    );
    let source = prop_oneof![
        Just(String::new()),
        Just("Source: Example Wire".to_string()),
        Just("(AFP)".to_string()),
        Just("— Reuters".to_string()),
    ];
    let nl = prop_oneof![Just("\n"), Just("\r\n")];
    let layout = 0..6u8;
    (words, sentence, body, chrome, source, nl, layout, 0..4usize).prop_map(
        |(headline, caption, body, chrome, source, nl, layout, blanks)| {
            let mut lines: Vec<String> = Vec::new();
            match layout {
                // Seed layout: headline, caption twice, chrome, headline again.
                0 => {
                    lines.extend([
                        headline.clone(),
                        String::new(),
                        caption.clone(),
                        caption.clone(),
                    ]);
                    lines.push("TT".into());
                    lines.extend([String::new(), headline.clone(), String::new()]);
                }
                // Republisher: `Title • Site`, site line.
                1 => {
                    lines.extend([
                        format!("{headline} • Example Review"),
                        "Example Review".into(),
                    ]);
                    lines.extend([String::new(), headline.clone(), String::new()]);
                }
                // Markdown dump.
                2 => {
                    lines.extend(chrome.iter().cloned());
                    lines.extend([String::new(), format!("# {headline}"), String::new()]);
                }
                // A corpus tool's dump: the page in `<doc>` tags, its title first.
                4 => {
                    lines.extend([
                        format!("<doc id=\"7\" title=\"{headline}\">"),
                        headline.clone(),
                    ]);
                    lines.push(String::new());
                }
                // A crawl's address line and a rule above the page; no-break spaces.
                5 => {
                    lines.extend(["-----".to_string(), "URL: https://example.org/page".into()]);
                    lines.extend([
                        String::new(),
                        headline.replace(' ', "\u{a0}"),
                        String::new(),
                    ]);
                }
                // One text node per line.
                _ => {
                    lines.push(format!("{headline} | Example Daily"));
                    lines.extend(chrome.iter().cloned());
                    lines.push(headline.clone());
                }
            }
            for p in body {
                lines.push(p);
                if layout != 3 {
                    lines.push(String::new());
                }
            }
            if !source.is_empty() {
                lines.push(source);
            }
            if layout == 4 {
                lines.push("</doc>".into());
            }
            lines.extend(std::iter::repeat_n(String::new(), blanks));
            let mut s = lines.join(nl);
            s.push_str(nl);
            s
        },
    )
}

fn scrape() -> impl Strategy<Value = String> {
    (prop::collection::vec(article(), 1..6), any::<bool>()).prop_map(|(arts, trim)| {
        let mut s = arts.concat();
        if trim {
            // About a quarter of real files lack a final newline.
            while s.ends_with('\n') || s.ends_with('\r') {
                s.pop();
            }
        }
        s
    })
}

/// A longer realistic scrape with every line longer than `width` columns broken as a
/// text browser breaks it (greedy, at spaces): the text the joiner of wrapped lines
/// reads.
fn wrapped_scrape() -> impl Strategy<Value = String> {
    (prop::collection::vec(article(), 3..10), 40usize..130).prop_map(|(arts, width)| {
        let mut out = String::new();
        for line in arts.concat().split_inclusive('\n') {
            let (content, end) = match line.strip_suffix("\r\n") {
                Some(c) => (c, "\r\n"),
                None => line.strip_suffix('\n').map_or((line, ""), |c| (c, "\n")),
            };
            let mut cur = String::new();
            for word in content.split(' ') {
                if !cur.is_empty() && cur.chars().count() + 1 + word.chars().count() > width {
                    out.push_str(&cur);
                    out.push_str(if end.is_empty() { "\n" } else { end });
                    cur.clear();
                }
                if !cur.is_empty() {
                    cur.push(' ');
                }
                cur.push_str(word);
            }
            out.push_str(&cur);
            out.push_str(end);
        }
        out
    })
}

/// A realistic scrape with noise where scrapes have it: lone `\r`, NUL, byte-order
/// marks, zero-width and right-to-left characters, right-to-left text, emoji and
/// 100 KB lines, inserted at random character boundaries.
fn noisy_scrape() -> impl Strategy<Value = String> {
    let noise = prop_oneof![
        Just("\r".to_string()),
        Just("\0".to_string()),
        Just("\u{feff}".to_string()),
        Just("\u{200b}".to_string()),
        Just("\u{200f}\u{202b}".to_string()),
        Just("\nالمصدر: وكالات الأنباء\n".to_string()),
        Just("\nשלום עולם, זו כותרת\n".to_string()),
        Just("😀🎉 ".to_string()),
        Just(format!("\n{}\n", "word ".repeat(20_000))),
    ];
    (
        scrape(),
        prop::collection::vec((any::<prop::sample::Index>(), noise), 0..8),
    )
        .prop_map(|(mut text, inserts)| {
            for (at, piece) in inserts {
                let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
                let i = if bounds.is_empty() {
                    0
                } else {
                    bounds[at.index(bounds.len())]
                };
                text.insert_str(i, &piece);
            }
            text
        })
}

proptest! {
    #[test]
    fn noisy_scrapes_keep_the_guarantees(text in noisy_scrape(), cap in 1usize..64) {
        let seg = Segmenter::new();
        let out = seg.segment(&text);
        check(&text, &out)?;
        stream_matches(&seg, &text, cap, out)?;
    }

    #[test]
    fn lossy_streams_cut_long_lines_as_batch_does(
        pieces in prop::collection::vec(
            prop_oneof![
                Just(b"\n".to_vec()),
                Just(b"\r\n".to_vec()),
                Just("é".as_bytes().to_vec()),
                Just("😀".as_bytes().to_vec()),
                Just(b"\xe2\x82".to_vec()),
                Just(b"\xff".to_vec()),
                Just(b"\xf0\x9f\x98".to_vec()),
                prop::collection::vec(any::<u8>(), 0..8),
                "[a-zA-Z .]{1,40}".prop_map(String::into_bytes),
                (1usize..3000).prop_map(|n| "word ".repeat(n).into_bytes()),
            ],
            0..40,
        ),
        max_line in 1024usize..1100,
        cap in 1usize..64,
    ) {
        let bytes = pieces.concat();
        let seg = Segmenter::builder().max_line_bytes(max_line).build().unwrap();
        let text = decode_lossy(&bytes);
        let out = seg.segment(&text);
        check_lines(&text, &out, max_line)?;
        let batch: Vec<_> = out.into_articles().into_iter().map(|a| a.into_owned()).collect();
        let reader = std::io::BufReader::with_capacity(cap, &bytes[..]);
        let streamed: Vec<_> = seg.stream_lossy(reader).collect::<Result<_, _>>().unwrap();
        prop_assert_eq!(&streamed, &batch);
    }

    #[test]
    fn hostile_text_is_tiled(text in hostile_text()) {
        let out = Segmenter::new().segment(&text);
        check(&text, &out)?;
    }

    #[test]
    fn realistic_scrapes_are_tiled(text in scrape()) {
        let out = Segmenter::new().segment(&text);
        check(&text, &out)?;
    }

    #[test]
    fn wrapped_scrapes_keep_the_guarantees(
        text in wrapped_scrape(),
        max_line in 1024usize..1400,
        max_article in 1024usize..4096,
        cap in 1usize..64,
    ) {
        // Joined lines map back to the input's lines (headline and source lines too), and
        // stay within the line and article limits.
        let limited = Segmenter::builder()
            .max_line_bytes(max_line)
            .max_article_bytes(max_article)
            .build()
            .unwrap();
        for seg in [Segmenter::new(), limited] {
            let out = seg.segment(&text);
            check_limits(&seg, &text, &out)?;
            let starts = line_starts(&text, seg.config().max_line_bytes);
            for a in out.articles() {
                if let (Some(h), Some(l)) = (a.headline(), a.headline_line()) {
                    let line_end = starts.get(l + 1).copied().unwrap_or(text.len());
                    let first = h.lines().next().unwrap_or("");
                    prop_assert!(text[starts[l]..line_end].contains(first), "headline on its line");
                }
            }
            stream_matches(&seg, &text, cap, out)?;
        }
    }

    #[test]
    fn segmentation_is_deterministic(text in scrape()) {
        let seg = Segmenter::new();
        prop_assert_eq!(seg.segment(&text), seg.segment(&text));
    }

    #[test]
    fn streaming_equals_batch(text in scrape(), cap in 1usize..64) {
        let seg = Segmenter::new();
        stream_matches(&seg, &text, cap, seg.segment(&text))?;
    }

    #[test]
    fn small_windows_keep_the_guarantees(text in scrape(), window in 1usize..64) {
        let seg = Segmenter::builder().window(window).build().unwrap();
        let out = seg.segment(&text);
        check(&text, &out)?;
    }

    #[test]
    fn size_limits_keep_the_guarantees(
        text in noisy_scrape(),
        max_article in 1024usize..8192,
        max_lookahead in 1024usize..8192,
        max_line in 1024usize..4096,
        cap in 1usize..64,
    ) {
        let seg = Segmenter::builder()
            .max_article_bytes(max_article)
            .max_lookahead_bytes(max_lookahead)
            .max_line_bytes(max_line)
            .build()
            .unwrap();
        // Long enough for the limits to bite.
        let text = text.repeat(1 + 3 * max_article / text.len().max(1));
        let out = seg.segment(&text);
        check_limits(&seg, &text, &out)?;
        for a in out.articles() {
            if a.boundary().signals.contains(&Signal::SizeLimit) {
                prop_assert_eq!(a.boundary().confidence, 0.0);
            }
        }
        stream_matches(&seg, &text, cap, out)?;
    }

    #[test]
    fn long_lines_are_tiled(len in 1usize..200_000, byte in prop::sample::select(vec!['a', 'é', '日', ' ', '\r', '\0'])) {
        let text: String = std::iter::repeat_n(byte, len).collect::<String>() + "\nTail line.\n";
        let out = Segmenter::new().segment(&text);
        check(&text, &out)?;
    }
}

#[test]
fn empty_and_blank_inputs() {
    let seg = Segmenter::new();
    assert!(seg.segment("").is_empty());
    for text in ["\n", "\r\n", "\n\n\n", "   ", "\u{feff}"] {
        let out = seg.segment(text);
        assert_eq!(out.len(), 1, "{text:?}");
        assert_eq!(out.articles()[0].as_str(), text);
    }
}
