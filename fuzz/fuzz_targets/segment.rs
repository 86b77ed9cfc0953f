//! Fuzz target: `segment` on arbitrary bytes (decoded lossily, offsets kept), with the
//! crate's guarantees checked: the articles and their typed spans tile the input, every
//! offset is a char boundary, no article passes the size limit (but a single long line),
//! the lazy iterator equals the batch call.
#![no_main]

use article_segmenter::{Segmenter, decode_lossy};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = decode_lossy(data);
    // The first byte sets the window, the second the article size limit (1 KiB upward).
    let limit = 1024 + 64 * data.get(1).copied().unwrap_or(255) as usize;
    let seg = Segmenter::builder()
        .window(1 + data.first().copied().unwrap_or(0) as usize)
        .max_article_bytes(limit)
        .build()
        .unwrap();
    let out = seg.segment(&text);
    let mut pos = 0;
    let mut line = 0;
    for a in out.articles() {
        assert_eq!(a.span().start, pos);
        assert_eq!(a.lines().start, line);
        assert!(text.is_char_boundary(a.span().end));
        assert_eq!(a.as_str(), &text[a.span().range()]);
        // Within the size limit, but for an article of a single line longer than it.
        assert!(a.span().len() <= limit || a.lines().len() == 1);
        let mut sp = a.span().start;
        for s in a.spans() {
            assert_eq!(s.span.start, sp);
            assert!(s.span.end > s.span.start);
            sp = s.span.end;
        }
        assert_eq!(sp, a.span().end);
        if let Some(l) = a.headline_line() {
            assert!(a.lines().contains(l));
        }
        pos = a.span().end;
        line = a.lines().end;
    }
    assert_eq!(pos, text.len());
    assert_eq!(line, text.lines().count());
    let lazy: Vec<_> = seg.articles(&text).collect();
    assert_eq!(lazy.as_slice(), out.articles());
});
