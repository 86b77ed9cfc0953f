//! [`SegmenterBuilder`], [`SegmenterConfig`] and their validation.

use crate::classify::Classifier;
use crate::error::Error;
use crate::machine::{DEFAULT_THRESHOLD, Params, TERMS, term_index};
use crate::segment::Segmenter;
use std::collections::BTreeMap;

/// Default lookahead and lookback window, in lines.
pub const DEFAULT_WINDOW: usize = 1000;

/// Largest accepted window, in lines: keeps memory bounded whatever the setting.
pub const MAX_WINDOW: usize = 100_000;

/// Default size limit of an article, in bytes (16 MiB): a longer run of text without a
/// boundary is cut (see [`SegmenterBuilder::max_article_bytes`]).
pub const DEFAULT_MAX_ARTICLE_BYTES: usize = 16 << 20;

/// Default lookahead budget, in bytes (4 MiB): the window holds at most this much text
/// (see [`SegmenterBuilder::max_lookahead_bytes`]).
pub const DEFAULT_MAX_LOOKAHEAD_BYTES: usize = 4 << 20;

/// Default maximum line length, in bytes (4 MiB): a longer line is read as several (see
/// [`SegmenterBuilder::max_line_bytes`]).
pub const DEFAULT_MAX_LINE_BYTES: usize = 4 << 20;

/// Smallest accepted byte limit (1 KiB).
pub const MIN_BYTE_LIMIT: usize = 1024;

/// Every setting of a [`Segmenter`], as plain data that (de)serialises with serde, so
/// that a pipeline can keep per-site profiles in a JSON file.
///
/// Unknown fields are rejected, and every field has a default, so `{}` is the default
/// configuration.
///
/// ```
/// use article_segmenter::{SegmenterBuilder, SegmenterConfig};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// // A per-site profile, as a pipeline keeps it in a JSON file.
/// let profile = r#"{
///     "source_patterns": ["^Wire copy from (?P<source>.+)$"],
///     "chrome_phrases": ["Tap to hear this story"],
///     "headline_separators": [" ~ "]
/// }"#;
/// let config: SegmenterConfig = serde_json::from_str(profile)?;
/// assert_eq!(config.window, article_segmenter::DEFAULT_WINDOW, "unset fields keep their default");
/// let seg = SegmenterBuilder::from_config(config).build()?;
/// let out = seg.segment("Ferry Runs Again ~ Coast Courier\n\nFerry Runs Again\n\n\
///                        The ferry to the island runs again from Monday.\n\n\
///                        Wire copy from Harbour Desk\n");
/// assert_eq!(out.articles()[0].headline(), Some("Ferry Runs Again"));
/// assert_eq!(out.articles()[0].source(), Some("Harbour Desk"));
///
/// // A misspelt field is an error that names it.
/// let err = serde_json::from_str::<SegmenterConfig>(r#"{"windw": 40}"#).unwrap_err();
/// assert!(err.to_string().contains("unknown field `windw`"));
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
pub struct SegmenterConfig {
    /// Lines of lookahead and lookback for echoes (a title line and its `<h1>` further on).
    pub window: usize,
    /// Boundaries with a lower confidence are not made (`0.0..=1.0`).
    pub min_confidence: f32,
    /// Extra source/credit patterns (regular expressions matched against a trimmed line).
    pub source_patterns: Vec<String>,
    /// Extra chrome phrases: a line that contains one is boilerplate (ASCII case ignored).
    pub chrome_phrases: Vec<String>,
    /// Extra title separators, besides the built-in ones (see [`headline_separators`]): a
    /// line `Headline ~ Site` is then a title line whose headline part may echo.
    pub headline_separators: Vec<String>,
    /// Score a headline's evidence needs to open an article (default
    /// [`DEFAULT_THRESHOLD`]); `min_confidence` can only raise it.
    pub threshold: f32,
    /// Weights of evidence terms that differ from the built-in ones, by term name (see
    /// [`evidence_terms`]).
    pub weights: BTreeMap<String, f32>,
    /// Size limit of an article in bytes (default [`DEFAULT_MAX_ARTICLE_BYTES`]).
    pub max_article_bytes: usize,
    /// Most bytes of text the lookahead window holds (default
    /// [`DEFAULT_MAX_LOOKAHEAD_BYTES`]).
    pub max_lookahead_bytes: usize,
    /// Maximum line length in bytes (default [`DEFAULT_MAX_LINE_BYTES`]).
    pub max_line_bytes: usize,
    /// Join the lines of a hard-wrapped paragraph before classifying them (default
    /// `true`; see [`SegmenterBuilder::join_wrapped_lines`]).
    pub join_wrapped_lines: bool,
}

/// The evidence terms the state machine adds up, with their built-in weights.
///
/// ```
/// let terms = article_segmenter::evidence_terms();
/// assert!(terms.iter().any(|(name, _)| *name == "title_back"));
/// ```
pub fn evidence_terms() -> Vec<(&'static str, f32)> {
    TERMS.iter().map(|(n, w, _)| (*n, *w)).collect()
}

/// The built-in title separators: ` | `, ` - `, ` – `, ` — `, ` • `, ` · `, ` « `,
/// ` » `, ` :: `, ` / `, ` // `, ` : ` (a colon with a space on both sides, as in
/// `Headline : date` or French typography), ` › `.
///
/// ```
/// assert!(article_segmenter::headline_separators().contains(&" | "));
/// ```
pub fn headline_separators() -> &'static [&'static str] {
    &crate::classify::SEPS
}

/// Longest accepted title separator, in bytes.
pub const MAX_SEPARATOR_LEN: usize = 32;

impl Default for SegmenterConfig {
    fn default() -> SegmenterConfig {
        SegmenterConfig {
            window: DEFAULT_WINDOW,
            min_confidence: 0.0,
            source_patterns: Vec::new(),
            chrome_phrases: Vec::new(),
            headline_separators: Vec::new(),
            threshold: DEFAULT_THRESHOLD,
            weights: BTreeMap::new(),
            max_article_bytes: DEFAULT_MAX_ARTICLE_BYTES,
            max_lookahead_bytes: DEFAULT_MAX_LOOKAHEAD_BYTES,
            max_line_bytes: DEFAULT_MAX_LINE_BYTES,
            join_wrapped_lines: true,
        }
    }
}

/// Builds a [`Segmenter`] with non-default settings.
///
/// Setters take and return `&mut self`; [`build`](SegmenterBuilder::build) checks every
/// setting and names the first bad one in its error.
///
/// ```
/// use article_segmenter::Segmenter;
/// # fn main() -> Result<(), article_segmenter::Error> {
/// let seg = Segmenter::builder()
///     .window(120)
///     .min_confidence(0.5)
///     .source_pattern(r"^Via: .+$")?
///     .chrome_phrase("Read the e-paper")
///     .build()?;
/// let out = seg.segment("Harbour News\n\nThe ferry runs again.\n\nVia: Coast Courier\n");
/// assert_eq!(out.articles()[0].source(), Some("Coast Courier"));
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Debug, Default)]
pub struct SegmenterBuilder {
    config: SegmenterConfig,
}

impl SegmenterBuilder {
    /// A builder with the default settings.
    pub fn new() -> SegmenterBuilder {
        SegmenterBuilder::default()
    }

    /// A builder that starts from `config`.
    pub fn from_config(config: SegmenterConfig) -> SegmenterBuilder {
        SegmenterBuilder { config }
    }

    /// Lines of lookahead and lookback (default [`DEFAULT_WINDOW`]). Must be `1..=`[`MAX_WINDOW`].
    pub fn window(&mut self, lines: usize) -> &mut Self {
        self.config.window = lines;
        self
    }

    /// Keep only boundaries whose confidence is at least `c` (default 0: all).
    pub fn min_confidence(&mut self, c: f32) -> &mut Self {
        self.config.min_confidence = c;
        self
    }

    /// Adds a source/credit pattern, a regular expression matched against each trimmed
    /// line of up to 400 characters: a matching line is a source line. A capture group
    /// named `source`, or else the first group, is the credited source; a pattern
    /// without a group credits the whole match, unless the built-in rules read a source
    /// from the line already (`^Via: .+$` on `Via: Coast Courier` credits
    /// `Coast Courier`).
    ///
    /// # Errors
    /// An empty pattern or one that does not compile.
    pub fn source_pattern(&mut self, pattern: &str) -> Result<&mut Self, Error> {
        compile_source(pattern)?;
        self.config.source_patterns.push(pattern.to_string());
        Ok(self)
    }

    /// The score a headline's evidence needs to open an article.
    pub fn threshold(&mut self, score: f32) -> &mut Self {
        self.config.threshold = score;
        self
    }

    /// Sets the weight of one evidence term (see [`evidence_terms`]).
    pub fn weight(&mut self, term: &str, weight: f32) -> &mut Self {
        self.config.weights.insert(term.to_string(), weight);
        self
    }

    /// Adds a chrome phrase: lines that contain it are boilerplate.
    pub fn chrome_phrase(&mut self, phrase: &str) -> &mut Self {
        self.config.chrome_phrases.push(phrase.to_string());
        self
    }

    /// Adds a title separator besides the built-in ones ([`headline_separators`]), such
    /// as `" ~ "` for titles printed `Headline ~ Site`. It is matched exactly, spaces
    /// included; [`build`](SegmenterBuilder::build) rejects a separator that is blank,
    /// holds a line break or is longer than [`MAX_SEPARATOR_LEN`] bytes.
    ///
    /// ```
    /// use article_segmenter::Segmenter;
    /// # fn main() -> Result<(), article_segmenter::Error> {
    /// let seg = Segmenter::builder().headline_separator(" ~ ").build()?;
    /// let text = "Harbour Town Keeps Its Ferry ~ Coast Courier\n\n\
    ///             Harbour Town Keeps Its Ferry\n\n\
    ///             The council voted on Monday to keep the ferry running all year.\n";
    /// assert_eq!(seg.segment(text).articles()[0].headline(), Some("Harbour Town Keeps Its Ferry"));
    /// # Ok(())
    /// # }
    /// ```
    pub fn headline_separator(&mut self, separator: &str) -> &mut Self {
        self.config.headline_separators.push(separator.to_string());
        self
    }

    /// Size limit of an article, in bytes (default [`DEFAULT_MAX_ARTICLE_BYTES`], at
    /// least [`MIN_BYTE_LIMIT`]).
    ///
    /// Text with no boundary for this long is not an article but a dump that the rules
    /// do not understand (a log, a table, one page repeated): the line that would take an
    /// article past the limit opens a new one, with confidence 0 and the signal
    /// [`SizeLimit`](crate::Signal::SizeLimit). This limit never cuts a line (only
    /// `max_line_bytes` does), so a line longer than the limit makes an article of its
    /// own. Nothing is dropped: the
    /// articles still tile the input. The limit bounds what [`Segmenter::stream`] holds,
    /// and it applies alike to [`Segmenter::segment`], so both give the same articles.
    ///
    /// ```
    /// use article_segmenter::{Segmenter, Signal};
    /// # fn main() -> Result<(), article_segmenter::Error> {
    /// let seg = Segmenter::builder().max_article_bytes(2048).build()?;
    /// let log = "2024-05-01 12:00:00 service started on port 8080\n".repeat(100);
    /// let out = seg.segment(&log);
    /// assert_eq!(out.len(), 3, "5 KB cut after 2 KB and 4 KB");
    /// assert!(out.articles().iter().all(|a| a.span().len() <= 2048));
    /// assert_eq!(out.articles()[1].boundary().signals, [Signal::SizeLimit]);
    /// assert_eq!(out.articles()[1].boundary().confidence, 0.0);
    /// # Ok(())
    /// # }
    /// ```
    pub fn max_article_bytes(&mut self, bytes: usize) -> &mut Self {
        self.config.max_article_bytes = bytes;
        self
    }

    /// Most bytes of text the lookahead holds (default [`DEFAULT_MAX_LOOKAHEAD_BYTES`],
    /// at least [`MIN_BYTE_LIMIT`]): the window is `window` lines or this many bytes,
    /// whichever is shorter, so that a few gigantic lines cannot fill memory. Past it,
    /// lines are judged on the evidence read so far.
    pub fn max_lookahead_bytes(&mut self, bytes: usize) -> &mut Self {
        self.config.max_lookahead_bytes = bytes;
        self
    }

    /// Maximum line length, in bytes (default [`DEFAULT_MAX_LINE_BYTES`], at least
    /// [`MIN_BYTE_LIMIT`]).
    ///
    /// A longer line is read as several lines, cut every `max_line_bytes` bytes at the
    /// last character boundary before; the last piece keeps the terminator. Nothing is
    /// dropped and the pieces still tile the input, but line numbers then count the
    /// pieces: they are those of [`str::lines`] only for input without such lines. With
    /// this limit, [`Segmenter::stream`] never holds more than about
    /// `max_article_bytes + 1 MiB + max_lookahead_bytes + 3 × max_line_bytes` of text
    /// (an article held while the next one's lead may still move its end, that lead, the
    /// window).
    ///
    /// ```
    /// use article_segmenter::Segmenter;
    /// # fn main() -> Result<(), article_segmenter::Error> {
    /// let seg = Segmenter::builder().max_line_bytes(1024).build()?;
    /// let text = format!("{}\nTail line.\n", "é".repeat(1000)); // one line of 2000 bytes
    /// let out = seg.segment(&text);
    /// let lines = out.articles().last().unwrap().lines();
    /// assert_eq!(lines.end, 3, "the long line counts as two");
    /// assert_eq!(out.articles().last().unwrap().span().end, text.len());
    /// # Ok(())
    /// # }
    /// ```
    pub fn max_line_bytes(&mut self, bytes: usize) -> &mut Self {
        self.config.max_line_bytes = bytes;
        self
    }

    /// Whether the lines of a hard-wrapped paragraph are read as one line (default
    /// `true`).
    ///
    /// Text browsers at their default width (`lynx -dump`, `w3m -dump`), `fmt` and mail
    /// archives break every paragraph into lines as full as the width allows; read one by
    /// one, they look like headlines and menus. The segmenter learns the wrap width from
    /// the lines read so far and reads a full line and the lines that continue it as one
    /// logical line (see the crate's Design notes). Output offsets are always the input's:
    /// an article or span starts and ends on the input's lines, and a headline that was
    /// wrapped keeps its line break (`Harbour Town Votes to Keep\nIts Ferry`). A file
    /// that is not wrapped is read as before. Turn it off to classify every input line on
    /// its own.
    ///
    /// ```
    /// use article_segmenter::Segmenter;
    /// # fn main() -> Result<(), article_segmenter::Error> {
    /// let seg = Segmenter::builder().join_wrapped_lines(false).build()?;
    /// assert!(!seg.config().join_wrapped_lines);
    /// # Ok(())
    /// # }
    /// ```
    pub fn join_wrapped_lines(&mut self, on: bool) -> &mut Self {
        self.config.join_wrapped_lines = on;
        self
    }

    /// The settings so far.
    pub fn config(&self) -> &SegmenterConfig {
        &self.config
    }

    /// Checks the settings and builds the segmenter.
    ///
    /// # Errors
    /// The first invalid setting, named with its value.
    pub fn build(&self) -> Result<Segmenter, Error> {
        let c = &self.config;
        if c.window == 0 || c.window > MAX_WINDOW {
            return Err(Error::setting(
                "window",
                c.window,
                format!("must be between 1 and {MAX_WINDOW} lines"),
            ));
        }
        if !(0.0..=1.0).contains(&c.min_confidence) {
            return Err(Error::setting(
                "min_confidence",
                c.min_confidence,
                "must be a number between 0 and 1",
            ));
        }
        let sources = c
            .source_patterns
            .iter()
            .map(|p| compile_source(p))
            .collect::<Result<Vec<_>, _>>()?;
        for p in &c.chrome_phrases {
            if p.trim().is_empty() {
                return Err(Error::pattern("chrome_phrase", p, "phrase is empty"));
            }
        }
        for sep in &c.headline_separators {
            if sep.trim().is_empty() {
                return Err(Error::setting(
                    "headline_separator",
                    format!("{sep:?}"),
                    "must hold a character that is not white space",
                ));
            }
            if sep.contains(['\n', '\r']) || sep.len() > MAX_SEPARATOR_LEN {
                return Err(Error::setting(
                    "headline_separator",
                    format!("{sep:?}"),
                    format!("must be one line of at most {MAX_SEPARATOR_LEN} bytes"),
                ));
            }
        }
        for (name, v) in [
            ("max_article_bytes", c.max_article_bytes),
            ("max_lookahead_bytes", c.max_lookahead_bytes),
            ("max_line_bytes", c.max_line_bytes),
        ] {
            if v < MIN_BYTE_LIMIT {
                return Err(Error::setting(
                    name,
                    v,
                    format!("must be at least {MIN_BYTE_LIMIT} bytes"),
                ));
            }
        }
        if !c.threshold.is_finite() {
            return Err(Error::setting(
                "threshold",
                c.threshold,
                "must be a finite number",
            ));
        }
        let classifier = Classifier::with_rules(&c.chrome_phrases, sources, &c.headline_separators);
        let mut params = Params::default();
        for (name, w) in &c.weights {
            let i = term_index(name)
                .ok_or_else(|| Error::setting("weights", name, "is not an evidence term"))?;
            if !w.is_finite() {
                return Err(Error::setting(
                    "weights",
                    format!("{name} = {w}"),
                    "must be a finite number",
                ));
            }
            params.weights[i] = *w;
        }
        params.threshold = c
            .threshold
            .max(crate::segment::score_for_confidence(c.min_confidence));
        Ok(Segmenter::from_parts(
            classifier,
            params,
            c.window,
            c.clone(),
        ))
    }
}

fn compile_source(pattern: &str) -> Result<regex::Regex, Error> {
    if pattern.trim().is_empty() {
        return Err(Error::pattern(
            "source_pattern",
            pattern,
            "pattern is empty",
        ));
    }
    regex::Regex::new(pattern).map_err(|e| Error::pattern("source_pattern", pattern, e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    #[test]
    fn invalid_settings_are_named() {
        type Setter = Box<dyn Fn(&mut SegmenterBuilder)>;
        let cases: Vec<(Setter, &str, &str)> = vec![
            (
                Box::new(|b| {
                    b.window(0);
                }),
                "window",
                "= 0",
            ),
            (
                Box::new(|b| {
                    b.window(MAX_WINDOW + 1);
                }),
                "window",
                "100001",
            ),
            (
                Box::new(|b| {
                    b.min_confidence(-0.1);
                }),
                "min_confidence",
                "-0.1",
            ),
            (
                Box::new(|b| {
                    b.min_confidence(f32::NAN);
                }),
                "min_confidence",
                "NaN",
            ),
            (
                Box::new(|b| {
                    b.chrome_phrase("  ");
                }),
                "chrome_phrase",
                "empty",
            ),
            (
                Box::new(|b| {
                    b.headline_separator(" ");
                }),
                "headline_separator",
                "\" \"",
            ),
            (
                Box::new(|b| {
                    b.headline_separator(" |\n ");
                }),
                "headline_separator",
                "one line",
            ),
            (
                Box::new(|b| {
                    b.max_article_bytes(10);
                }),
                "max_article_bytes",
                "= 10",
            ),
            (
                Box::new(|b| {
                    b.max_lookahead_bytes(0);
                }),
                "max_lookahead_bytes",
                "= 0",
            ),
            (
                Box::new(|b| {
                    b.max_line_bytes(1023);
                }),
                "max_line_bytes",
                "= 1023",
            ),
            (
                Box::new(|b| {
                    b.threshold(f32::INFINITY);
                }),
                "threshold",
                "inf",
            ),
            (
                Box::new(|b| {
                    b.weight("no_such_term", 1.0);
                }),
                "weights",
                "no_such_term",
            ),
            (
                Box::new(|b| {
                    b.weight("title_back", f32::NAN);
                }),
                "weights",
                "title_back = NaN",
            ),
        ];
        for (set, name, value) in cases {
            let mut b = SegmenterBuilder::new();
            set(&mut b);
            let err = b.build().unwrap_err();
            let msg = err.to_string();
            assert!(msg.contains(name) && msg.contains(value), "{msg}");
        }
    }

    #[test]
    fn bad_patterns_fail_at_once() {
        let mut b = SegmenterBuilder::new();
        let err = b.source_pattern("(unclosed").unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidPattern);
        assert!(err.to_string().contains("(unclosed"));
        let err = b.source_pattern("").unwrap_err();
        assert!(err.to_string().contains("empty"));
        // A bad pattern in a config is caught by build().
        let cfg = SegmenterConfig {
            source_patterns: vec!["[".into()],
            ..SegmenterConfig::default()
        };
        let err = SegmenterBuilder::from_config(cfg).build().unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidPattern);
    }

    #[cfg(feature = "serde")]
    #[test]
    fn configs_round_trip_through_json() {
        let mut b = SegmenterBuilder::new();
        b.window(90)
            .min_confidence(0.25)
            .chrome_phrase("Tap to listen")
            .headline_separator(" ~ ")
            .weight("title_back", 2.5)
            .source_pattern(r"^Wire: (?P<source>.+)$")
            .unwrap();
        let json = serde_json::to_string(b.config()).unwrap();
        for field in [
            "\"window\":90",
            "\"headline_separators\":[\" ~ \"]",
            "\"title_back\":2.5",
        ] {
            assert!(json.contains(field), "{field} in {json}");
        }
        let back: SegmenterConfig = serde_json::from_str(&json).unwrap();
        assert_eq!(&back, b.config());
        let empty: SegmenterConfig = serde_json::from_str("{}").unwrap();
        assert_eq!(empty, SegmenterConfig::default());
        let err = serde_json::from_str::<SegmenterConfig>(r#"{"chrome_phrase": ["x"]}"#)
            .unwrap_err()
            .to_string();
        assert!(err.contains("unknown field `chrome_phrase`"), "{err}");
    }

    #[test]
    fn defaults_build() {
        let b = SegmenterBuilder::new();
        assert_eq!(b.config(), &SegmenterConfig::default());
        assert!(b.build().is_ok());
    }
}
