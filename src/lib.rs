//! Split concatenated web scrapes into their articles, with typed spans.
//!
//! Scraper pipelines often save several articles into one plain-text file: an
//! infinite-scroll page, a site that republishes another's story, a crawl that appends
//! pages. This crate splits such a text back into its articles and returns, for every
//! article, its byte and line range, its headline and credited source, why it starts
//! where it does, and typed spans inside it: headline, headline echoes, captions and
//! caption echoes, bylines, body, source lines, boilerplate and blank lines.
//!
//! # Overview
//!
//! * [`Segmenter`]: build once ([`Segmenter::new`] or [`Segmenter::builder`]), use for
//!   any number of texts from any number of threads.
//! * [`Segmentation`]: the articles of one text, in order; they tile the text.
//! * [`Article`]: one article: [`Span`], [`LineSpan`], headline, source, [`Boundary`]
//!   and [`TypedSpan`]s of [`SpanKind`]s.
//! * [`SegmenterBuilder`] and [`SegmenterConfig`]: settings (window, confidence
//!   threshold, extra source patterns, chrome phrases and title separators, evidence
//!   weights); a config (de)serialises with serde, for per-site profiles.
//! * [`ArticleRecord`] and [`SpanRecord`]: owned output records with the field names of
//!   the corpus format (`start_line`, `end_line`, `start_byte`, `end_byte`, `headline`,
//!   `headline_line`, `source`).
//! * [`Error`] and [`ErrorKind`]: what can go wrong (settings, non-UTF-8 bytes).
//! * [`LineTrace`] ([`Segmenter::trace`]): every line with its class and evidence, for
//!   debugging rules.
//!
//! # Example
//!
//! ```
//! use article_segmenter::{Segmenter, SpanKind};
//!
//! let text = "\
//! Harbour Town Votes to Keep Its Ferry | The Coast Courier
//! The Coast Courier
//!
//! Harbour Town Votes to Keep Its Ferry
//!
//! The town council voted on Monday to keep the ferry to the island running for ten more years.
//!
//! The mayor said the money would come from higher parking fees in the harbour district.
//!
//! Source: Coast Courier
//! Record Number of Seals Counted on the Northern Sandbanks | Island Weekly
//! Island Weekly
//!
//! Record Number of Seals Counted on the Northern Sandbanks
//!
//! Volunteers counted more grey seals on the northern sandbanks than in any year before.
//!
//! The wildlife trust said the colony was recovering after years of decline.
//! ";
//! let out = Segmenter::new().segment(text);
//! assert_eq!(out.len(), 2);
//!
//! let first = &out.articles()[0];
//! assert_eq!(first.headline(), Some("Harbour Town Votes to Keep Its Ferry"));
//! assert_eq!(first.source(), Some("Coast Courier"));
//! assert_eq!(first.lines().start, 0);
//!
//! let second = &out.articles()[1];
//! assert_eq!(second.lines().start, 10);
//! assert_eq!(second.headline(), Some("Record Number of Seals Counted on the Northern Sandbanks"));
//! assert!(second.boundary().confidence > 0.5);
//! // The title line opens the article, the <h1> below it is the headline.
//! assert_eq!(second.spans()[0].kind, SpanKind::HeadlineEcho);
//! assert!(second.spans().iter().any(|s| s.kind == SpanKind::Headline));
//!
//! // Articles tile the input exactly.
//! let joined: String = out.articles().iter().map(|a| a.as_str()).collect();
//! assert_eq!(joined, text);
//! assert_eq!(&text[second.span()], second.as_str());
//! ```
//!
//! # Uses
//!
//! ## In a pipeline: the library
//!
//! Build one [`Segmenter`] and share it (it is `Send + Sync`); hand it each scraped text.
//! A pipeline usually wants each article's clean text with its headline and source:
//!
//! ```
//! use article_segmenter::Segmenter;
//!
//! let seg = Segmenter::new();
//! let page = "Ferry Runs Again After Storm | Coast Courier\n\nFerry Runs Again After Storm\n\n\
//!             The ferry to the island runs again from Monday, the council said.\n\n\
//!             Share on Facebook\n\nSource: Coast Courier\n";
//! for article in seg.segment(page).articles() {
//!     let row = (article.headline(), article.source(), article.clean_text());
//!     assert_eq!(row.0, Some("Ferry Runs Again After Storm"));
//!     assert_eq!(row.1, Some("Coast Courier"));
//!     // One headline, no title line, no share widget.
//!     assert_eq!(
//!         row.2,
//!         "Ferry Runs Again After Storm\n\nThe ferry to the island runs again from Monday, \
//!          the council said.\n\nSource: Coast Courier"
//!     );
//! }
//! ```
//!
//! Large inputs go through [`Segmenter::stream`] (any `BufRead`, bounded memory, owned
//! articles with absolute offsets) or [`Segmenter::articles`] (a lazy iterator over a
//! `&str`); bytes that may not be UTF-8 through [`Segmenter::segment_bytes`] (a typed
//! error) or [`decode_lossy`] and [`Segmenter::stream_lossy`] (each bad byte read as `?`,
//! offsets unchanged). Owned records for output: [`Article::to_record`].
//!
//! ## On files: the `segment` binary
//!
//! ```text
//! cargo run --release --example segment -- examples/data                  # a listing per file
//! cargo run --release --example segment -- --format jsonl examples/data   # one JSON object per file
//! cargo run --release --example segment -- --stream --format summary DUMP # any size, bounded memory
//! ```
//!
//! Files and directories (their `*.txt` in name order) are segmented on all cores, output
//! in input order; exit status 1, 2 or 3 reports an unreadable input, a usage or
//! configuration error, or invalid UTF-8 (segmented anyway, lossily) or a malformed
//! record (skipped).
//!
//! ## As a mapper: JSON records in and out
//!
//! ```text
//! printf '%s\n' '{"id": "a1", "text": "Ferry Runs Again\n\nThe ferry runs again on Monday."}' \
//!   | cargo run -q --release --example segment -- --input jsonl --text clean -
//! ```
//!
//! One JSON object per article (`id`, `index`, offsets, `headline`, `source`,
//! `confidence`, `text`), line by line from stdin to stdout: a mapper for Hadoop
//! streaming or Spark `pipe` (`--text-field` and `--id-field` name the record's fields).
//!
//! ## Custom rules: per-site profiles
//!
//! Extra source patterns, chrome phrases and title separators, by the builder or from a
//! JSON [`SegmenterConfig`] (`segment --config site.json`):
//!
//! ```
//! use article_segmenter::Segmenter;
//! # fn main() -> Result<(), article_segmenter::Error> {
//! let seg = Segmenter::builder()
//!     .source_pattern(r"^Wire copy from (?P<source>.+)$")?
//!     .chrome_phrase("Tap to hear this story")
//!     .headline_separator(" ~ ")
//!     .build()?;
//! let text = "Cottage Opens as a Museum ~ North Shore Notes\nTap to hear this story\n\n\
//!             Cottage Opens as a Museum\n\n\
//!             The keeper's cottage by the lighthouse opened as a museum on Saturday.\n\n\
//!             Wire copy from Coast Desk\n";
//! let out = seg.segment(text);
//! let a = &out.articles()[0];
//! assert_eq!(a.headline(), Some("Cottage Opens as a Museum"));
//! assert_eq!(a.source(), Some("Coast Desk"));
//! assert!(!a.clean_text().contains("Tap to hear"));
//!
//! // A bad rule is a typed error that names the setting and the value.
//! let err = Segmenter::builder().headline_separator("  ").build().unwrap_err();
//! assert!(err.to_string().contains("headline_separator"));
//! # Ok(())
//! # }
//! ```
//!
//! # Design
//!
//! A line-classifier state machine in one streaming pass with a lookahead window: each
//! line is classified on its own, then judged in context once `window` lines past it
//! have been read:
//!
//! 1. **lines**: the input is split into lines with byte offsets (`\n`, `\r\n`, no final
//!    newline, a byte-order mark), numbered as [`str::lines`] numbers them.
//! 2. **wrap**: in a hard-wrapped file (a text browser at 80 columns, `fmt`, a mail
//!    archive), the lines of a paragraph are read as one *logical line*. The wrap width is
//!    learnt from the lines read so far (their lengths pile up in the last columns below
//!    it, over many different lengths, and hardly any line is longer; the evidence halves
//!    every 256 lines); a line within a few columns of it whose
//!    next line's first word would not have fitted after it goes on in that next line,
//!    when that line keeps the paragraph's indent and does not start a list item, heading
//!    or table row. A logical line keeps the input's byte offsets, and output line
//!    numbers are always the input's. A file that is not wrapped is read line by line.
//!    On the dev corpus re-wrapped at 80 columns, this takes the lead-window F1 from 0.78
//!    to 0.90 (see the README). [`SegmenterBuilder::join_wrapped_lines`] turns it off.
//! 3. **classify**: each line on its own gets features (length, words, case, terminal
//!    punctuation, list and heading marks, vocabulary hits, a normalised *key* that
//!    ignores case, spacing, quotes, markup and character references a scraper left
//!    undecoded, such as `&amp;`) and a context-free [`LineClass`]: blank,
//!    headline-like, caption, byline, source, chrome or body. The layouts it knows besides
//!    full pages: markdown (`# Heading`, and setext `Title` over `=====`/`-----`, whose
//!    heading the signals mark), a reader API's page header (`Title: …`, `URL Source: …`,
//!    `Markdown Content:`), front matter (`---`, `title: "…"`), a web archive's record
//!    header (`WARC/1.0`), a crawl's `URL: https://…` line, a dump's own page tags
//!    (`<doc id="…">` … `</doc>`: an opening tag starts a page whatever follows), text
//!    browsers' head links, one text node per line. A line
//!    with no-break spaces (U+00A0, U+202F) is classified as a copy with ASCII spaces,
//!    and the copy's offsets are mapped back to the line's. Vocabulary counts where such
//!    text stands, not wherever its words occur: a skip link in a short line or opening
//!    one, a credit's label where a credit opens, a byline's preposition before names, a
//!    date word with a date (`Streit zum Inhalt …`, `Harbour Credit: …`, `Von Montag an
//!    …`, `Updated vaccines …` are headlines). Kana, Han and Hangul, written without
//!    spaces between words, share words as pairs of characters.
//! 4. **signals**: boundary evidence over a bounded window, in linear time: keys are
//!    hashed into small two-way hash tables, so a headline printed twice, a title line
//!    whose headline part recurs as the `<h1>` (`Headline | Site` … `Headline`; with
//!    trailing parts that look like no site, `Headline - Site! - Section`, its first part
//!    of four words or more, and the parts before the last, echo too), a caption
//!    printed twice, or the file's opening chrome recurring are found without comparing
//!    pairs of lines; the keys of a line's suffixes (from each word, and from where glued
//!    text nodes meet: `HomeNewsHeadline`) link a breadcrumb to the headline printed
//!    alone. A line whose opening label (`Weiter zur Seite: …`) recurs within a few lines is
//!    an item of a list, not a title line. Lookahead counts the body after a line and how
//!    many of its words the body repeats.
//! 5. **machine**: a small state machine (`Lead` → `Body`) walks the lines. In an
//!    article's body, a headline-like line opens a new article when the weighted sum of
//!    its evidence terms reaches a threshold: echoes (an `<h1>` worded otherwise counts
//!    as one when half its words or more are in a title line with a site name since
//!    the last body line), headings (a level-2 or -3 heading
//!    right under a blog's name set as a short `<h1>` as a level-1 one), a byline and body after
//!    it, a site-name suffix, a change of language of the body text, and, since the last
//!    body line, page-start chrome (skip links, feed links, the footnote block that ends a
//!    markdown page), a closing source or copyright line (one more point for a full
//!    footer line right above it), a run of blank lines, a long run of chrome (a little
//!    text between two pages erases none of it); a source line right before the line
//!    counts once more (a credit closes an
//!    article), though not enough on its own to split off a subheading. The boundary then
//!    goes back to the first line of the new page the evidence shows (the title line, a
//!    page-start line or the blank run a few chrome lines before it (not in a page with
//!    eight runs of three blank lines or more, whose runs are its own gaps; not across a
//!    sentence: the page before's credit or ad; a title line a blank line above its
//!    skip link when one stands above it too; a wide blank run after a tag manager's
//!    frame rather than the frame), the end of the first run of three blank
//!    lines after the footer's link bar (or after nothing but marks), a run of two that no
//!    legal link on its own line follows (such a link shows a gap in the footer), an
//!    earlier printing of the
//!    headline or a line that ends with it, since the last body line or right after the
//!    last closing line before any text), else to the headline; a run of page marks
//!    right above that line (a rule, a banner such as `==== Page 2 ====`, a crawl's
//!    address line) takes it up to the first mark. A dump's own page tag (`<doc …>`)
//!    opens a page whatever follows. While the new article's
//!    lead has no text, a page start in it whose evidence clearly beats the opener's (its
//!    title line after an address line of the page before's footer; the threshold alone
//!    once a closing line followed the opener, which was then the page before's) moves
//!    the boundary there, and the lines before it go back to the article before; and when the lead's
//!    headline, found under the line that opened it (a menu item printed twice may
//!    reach the threshold first), was printed before the start, after the page before's
//!    text, and no title line or page-start line placed the start, the start goes back
//!    to that printing (the page's `<title>` line). A page with a paragraph or two in
//!    its lead shows the next page's header block the stretch after its headline and
//!    text once a page-start line or a closing line ended it; a page with less text
//!    (a video, a gallery) whose text a closing line or, after ten chrome lines, a
//!    page-start line followed is over: the next header block is judged as after a
//!    body, and is not the lead's own headline (unless the lead's headline is its title
//!    line, whose standfirst and menu come before its `<h1>`). The first line after a
//!    closing line, a footer's legal links, a back-to-top link or a cookie notice is a
//!    *page top*: a headline printing it again within 40 lines starts its page there. A
//!    blank run that a reprint of the article's own text follows, or a skip link printed
//!    again within a few lines (a mega menu's) places no page; in a file that spaces its
//!    plain lines but not its lists, a short line glued over a list after the last wide
//!    run (a site's name over its menu) starts the page. A "related articles"
//!    list prints headlines too, but without that evidence. The file's own statistics
//!    adjust the evidence as it goes: where runs of three blank lines are common they
//!    count for less, where blank lines are rare a single one counts, and in a *clean*
//!    text (hardly any chrome so far: a main-text extractor's output, a feed dump), whose
//!    only false candidates are subheadings, running text after a headline-like line and a
//!    change of subject count for more, since such a text has no page chrome to show where
//!    a page starts; in a main-text extract (its blocks spaced by blank lines, some
//!    text, little chrome) a title line with a site's name counts for more, and a
//!    headline-like line glued to the line above is a seam. Each article's headline is the line of its lead that looks most like
//!    one (a fitted score: the `<h1>` that repeats the page's title line, even one printed
//!    before the article's start after the page before's text, a level-1
//!    heading, a body that repeats its words, a byline after it; breadcrumbs, back and
//!    next links, bulleted items, a tagline right above a menu, a short name printed again
//!    far away lose, a breadcrumb gives way to any headline-like line, an image's text
//!    printed again under it is its caption and no echo, a page's prompt (`Welcome to
//!    …`) is none, and a deck must clearly
//!    beat the convincing headline right above it; a much better line replaces a weak
//!    choice early in the body; a title line stands in for its `<h1>` and keeps its full
//!    score against the lines between; a short line right under an undecided
//!    `Headline | Blog name` title that repeats its last part is the site's name).
//! 6. **segment**: the articles, typed spans, headline and source (a `Source:` value, an
//!    agency's credit or dateline, `told AFP`, the tag after the last paragraph; not a
//!    photo's credit in a caption).
//!
//! A line's evidence is final once `window` lines have been read past it; an article's
//! end is final once, in addition, the next article's start can no longer move (see
//! Limits). So memory is bounded by the settings, and time is linear in the input.
//!
//! # Guarantees
//!
//! * Segmenting never fails and never panics: any `&str` is valid input.
//! * The articles tile the input: their spans are contiguous, in order, start at 0 and
//!   end at the input's length; concatenated, their texts equal the input. Nothing is
//!   dropped. An empty input has no article.
//! * The typed spans of an article tile the article in the same way.
//! * Every byte offset falls on a `char` boundary of the input, and line spans agree with
//!   byte spans (a line's span includes its terminator). Lines are numbered as
//!   [`str::lines`] numbers them, 0-based (a line longer than the maximum line length
//!   counts as several: see Limits).
//! * The result is deterministic, and time is linear in the input size.
//! * [`Segmenter::stream`], [`Segmenter::articles`] and [`Segmenter::segment`] give the
//!   same articles on the same text.
//!
//! # Limits
//!
//! Memory is bounded by settings, not by the input, and going past a limit never drops
//! text:
//!
//! * **Window**: lookahead and lookback of `window` lines (default [`DEFAULT_WINDOW`], at
//!   most [`MAX_WINDOW`]) *or* [`DEFAULT_MAX_LOOKAHEAD_BYTES`] of text, whichever is
//!   shorter (`max_lookahead_bytes`). Evidence further away is not seen.
//! * **Article size**: an article that reaches [`DEFAULT_MAX_ARTICLE_BYTES`]
//!   (`max_article_bytes`) is cut at the next line boundary; the next article starts
//!   there with confidence 0 and the signal [`Signal::SizeLimit`].
//! * **Line length**: a line longer than [`DEFAULT_MAX_LINE_BYTES`] (`max_line_bytes`)
//!   is read as several lines, cut at the last character boundary before every
//!   `max_line_bytes` bytes; line numbers then count the pieces (they are those of
//!   [`str::lines`] for any input without such a line). Per line, the classifier reads at
//!   most the first 4 KiB for words and 512 bytes for the echo key (the rest is only
//!   counted), so a long line costs time linear in its length. A logical line of a
//!   wrapped paragraph is at most `max_line_bytes` long (a longer paragraph is read as
//!   several, and so is one longer than `max_article_bytes`); the first 24 lines of 20
//!   characters or more pass one by one before a width is learnt, and two lines longer
//!   than the width among the last 16 drop it (an unwrapped scrape appended after a
//!   wrapped one).
//! * **Held article**: an article's end is final once the next article has text, once
//!   its lead is 40 lines long and 40 lines past the line that opened it, or after 1 MiB
//!   of that lead, whichever comes first
//!   (until then a stronger page start may move the boundary, and the next article's
//!   headline take its start back to an earlier printing: see Design; the lines of
//!   a wrapped paragraph read as one count once). A move never
//!   takes an article past `max_article_bytes`, nor lines back across a size-limit cut.
//!
//! So [`Segmenter::stream`] holds at most about `max_article_bytes` (the held article),
//! 1 MiB and `max_line_bytes` (the next one's lead), `max_lookahead_bytes` and
//! `max_line_bytes` (the window), and `max_line_bytes` (a wrapped paragraph being
//! joined) of text, 33 MiB by default, whatever the input: a 1 GB
//! dump of one line repeated streams in under 64 MB of resident memory.
//!
//! # Crate features
//!
//! * `serde` (default): `Serialize`/`Deserialize` for every output type and for
//!   [`SegmenterConfig`].
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

mod bytes;
mod classify;
mod config;
mod error;
mod lines;
mod machine;
mod record;
mod segment;
mod signals;
mod span;
mod stream;
mod wrap;

pub use bytes::decode_lossy;
pub use classify::LineClass;
pub use config::{
    DEFAULT_MAX_ARTICLE_BYTES, DEFAULT_MAX_LINE_BYTES, DEFAULT_MAX_LOOKAHEAD_BYTES, DEFAULT_WINDOW,
    MAX_SEPARATOR_LEN, MAX_WINDOW, MIN_BYTE_LIMIT, SegmenterBuilder, SegmenterConfig,
    evidence_terms, headline_separators,
};
pub use error::{Error, ErrorKind};
pub use machine::{DEFAULT_THRESHOLD, Signal};
pub use record::{ArticleRecord, SpanRecord};
pub use segment::{Article, Articles, Boundary, LineTrace, Segmentation, Segmenter};
pub use span::{LineSpan, Span, SpanKind, TypedSpan};
pub use stream::Stream;

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
