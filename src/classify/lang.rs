//! Which language a line is written in, roughly: votes from function words and scripts.
//!
//! Concatenated scrapes often join pages in different languages (a German blog after an
//! English news page), and an article rarely changes language within itself. Each line
//! gets a vote per language: one for every function word of that language it holds
//! (`the`, `und`, `les`, `que` …; a word shared by several languages votes for each),
//! and about one per word of text in a script that names its language (Cyrillic,
//! Arabic, Hebrew, Greek, Hangul, Chinese and Japanese). The signals add up the votes of
//! the body text before and after a headline; a confident difference is evidence that a
//! new page starts ([`crate::signals`]).

use super::{KeyHasher, key_only};
use once_cell::sync::Lazy;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

/// The languages told apart.
pub(crate) const LANGS: [&str; N_LANGS] = [
    "en", "de", "fr", "es", "pt", "it", "nl", "cyrillic", "arabic", "hebrew", "greek", "hangul",
    "cjk",
];

/// How many languages are told apart.
pub(crate) const N_LANGS: usize = 13;

/// Votes of one line, per language of [`LANGS`].
pub(crate) type Votes = [u8; N_LANGS];

/// Function words, per language: frequent in running text, rare in names.
const WORDS: [(usize, &[&str]); 7] = [
    (
        0,
        &[
            "the", "and", "of", "to", "is", "that", "for", "with", "was", "are", "this", "from",
            "have", "has", "were", "which", "their", "been", "would", "will", "not", "but", "they",
            "you", "its", "an", "at", "be", "by", "it", "he", "she", "said",
        ],
    ),
    (
        1,
        &[
            "der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "sich", "des", "auf",
            "für", "ein", "eine", "dem", "auch", "wird", "werden", "sind", "noch", "nach", "bei",
            "aus", "wie", "oder", "aber", "einen", "einer", "zum", "zur", "im", "es", "sie", "wir",
            "ich", "zu", "hat", "war", "dass",
        ],
    ),
    (
        2,
        &[
            "le", "les", "et", "des", "est", "une", "du", "dans", "que", "pour", "pas", "sur",
            "au", "qui", "avec", "il", "ce", "sont", "aux", "ont", "par", "plus", "mais", "nous",
            "leur", "cette", "été", "être", "elle", "un", "en", "la",
        ],
    ),
    (
        3,
        &[
            "el", "los", "las", "y", "que", "en", "es", "por", "con", "para", "una", "del", "se",
            "lo", "como", "más", "al", "pero", "sus", "su", "fue", "está", "muy", "también",
            "entre", "la", "un", "ha",
        ],
    ),
    (
        4,
        &[
            "o", "os", "as", "e", "que", "em", "é", "do", "da", "um", "uma", "para", "com", "não",
            "no", "na", "dos", "das", "se", "ao", "pelo", "pela", "foi", "mais", "está", "também",
            "ser", "seu", "sua",
        ],
    ),
    (
        5,
        &[
            "il", "gli", "e", "di", "che", "è", "per", "un", "una", "del", "della", "non", "con",
            "sono", "nel", "nella", "da", "al", "alla", "anche", "più", "questo", "dei", "delle",
            "la", "le", "si", "ha",
        ],
    ),
    (
        6,
        &[
            "het", "een", "en", "van", "is", "dat", "op", "te", "niet", "met", "voor", "zijn",
            "er", "maar", "ook", "wordt", "naar", "bij", "aan", "heeft", "de", "die", "deze",
            "wel", "hij", "zij", "om",
        ],
    ),
];

/// Shortest line (bytes) whose words vote: shorter lines are names, menus and headlines.
pub(crate) const MIN_TEXT: usize = 40;

/// Longest function word, in characters: longer words are not looked up.
pub(crate) const MAX_FUNCTION_WORD: u32 = 7;

/// Function word hash (as [`super::count`] hashes a word: its key) → the languages it
/// belongs to (a bit each), looked up for every short word of a long enough line.
static FUNCTION_WORDS: Lazy<HashMap<u64, u16, BuildHasherDefault<KeyHasher>>> = Lazy::new(|| {
    let mut t = HashMap::default();
    for (lang, words) in WORDS {
        for w in words {
            let h = key_only(w).0;
            debug_assert!(h != 0 && w.chars().count() as u32 <= MAX_FUNCTION_WORD);
            *t.entry(h).or_insert(0) |= 1 << lang;
        }
    }
    t
});

/// Slots of [`FUNCTION_TABLE`] (a power of two, over twice the function words).
const TABLE_SLOTS: usize = 1024;

/// [`FUNCTION_WORDS`] as an open-addressing table of `(hash, languages)`, probed
/// linearly from [`slot_of`]; hash 0 marks an empty slot (no word hashes to 0: a key
/// is at least 1). A look-up costs a multiply and a compare or two, where the map
/// hashed and probed a group.
static FUNCTION_TABLE: Lazy<Vec<(u64, u16)>> = Lazy::new(|| {
    // At most half full, so that every probe ends at an empty slot.
    assert!(
        FUNCTION_WORDS.len() * 2 <= TABLE_SLOTS,
        "function-word table too small"
    );
    let mut t = vec![(0u64, 0u16); TABLE_SLOTS];
    for (&h, &mask) in FUNCTION_WORDS.iter() {
        let mut i = slot_of(h);
        while t[i].0 != 0 {
            i = (i + 1) % TABLE_SLOTS;
        }
        t[i] = (h, mask);
    }
    t
});

/// The first slot probed for a word hash: its high bits after a multiply (the hash is
/// polynomial, its low bits depend on the last letters only).
#[inline]
fn slot_of(hash: u64) -> usize {
    (hash.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - TABLE_SLOTS.trailing_zeros())) as usize
}

/// The languages whose function word hashes to `hash` (a bit each), 0 for none.
#[inline]
fn function_word(hash: u64) -> u16 {
    if hash == 0 {
        return 0;
    }
    let t = &*FUNCTION_TABLE;
    let mut i = slot_of(hash);
    loop {
        let (h, mask) = t[i];
        if h == hash {
            return mask;
        }
        if h == 0 {
            return 0;
        }
        i = (i + 1) % TABLE_SLOTS;
    }
}

/// Most short words of a line that vote.
const MAX_SHORT_WORDS: usize = 48;

/// Keeps the hash of a finished word short enough to be a function word.
#[inline]
pub(crate) fn push_short(short: Option<&mut Vec<u64>>, hash: u64, chars: u32) {
    if chars > 0
        && chars <= MAX_FUNCTION_WORD
        && let Some(s) = short
        && s.len() < MAX_SHORT_WORDS
    {
        s.push(hash);
    }
}

/// The votes of a line: its short words (their hashes as [`super::count`] computes
/// them) and its letters per script. Short lines (names, menus, headlines: under
/// [`MIN_TEXT`] bytes) do not vote, they say little about the language of the text:
/// [`super::count`] calls this only for longer lines.
pub(crate) fn votes(short_words: &[u64], script_letters: &[u32; N_LANGS]) -> Votes {
    let mut votes = [0u8; N_LANGS];
    for &hash in short_words {
        let mask = function_word(hash);
        if mask != 0 {
            for (i, v) in votes.iter_mut().enumerate() {
                if mask & (1 << i) != 0 {
                    *v = v.saturating_add(1);
                }
            }
        }
    }
    vote_scripts(&mut votes, script_letters);
    votes
}

/// The language a letter's script names, if any (an index into [`LANGS`]).
#[inline]
pub(crate) fn script_of(ch: char) -> Option<usize> {
    Some(match ch {
        '\u{0400}'..='\u{04ff}' => 7,
        '\u{0600}'..='\u{06ff}' | '\u{0750}'..='\u{077f}' | '\u{fb50}'..='\u{fdff}' => 8,
        '\u{fe70}'..='\u{feff}' => 8,
        '\u{0590}'..='\u{05ff}' => 9,
        '\u{0370}'..='\u{03ff}' => 10,
        // Conjoining Jamo, then the syllables (a word-like unit of their own).
        '\u{1100}'..='\u{11ff}' => 11,
        c if is_hangul_syllable(c) => 11,
        c if is_ideographic(c) => 12,
        _ => return None,
    })
}

/// A Hangul syllable block.
#[inline]
fn is_hangul_syllable(ch: char) -> bool {
    ('\u{ac00}'..='\u{d7af}').contains(&ch)
}

/// A character of a script written without spaces between words, that counts as a
/// unit of a word on its own: Han (the unified block, extension A, the compatibility
/// block), kana, and a Hangul syllable (not a conjoining Jamo). [`script_of`] names
/// their language from the same ranges.
#[inline]
pub(crate) fn is_ideographic(ch: char) -> bool {
    matches!(ch, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
        || is_hangul_syllable(ch)
}

/// Votes from the letters of each script: one per four letters (about a word), at
/// least one when there are any.
#[inline]
fn vote_scripts(votes: &mut Votes, letters: &[u32; N_LANGS]) {
    for (v, &n) in votes.iter_mut().zip(letters) {
        if n > 0 {
            *v = v.saturating_add(n.div_ceil(4).min(255) as u8);
        }
    }
}

/// The language the votes name with confidence: at least `min` votes, and twice as
/// many as any other language.
pub(crate) fn dominant(votes: &[f32; N_LANGS], min: f32) -> Option<u8> {
    let mut best = (0usize, 0.0f32);
    let mut second = 0.0f32;
    for (i, &v) in votes.iter().enumerate() {
        if v > best.1 {
            second = best.1;
            best = (i, v);
        } else if v > second {
            second = v;
        }
    }
    (best.1 >= min && best.1 >= 2.0 * second).then_some(best.0 as u8)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::Classifier;

    fn lang_of(line: &str) -> Option<&'static str> {
        let f = Classifier::default().classify(line);
        let votes = f.lang.map(f32::from);
        dominant(&votes, 2.0).map(|i| LANGS[i as usize])
    }

    #[test]
    fn lines_name_their_language() {
        for (line, want) in [
            (
                "The council said that the ferry will run again from Monday.",
                "en",
            ),
            (
                "Der Rat hat beschlossen, dass die Fähre wieder fährt und nicht teurer wird.",
                "de",
            ),
            (
                "Le conseil a décidé que le ferry reprend du service dans les jours qui viennent.",
                "fr",
            ),
            (
                "El consejo dijo que el ferry vuelve a funcionar para los vecinos de la isla.",
                "es",
            ),
            (
                "O conselho disse que o ferry volta a funcionar para os moradores da ilha.",
                "pt",
            ),
            (
                "Il consiglio ha detto che il traghetto riparte per gli abitanti dell'isola.",
                "it",
            ),
            (
                "De raad heeft besloten dat het veer weer vaart en niet duurder wordt.",
                "nl",
            ),
            (
                "Совет решил, что паром снова будет ходить с понедельника.",
                "cyrillic",
            ),
            (
                "قال المجلس إن العبارة ستعود للعمل اعتبارا من يوم الاثنين",
                "arabic",
            ),
            ("議会は月曜日からフェリーの運航を再開すると発表した", "cjk"),
            (
                "의회는 월요일부터 여객선 운항을 재개한다고 밝혔다",
                "hangul",
            ),
        ] {
            assert_eq!(lang_of(line), Some(want), "{line}");
        }
        // Too little to tell.
        assert_eq!(lang_of("Harbour Ferry"), None);
    }

    #[test]
    fn function_word_table_agrees_with_the_map() {
        for (&h, &mask) in FUNCTION_WORDS.iter() {
            assert_eq!(function_word(h), mask);
        }
        // Other hashes: none of them, whatever slot they start at.
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..200_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            for h in [seed, seed & 0xffff, seed >> 40] {
                let want = FUNCTION_WORDS.get(&h).copied().unwrap_or(0);
                assert_eq!(function_word(h), want, "{h:#x}");
            }
        }
        assert_eq!(function_word(0), 0);
        // The short words of real lines.
        for w in [
            "the", "Der", "ÉTÉ", "été", "x", "und", "ß", "más", "più", "ab", "zz",
        ] {
            let h = key_only(w).0;
            assert_eq!(
                function_word(h),
                FUNCTION_WORDS.get(&h).copied().unwrap_or(0),
                "{w}"
            );
        }
    }

    #[test]
    fn ideographs_and_scripts_agree() {
        // Every character counted as a word unit names Hangul or CJK.
        for ch in ('\u{1000}'..='\u{ffff}').filter(|&c| is_ideographic(c)) {
            assert!(matches!(script_of(ch), Some(11 | 12)), "{ch:?}");
        }
        // A compatibility ideograph is Han; a conjoining Jamo is Hangul but no unit.
        assert_eq!(script_of('\u{f900}'), Some(12));
        assert!(is_ideographic('\u{f900}'));
        assert_eq!(script_of('\u{1100}'), Some(11));
        assert!(!is_ideographic('\u{1100}'));
        assert!(is_ideographic('한') && is_ideographic('漢') && is_ideographic('か'));
        assert!(!is_ideographic('a') && !is_ideographic('ж'));
    }
}
