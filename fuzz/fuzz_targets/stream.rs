//! Fuzz target: the streaming API on arbitrary bytes, in strict and lossy mode, read
//! through a small buffer: it never panics, lossy streaming equals batch segmentation of
//! the lossily decoded text, and strict streaming stops at the first invalid byte.
#![no_main]

use article_segmenter::{Segmenter, decode_lossy};
use libfuzzer_sys::fuzz_target;
use std::io::BufReader;

fuzz_target!(|data: &[u8]| {
    let seg = Segmenter::new();
    let cap = 1 + data.len() % 17;
    let lossy: Vec<_> = seg
        .stream_lossy(BufReader::with_capacity(cap, data))
        .map(|r| r.expect("lossy streams fail only on I/O"))
        .collect();
    let text = decode_lossy(data);
    let batch: Vec<_> = seg.segment(&text).into_articles().into_iter().map(|a| a.into_owned()).collect();
    assert_eq!(lossy, batch);
    let strict: Vec<_> = seg.stream(BufReader::with_capacity(cap, data)).collect();
    match std::str::from_utf8(data) {
        Ok(_) => assert!(strict.iter().all(Result::is_ok)),
        Err(e) => {
            let err = strict.last().expect("an error item").as_ref().expect_err("ends with the error");
            assert_eq!(err.utf8_offset(), Some(e.valid_up_to()));
        }
    }
});
