//! One test per bug found and fixed, named after the bug. Each input is small and
//! written for the test; the comment says what went wrong.

use article_segmenter::{Segmenter, SpanKind, decode_lossy};

/// The headline, byline and body of a second article, for tests about where it starts.
const SEAL_PAGE: &str = "Record Number of Seals Counted on the Northern Sandbanks\n\n\
    By Jane Roe\n\n\
    Volunteers counted more grey seals on the northern sandbanks than in any year before, the trust said.\n\n\
    The wildlife trust said the colony was recovering after years of decline, and would count again in spring.\n";

/// The body of a page about the ferry (a macro, so that [`FERRY_PAGE`] can build on it).
macro_rules! ferry_text {
    () => {
        "The council voted on Monday to keep the ferry running for ten more years, the mayor said after a long debate.\n\n\
        The money will come from higher parking fees in the harbour district, she added, and from the region.\n"
    };
}

/// The body of a page about the ferry, for tests about its header.
const FERRY_TEXT: &str = ferry_text!();

/// A longer body of the ferry page (three paragraphs), for tests about what closes it.
const FERRY_LONG_TEXT: &str = "The council voted on Monday to keep the ferry running for ten more years, the mayor said after a long debate in the town hall.\n\n\
    The money will come from higher parking fees in the harbour district, she added, and from a grant of the regional government.\n\n\
    Ferry passengers rose by a fifth last year, the highest number since the line opened, according to the operator.\n";

/// More paragraphs of the seal page, for tests that need a longer body.
const SEAL_MORE: &str = "Boats must keep a distance of two hundred metres from the sandbanks while the pups are young, the trust added.\n\n\
    The count is done from the air and from the shore, and the trust thanked the volunteers who walked the coast.\n";

/// A page in German, for tests where a change of language is part of the evidence.
const FAEHRE_PAGE: &str = "Der Stadtrat stimmt für die Fähre\n\n\
    Der Stadtrat hat am Montag beschlossen, die Fähre für weitere zehn Jahre fahren zu lassen, sagte die Bürgermeisterin nach einer langen Debatte.\n\n\
    Das Geld soll aus höheren Parkgebühren im Hafenviertel kommen, fügte sie hinzu, und aus einem Zuschuss der Region für den Nahverkehr.\n\n\
    Die Zahl der Fahrgäste stieg im vergangenen Jahr um ein Fünftel, so viele wie nie seit der Eröffnung der Linie, teilte der Betreiber mit.\n";

/// [`SEAL_MORE`] without blank lines between its paragraphs.
const SEAL_MORE_LINES: &str = "Boats must keep a distance of two hundred metres from the sandbanks while the pups are young, the trust added.\n\
    The count is done from the air and from the shore, and the trust thanked the volunteers who walked the coast.\n";

/// A first article that ends with a copyright footer, for tests about what follows it.
const FERRY_PAGE: &str = concat!(
    "Harbour Town Votes to Keep Its Ferry\n\n",
    ferry_text!(),
    "\n© 2024 Coast Courier. All rights reserved.\n\n"
);

/// The headline of `text`, which must come out as one article.
fn single_headline(text: &str) -> Option<String> {
    let out = Segmenter::new().segment(text);
    assert_eq!(out.len(), 1, "one article, not {:?}", out.boundaries());
    out.articles()[0].headline().map(str::to_owned)
}

/// The first line of every article of `out`.
fn starts_of(out: &article_segmenter::Segmentation<'_>) -> Vec<usize> {
    out.articles().iter().map(|a| a.lines().start).collect()
}

/// The lines of `text` where `at(line, next line)` holds.
fn lines_where(text: &str, at: impl Fn(&str, &str) -> bool) -> Vec<usize> {
    let lines: Vec<&str> = text.lines().collect();
    (0..lines.len())
        .filter(|&i| at(lines[i], lines.get(i + 1).copied().unwrap_or("")))
        .collect()
}

/// The headline of the second article of `text`, which must come out as two.
fn second_headline(text: &str) -> Option<String> {
    let out = Segmenter::new().segment(text);
    assert_eq!(out.len(), 2, "two articles, not {:?}", out.boundaries());
    out.articles()[1].headline().map(str::to_owned)
}

/// `text` comes out as two articles, the second starting at the first line that starts
/// with `start`, with `headline` as its headline.
fn assert_second_page(text: &str, start: &str, headline: &str) {
    let out = Segmenter::new().segment(text);
    assert_eq!(out.len(), 2, "two articles, not {:?}", out.boundaries());
    let at = lines_where(text, |l, _| l.starts_with(start));
    assert_eq!(starts_of(&out), [0, at[0]]);
    assert_eq!(out.articles()[1].headline(), Some(headline));
}

/// Streaming `text` gives the articles of segmenting it at once.
fn assert_stream_equals_batch(seg: &Segmenter, text: &str) {
    let streamed: Vec<_> = seg.stream(text.as_bytes()).map(Result::unwrap).collect();
    let batch: Vec<_> = seg
        .segment(text)
        .into_articles()
        .into_iter()
        .map(|a| a.into_owned())
        .collect();
    assert_eq!(streamed, batch);
}

/// The first line of the second article of `text`, which must come out as two.
fn second_start(text: &str) -> Option<&str> {
    let out = Segmenter::new().segment(text);
    assert_eq!(out.len(), 2, "two articles, not {:?}", out.boundaries());
    text.lines().nth(out.articles()[1].lines().start)
}

/// A site's long menu (29 sections and `last`), one per line: thirty lines of chrome.
fn site_menu(last: &str) -> String {
    const SECTIONS: [&str; 29] = [
        "Home",
        "News",
        "Sport",
        "Weather",
        "Travel",
        "Culture",
        "Opinion",
        "Podcasts",
        "Newsletter",
        "Local",
        "Business",
        "Science",
        "Health",
        "Education",
        "Environment",
        "Books",
        "Film",
        "Music",
        "Theatre",
        "Food",
        "Gardening",
        "Motoring",
        "Property",
        "Jobs",
        "Letters",
        "Puzzles",
        "Obituaries",
        "Archive",
        "Events",
    ];
    format!("{}\n{last}", SECTIONS.join("\n"))
}

/// Streaming gave an empty headline where the batch API gave one: a headline chosen in
/// the region that then moved to the next article stayed with the old article, outside
/// its text (the stream had already dropped those bytes).
#[test]
fn headline_in_the_next_pages_region_moves_with_it() {
    let text = "Harbour Town Votes to Keep Its Ferry\n\n\
        The council voted on Monday to keep the ferry running for ten more years, the mayor said after a long debate.\n\
        The money will come from higher parking fees in the harbour district, she added, and from the region.\n\n\
        © 2024 Coast Courier. All rights reserved.\n\n\n\n\
        Skip to content\nMenu\nIsland Weekly News\n\n\
        Record Number of Seals Counted on the Northern Sandbanks\n\nBy Jane Roe\n\n\
        Volunteers counted more grey seals on the northern sandbanks than in any year before.\n\
        The wildlife trust said the colony was recovering after years of decline, and would count again.\n";
    let seg = Segmenter::new();
    let batch = seg.segment(text);
    let streamed: Vec<_> = seg.stream(text.as_bytes()).map(Result::unwrap).collect();
    assert_eq!(batch.len(), streamed.len());
    for (b, s) in batch.articles().iter().zip(&streamed) {
        assert_eq!(b.headline(), s.headline());
        if let Some(l) = b.headline_line() {
            assert!(b.lines().contains(l), "the headline lies in its article");
        }
    }
}

/// Words differing in their last letter got the same hash ("votes", "voted"): the
/// polynomial hash keeps its last character in its low bits, and the word hash took the
/// high ones. The headline's coverage by the body then counted words it did not have.
#[test]
fn word_hashes_tell_last_letters_apart() {
    let text = "Harbour Town Votes to Keep Its Ferry\n\nThe town council voted on Monday.\n";
    let trace = Segmenter::new().trace(text);
    let cover = trace[0]
        .evidence
        .split_whitespace()
        .find_map(|w| w.strip_prefix("cover"))
        .expect("coverage of the headline");
    // harbour, town, votes, keep, ferry: only "town" is in the body.
    assert_eq!(cover, "20%");
}

/// The seed layout `Headline • Site` / `Site` / blank / `Headline`: the site name printed
/// again under the title line was taken for the title's echo, and the site became the
/// headline.
#[test]
fn the_site_part_of_a_title_line_is_not_its_echo() {
    let text = "Harbour Town Votes to Keep Its Ferry • The Coast Courier Weekly Review\n\
        The Coast Courier Weekly Review\n\n\
        Harbour Town Votes to Keep Its Ferry\n\n\
        The council voted on Monday to keep the ferry running for ten more years.\n\n\
        The money will come from higher parking fees in the harbour district.\n";
    assert_eq!(
        single_headline(text).as_deref(),
        Some("Harbour Town Votes to Keep Its Ferry")
    );
}

/// A headline typed as the headline while it was still provisional kept that kind after
/// a better line was chosen: two spans of kind Headline in one article.
#[test]
fn one_headline_span_per_article() {
    let text = "Record Number of Seals Counted on the Sandbanks | Island Weekly\nIsland Weekly\n\n\
        Record Number of Seals Counted on the Sandbanks\n\n\
        Volunteers counted more grey seals on the sandbanks than in any year before.\n\n\
        The wildlife trust said the colony was recovering after years of decline.\n";
    let out = Segmenter::new().segment(text);
    for a in out.articles() {
        let n = a
            .spans()
            .iter()
            .filter(|s| s.kind == SpanKind::Headline)
            .count();
        assert!(n <= 1, "{n} headline spans");
    }
}

/// A photo credit (`Foto: © …`) counted as a copyright footer and closed the article, so
/// the next subheading opened a new one.
#[test]
fn a_photo_credit_does_not_close_an_article() {
    let text = "Harbour Town Votes to Keep Its Ferry\n\n\
        The council voted on Monday to keep the ferry running for ten more years, the mayor said.\n\n\
        The money will come from higher parking fees in the harbour district, she added.\n\n\
        Foto: © Jane Roe / Harbour Agency\n\n\
        What the Islanders Say About It\n\n\
        Islanders welcomed the decision and said they had feared for their jobs in town.\n\n\
        The ferry company will publish a new timetable in the spring, it said on Tuesday.\n";
    assert_eq!(Segmenter::new().segment(text).len(), 1);
}

/// A teaser's one-line blurb between menus ended the lead of a single page, and the
/// page's real headline further down opened a second article.
#[test]
fn a_teaser_between_menus_does_not_end_the_lead() {
    let text = "Skip to content\n\n  * Home\n  * News\n  * Sport\n\n\
        ### Harbour Festival Draws Record Crowds\n\n\
        Thousands came to the harbour for the weekend festival, the organisers said on Sunday evening after the fireworks.\n\n\
        \x20 * Culture\n  * Travel\n  * Weather\n  * Archive\n  * Contact\n\n\
        # Harbour Town Votes to Keep Its Ferry\n\nBy Jane Roe\n\n\
        The council voted on Monday to keep the ferry running for ten more years, the mayor said after the vote.\n\n\
        The money will come from higher parking fees in the harbour district, she added on Tuesday.\n";
    let out = Segmenter::new().segment(text);
    assert_eq!(out.len(), 1, "{:?}", out.boundaries());
    assert_eq!(
        out.articles()[0].headline(),
        Some("Harbour Town Votes to Keep Its Ferry")
    );
}

/// A lossy decoding that put one U+FFFD for a whole invalid sequence shifted every
/// offset after it; the replacement must keep the byte length.
#[test]
fn lossy_decoding_keeps_byte_offsets() {
    let bytes = b"Caf\xc3 News\n\nThe caf\xe9 reopens.\n";
    let text = decode_lossy(bytes);
    assert_eq!(text.len(), bytes.len());
    let out = Segmenter::new().segment(&text);
    assert_eq!(out.articles().last().unwrap().span().end, bytes.len());
}

/// A page dump that prints the `<title>` line before the skip link: the next article
/// opened at the skip link, leaving its title line at the end of the previous article
/// (when the line that opened it was not the title's own echo).
#[test]
fn a_title_line_before_the_skip_link_opens_the_page() {
    let text = &format!(
        "{FERRY_PAGE}\
        Seal Count on the Sandbanks Breaks Its Record\n\n\
        Skip to content\n\nMenu\n\nSearch\n\n\
        Northern Sandbanks Seal Survey\n\nBy Jane Roe\n\n\
        Seal Count on the Sandbanks Breaks Its Record\n\n\
        Volunteers counted more grey seals on the northern sandbanks than in any year before, the trust said.\n\n\
        The wildlife trust said the colony was recovering after years of decline, and would count again in spring.\n"
    );
    let out = Segmenter::new().segment(text);
    assert_eq!(
        out.boundaries(),
        [8],
        "the title line, not the skip link (line 10)"
    );
}

/// A text-browser dump: the next page starts with the links of its head (`#alternate`),
/// but a tag-manager frame printed at the end of the page before opened the article
/// one line early.
#[test]
fn head_links_start_a_text_browser_page() {
    let text = &format!(
        "{FERRY_PAGE}\
        IFRAME: https://www.googletagmanager.com/ns.html?id=GTM-XXXX\n\
        #Island Weekly RSS Feed\n\
        #alternate\n\n\
        {SEAL_PAGE}"
    );
    let out = Segmenter::new().segment(text);
    assert_eq!(
        out.boundaries(),
        [9],
        "the first head link, not the frame (line 8)"
    );
}

/// `Headline – Kicker – Site` as the title line and `Headline – Kicker` as the `<h1>`:
/// the `<h1>` was cut again at its own separator, and the kicker was lost.
#[test]
fn an_h1_that_repeats_a_title_keeps_its_separator() {
    let text = &format!(
        "Harbour Ferry Keeps Running – Council Vote – Coast Courier\n\n\
         Skip to content\n\n\
         Harbour Ferry Keeps Running – Council Vote\n\n{FERRY_TEXT}"
    );
    assert_eq!(
        single_headline(text).as_deref(),
        Some("Harbour Ferry Keeps Running – Council Vote")
    );
}

/// A "must read" list at the end of a page names the next page's headline: the next
/// article opened at that teaser (an earlier printing of its headline) instead of at
/// its own page-start lines after the list.
#[test]
fn a_teaser_before_the_next_pages_start_stays_with_its_page() {
    let text = &format!(
        "{FERRY_PAGE}\
        Must read\n\n\
        Seal Count on the Sandbanks Breaks Its Record\n\n\
        Lighthouse Keeper's Cottage Opens as a Museum\n\n\
        #Island Weekly RSS Feed\n\
        #alternate\n\n\
        Menu\n\n\
        Seal Count on the Sandbanks Breaks Its Record\n\n\
        By Jane Roe\n\n\
        Volunteers counted more grey seals on the northern sandbanks than in any year before, the trust said.\n\n\
        The wildlife trust said the colony was recovering after years of decline, and would count again in spring.\n"
    );
    let out = Segmenter::new().segment(text);
    assert_eq!(
        out.boundaries(),
        [14],
        "the head links, not the teaser (line 10)"
    );
}

/// Lynx wraps a long head-link line; its continuation lines looked like text, so they
/// ended the region and the head links no longer marked where the next page starts.
#[test]
fn a_wrapped_head_link_line_still_starts_the_page() {
    let text = &format!(
        "{FERRY_PAGE}\
        #Island Weekly » Feed Island Weekly » Comments Feed Island Weekly » Record Number of Seals\n\
        counted on the northern sandbanks. Comments feed of the story about the seals that the volunteers counted on the northern sandbanks in the winter, alternate alternate.\n\
        RDF version of the tag wildlife, RDF version of the tag seals, RDF version of the tag sandbanks, RDF version of the tag volunteers, alternate alternate alternate.\n\n\
        Island Weekly\n\n\
        Menu\n\n\
        {SEAL_PAGE}"
    );
    let out = Segmenter::new().segment(text);
    assert_eq!(out.boundaries(), [8], "the head-link line");
}

/// A page whose first lines (a logo, a search box) come between the blank run that ends
/// the page before and its skip link: the article opened at the skip link, two lines
/// into the page.
#[test]
fn the_lines_before_a_skip_link_after_a_blank_run_open_the_page() {
    let text = &format!(
        "{FERRY_PAGE}\n\n\
        [island-weekly-logo.png]\n\
        Search\n\
        Skip to content\n\n\
        Menu\n\n\
        {SEAL_PAGE}"
    );
    let out = Segmenter::new().segment(text);
    assert_eq!(out.boundaries(), [10], "the logo line after the blank run");
}

/// The same, but a sentence stands between the blank run and the skip link (a footer's
/// thanks, an ad): text of the page before, not the next page's first line.
#[test]
fn a_sentence_before_a_skip_link_belongs_to_the_page_before() {
    let text = &format!(
        "{FERRY_PAGE}\n\n\
        Hosted by Coast Net. Thanks to everyone who sent us photos!\n\
        Skip to content\n{}\n\n\
        {SEAL_PAGE}",
        site_menu("Shop")
    );
    let out = Segmenter::new().segment(text);
    assert_eq!(
        text.lines().nth(starts_of(&out)[1]),
        Some("Skip to content"),
        "{:?}",
        out.boundaries()
    );
}

/// A markdown dump: a page ends with its footnote block (`*[RSS]: …`). The next page's
/// first lines (its site name, its menu) went to the page before, and the article opened
/// at its heading.
#[test]
fn a_footnote_block_ends_a_markdown_page() {
    let text = "# Harbour Town Votes to Keep Its Ferry\n\n\
        The council voted on Monday to keep the ferry running for ten more years, the mayor said after a long debate.\n\n\
        The money will come from higher parking fees in the harbour district, she added, and from the region.\n\n\
        *[RSS]: Really Simple Syndication\n\
        Island Weekly\n\n\
        * News\n\
        * Sport\n\n\
        # Record Number of Seals Counted on the Northern Sandbanks\n\n\
        By Jane Roe\n\n\
        Volunteers counted more grey seals on the northern sandbanks than in any year before, the trust said.\n\n\
        The wildlife trust said the colony was recovering after years of decline, and would count again in spring.\n";
    let out = Segmenter::new().segment(text);
    assert_eq!(out.boundaries(), [7], "the site name after the footnotes");
}

/// Two sentences about the next site (a tagline, a "who we are" line) between the
/// previous page's copyright footer and the next page: they ended the region, and the
/// closing footer no longer counted for the next headline.
#[test]
fn a_tagline_after_a_footer_does_not_hide_the_footer() {
    let text = &format!(
        "Harbour Town Votes to Keep Its Ferry\n\n\
        The council voted on Monday to keep the ferry running for ten more years, the mayor said after a long debate.\n\n\
        The money will come from higher parking fees in the harbour district, she added, and from the region.\n\n\
        Opponents had argued that a smaller boat would be enough in winter, when only a few dozen passengers cross each day, but the council did not follow them and kept the larger ferry on the route.\n\n\
        © 2024 Coast Courier. All rights reserved.\n\n\
        Island Weekly is the independent paper of the northern islands, published by its readers.\n\n\
        We report on the islands every week since 1921.\n\n\
        Menu\n\nSearch\n\n\n\n\
        {SEAL_PAGE}"
    );
    let out = Segmenter::new().segment(text);
    assert_eq!(out.boundaries(), [20], "{:?}", out.boundaries());
}

/// A breadcrumb printed over the headline (`Home ›› Region ›› Harbour News`) was taken
/// for the article's headline: it is headline-like, first in the lead and repeats words
/// of the body. Navigation-shaped lines now lose as headlines.
#[test]
fn breadcrumb_is_not_the_headline() {
    let text = &format!(
        "Home ›› Harbour News ›› Ferry\n\n\
         Harbour Town Votes to Keep Its Ferry\n\n\
         By Jane Roe\n\n{FERRY_TEXT}"
    );
    assert_eq!(
        single_headline(text).as_deref(),
        Some("Harbour Town Votes to Keep Its Ferry")
    );
}

/// A page's skip link came more than four lines after the blank run that ended the page
/// before (a cookie banner and a logo block in between): the boundary went to the skip
/// link, not to the first line of the page.
#[test]
fn page_starts_at_the_blank_run_before_its_banner() {
    let text = format!(
        "{FERRY_PAGE}\n\n\
         We use cookies to improve your experience on our site.\n\
         Accept all\nSettings\nIsland Weekly News\nYour island, every week\nSubscribe\n\
         Skip to content\nMenu\nNews\nSport\n\n{SEAL_PAGE}"
    );
    assert_eq!(
        second_start(&text),
        Some("We use cookies to improve your experience on our site.")
    );
}

/// Without a page-start line, the page started after the longest blank run: a gap in
/// the next page's menus, not the run that ended the page before.
#[test]
fn page_starts_after_the_first_wide_blank_run() {
    let text = "Harbour Town Votes to Keep Its Ferry\n\n\
        The council voted on Monday to keep the ferry running for ten more years, the mayor said after a long debate.\n\n\
        The money will come from higher parking fees in the harbour district, she added, and from the region.\n\n\
        Ferry crossings have carried islanders to the mainland since 1902, and most passengers are commuters.\n\n\
        The council will review the timetable next spring, after a survey of passengers and of the schools.\n\n\
        A second boat may join the service in summer, when the island's campsites and hotels are full, she said; \
        the operator has asked the region for a grant to lease one, and expects an answer before the end of the year.\n\n\
        Source: Harbour Press\n\n\n\n\
        Island Weekly News\n\nNews\nSport\n\n\n\n\nWeather\nShop\n\n\n\
        Record Number of Seals Counted on the Northern Sandbanks\n\nBy Jane Roe\n\n\
        Volunteers counted more grey seals on the northern sandbanks than in any year before, the trust said.\n\n\
        The wildlife trust said the colony was recovering after years of decline, and would count again in spring.\n";
    assert_eq!(second_start(text), Some("Island Weekly News"));
}

/// A photo caption printed twice with its credit under it (`Caption` / `Bild © Name` /
/// blank / `Caption`) read as a headline with a site-name line under it and opened an
/// article in the middle of a body.
#[test]
fn a_photo_credit_under_a_caption_is_not_a_site_name() {
    let text = format!(
        "Harbour Town Votes to Keep Its Ferry\n\n{FERRY_TEXT}\n\
         Crowds Wait in Front of the Ferry Pier\n\n\
         Crowds Wait in Front of the Ferry Pier\n\
         Bild © Ann Lee/Coast Courier\n\n\
         The new timetable starts in May, with six crossings a day in summer and four in winter, the ferry company said.\n\n\
         Islanders had collected more than two thousand signatures for the ferry, and many came to the vote.\n"
    );
    assert_eq!(
        single_headline(&text).as_deref(),
        Some("Harbour Town Votes to Keep Its Ferry")
    );
}

/// A list of dated teasers under an article (`Kicker – Name` / headline /
/// `12.03.2021Summary…`, again and again) opened an article at every teaser whose kicker
/// looked like `Headline – Site`: what follows a teaser is one blurb and the next
/// teaser, not running text.
#[test]
fn a_list_of_dated_teasers_does_not_open_articles() {
    let teaser = |kicker: &str, headline: &str, topic: &str| {
        format!(
            "{kicker}\n\n{headline}\n\n12.03.2021{topic} is what the board discussed on \
             Monday, and it agreed on a plan that starts in the spring.\n\n"
        )
    };
    let text = format!(
        "Harbour Town Votes to Keep Its Ferry\n\n{FERRY_TEXT}\nMore Stories\n\n{}",
        [
            teaser(
                "Island Regatta – Final Day",
                "Rowing Club Wins the Bay Race",
                "The rowing season"
            ),
            teaser(
                "Seal Watch – Spring Count",
                "Seal Colony Grows Again",
                "The seal colony"
            ),
            teaser(
                "Coast Path – New Signs",
                "Walkers Get New Signposts",
                "The coastal path"
            ),
            teaser(
                "Lighthouse – Open Day",
                "Keepers Cottage Opens Its Doors",
                "The lighthouse"
            ),
            teaser(
                "Harbour Market – Winter Hours",
                "Fish Market Closes Earlier",
                "The market"
            ),
        ]
        .concat()
    );
    assert_eq!(
        single_headline(&text).as_deref(),
        Some("Harbour Town Votes to Keep Its Ferry")
    );
}

/// A text browser wraps a long head-link line onto the next lines. At the start of the
/// input (where no article before tracks it), those lines counted as the page's body
/// text, so the page's skip link a few lines on opened a second article.
#[test]
fn a_wrapped_head_link_line_is_not_text_at_the_input_start() {
    let text = format!(
        "#Coast Courier » Feed Coast Courier » Kommentar-Feed Coast Courier » Harbour Town Votes to Keep\n\
         its Ferry Kommentar-Feed alternate alternate Coast Courier RDF version of the tag Lighthouse Week \
         RDF version of the tag Rowing Club RDF version of the tag Fish Market RDF version of the tag Winter \
         Storms RDF version of the tag Coastal Path\n\
         of the tag Regatta RDF version of the tag Seals RDF version of the tag Island Walks RDF version of \
         the tag Keepers Cottage RDF version of the tag Sandbanks RDF version of the tag Bay Race RDF version \
         of the tag Signposts alternate\n\n\
         Coast Courier\n\n\
         Search\n\n\
         (BUTTON) Menu Skip to content\n  * About\n  * Imprint\n\n\
         Harbour Town Votes to Keep Its Ferry\n\nBy Ann Lee\n\n{FERRY_TEXT}"
    );
    let out = Segmenter::new().segment(&text);
    assert_eq!(out.len(), 1, "{:?}", out.boundaries());
}

/// Pages of a crawl appended one after the other with nothing between them but a blank
/// line, as a main-text extractor prints them: a headline, then paragraphs. The pages
/// come from sites in three languages.
const CLEAN_PAGES: &[&str] = &[
    "Orchard Growers Expect a Record Apple Harvest\n\n\
     Apple growers in the valley expect their largest harvest in two decades after a warm spring and steady summer rain, the growers' association said on Tuesday.\n\n\
     Orchards planted with newer varieties produced especially heavy crops, and pickers have been hired from neighbouring districts to bring the apples in before the first frost.\n\n\
     Prices at the regional market have already fallen slightly, and several growers plan to press more of their fruit into cider and juice this autumn.\n\n\
     The association warned that storage sheds are nearly full, and asked supermarkets to sell more local fruit.\n\n\
     Growers will meet in the valley town next week to discuss the harvest festival and the cost of seasonal labour.\n",
    "Bergbahn fährt nach Reparatur des Viadukts wieder\n\n\
     Auf der Bergbahn fahren wieder Personenzüge, nachdem Ingenieure die Reparatur des steinernen Viadukts über die Schlucht abgeschlossen haben.\n\n\
     Schwere Stürme hatten im vergangenen Winter mehrere Bögen gelockert, sodass der Betreiber die Strecke sperren und Busse über die schmale Talstraße schicken musste.\n\n\
     Die Tourismusbüros in den Dörfern entlang der Bahn begrüßten die Wiedereröffnung und erwarten zur Sommersaison wieder viele Wanderer.\n\n\
     Der Betreiber kündigte an, dass der Fahrplan sofort wieder gilt und der erste Zug am Morgen um sieben Uhr an der Talstation abfährt.\n\n\
     Die Reparatur kostete mehr als geplant, weil Steinmetze die Ersatzsteine von Hand zuschneiden mussten, damit sie zu den alten Bögen passen.\n",
    "La biblioteca amplía su horario de fin de semana para estudiantes\n\n\
     La biblioteca central abrirá hasta la medianoche los sábados y domingos a partir del próximo mes, para que los estudiantes tengan más espacio antes de los exámenes.\n\n\
     Los bibliotecarios dijeron que las salas de lectura estaban llenas todos los fines de semana desde enero, con colas frente al edificio antes de abrir.\n\n\
     La universidad pagará el personal adicional y también piensa instalar mesas de estudio silenciosas y más enchufes para los ordenadores portátiles.\n\n\
     El público también podrá usar la biblioteca los fines de semana, aunque los estudiantes con carné tendrán prioridad en las mesas.\n\n\
     El nuevo horario se revisará después del verano, cuando la universidad cuente cuántos visitantes llegaron por la noche.\n",
];

/// A text without site chrome gave one article for three: its headlines had no echo,
/// no blank-line run and no closing line before them, the evidence that full-page dumps
/// show. In a text with hardly any chrome, running text after a headline-like line and a
/// change of subject count for more (`clean_text`, `clean_shift`).
#[test]
fn pages_of_a_clean_text_are_found() {
    let text = CLEAN_PAGES.join("\n");
    let out = Segmenter::new().segment(&text);
    let heads: Vec<_> = out.articles().iter().map(|a| a.headline()).collect();
    let want: Vec<_> = CLEAN_PAGES.iter().map(|a| a.lines().next()).collect();
    assert_eq!(heads, want);
}

/// The other side of the same evidence: one clean article whose subheadings each start a
/// new aspect of one subject stays whole.
#[test]
fn subheadings_of_a_clean_article_do_not_split_it() {
    let text = "River Town Plans a New Footbridge Across the Harbour\n\n\
        The council of the river town has approved plans for a footbridge across the harbour, linking the old market square with the railway station on the far bank.\n\n\
        Engineers expect construction of the footbridge to begin next spring, and the harbour will stay open to boats while the bridge is built.\n\n\
        Design of the Footbridge\n\n\
        The footbridge will rest on two slender steel piers in the harbour and open in the middle so that taller boats can pass, the council's engineers said.\n\n\
        Its deck will be wide enough for cyclists and pedestrians, and lights along the railings will make the bridge safer to cross in the evening.\n\n\
        Cost of the Bridge\n\n\
        The bridge will cost the town about twelve million, most of it paid by a regional fund for harbour towns, the council said.\n\n\
        Shop owners around the market square hope that travellers from the station will cross the footbridge and spend their money in the old town.\n";
    assert_eq!(
        single_headline(text).as_deref(),
        Some("River Town Plans a New Footbridge Across the Harbour")
    );
}

/// A site's tagline stood first in the page, right above its menu, and won the
/// headline over the page's own headline: the first candidate of a lead gets a bonus.
/// A line right above a menu is a page header's, not a headline.
#[test]
fn a_tagline_above_the_menu_is_not_the_headline() {
    let text = "Stories From the Harbour and the Hills\n\
        Home\n\
        Sport\n\
        Weather\n\n\
        A Quiet Winter on the Water\n\n\
        Volunteers counted more grey seals on the northern sandbanks than in any year before, the trust said.\n\n\
        The wildlife trust said the colony was recovering after years of decline, and would count again in spring.\n";
    assert_eq!(
        single_headline(text).as_deref(),
        Some("A Quiet Winter on the Water")
    );
}

/// A site name of four words, printed again at the foot of the page, won the headline:
/// a short line printed again far away is a name that recurs with the site's pages.
#[test]
fn a_site_name_printed_again_far_away_is_not_the_headline() {
    let name = "Northern Coast Courier Weekly\n";
    let mut text = format!("{name}\nWinter on the Water\n\n");
    for i in 0..24 {
        text.push_str(&format!(
            "Volunteers counted the grey seals of sandbank {i} again this week, and the trust said the numbers were good.\n\n"
        ));
    }
    text.push_str(name);
    assert_eq!(
        single_headline(&text).as_deref(),
        Some("Winter on the Water")
    );
}

/// A long standfirst right under a headline took its place: it is longer, closer to the
/// text and shares more of its words. A convincing headline keeps its deck under it
/// unless the deck is clearly better.
#[test]
fn a_standfirst_under_the_headline_does_not_replace_it() {
    let text = "Seal Colony on the Sandbanks Grows Again\n\n\
        Volunteers Count More Grey Seals on the Northern Sandbanks Than in Any Year Before\n\n\
        By Jane Roe\n\n\
        Volunteers counted more grey seals on the northern sandbanks this winter than in any year before, the trust said.\n\n\
        The wildlife trust said the colony on the sandbanks was recovering after years of decline, and would count again in spring.\n";
    assert_eq!(
        single_headline(text).as_deref(),
        Some("Seal Colony on the Sandbanks Grows Again")
    );
}

/// An agency credit closed an article and the next headline followed right after it,
/// in a clean text with no chrome: the credit counted only as any closing line does, and
/// the next article stayed inside the first. A source line right before a headline-like
/// line is evidence of its own.
#[test]
fn a_headline_right_after_a_credit_line_opens_an_article() {
    let first =
        format!("Harbour Town Votes to Keep Its Ferry\n\n{FERRY_LONG_TEXT}\n\u{2014} Reuters\n\n");
    let second = "Mountain Railway Reopens After Rockfall\n\n\
        Trains run again on the mountain line after engineers cleared the tracks of rock and mud that fell during the storms in May.\n\n\
        Hikers and skiers depend on the railway, which climbs to the pass in forty minutes and carries a million travellers a year.\n\n\
        \u{2014} Reuters\n";
    let text = format!("{first}{second}");
    assert_eq!(
        second_start(&text),
        Some("Mountain Railway Reopens After Rockfall")
    );
}

/// The other side of the credit-line evidence: a figure's source inside an article,
/// followed by a subheading on the same subject, must not split it (the credit alone
/// does not outweigh a body that goes on with the same words).
#[test]
fn a_subheading_after_a_figure_source_stays_in_its_article() {
    let text = format!(
        "Harbour Town Votes to Keep Its Ferry\n\n{FERRY_LONG_TEXT}\n\
        Source: Regional Statistics Office\n\
        \n\
        Parking Fees Rise in the Harbour District\n\
        \n\
        Parking fees in the harbour district will rise by a third from March, the council said, to pay for the ferry and the new pier.\n\
        \n\
        Shop owners in the harbour district said the higher parking fees would keep visitors away from the town in the winter months.\n"
    );
    assert_eq!(Segmenter::new().segment(&text).len(), 1);
}

/// A shop's footer in another language than its pages (a German footer under English
/// articles), printed at the end of every page, read as a change of language where the
/// footer recurred: text printed before is the site's, not the next article's.
#[test]
fn a_recurring_footer_in_another_language_is_not_a_change_of_language() {
    let footer = "Kundendienst & Lieferung\n\n\
        Unser Kundendienst ist von Montag bis Freitag für Sie da, und wir sind auch an den Feiertagen mit dem ganzen Team in der Zentrale für Sie erreichbar.\n\
        Wir liefern alle Bestellungen in drei Tagen, und die Ware können Sie uns in einem Monat mit dem Schein aus dem Paket auch wieder zurückschicken.\n\n";
    let text = format!(
        "Harbour Town Votes to Keep Its Ferry\n\n{FERRY_TEXT}\n{footer}\n\n\n{SEAL_PAGE}\n{SEAL_MORE}\n{footer}"
    );
    let trace = Segmenter::new().trace(&text);
    let printings: Vec<_> = trace
        .iter()
        .filter(|t| text.lines().nth(t.line) == Some("Kundendienst & Lieferung"))
        .collect();
    assert_eq!(printings.len(), 2);
    assert!(
        !printings[1].evidence.contains("lang:"),
        "{}",
        printings[1].evidence
    );
    assert_eq!(
        second_start(&text),
        Some("Record Number of Seals Counted on the Northern Sandbanks")
    );
}

/// Two short articles: the second's headline outscored the first's, and the first,
/// with little text, took it as its own (a rule for teasers in a page's menus) and
/// swallowed the second. A convincing headline keeps its article.
#[test]
fn a_short_article_with_a_convincing_headline_keeps_it() {
    let text = format!(
        "Town Keeps Its Ferry\n\n\
        The council voted on Monday to keep the ferry running for ten more years, the mayor said.\n\n\
        The money will come from higher parking fees, she added.\n\n\
        \u{2014} Reuters\n\n{SEAL_PAGE}"
    );
    let out = Segmenter::new().segment(&text);
    assert_eq!(out.len(), 2, "{:?}", out.boundaries());
    assert_eq!(out.articles()[0].headline(), Some("Town Keeps Its Ferry"));
    assert_eq!(
        out.articles()[1].headline(),
        Some("Record Number of Seals Counted on the Northern Sandbanks")
    );
}

/// The other side of the convincing-headline rule: teasers cut short (`…`) under their
/// headlines in a page's menus, then the page's own headline. The teasers are no
/// article's text, so the page's headline takes the article instead of opening another.
#[test]
fn teasers_cut_short_in_the_menus_do_not_make_an_article() {
    let text = "Coast Courier\n\nNews\nSport\nWeather\n\n\
        Weather Service Warns of Storm on the Coast\n\n\
        Forecasters expect gusts of up to a hundred kilometres an hour along the coast tonight and ask residents to stay at home\u{2026}\n\n\
        Island Ferry Cancelled for Tomorrow\n\n\
        The ferry to the island will not run tomorrow because of the storm, the operator said on its website, and asked travellers\u{2026}\n\n\n\n\
        Record Number of Seals Counted on the Northern Sandbanks\n\nBy Jane Roe\n\n\
        Grey seals rest on the northern sandbank at low tide.\n\
        Grey seals rest on the northern sandbank at low tide.\n\n\
        Volunteers counted more grey seals on the northern sandbanks than in any year before, the trust said.\n\n\
        The wildlife trust said the colony was recovering after years of decline, and would count again in spring.\n\n\
        Boats must keep a distance of two hundred metres from the sandbanks while the pups are young, the trust added.\n";
    assert_eq!(
        single_headline(text).as_deref(),
        Some("Record Number of Seals Counted on the Northern Sandbanks")
    );
}

/// A title line `Kicker - Headline | site name` with the site name in lower case: the
/// short kicker was taken for a site prefix and the site name kept, so the title's
/// parts never matched the `<h1>` (`Kicker - Headline`) and the page had no title echo.
#[test]
fn a_title_with_a_lower_case_site_name_finds_its_h1() {
    let text = format!(
        "Harbour Town Ferry - Council Votes to Keep the Boat Running | coast courier online\n\
        Menu\nNews\nSport\n\
        Harbour Town Ferry - Council Votes to Keep the Boat Running\n\n{FERRY_TEXT}"
    );
    let trace = Segmenter::new().trace(&text);
    assert!(
        trace[0].evidence.contains("title>4"),
        "{}",
        trace[0].evidence
    );
    // The outcome: the title line is typed as an echo of the headline.
    let out = Segmenter::new().segment(&text);
    let title = out.articles()[0]
        .spans()
        .iter()
        .find(|s| s.lines.start == 0);
    assert_eq!(title.map(|s| s.kind), Some(SpanKind::HeadlineEcho));
}

/// A page that starts with a `Site: Headline` line (its `<title>`, with a separator the
/// title rules do not read), then menus, then the headline: the boundary went to the
/// headline, and the page's first line stayed with the page before. A line that ends
/// with the headline, since the last body text, is where the page starts.
#[test]
fn a_page_starts_at_a_line_that_ends_with_its_headline() {
    let text = format!(
        "Harbour Town Votes to Keep Its Ferry\n\n{FERRY_TEXT}\n\u{2014} Reuters\n\n\
        Coast Notes The Island Blog: Record Number of Seals Counted on the Northern Sandbanks\n\n\
        Home\n\nAbout\n\n\
        Record Number of Seals Counted on the Northern Sandbanks\n\n{SEAL_PAGE}"
    );
    assert_eq!(
        second_start(&text),
        Some(
            "Coast Notes The Island Blog: Record Number of Seals Counted on the Northern Sandbanks"
        )
    );
}

/// A `<title>` line that carries a deck between its headline and the site name
/// (`Headline | a deck of thirty words | Site`) was too long for a headline: typed body
/// text, it was no candidate, and the page opened forty lines further on, at a menu.
#[test]
fn a_long_title_line_with_a_deck_opens_its_page() {
    let title = "Seals Return to the Northern Sandbanks | Volunteers counted more grey seals \
        than in any year before, and the trust says that the colony is now recovering after \
        many years of decline along the coast | Island Weekly";
    let text = format!(
        "{FERRY_PAGE}\n\n\n{title}\n04 May 2024\nMenu\nNews\nSport\nWeather\nLocal\n\n\
        Seals Return to the Northern Sandbanks\n\nBy Jane Roe\n\n\
        Volunteers counted more grey seals on the northern sandbanks than in any year before, the trust said.\n\n\
        The wildlife trust said the colony was recovering after years of decline, and would count again in spring.\n\n{SEAL_MORE}"
    );
    assert!(
        title.split_whitespace().count() > 30,
        "longer than a plain headline"
    );
    assert_eq!(second_start(&text), Some(title));
}

/// A German page whose footer ends with an address line that opens an article, then
/// `filler` contact lines, and an English page whose title line follows; and that title
/// line.
fn footer_address_then_page(filler: usize) -> (String, &'static str) {
    let title = "Record Number of Seals Counted on the Northern Sandbanks - Island Weekly";
    let contact =
        "Tel +41 00 000 00 00 / Fax +41 00 000 00 01 / info@seestadt.example\n".repeat(filler);
    let text = format!(
        "{FAEHRE_PAGE}\n© 2024 Seestädter Zeitung\n\n\
        Der Hafenverein ist der Dachverband der Fährbetriebe und Werften an der ganzen Küste.\n\n\
        Hafenstraße 12, 4100\nSeestadt\n\nTel +41 00 000 00 00\n\nKontakt\n\nZum Seitenanfang\n\n\
        {contact}{title}\n\nIsland Weekly\n\nNews\n\nSport\n\n{SEAL_PAGE}\n{SEAL_MORE}"
    );
    (text, title)
}

/// A footer's address line with the town under it (`Street 12, 4100` / `Town`) right
/// after the last sentence of a page looks like a headline with a site name and
/// opened the next article there; that page's own title line, a few lines on, could
/// not open it again while its lead had no text. The stronger page start now moves the
/// boundary, and the footer goes back to its page, in batch and streaming alike.
#[test]
fn a_stronger_page_start_in_a_lead_without_text_moves_the_boundary() {
    let (text, title) = footer_address_then_page(0);
    assert_eq!(second_start(&text), Some(title));
    let seg = Segmenter::new();
    let out = seg.segment(&text);
    assert!(
        out.articles()[0]
            .as_str()
            .contains("Hafenstraße 12, 4100\nSeestadt")
    );
    assert_eq!(
        out.articles()[1].headline(),
        Some("Record Number of Seals Counted on the Northern Sandbanks")
    );
    // The trace shows the opening that stands, not the one the move replaced.
    let starts: Vec<usize> = out.articles().iter().map(|a| a.lines().start).collect();
    let opens: Vec<usize> = seg
        .trace(&text)
        .iter()
        .filter_map(|t| t.opens)
        .map(|o| o.0)
        .collect();
    assert_eq!(opens, starts[1..]);
    assert_stream_equals_batch(&seg, &text);
}

/// The footer's link bar on one line (`Impressum | Datenschutz | Kontakt | Login`) after
/// a run of three blank lines: the page started after that first wide run, in the
/// footer of the page before, instead of after the next one.
#[test]
fn a_wide_run_before_the_footers_link_bar_is_not_a_page_start() {
    let text = format!(
        "{FAEHRE_PAGE}\n\n\nImpressum | Datenschutz | Kontakt | Login\n\n\
        Keine Meldung verpassen: jetzt den Newsletter bestellen\n\n\n\n\
        Island Weekly\nMenu\nNews\nSport\n\n{SEAL_PAGE}\n{SEAL_MORE}"
    );
    assert_eq!(second_start(&text), Some("Island Weekly"));
}

/// A logo's alt text with a copyright sign (`[© Site]`) right after the skip link
/// counted as a closing footer: it wiped the skip link as the page's start, and the
/// page started at its headline instead.
#[test]
fn a_logo_with_a_copyright_sign_does_not_hide_the_page_start() {
    let text = format!(
        "{FAEHRE_PAGE}\nSkip to content\n[© Island Weekly]\nMenu\nNews\nSport\nWeather\n\n{SEAL_PAGE}\n{SEAL_MORE}"
    );
    assert_eq!(second_start(&text), Some("Skip to content"));
}

/// A page without body text (a video post: one sentence between menus) kept its lead
/// open, and the next page's title line, forty lines on, needed overwhelming evidence
/// to open an article: it did not, and the next page's `<h1>` became the headline of
/// the video post. After the post's copyright footer, the usual evidence opens one.
#[test]
fn a_page_without_text_ends_at_its_footer() {
    let menu = "Home\nVideos\nTravel\nFood\nCartoons\nArchive\nAbout me\nNewsletter\n";
    let title = "Grey Seal Census Report - Island Weekly";
    let text = format!(
        "Three Odd Places in Harbour Town | Coast Vlog\n{menu}12 May 2024\n\
        Three Odd Places in Harbour Town\nWatch the video\n\
        I have lived in Harbour Town for nine years and seen a lot of odd things in that time.\n\
        More videos\n{menu}Older post\nNewer post\nTags\ntravel\nharbour\nfood\nSearch\n\
        Categories\nTravel reports\nAustralia\nNew Zealand\nThailand\nBlogroll\nFriends\n\
        Links\nContact\n© 2024 Coast Vlog\nImprint\nPrivacy\npowered by a blog engine\n\
        {title}\nGot a tip for us?\nLet us know\nNews\nSport\nGrey Seal Census Report\nBy Jane Roe\n\
        Volunteers counted more grey seals on the northern sandbanks than in any year before, the trust said.\n\
        The wildlife trust said the colony was recovering after years of decline, and would count again in spring.\n\
        {SEAL_MORE}"
    );
    assert!(
        text.lines().position(|l| l == title) >= Some(40),
        "past the lead's first lines"
    );
    assert_eq!(second_start(&text), Some(title));
    let out = Segmenter::new().segment(&text);
    assert_eq!(
        out.articles()[0].headline(),
        Some("Three Odd Places in Harbour Town")
    );
}

/// A move of the boundary took lines back into the article before even when that took
/// it past `max_article_bytes`, or back across a size-limit cut (review of the move).
#[test]
fn a_move_never_takes_an_article_past_the_size_limit() {
    for (filler, limit) in (0..20).flat_map(|f| (1024..2400).step_by(32).map(move |l| (f, l))) {
        let (text, _) = footer_address_then_page(filler);
        let seg = Segmenter::builder()
            .max_article_bytes(limit)
            .build()
            .unwrap();
        for a in seg.segment(&text).articles() {
            assert!(a.span().len() <= limit, "{} > {limit}", a.span().len());
        }
        assert_stream_equals_batch(&seg, &text);
    }
}

/// A dump with one text node per line has no blank lines of its own: the one blank line
/// that a crawl put between two pages was not evidence (a blank run counted from two
/// lines), and the next page's headline stayed under the threshold.
#[test]
fn a_blank_line_in_a_dump_without_blank_lines_separates_pages() {
    let menu = "Home\nNews\nSport\nWeather\nCulture\nTravel\nOpinion\nPodcasts\nVideo\n";
    let text = format!(
        "Harbour Town Votes to Keep Its Ferry\n{}{}\n\
        Record Number of Seals Counted on the Northern Sandbanks\nBy Jane Roe\n\
        Volunteers counted more grey seals on the northern sandbanks than in any year before, the trust said.\n\
        The wildlife trust said the colony was recovering after years of decline, and would count again in spring.\n\
        {SEAL_MORE_LINES}{menu}{menu}",
        FERRY_LONG_TEXT.replace("\n\n", "\n"),
        menu.repeat(11),
    );
    assert_eq!(text.matches("\n\n").count(), 1, "one blank line");
    assert_eq!(
        second_start(&text),
        Some("Record Number of Seals Counted on the Northern Sandbanks")
    );
}

/// Greedy wrapping of every paragraph line of `text` at `width` columns, as a text
/// browser or `fmt` prints it.
fn hard_wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let mut cur = String::new();
        for word in line.split_whitespace() {
            if !cur.is_empty() && cur.chars().count() + 1 + word.chars().count() > width {
                out.push_str(&cur);
                out.push('\n');
                cur.clear();
            }
            if !cur.is_empty() {
                cur.push(' ');
            }
            cur.push_str(word);
        }
        out.push_str(&cur);
        out.push('\n');
    }
    out
}

/// Paragraphs of a page about a library, for the wrapped-text tests.
const LIBRARY_TEXT: &str = "The town library will open on Sundays from next month, after volunteers offered to staff the reading room in the afternoons.\n\n\
    The librarian said that families had asked for weekend hours for years, and that the children's corner would host readings every other week.\n\n\
    The council will pay for the heating and the lights; the volunteers will be trained in the lending system during the coming weeks.\n\n\
    A survey last autumn found that most readers could not visit during the week because they worked or studied in the city.\n";

/// Paragraphs of a page about a market, for the wrapped-text tests.
const MARKET_TEXT: &str = "The weekly market moves from the square to the old harbour in May, so that the stalls have more room and shelter from the wind.\n\n\
    Traders welcomed the move but asked for more parking near the quay, where delivery vans now have to wait in the narrow lanes.\n\n\
    The harbour master said the quay would be closed to cars on market days from seven in the morning until two in the afternoon.\n";

/// A text wrapped at 72 columns lost its boundaries: every wrapped line of a paragraph
/// was read on its own, so a paragraph looked like a stack of headlines and menu items
/// and the pages' title lines no longer stood out. The lines of a full line's paragraph
/// are now read as one.
#[test]
fn hard_wrapped_paragraphs_read_as_one_line() {
    let pages = [
        ("Harbour Town Votes to Keep Its Ferry", FERRY_LONG_TEXT),
        (
            "Record Number of Seals Counted on the Northern Sandbanks",
            SEAL_MORE,
        ),
        ("Der Stadtrat stimmt für die Fähre", FAEHRE_PAGE),
        ("Library to Open on Sundays", LIBRARY_TEXT),
        ("Weekly Market Moves to the Old Harbour", MARKET_TEXT),
    ];
    let mut text = String::new();
    let mut starts = Vec::new();
    for (i, (headline, body)) in pages.iter().enumerate() {
        starts.push(text.lines().count());
        // The title + text layout: a `<title>` line, the site, the text; one blank line
        // between pages.
        text.push_str(&format!("{headline} | Site {i}\nSite {i}\n\n"));
        text.push_str(&hard_wrap(body, 72));
        text.push('\n');
    }
    assert!(text.lines().all(|l| l.chars().count() <= 72));
    let seg = Segmenter::new();
    let out = seg.segment(&text);
    let got: Vec<usize> = out.articles().iter().map(|a| a.lines().start).collect();
    assert_eq!(got, starts);
    assert_stream_equals_batch(&seg, &text);
}

/// A headline broken over two lines came out as its first line only.
#[test]
fn a_wrapped_headline_is_whole() {
    // The width is learnt from the lines before: a first page of some length.
    let first = hard_wrap(
        &[FERRY_LONG_TEXT, SEAL_MORE, FAEHRE_PAGE, MARKET_TEXT].concat(),
        72,
    );
    let headline = "Library Will Open on Sundays From Next Month After Volunteers Offer to Staff the Reading Room";
    let text = format!(
        "{first}\n\n\n{}\nBy Jane Roe\n\n{}",
        hard_wrap(headline, 72),
        hard_wrap(LIBRARY_TEXT, 72)
    );
    let out = Segmenter::new().segment(&text);
    assert_eq!(out.len(), 2, "{:?}", out.boundaries());
    let h = out.articles()[1].headline().expect("a headline");
    assert_eq!(h.split_whitespace().collect::<Vec<_>>().join(" "), headline);
    assert_eq!(
        out.articles()[1].headline_line(),
        Some(first.lines().count() + 3)
    );
}

/// Review: a wrapped paragraph read as one line went past `max_article_bytes` (an
/// article of 3 KB under a 1 KB limit, though no input line was longer than 76 bytes).
/// A joined line is now no longer than an article may be.
#[test]
fn a_joined_paragraph_keeps_the_article_size_limit() {
    let paragraph = [
        FERRY_LONG_TEXT,
        SEAL_MORE,
        LIBRARY_TEXT,
        MARKET_TEXT,
        FAEHRE_PAGE,
    ]
    .concat()
    .replace('\n', " ")
    .repeat(3);
    let text = hard_wrap(&[LIBRARY_TEXT, MARKET_TEXT, FERRY_LONG_TEXT].concat(), 76)
        + "\n"
        + &hard_wrap(&paragraph, 76);
    let seg = Segmenter::builder()
        .max_article_bytes(1024)
        .build()
        .unwrap();
    let out = seg.segment(&text);
    for a in out.articles() {
        assert!(a.span().len() <= 1024, "{} bytes", a.span().len());
    }
    assert_stream_equals_batch(&seg, &text);
}

/// Review: a list of headlines one per line, of lengths spread from 45 to 90
/// characters, taught a width, and pairs of its lines were read as one. Lengths spread
/// evenly pile up nowhere: no width.
#[test]
fn a_list_of_headlines_is_not_wrapped_text() {
    let words = [
        "Harbour", "Ferry", "Council", "Island", "Market", "Library", "Seals", "Trust", "Sundays",
        "Pier", "Study", "Decade", "Children", "Parking", "Grant",
    ];
    let lines: Vec<String> = (0..60)
        .map(|i| {
            let mut l = String::new();
            let mut k = i;
            while l.chars().count() < 45 + (i * 7) % 46 {
                if !l.is_empty() {
                    l.push(' ');
                }
                l.push_str(words[k % words.len()]);
                k += 4;
            }
            l
        })
        .collect();
    let text = lines.join("\n") + "\n";
    let trace = Segmenter::new().trace(&text);
    assert_eq!(trace.len(), lines.len(), "every line read on its own");
}

/// Review: a width learnt in a wrapped scrape stayed when an unwrapped one followed, so
/// a line that happened to end near it was read with the next. Lines longer than the
/// width drop it.
#[test]
fn a_width_ends_where_the_text_stops_being_wrapped() {
    let wrapped = hard_wrap(
        &[FERRY_LONG_TEXT, SEAL_MORE, FAEHRE_PAGE, MARKET_TEXT].concat(),
        72,
    );
    let before = wrapped.lines().count();
    // One text node per line: long paragraphs, then a 70-character line and a short one.
    let unwrapped = format!(
        "{}{}Seal Count Finds More Pups on the Sandbanks Than in Any Year Before Now\nBy Ana Lind\n",
        FAEHRE_PAGE.replace("\n\n", "\n"),
        LIBRARY_TEXT.replace("\n\n", "\n"),
    );
    let text = format!("{wrapped}{unwrapped}");
    let trace = Segmenter::new().trace(&text);
    let from = trace.partition_point(|t| t.line < before);
    let lines: Vec<usize> = trace[from..].iter().map(|t| t.line).collect();
    let expected: Vec<usize> = (before..text.lines().count()).collect();
    assert_eq!(lines, expected, "the unwrapped lines are read one by one");
}

/// A page with one paragraph and a list of details (a photo's data sheet) kept its lead
/// open, and the next page's title line, site line and text, 20 lines on, did not open
/// an article: in the first 40 lines of a lead only a page without any text gave way.
/// A lead with a paragraph lets the next page open with a little more evidence.
#[test]
fn a_short_page_gives_way_to_the_next() {
    let mut text = String::from(
        "Kingfisher at the Old Mill Pond - Riverside Camera Club\n\n\
         She came back to the same willow branch every morning for a week, and on the last day the light over the pond was finally soft enough. Members can order prints of the photo at the next club evening in the library hall.\n\n\
         Photo data\n\n",
    );
    for item in [
        "Subject: common kingfisher",
        "Camera: a weatherproof compact",
        "Focal length: 400 mm",
        "Shutter: 1/2000 s",
        "ISO: 800",
        "Date: 12/05/2024",
        "Place: the old mill pond",
        "Weather: overcast",
    ] {
        text.push_str(&format!("- {item}\n\n"));
    }
    text.push_str(
        "Record Number of Seals Counted on the Northern Sandbanks | Coast Courier\nCoast Courier\n\n",
    );
    text.push_str(&[SEAL_PAGE.split_once("\n\n").unwrap().1, SEAL_MORE].concat());
    assert_eq!(
        second_start(&text),
        Some("Record Number of Seals Counted on the Northern Sandbanks | Coast Courier")
    );
}

/// A page with one paragraph of text (a brief) and no footer stayed in its lead: the
/// region since its text (a blank run, the next page's skip link and a long menu) was
/// not tracked, so the next page's header block had only its own evidence and did not
/// reach the lead's higher threshold. A lead with a paragraph's worth of text tracks the
/// region as a body does.
#[test]
fn a_brief_without_footer_gives_way_to_the_next_page() {
    let menu = site_menu("Contact");
    let text = format!(
        "Lighthouse Reopens to Visitors | Harbour Notes\n\nLighthouse Reopens to Visitors\n\n\
         The old lighthouse on the north pier will open its doors to visitors again next month, after two years of repairs to the stairs and the lamp room. Tickets are sold at the harbour office, and the trust that runs the tower says the view from the gallery on a clear day reaches the islands and the far shore of the bay, which is why the trust asks all of its visitors to book early for the summer weekends and the holidays in August.\n\n\
         Share this post\n\n\n\nSkip to main content\n{menu}\n\n{SEAL_PAGE}\n{SEAL_MORE}"
    );
    assert_eq!(second_start(&text), Some("Skip to main content"));
    let out = Segmenter::new().segment(&text);
    assert_eq!(
        out.articles()[1].headline(),
        Some("Record Number of Seals Counted on the Northern Sandbanks")
    );
}

/// A page's headline came close to opening an article (a footer before it, a byline
/// and text after it), and a photo's caption under the byline, with its credit read as
/// a site-name line, reached the threshold: the page started at the caption, and the
/// caption was its headline. The header block's line that came near and is much more a
/// headline is where the page starts.
#[test]
fn a_caption_under_a_near_headline_does_not_start_the_page() {
    let text = format!(
        "{FERRY_PAGE}Powered by a blog engine\nMenu\n  * Home\n  * News\n  * Sport\n    + Back To Main Menu\n    + Sport by County\n\n\
         \x20   Saturday's rugby: Harbour Town beats Northfield to reach the county cup final\n\n\
         \x20   Coast Courier wire services\n    Published 9:40 PM Nov 16, 2024\n\
         \x20     Harbour Town fly-half Sam Brook\n      Jo Lane, Associated Press\n\n\
         \x20   Sam Brook kicked four penalties and scored a try as Harbour Town beat Northfield in the semi-final on Saturday.\n\n\
         \x20   The home side trailed at half-time but pulled ahead after the break, when the wind turned and the rain stopped.\n\n\
         \x20   Harbour Town will play the county cup final in three weeks, for the first time in eleven years, the club said.\n"
    );
    let headline = "Saturday's rugby: Harbour Town beats Northfield to reach the county cup final";
    assert_eq!(second_start(&text).map(str::trim), Some(headline));
    let out = Segmenter::new().segment(&text);
    assert_eq!(out.articles()[1].headline(), Some(headline));
}

/// A run of two blank lines inside the footer of a page, a hundred lines of footer and
/// menus before the next page's headline, was taken for the next page's start: the
/// footer went with the next page. So far back, the headline starts the page.
#[test]
fn a_blank_pair_far_before_the_headline_does_not_start_the_page() {
    let mut text = format!("{FAEHRE_PAGE}\n\nImpressum | Datenschutz | Kontakt\n");
    for i in 0..100 {
        text.push_str(&format!("Rubrik {i}\n"));
    }
    text.push_str(&[SEAL_PAGE, SEAL_MORE].concat());
    assert_eq!(
        second_start(&text),
        Some("Record Number of Seals Counted on the Northern Sandbanks")
    );
}

/// A paragraph of the site's chrome between two pages (a tagline under the menus)
/// ended the region: the closing line before it was carried over, the thirty lines of
/// chrome were not, and the next page's header block fell under the threshold.
#[test]
fn a_tagline_between_pages_keeps_the_chrome_before_it() {
    let menu = site_menu("Search");
    let text = format!(
        "Harbour Town Votes to Keep Its Ferry\n\n{}\n© 2024 Coast Courier\n{menu}\n\
         The island paper that has told the news of the coast to its readers every week since the spring of 1875, from the harbour office on the old quay, with help from readers who send in their stories.\n\
         Login\nRegister\n\n{SEAL_PAGE}",
        ferry_text!()
    );
    assert_eq!(
        second_start(&text),
        Some("Record Number of Seals Counted on the Northern Sandbanks")
    );
}

/// A footer with a blank run of its own, then its legal links as a list, then a blank
/// run and the next page: the page started at the footer's first blank run, and the
/// footer went with the next page. A wide run right after the legal links is where the
/// page before ended.
#[test]
fn a_blank_run_after_the_footers_legal_links_ends_the_page() {
    let text = format!(
        "Harbour Town Votes to Keep Its Ferry\n\n{}\n\n\nMore from the coast\nSubscribe to our letter\n\
         \x20 * Imprint\n  * Privacy\n  * Contact us\n\n\n\nMenu\nHome\nNews\nSport\nWeather\n\n{SEAL_PAGE}",
        ferry_text!()
    );
    assert_eq!(second_start(&text), Some("Menu"));
}

/// A markdown dump printed the page before's empty list items (`*   *   *`) between two
/// runs of three blank lines: the page started on those marks, after the first run.
#[test]
fn marks_between_two_wide_runs_end_the_page_before() {
    let text = format!(
        "Harbour Town Votes to Keep Its Ferry\n\n{FERRY_LONG_TEXT}\nSource: Harbour Press\n\n\n\n\
         \x20 *   *   *   *\n\n  *   *\n  *\n\n\n\n\
         Island Weekly News\n\nNews\nSport\nWeather\nShop\n\n\n{SEAL_PAGE}"
    );
    assert_eq!(second_start(&text), Some("Island Weekly News"));
}

/// A site's list of links, each labelled alike and naming a page and its description
/// (`Weiter zur Seite: X – Y`), with the description printed alone under it: each item read
/// as a title line and its `<h1>`, and one of them opened an article in the page's menus.
#[test]
fn a_labelled_list_of_links_opens_no_article() {
    let item = |name: &str, what: &str| {
        format!("{name}\n\nWeiter zur Seite: {name} – {what}\n\n{what}\n\n")
    };
    let text = format!(
        "Harbour Town Votes to Keep Its Ferry\n\n{FERRY_LONG_TEXT}\n\
         © 2024 Coast Courier. All rights reserved.\n\n{}\n\n{}{}{}{}",
        site_menu("Shop"),
        item("Hafen", "Hafen und Fähre in der Stadt am Meer"),
        item("Strand", "Strände und Dünen an der ganzen Küste entlang"),
        item("Markt", "Der Wochenmarkt auf dem Platz vor dem Rathaus"),
        item("Fähre", "Die Fähre zur Insel fährt jede halbe Stunde"),
    );
    let out = Segmenter::new().segment(&text);
    assert_eq!(out.len(), 1, "{:?}", out.boundaries());
}

/// A blog in a markdown dump sets its name as the `<h1>` and each post's title a level
/// lower (`# Harbourblog` / `### Post title`): the post's title took the penalty of a
/// subheading and opened nothing, and the page after a markdown page went unseen.
#[test]
fn a_post_title_under_the_blogs_name_opens_the_page() {
    let text = format!(
        "# Coast Courier\n\n## Harbour Town Votes to Keep Its Ferry\n\n{FERRY_LONG_TEXT}\n\
         \x20 * Imprint\n  * Privacy\n\n© 2024 Coast Courier. All rights reserved.\n\n{}\n\n\
         # Harbourblog\n\n### Record Number of Seals Counted on the Northern Sandbanks\n\n\
         Volunteers counted more grey seals on the northern sandbanks than in any year before, the trust said.\n\n\
         The wildlife trust said the colony was recovering after years of decline, and would count again in spring.\n\n\
         {SEAL_MORE}",
        site_menu("Shop")
    );
    assert_eq!(second_start(&text), Some("# Harbourblog"));
    // A short `<h1>` and its deck a level lower, in one page, stay one article.
    let one = format!(
        "# Ferry\n\n## The council keeps the island line running for ten more years\n\n{FERRY_LONG_TEXT}"
    );
    assert_eq!(Segmenter::new().segment(&one).len(), 1);
}

/// A `<title>` cut short with an ellipsis above the page's whole `<h1>` won as the
/// headline (its own evidence was as good): headlines are printed whole.
#[test]
fn a_title_cut_short_is_not_the_headline() {
    let text = "Was sich 2025 am Hafen ändert: Die wichtigsten Neuerungen für Pendl...\nHafenblatt\n\n\
        Was sich 2025 am Hafen ändert: Die wichtigsten Neuerungen für Pendler im Überblick\n\nVon Jane Roe\n\n\
        Ab Januar fährt die Fähre zur Insel jede halbe Stunde, und die Preise für Monatskarten sinken um ein Fünftel, teilte die Stadt am Montag mit.\n\n\
        Auch die Parkplätze am Hafen werden neu geordnet: Pendler mit Monatskarte parken künftig kostenlos auf dem Platz hinter dem alten Zollhaus.\n";
    assert_eq!(
        single_headline(text).as_deref(),
        Some("Was sich 2025 am Hafen ändert: Die wichtigsten Neuerungen für Pendler im Überblick")
    );
}

/// A long footer line (`© … All rights reserved.`) right above a page's headline, after
/// the sidebar of the page before: the footer ended that page and the headline starts
/// the next, one point more of evidence (`footer_close`).
#[test]
fn a_headline_right_under_a_full_footer_line_opens_its_page() {
    let side = "Most read\nWeather\nTides\nFerry times\nEvents\nLetters\nJobs\nProperty\n\
        Motoring\nPuzzles\nObituaries\nArchive\n";
    let text = format!(
        "Harbour Town Votes to Keep Its Ferry\n\n{}\n{side}© 2024 Coast Courier Media Group. All rights reserved.\n\
         Record Number of Seals Counted on the Northern Sandbanks\nBy Jane Roe\n\
         Volunteers counted more grey seals on the northern sandbanks than in any year before, the trust said.\n\
         The wildlife trust said the colony was recovering after years of decline, and would count again in spring.\n",
        ferry_text!()
    );
    assert_eq!(
        second_start(&text),
        Some("Record Number of Seals Counted on the Northern Sandbanks")
    );
}

/// A headline printed glued to its breadcrumb (`HomeNatureHeadline`), then alone: the
/// second printing is evidence of a page's header as an echo is (`glued_echo`).
#[test]
fn a_headline_after_its_glued_breadcrumb_opens_its_page() {
    let text = format!(
        "Harbour Town Votes to Keep Its Ferry\n\n{}\n© 2024 Coast Courier\n\n\
         HomeNatureRecord Number of Seals Counted on the Northern Sandbanks\n\n\
         Record Number of Seals Counted on the Northern Sandbanks\n\nBy Jane Roe\n\n\
         Volunteers counted more grey seals on the northern sandbanks than in any year before, the trust said.\n\n\
         The wildlife trust said the colony was recovering after years of decline, and would count again in spring.\n",
        ferry_text!()
    );
    assert_eq!(
        second_headline(&text).as_deref(),
        Some("Record Number of Seals Counted on the Northern Sandbanks")
    );
}

/// A photo's credit named the article's source: a caption ending in `(AP)`, an agency's
/// name in a list of tags, and an agency named in a sentence (`… told reporters, The
/// Associated Press learned`) all gave `source() == Some("AP")`/`Some("AFP")`.
#[test]
fn a_photo_credit_or_a_tag_is_not_the_source() {
    let text = "Harbour Town Votes to Keep Its Ferry\n\n\
        The ferry leaves the harbour on a grey morning. (AP)\n\n\
        The council voted on Monday to keep the ferry running for ten more years, the mayor said in an email to The Associated Press.\n\n\
        The money will come from higher parking fees in the harbour district, she added on Tuesday.\n\n\
        Tags:\n\n  * Ferry\n  * AFP\n  * Harbour\n";
    let out = Segmenter::new().segment(text);
    assert_eq!(out.len(), 1);
    assert_eq!(out.articles()[0].source(), None);
}

/// The agency tag that ends an agency's story, after a long last paragraph (`… (dpa)`),
/// was past the phrase scan of the line, and the article had no source.
#[test]
fn the_agency_tag_after_the_last_paragraph_is_the_source() {
    let last = format!(
        "{}Der Betreiber will im Frühjahr einen neuen Fahrplan vorlegen. (dpa)",
        "Der Stadtrat hat am Montag beschlossen, die Fähre für weitere zehn Jahre fahren zu lassen. "
            .repeat(6)
    );
    let text = format!("{FAEHRE_PAGE}\n{last}\n");
    let out = Segmenter::new().segment(&text);
    assert_eq!(out.len(), 1);
    assert_eq!(out.articles()[0].source(), Some("dpa"));
    assert_eq!(out.articles()[0].source_line(), Some(8));
}

/// A page's `<title>` line printed right above its skip link, with no echo further on
/// (its `<h1>` words it differently), was left to the page before: the page started at
/// the skip link.
#[test]
fn a_title_line_right_above_the_skip_link_starts_the_page() {
    let seal = "Record Number of Seals Counted on the Northern Sandbanks\nBy Jane Roe\n\
        Volunteers counted more grey seals on the northern sandbanks than in any year before, the trust said.\n\
        The wildlife trust said the colony was recovering after years of decline, and would count again in spring.\n\
        Boats must keep a distance of two hundred metres from the sandbanks while the pups are young, the trust added.\n\
        The count is done from the air and from the shore, and the trust thanked the volunteers who walked the coast.\n\
        Contact\nImprint\nPrivacy\n";
    let ferry = "Harbour town keeps its island ferry running\nSkip to content\nHome\nNews\nSport\nWeather\n\
        Harbour Town Votes to Keep Its Island Ferry for Ten More Years\nBy John Doe\n\
        The council voted on Monday to keep the island ferry running for ten more years, the mayor said after a long debate.\n\
        The money will come from higher parking fees in the harbour district, she added, and from a grant of the region.\n\
        Ferry passengers rose by a fifth last year, the highest number since the line opened, according to the operator.\n";
    let text = format!("{seal}{ferry}");
    let out = Segmenter::new().segment(&text);
    assert_eq!(
        out.boundaries(),
        vec![9],
        "the title line, not the skip link"
    );
    assert_eq!(
        out.articles()[1].headline(),
        Some("Harbour Town Votes to Keep Its Island Ferry for Ten More Years")
    );
}

/// The same page in a renderer that puts a blank line between all blocks: "right
/// above" its skip link is one blank line above it there.
#[test]
fn a_title_line_above_the_skip_link_starts_the_page_when_blocks_are_spaced() {
    let mut seal =
        String::from("Record Number of Seals Counted on the Northern Sandbanks\n\nBy Jane Roe\n\n");
    // Enough text for the file's spacing to show (a hundred text lines).
    for (i, place) in ["north", "east", "south", "west"]
        .iter()
        .cycle()
        .take(110)
        .enumerate()
    {
        seal.push_str(&format!(
            "On day {i} of the count the volunteers on the {place} bank found {} more seals than the day before, the trust said.\n\n",
            i % 7 + 2
        ));
    }
    seal.push_str("Contact\n\nImprint\n\nPrivacy\n\n");
    let ferry = "Harbour town keeps its island ferry running\n\nSkip to content\n\nHome\n\nNews\n\n\
        Sport\n\nWeather\n\nHarbour Town Votes to Keep Its Island Ferry for Ten More Years\n\nBy John Doe\n\n\
        The council voted on Monday to keep the island ferry running for ten more years, the mayor said after a long debate.\n\n\
        The money will come from higher parking fees in the harbour district, she added, and from a grant of the region.\n\n\
        Ferry passengers rose by a fifth last year, the highest number since the line opened, according to the operator.\n";
    let text = format!("{seal}{ferry}");
    assert_eq!(
        second_start(&text),
        Some("Harbour town keeps its island ferry running"),
        "the title line, not the skip link"
    );
}

/// A markdown dump with setext headings (`Title` over `=====`, as markdownify and pandoc
/// write level-1 headings): the underline, printed as one mark twice over, was read as a
/// caption printed twice, and the title above it was no heading.
#[test]
fn setext_headings_are_headings_and_their_underlines_chrome() {
    let page = |title: &str, body: &str| {
        format!("{title}\n{}\n\n{body}\n", "=".repeat(title.chars().count()))
    };
    let text = format!(
        "{}\n{}\n{}",
        page("Harbour Town Votes to Keep Its Ferry", FERRY_LONG_TEXT),
        page(
            "Record Number of Seals Counted on the Northern Sandbanks",
            &format!("{SEAL_PAGE}\n{SEAL_MORE}").replace(
                "Record Number of Seals Counted on the Northern Sandbanks\n\n",
                ""
            )
        ),
        page(
            "Der Stadtrat stimmt für die Fähre",
            FAEHRE_PAGE.split_once("\n\n").unwrap().1
        ),
    );
    let out = Segmenter::new().segment(&text);
    let heads: Vec<_> = out.articles().iter().map(|a| a.headline()).collect();
    assert_eq!(
        heads,
        vec![
            Some("Harbour Town Votes to Keep Its Ferry"),
            Some("Record Number of Seals Counted on the Northern Sandbanks"),
            Some("Der Stadtrat stimmt für die Fähre"),
        ]
    );
    for a in out.articles() {
        let underline = a
            .spans()
            .iter()
            .find(|s| a.span_text(s).starts_with("==="))
            .unwrap();
        assert_eq!(underline.kind, SpanKind::Boilerplate, "{:?}", a.headline());
        // The heading opened the article: a level-1 heading is part of its evidence.
        if a.lines().start > 0 {
            assert!(
                a.boundary()
                    .signals
                    .contains(&article_segmenter::Signal::Heading)
            );
        }
    }
}

/// Pages from a reader API appended one after another (`Title: …`, `URL Source: …`,
/// `Markdown Content:`, then the page's markdown), with no closing line and no blank
/// line between them: the `Title:` label hid that the title line prints the `<h1>`, the
/// second page was missed, and the title lines were typed as text.
#[test]
fn reader_api_pages_start_at_their_title_lines() {
    let page = |title: &str, url: &str, h1: &str, body: &str| {
        format!(
            "Title: {title}\n\nURL Source: {url}\n\nPublished Time: 2025-04-03T06:15:00Z\n\n\
             Markdown Content:\n{h1}\n{}\n\n{body}\n",
            "=".repeat(h1.chars().count())
        )
    };
    let text = [
        page(
            "Harbour Town Votes to Keep Its Ferry | Coast Courier",
            "https://coast-courier.example/ferry",
            "Harbour Town Votes to Keep Its Ferry",
            FERRY_LONG_TEXT,
        ),
        page(
            "Record Number of Seals Counted | Island Weekly",
            "https://island-weekly.example/seals",
            "Record Number of Seals Counted on the Northern Sandbanks",
            &format!("{}\n{SEAL_MORE}", SEAL_PAGE.split_once("\n\n").unwrap().1),
        ),
        page(
            "Der Stadtrat stimmt für die Fähre",
            "https://hafenblatt.example/faehre",
            "Der Stadtrat stimmt für die Fähre",
            FAEHRE_PAGE.split_once("\n\n").unwrap().1,
        ),
    ]
    .concat();
    let out = Segmenter::new().segment(&text);
    assert_eq!(
        starts_of(&out),
        lines_where(&text, |l, _| l.starts_with("Title: "))
    );
    for a in out.articles() {
        // The title line is an echo of the headline when it prints it whole, else page
        // chrome; never text.
        let title = a
            .spans()
            .iter()
            .find(|s| a.span_text(s).starts_with("Title: "))
            .unwrap();
        let whole = a.span_text(title).contains(a.headline().unwrap());
        let want = if whole {
            SpanKind::HeadlineEcho
        } else {
            SpanKind::Boilerplate
        };
        assert_eq!(title.kind, want, "{:?}", a.headline());
        let clean = a.clean_text();
        assert!(
            !clean.contains("Title: ") && !clean.contains("URL Source"),
            "{clean}"
        );
    }
}

/// A web archive's text records (a WET file: a `WARC/1.0` header block, a blank line,
/// the page's text one block per line, CRLF line ends) read as one text: the third page,
/// short and without chrome, was taken for the second page's footer.
#[test]
fn web_archive_records_start_at_their_headers() {
    let record = |n: usize, url: &str, text: &str| {
        format!(
            "WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: {url}\r\n\
             WARC-Date: 2025-04-03T06:15:0{n}Z\r\n\
             WARC-Record-ID: <urn:uuid:0000000{n}-1111-2222-3333-444455556666>\r\n\
             Content-Type: text/plain\r\nContent-Length: {}\r\n\r\n{}\r\n\r\n",
            text.len(),
            text.replace('\n', "\r\n")
        )
    };
    let text = [
        record(
            1,
            "http://coast-courier.example/ferry",
            &format!(
                "Harbour Town Votes to Keep Its Ferry | Coast Courier\nHome\nNews\n\
                 Harbour Town Votes to Keep Its Ferry\nBy Jane Roe\n{}Contact\nImprint\n",
                FERRY_LONG_TEXT.replace("\n\n", "\n")
            ),
        ),
        record(
            2,
            "http://island-weekly.example/seals",
            &format!("{}© 2025 Island Weekly\n", SEAL_PAGE.replace("\n\n", "\n")),
        ),
        record(
            3,
            "http://point-news.example/lighthouse",
            "Old Lighthouse Opens Its Lamp Room to Visitors\n\
             The old lighthouse on the point will open its lamp room to visitors in May, after two years of repairs to the iron stairs, the harbour board said.\n\
             Visitors can climb the 112 steps on weekends, and school classes may book tours on weekday mornings.\n",
        ),
    ]
    .concat();
    let out = Segmenter::new().segment(&text);
    assert_eq!(
        starts_of(&out),
        lines_where(&text, |l, _| l.trim_end() == "WARC/1.0")
    );
    assert_eq!(
        out.articles()[2].headline(),
        Some("Old Lighthouse Opens Its Lamp Room to Visitors")
    );
}

/// Markdown files with front matter appended one after another (`---`, `title: "…"`,
/// `date: …`, `---`, then the text; a page may have no `# Heading`): the front matter
/// was read as chrome in the page before and no page after the first was found.
#[test]
fn front_matter_starts_a_page() {
    let page = |title: &str, date: &str, heading: bool, body: &str| {
        let h1 = if heading {
            format!("# {title}\n\n")
        } else {
            String::new()
        };
        format!("---\ntitle: \"{title}\"\ndate: {date}\n---\n\n{h1}{body}\n")
    };
    let text = [
        page(
            "Harbour Town Votes to Keep Its Ferry",
            "2025-04-03",
            true,
            FERRY_TEXT,
        ),
        page(
            "Record Number of Seals Counted on the Northern Sandbanks",
            "2025-04-04",
            false,
            SEAL_PAGE.split_once("\n\n").unwrap().1,
        ),
        page(
            "Der Stadtrat stimmt für die Fähre",
            "2025-04-05",
            true,
            FAEHRE_PAGE.split_once("\n\n").unwrap().1,
        ),
    ]
    .concat();
    let out = Segmenter::new().segment(&text);
    let openers = lines_where(&text, |l, next| l == "---" && next.starts_with("title: "));
    assert_eq!(starts_of(&out), openers);
    assert_eq!(
        out.articles()[1].headline(),
        Some("Record Number of Seals Counted on the Northern Sandbanks")
    );
}

/// A text browser prints a tag manager's frame where a page puts it, at the end of the
/// body too: taken as the next page's start, it put the boundary in the footer of the
/// page before, ahead of that page's legal links, not at the next page's skip link.
#[test]
fn a_tag_manager_frame_in_a_footer_does_not_start_the_next_page() {
    let text = format!(
        "{SEAL_PAGE}\n{SEAL_MORE}\n\
         IFRAME: https://www.googletagmanager.com/ns.html?id=GTM-0000\n\n\
         Contact\n\nImprint\n\nPrivacy\n\n\
         Skip to content\n\n  * Home\n  * News\n  * Sport\n\n\
         Harbour Town Votes to Keep Its Ferry\n\nBy John Doe\n\n{FERRY_LONG_TEXT}"
    );
    let out = Segmenter::new().segment(&text);
    let skip = text.lines().position(|l| l == "Skip to content").unwrap();
    assert_eq!(out.boundaries(), vec![skip]);
}

/// A list of books inside an article (`Title: …`, `By …`, a blurb) opened an article at
/// each `Title:` line once a labelled title counted as a page's title: the label counts
/// only where a page's header shows (a page-start line before or right after it).
#[test]
fn a_title_label_in_running_text_opens_no_article() {
    let text = "Harbour Library Lists Its Most Borrowed Books\n\n\
        The library in the harbour town has published its list of the most borrowed books of the year, the librarian said on Monday.\n\n\
        More people borrowed books than in any year before, and the reading room was full on most winter afternoons, she added.\n\n\
        The library will stay open on Sundays from next month, after a vote of the town council last week.\n\n\
        Title: The Lighthouse Keeper's Daughter\n\nBy Jane Roe\n\n\
        The story of a girl who keeps the lighthouse on the point running after her father falls ill was borrowed most often by readers of every age.\n\n\
        Readers said they liked the storms and the ships, and many asked for a second part, the librarian said.\n\n\
        Title: Seals of the Northern Sandbanks\n\nBy John Doe\n\n\
        A guide to the grey seals on the sandbanks came second, borrowed by many school classes before their trips to the coast.\n";
    assert_eq!(Segmenter::new().segment(text).len(), 1);
}

/// A page whose lead picked a weak line (a logo's alt text) before a site notice, and
/// whose `<h1>`, printing the title line again, came after it: the `<h1>` waited while
/// the notice might have been a teaser, and was dropped when the body began; or, past
/// the notice's 800 characters, it came too late to replace the pick.
#[test]
fn the_h1_after_a_site_notice_replaces_a_weak_headline() {
    let notice = "The harbour board publishes the notices of the town here every week, with the dates of the council's meetings and the decisions it takes. ";
    let visitors = "Islanders and visitors can follow what happens in the harbour district, and write to the board with their questions about the ferry and the quays. ";
    let page = |intro: String, byline: &str| {
        format!(
            "Harbour Town Votes to Keep Its Ferry | Coast Courier\n\n\
             Courier logo (link to the home page)\n\n{intro}\n\n\
             Harbour Town Votes to Keep Its Ferry\n\n{byline}\n\n{FERRY_TEXT}"
        )
    };
    // One long notice paragraph (the `<h1>` waits in the lead) …
    let waiting = page(notice.repeat(5), "By Jane Roe");
    // … or two, past 800 characters of body, after a weak pick.
    let late = page(
        format!("{}\n\n{}", notice.repeat(3), visitors.repeat(3)),
        "",
    );
    for text in [waiting, late] {
        let out = Segmenter::new().segment(&text);
        assert_eq!(out.len(), 1);
        assert_eq!(
            out.articles()[0].headline(),
            Some("Harbour Town Votes to Keep Its Ferry"),
            "{text}"
        );
    }
}

/// A welcome interstitial above the page (`Welcome to …`, then a sentence before the
/// headline) was taken for the headline; without it as a candidate, the headline after
/// the sentence waited (the sentence might have been a teaser) and was dropped when the
/// body began, leaving the article without one.
#[test]
fn a_welcome_prompt_is_no_headline() {
    let text = "Welcome to the Coast Courier's Page for Readers Abroad\n\n\
        You will be redirected to the article in a moment.\n\n\
        High School Roundup: Harbour beats Point to stay unbeaten\n\nBy Jane Roe\n\n\
        The harbour school beat the point school on Friday night to stay unbeaten, the coach said after the game in the rain.\n\n\
        The harbour team scored twice in the last quarter, and the point team missed a kick in the final minute.\n";
    assert_eq!(
        single_headline(text).as_deref(),
        Some("High School Roundup: Harbour beats Point to stay unbeaten")
    );
}

/// A page whose `<h1>` follows a photo's caption and is followed by the photo's
/// copyright (`© AGENCY / POOL`): the `<h1>` waited while the caption might have been a
/// teaser, the copyright line closed the lead, and a glued sign-in link kept the headline.
#[test]
fn a_lead_closed_by_a_copyright_keeps_its_waiting_headline() {
    let text = format!(
        "Sign inJoin usSign out\n\n  * Home\n  * World\n  * Business\n\nSearch\n\n\
         The mayor of Harbour Town, the ferry captain and the chair of the harbour board at the quay on Monday, 18 November 2019, before the vote in the town hall.\n\n\
         # Harbour Town Votes to Keep Its Ferry\n\n© HARBOUR AGENCY / POOL\n\nColumnists\n\nby Jane Roe\n\n{FERRY_TEXT}"
    );
    assert_eq!(
        single_headline(&text).as_deref(),
        Some("Harbour Town Votes to Keep Its Ferry")
    );
}

/// A title line printed with no-break spaces (`&nbsp;|&nbsp;` in the page's `<title>`)
/// had no separator: the whole line, site name and all, became the headline. The line
/// is now read with its no-break spaces as spaces, and the headline is cut from the
/// original bytes (one byte more per no-break space than the copy that was read).
#[test]
fn no_break_spaces_around_a_title_separator_separate() {
    let text = format!(
        "Harbour\u{a0}Town Votes to Keep Its\u{202f}Ferry\u{a0}|\u{a0}The Coast Courier\n\n{FERRY_TEXT}"
    );
    assert_eq!(
        single_headline(&text).as_deref(),
        Some("Harbour\u{a0}Town Votes to Keep Its\u{202f}Ferry")
    );
    // A source label's value is cut from the original bytes too.
    let text = format!(
        "Harbour Town Votes to Keep Its Ferry\n\n{FERRY_TEXT}\nSource:\u{a0}Coast\u{a0}Courier\n"
    );
    let out = Segmenter::new().segment(&text);
    assert_eq!(out.articles()[0].source(), Some("Coast\u{a0}Courier"));
}

/// A dump that separates its pages with a horizontal rule: the boundary was placed
/// under the rule, at the next page's first line, and the rule went to the page before.
/// A rule with a line of text under it is not right above the next page: that line
/// stays with the page before (it went with the rule). (That a rule much longer than
/// the line above it is no setext underline is a unit test of the signals.)
#[test]
fn a_rule_between_pages_starts_the_next_page() {
    let page = format!("Harbour Town Votes to Keep Its Ferry\n\n{FERRY_TEXT}");
    let rules = ["-".repeat(80), "=".repeat(72), "* * *".to_string()];
    let layouts = [("\n\n", "\n"), ("", "\n"), ("\n", "")];
    for (rule, (before, after)) in rules.iter().flat_map(|r| layouts.map(|l| (r, l))) {
        let text = format!(
            "{page}{before}{rule}\n{after}\
            Record Number of Seals Counted on the Northern Sandbanks | Island Weekly\n\n{SEAL_PAGE}"
        );
        let out = Segmenter::new().segment(&text);
        assert_eq!(
            out.len(),
            2,
            "{rule} {before:?} {after:?}: {:?}",
            out.boundaries()
        );
        let second = &out.articles()[1];
        assert!(
            second.as_str().starts_with(rule.as_str()),
            "{rule} {before:?} {after:?}"
        );
        assert_eq!(
            second.headline(),
            Some("Record Number of Seals Counted on the Northern Sandbanks")
        );
    }
    // A line of text between the rule and the next page: the rule is not right above
    // the page, which starts at its title line.
    let title = "Record Number of Seals Counted on the Northern Sandbanks | Island Weekly";
    let text = format!(
        "{page}\n{}\n\nThanks for reading our harbour news today.\n\n{title}\n\n{SEAL_PAGE}",
        "-".repeat(80)
    );
    assert_eq!(second_start(&text), Some(title));
}

/// A dump in its own markup (WikiExtractor's `<doc id="…" url="…" title="…">` … `</doc>`)
/// or with each page's address above it (`URL: https://…`): the tags and the address
/// were text, the closing tag stayed with the next page, and a page without a strong
/// header of its own did not open. An opening tag now starts a page whatever follows;
/// an address is a page-start line.
#[test]
fn a_dumps_own_page_markup_delimits_its_pages() {
    let plain_seal = "Seal numbers rise on the sandbanks\n\n\
        Volunteers counted more grey seals on the northern sandbanks than in any year before, the trust said.\n\n\
        The wildlife trust said the colony was recovering after years of decline, and would count again in spring.\n";
    let ferry = format!("Harbour Town keeps its ferry\n\n{FERRY_LONG_TEXT}");
    let docs = format!(
        "<doc id=\"1\" url=\"https://example.org/?curid=1\" title=\"Ferry\">\n{ferry}</doc>\n\
         <doc id=\"2\" url=\"https://example.org/?curid=2\" title=\"Seals\">\n{plain_seal}</doc>\n"
    );
    let out = Segmenter::new().segment(&docs);
    assert_eq!(out.len(), 2, "{:?}", out.boundaries());
    assert!(out.articles()[0].as_str().ends_with("</doc>\n"));
    assert!(out.articles()[1].as_str().starts_with("<doc id=\"2\""));
    assert_eq!(
        out.articles()[1].headline(),
        Some("Seal numbers rise on the sandbanks")
    );
    // An address is a page-start line, not a page on its own: where the evidence opens
    // a page (a title line printed again), the page starts at its address.
    let urls = format!(
        "URL: https://example.org/news/ferry.html\n\n{ferry}\n\
         URL: https://example.org/news/seals.html\n\n\
         Record Number of Seals Counted on the Northern Sandbanks | Island Weekly\n\n{SEAL_PAGE}"
    );
    assert_eq!(
        second_start(&urls),
        Some("URL: https://example.org/news/seals.html")
    );
}

/// A site's header recurs at every page and a crawl marked each page with its address
/// (`=== https://… ===`, `URL: …`): the page opened at the recurring header, under its
/// address, which went to the page before; also when the page before ended with a rule
/// (the rule's run hid the address), and when the address stands inside the header
/// (the recurring header was not recognised with it).
#[test]
fn a_page_opened_by_its_recurring_header_starts_at_its_mark() {
    let site = "Coast Courier\n";
    let menu = "Home | News | Sport | Weather\nTuesday, 4 June\n";
    // Paragraphs long enough to be ones.
    let seals = format!(
        "Volunteers counted more grey seals on the northern sandbanks than in any year \
         before, the trust said on Monday, and the number of pups born on the outer banks \
         rose for the fourth year in a row.\n\n{SEAL_MORE}"
    );
    let fell = format!(
        "A runner from the valley club won the autumn fell race in a record time on \
         Sunday, two minutes faster than the mark set twelve years ago, the organisers said \
         after the results were checked.\n\n{FERRY_TEXT}"
    );
    let pages = [
        (
            "ferry",
            "Harbour Town Votes to Keep Its Ferry",
            FERRY_LONG_TEXT,
        ),
        (
            "seals",
            "Record Number of Seals Counted on the Northern Sandbanks",
            &seals,
        ),
        ("fell", "Fell Race Sets a New Record", &fell),
    ];
    type Layout = fn(&str, &str, &str, &str, &str) -> String;
    let layouts: [(&str, Layout); 3] = [
        ("banner", |slug, site, menu, title, text| {
            format!("=== https://example.org/news/{slug} ===\n{site}{menu}{title}\n\n{text}\n")
        }),
        ("footer rule", |slug, site, menu, title, text| {
            format!(
                "URL: https://example.org/news/{slug}\n{site}{menu}{title}\n\n{text}\n\
                 -----\n© 2024 Coast Courier. All rights reserved.\n"
            )
        }),
        ("inside", |slug, site, menu, title, text| {
            format!("{site}URL: https://example.org/news/{slug}\n{menu}{title}\n\n{text}\n")
        }),
    ];
    for (name, layout) in layouts {
        let text: String = pages
            .iter()
            .map(|(slug, title, body)| layout(slug, site, menu, title, body))
            .collect();
        let opener = if name == "inside" {
            "Coast Courier"
        } else {
            "https://example.org/news/"
        };
        let want = lines_where(&text, |l, _| l.contains(opener));
        let out = Segmenter::new().segment(&text);
        assert_eq!(starts_of(&out), want, "{name}: {:?}", out.boundaries());
    }
}

/// A crawl that writes a header above each page (`Title: …`, `URL: …`, `Date: …`) and
/// then its text: the second page's labelled title had no page start before it (its
/// address comes after it), did not open, and the third page's opening took the second
/// page's header with it.
#[test]
fn a_crawls_labelled_header_opens_its_page() {
    let page = |title: &str, slug: &str, day: u32, text: &str| {
        format!(
            "Title: {title}\nURL: https://example.org/news/{slug}\nDate: 2024-03-0{day}\n\n{text}\n"
        )
    };
    let text = [
        page("Harbour Lights Switched Back On", "lights", 1, FERRY_TEXT),
        page("Orchard School Opens a Garden Classroom", "orchard", 2,
            "Pupils at the Orchard School will have their science lessons outdoors from next week, in a garden classroom built by parents.\n\n\
             The head teacher said the beds, the pond and the weather station would be used by every class in turn.\n"),
        page("Fell Race Sets a New Record", "fell-race", 3,
            "A runner from the valley club won the autumn fell race in a record time on Sunday, two minutes faster than the old mark.\n"),
    ]
    .concat();
    let out = Segmenter::new().segment(&text);
    let titles: Vec<usize> = lines_where(&text, |l, _| l.starts_with("Title: "));
    assert_eq!(starts_of(&out), titles, "{:?}", out.boundaries());
    let headlines: Vec<_> = out.articles().iter().map(|a| a.headline()).collect();
    assert_eq!(
        headlines,
        [
            Some("Harbour Lights Switched Back On"),
            Some("Orchard School Opens a Garden Classroom"),
            Some("Fell Race Sets a New Record")
        ]
    );
}

/// A page with one short paragraph (a paywalled teaser, a brief: under 200 characters)
/// right before the next page: no page could open in its lead before 40 lines or 200
/// characters of paragraphs, so the next page, title line, echo and all, stayed in it.
#[test]
fn a_strong_page_start_opens_after_a_short_teaser() {
    let text = format!(
        "Harbour Ferry Runs Again | Coast Courier\n\nHarbour Ferry Runs Again\n\n\
         The ferry to the island runs again from Monday after a winter of repairs to the \
         old slipway, the council said on Tuesday; the first crossing leaves at seven.\n\n\
         Record Number of Seals Counted on the Northern Sandbanks | Island Weekly\n\n{SEAL_PAGE}"
    );
    assert_eq!(
        second_start(&text),
        Some("Record Number of Seals Counted on the Northern Sandbanks | Island Weekly")
    );
    // A crawl's address line above the next page: the lead follows page marks too.
    let marked = text.replace(
        "\n\nRecord Number of Seals Counted on the Northern Sandbanks | Island Weekly",
        "\n\nURL: https://example.org/news/seals\n\n\
         Record Number of Seals Counted on the Northern Sandbanks | Island Weekly",
    );
    assert_eq!(
        second_start(&marked),
        Some("URL: https://example.org/news/seals")
    );
}

/// The page before in the tests below: a headline and three paragraphs, a line each …
const HARBOUR: &str = "Harbour Ferry Runs Again\n\
    The ferry to the island runs again from Monday after a winter of repairs to the old slipway, the council said on Tuesday.\n\
    The first crossing leaves at seven in the morning and the last one returns at nine in the evening, every day of the week.\n\
    Tickets cost the same as last year, and islanders travel free on weekdays, the operator said in a statement.\n";

/// … and spaced by blank lines.
const HARBOUR_SPACED: &str = "Harbour Ferry Runs Again\n\n\
    The ferry to the island runs again from Monday after a winter of repairs to the old slipway, the council said on Tuesday.\n\n\
    The first crossing leaves at seven in the morning and the last one returns at nine in the evening, every day of the week.\n\n\
    Tickets cost the same as last year, and islanders travel free on weekdays, the operator said in a statement.\n\n";

/// The next page's text in the tests below: three paragraphs, a line each …
const WEIR: &str = "The owners of the old mill in the valley agreed on Tuesday to restore the weir that was damaged in the winter floods.\n\
    Work on the weir will start in the spring and take about six months, the owners told the valley council at its meeting.\n\
    The weir keeps the mill pond full and protects the footpath along the river, which has been closed since January.";

/// … and spaced by blank lines.
const WEIR_SPACED: &str = "The owners of the old mill in the valley agreed on Tuesday to restore the weir that was damaged in the winter floods.\n\n\
    Work on the weir will start in the spring and take about six months, the owners told the valley council at its meeting.\n\n\
    The weir keeps the mill pond full and protects the footpath along the river, which has been closed since January.";

/// A page whose `<title>` line is its headline alone (no site part), right after the
/// footer of the page before, then two long menus: a menu item printed in both (its
/// words in the text) opened the page at its first printing, below the title line, and
/// the headline under the menus, printing the title line again, came too late to move
/// the start back. The start goes back to the title line, which becomes an echo.
#[test]
fn a_headline_after_its_opener_takes_the_page_back_to_its_title_line() {
    const HEADLINE: &str = "Mill Owners Agree to Restore the Old Weir";
    let menu = [
        "Home",
        "News",
        "Sport",
        "Weather",
        "Business",
        "Opinion",
        "Obituaries",
        "Events",
        "Classifieds",
        "Jobs",
        "Homes",
        "Cars",
        "The Valley Archives",
        "E-Paper Apps",
        "Contact the Newsroom",
        "Advertise With Us",
        "Subscribe",
        "Newsletters",
        "Puzzles",
        "Podcasts",
        "Photo Galleries",
        "Letters to the Editor",
        "Submit a Wedding Notice",
        "Submit a Birth Notice",
        "Community Calendar",
        "Local Sports Scores",
    ];
    let text = format!(
        "{HARBOUR}\
         \"We are glad to be back,\" the captain said. \"The island has waited long enough for its boat.\"\n\
         © 2024 Coast Courier. All rights reserved.\nPrivacy\nTerms\n\
         {HEADLINE}\n{}\n{}\nLocal News\n{HEADLINE}\nBy\nStaff Reports\n\
         {WEIR}\n",
        menu.join("\n"),
        menu[..14].join("\n"),
    );
    assert_eq!(second_start(&text), Some(HEADLINE));
    let out = Segmenter::new().segment(&text);
    let page = &out.articles()[1];
    assert_eq!(page.headline(), Some(HEADLINE));
    assert!(page.headline_line() > Some(page.lines().start + 30));
    let title = page
        .spans()
        .iter()
        .find(|s| s.lines.start == page.lines().start);
    assert_eq!(title.map(|s| s.kind), Some(SpanKind::HeadlineEcho));
    assert!(out.articles()[0].as_str().ends_with("Terms\n"));
    assert_stream_equals_batch(&Segmenter::new(), &text);
    // Windows too small to reach back to the title line (the engine keeps the start
    // bytes of as many lines as the signals look back): the page still opens once.
    for window in [1, 10, 25, 40] {
        let seg = Segmenter::builder().window(window).build().unwrap();
        assert_eq!(seg.segment(&text).len(), 2, "window {window}");
        assert_stream_equals_batch(&seg, &text);
    }
    // A printing of the headline in the page before's text (a teaser above its last
    // paragraph) is no title line of the next page: the start stays below that text.
    let teased = text
        .replacen(&format!("Terms\n{HEADLINE}\n"), "Terms\n", 1)
        .replacen("Tickets cost", &format!("{HEADLINE}\nTickets cost"), 1);
    let out = Segmenter::new().segment(&teased);
    let terms = lines_where(&teased, |l, _| l == "Terms")[0];
    assert_eq!(out.len(), 2, "{:?}", out.boundaries());
    assert!(out.boundaries()[0] > terms, "{:?}", out.boundaries());
}

/// A page's `<title>` line (its headline alone) after the footer of the page before,
/// then a long menu, an image's caption with its credit and the `<h1>`: the caption, its
/// words all in the text, opened the page and was taken for its headline, and the
/// `<h1>`, printing the title line again from over 40 lines away, counted as no more than
/// any headline-like line. A printing before the article's start, after the page
/// before's text, is the page's own title line: the `<h1>` takes the headline and the
/// start goes back to the title line.
#[test]
fn a_headline_printed_before_the_opener_is_its_pages_own_title() {
    const HEADLINE: &str = "Second Mystery Hull Spotted Near Gull Rock Lighthouse";
    let menu = "Home News Sport Weather Business Opinion Obituaries Events Classifieds Jobs \
                Homes Cars Archives Apps Contact Advertise Subscribe Newsletters Puzzles \
                Podcasts Galleries Letters Weddings Births Calendar Scores Travel Food Gardens \
                Motoring Technology Science Health Money Pensions Banking Property Schools \
                Universities Theatre Cinema Music Books"
        .split(' ')
        .collect::<Vec<_>>()
        .join("\n");
    let text = format!(
        "{HARBOUR}\
         © 2024 Coast Courier. All rights reserved.\n\
         {HEADLINE}\n{menu}\nmain article image\n\
         The wreck seen from the survey boat in May. (Island Survey/Coast Guard)\nSCIENCE\n\
         {HEADLINE}\nBy Jane Doe\n2 May 2024\n\
         Divers from the island survey team found a second wreck off the northern sandbanks on Monday, a mile from the first.\n\
         The wreck lies in twelve metres of water and is probably a cargo boat lost in a storm a century ago, the survey team said.\n\
         The divers will go down again next week to measure the hull and look for the ship's bell, which would give its name.\n\
         The coast guard asked boat owners to keep clear of the site while the survey goes on.\n"
    );
    assert_eq!(second_start(&text), Some(HEADLINE));
    let out = Segmenter::new().segment(&text);
    let page = &out.articles()[1];
    assert_eq!(page.headline(), Some(HEADLINE));
    assert!(page.headline_line() > Some(page.lines().start + 40));
    assert_stream_equals_batch(&Segmenter::new(), &text);
}

/// A footer with a gap of two blank lines after its copyright line, then a newsletter
/// prompt, a cookie notice and a privacy link, then the next page's menu: the next page
/// started at the gap, in the footer of the page before. A legal link after a blank run
/// shows the run was a gap in a footer: it still counts as evidence of a page's end,
/// but the page starts after it.
#[test]
fn a_blank_run_before_a_footers_legal_link_is_no_page_start() {
    let text = &format!(
        "{HARBOUR_SPACED}\
        Copyright © 2024 Coast Courier\n\n\n\
        Sign up to receive our weekly newsletter in your inbox\n\n\
        This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish.\n\n\
        Privacy Policy\nNews\nSport\nWeather\nGardens\nLetters\nTravel\nFood\nMotoring\nScience\nHealth\nMoney\n\
        Mill Owners Agree to Restore the Old Weir\nBy Jane Doe\n\n\
        {WEIR_SPACED}\n"
    );
    let out = Segmenter::new().segment(text);
    let privacy = lines_where(text, |l, _| l == "Privacy Policy")[0];
    assert_eq!(out.len(), 2, "{:?}", out.boundaries());
    assert!(out.boundaries()[0] > privacy, "{:?}", out.boundaries());
    assert_eq!(
        out.articles()[1].headline(),
        Some("Mill Owners Agree to Restore the Old Weir")
    );
}

/// A page of a markdown dump whose site sets its headings in markdown (`#`, `##`), then a
/// page whose site does not: its headline, plain text with a byline under it and three
/// blank lines before it, lost a point for not being a heading and stayed in the page
/// before. Past an article's text, a line with its byline right under it loses nothing:
/// one site's markup says nothing of another's.
#[test]
fn a_plain_headline_with_a_byline_opens_after_markdown_headed_pages() {
    let text = &format!(
        "# Harbour Ferry Runs Again\n\n\
        The ferry to the island runs again from Monday after a winter of repairs to the old slipway, the council said on Tuesday.\n\n\
        ## The timetable\n\n\
        The first crossing leaves at seven in the morning and the last one returns at nine in the evening, every day of the week.\n\n\
        ## Fares\n\n\
        Tickets cost the same as last year, and islanders travel free on weekdays, the operator said in a statement.\n\n\
        ## The slipway\n\n\
        The repairs cost more than planned because the old stones had to be lifted and laid again by hand, the council said.\n\n\
        ## What comes next\n\nA lot, the director said.\n\n## Another boat\n\n\
        The operator will buy a second boat next year if the number of passengers keeps growing, its director said.\n\n\n\n\
        Mill Owners Agree to Restore the Old Weir\nBy Jane Doe | 2 May 2024\n\n\
        {WEIR_SPACED}\n"
    );
    assert_eq!(
        second_start(text),
        Some("Mill Owners Agree to Restore the Old Weir")
    );
    // Without the byline, the line is one more line of the text (no split).
    let bare = text.replace("By Jane Doe | 2 May 2024\n", "");
    assert_eq!(Segmenter::new().segment(&bare).len(), 1);
}

/// A page's `<title>` line (`Headline | Site`) and, after a long menu, its `<h1>` worded
/// otherwise (half of its words or more in the title): the `<h1>` did not echo the
/// title, and with its byline, its text and the chrome before it stayed under the
/// threshold. Such a line counts as the page's headline under its title
/// (`title_near`), and the page starts at the title line. An `<h1>` that shares few
/// words with the title line gets nothing from it.
#[test]
fn an_h1_worded_like_its_title_line_opens_the_page_at_the_title() {
    let menu = "Home News Sport Weather Business Opinion Obituaries Events Classifieds Jobs \
                Homes Cars Archives Apps Contact Advertise Subscribe Newsletters Puzzles \
                Podcasts Galleries Letters Weddings Births Calendar Scores Travel Food \
                Gardens Motoring Science"
        .split(' ')
        .collect::<Vec<_>>()
        .join("\n");
    let page = |h1: &str| {
        format!(
            "{HARBOUR}\
             Mill Owners Vote to Restore the Weir | Valley Times\n{menu}\n{h1}\nBy Jane Doe\n\
             {WEIR}\n"
        )
    };
    let text = page("Mill Owners Will Restore the Old Weir Next Spring");
    assert_eq!(
        second_start(&text),
        Some("Mill Owners Vote to Restore the Weir | Valley Times")
    );
    let out = Segmenter::new().segment(&text);
    assert_eq!(
        out.articles()[1].headline(),
        Some("Mill Owners Will Restore the Old Weir Next Spring")
    );
    let other = page("Footpath by the River Stays Closed Until Autumn");
    assert_eq!(Segmenter::new().segment(&other).len(), 1);
}

/// The footer of a page (its copyright line), the next page's headline printed at once
/// (its `<title>` line), its menu, an affiliate notice of two short lines, then its
/// `<h1>`: the notice read as text ended the stretch after the page before, so the
/// first printing no longer counted as where the page starts, and the page started at
/// its `<h1>`. A printing after the last closing line and before any text after it
/// still does.
#[test]
fn a_headline_printed_right_after_a_footer_starts_its_page_across_a_notice() {
    const HEADLINE: &str = "Mill Owners Agree to Restore the Old Weir";
    let text = format!(
        "{HARBOUR}\
         © 2024 Coast Courier. All rights reserved.\n\
         {HEADLINE}\nHome\nNews\nSport\nWeather\nBusiness\nOpinion\nObituaries\nEvents\nClassifieds\nJobs\n\
         We may earn a commission when you buy through links on this page,\n\
         which are marked with a small arrow.\n\
         {HEADLINE}\nBy Jane Doe\n\
         {WEIR}\n"
    );
    let out = Segmenter::new().segment(&text);
    let printed = lines_where(&text, |l, _| l == HEADLINE);
    assert_eq!(starts_of(&out), [0, printed[0]], "{:?}", out.boundaries());
    assert_eq!(out.articles()[1].headline_line(), Some(printed[1]));
}

/// A tag manager's frame (`IFRAME: …googletagmanager…`, a weak page start) in the
/// footer of a page, the rest of that footer, three blank lines, then the next page:
/// the next page started at the frame, in the page before. A wide blank run after the
/// frame is where the page before ended.
#[test]
fn a_wide_blank_run_after_a_tag_managers_frame_starts_the_page() {
    let text = &format!(
        "{HARBOUR_SPACED}\
        More on this topic\n\nHarbour Wall Repairs Begin\n\n\
        IFRAME: https://www.googletagmanager.com/ns.html?id=GTM-AB12CD\n\n\
        Services\n  * Ferries\n  * Moorings\n  * Harbour Tours\n\n\
        Coast Courier Ltd\nQuay Street 4\nHarbour Town\n\n\n\n\
        Advertisement\n\nValley Times\n\nMill Owners Agree to Restore the Old Weir\n\nBy Jane Doe\n\n\
        {WEIR_SPACED}\n"
    );
    assert_eq!(second_start(text), Some("Advertisement"));
}

/// A page's `<title>` line with a blank line above and below it, then its skip links,
/// in a file that does not space all its blocks: the page started at its skip link,
/// below its title line (a title line counted only right above the skip link there).
/// A blank line between counts as none when one stands above the title line too; a
/// line whose words the text before used (a footer's credit, a teaser of the page
/// before) stays with the page before.
#[test]
fn a_title_line_a_blank_line_above_its_skip_link_starts_the_page() {
    let page = |title: &str| {
        format!(
            "{HARBOUR}\
             Copyright Coast Courier 2024. All rights reserved.\n  • HOME\n  • NEWS\n\n\
             {title}\n\nSkip to content\n\nSkip to search\n\nValley Times\n\
             {WEIR}\n"
        )
    };
    let title = "Mill Owners Agree to Restore the Old Weir";
    assert_eq!(second_start(&page(title)), Some(title));
    assert_eq!(
        second_start(&page("Islanders Travel Free on Weekdays Again")),
        Some("Skip to content")
    );
}

/// A line of the page before's last footer opened the next article (three blank lines,
/// the copyright line above it), then that footer's own copyright line, then the next
/// page's title line: the title line's evidence did not beat the opener's by the margin
/// a move needs, and the next page kept the footer's lines. A closing line after the
/// opener shows the opener was the page before's: the threshold alone moves the start.
#[test]
fn a_page_start_after_a_footer_moves_an_opener_in_that_footer() {
    let links = "Modern Slavery Statement\n\nAdvertise with us\n\nCourier Store\n\nNewsletters\n\n\
                 Transcripts\n\nLicense Footage\n\nCourier Newsource\n\nSitemap\n\nTerms of Use\n\n\
                 Accessibility\n\nCareers\n\nHelp Centre";
    let text = format!(
        "{HARBOUR_SPACED}\
         {links}\n\n\
         © 2024 Coast Courier Network. All Rights Reserved. Courier Sans and Courier Serif are trademarks of the network.\n\n\n\n\
         Valley Radio Network\nCopyright © 2000-2024. Valley Media\nvalleyradio.example\n\n\
         Mill Owners Agree to Restore the Old Weir | Valley Times\n\nSkip to content\n\nHome\n\nNews\n\nSport\n\n\
         Mill Owners Agree to Restore the Old Weir\n\n\
         {WEIR_SPACED}\n"
    );
    assert_eq!(
        second_start(&text),
        Some("Mill Owners Agree to Restore the Old Weir | Valley Times")
    );
    assert_stream_equals_batch(&Segmenter::new(), &text);
}

/// A blog's `<title>` line `Headline | blog name`, the blog's name (which the title
/// rules do not read as a site's) printed again as its own line right under it, then
/// the blog's menu: the name was taken for the title's `<h1>`, and a menu item for the
/// headline. The last part of an undecided title printed again as a short line right
/// under it is the site's name: the title line stays the headline, its text the part
/// before the separator.
#[test]
fn a_blog_name_under_its_title_line_is_no_headline() {
    let text = "Mill Owners Agree to Restore the Old Weir | valley notes ad libitum\n\n\
        valley notes ad libitum\n\nOdds and Ends\n\nWhat This Is About\n\n\
        The owners of the old mill in the valley agreed on Tuesday to restore the weir that was damaged in the winter floods.\n\n\
        Work on the weir will start in the spring and take about six months, the owners told the valley council at its meeting.\n";
    let out = Segmenter::new().segment(text);
    let a = &out.articles()[0];
    assert_eq!(
        a.headline(),
        Some("Mill Owners Agree to Restore the Old Weir")
    );
    assert_eq!(a.headline_line(), Some(0));
}

/// More of the ferry page, spaced by blank lines as a main-text extract spaces its
/// paragraphs (its last paragraph ends the page: no blank line after it).
const HARBOUR_MORE: &str = "The harbour master said the slipway would be checked again in the autumn, before the first storms of the season.\n\n\
    The cafe on the pier will open at the same time as the first crossing, its owner said, and close after the last.\n\n\
    Cyclists may take their bikes on board free of charge, but must wait until the cars have left the deck.\n\n\
    Dogs are welcome on the open deck, the operator said, as long as they are kept on a short lead.\n\n\
    The operator will buy a second boat next year if the number of passengers keeps growing, its director said.\n\n\
    The repairs cost more than planned because the old stones had to be lifted and laid again by hand, the council said.\n";

/// A main-text extract (a blank line between all its blocks) with two pages glued
/// together, no blank line between: the next page's headline, a byline and text under
/// it, stayed in the page before. In a file that spaces all its blocks, a missing gap is
/// a seam (`tight_join`); with the usual blank line there, the same headline needs more.
#[test]
fn a_missing_gap_in_a_spaced_extract_is_a_seam() {
    let glued = format!(
        "{HARBOUR_SPACED}{HARBOUR_MORE}Mill Owners Agree to Restore the Old Weir\n\nBy Jane Doe\n\n{WEIR_SPACED}\n"
    );
    assert_eq!(
        second_start(&glued),
        Some("Mill Owners Agree to Restore the Old Weir")
    );
    let spaced = glued.replace("the council said.\nMill", "the council said.\n\nMill");
    assert_eq!(Segmenter::new().segment(&spaced).len(), 1);
}

/// A main-text extract that keeps a few widget lines (too many for a clean text): the
/// next page's title line `Headline | Site` after the page before's last paragraph
/// scored just under the threshold. In an extract, a title line with a site's name is
/// the page's `<title>` (`extract_title`); a subheading of the page before in the same
/// form, its text going on with the page's words, still opens nothing.
#[test]
fn a_site_title_in_an_extract_opens_its_page() {
    let more = HARBOUR_MORE.replace(
        "Cyclists may take",
        "The Ferry Timetable and Tickets | Coast Courier\n\nCyclists may take",
    );
    let text = format!(
        "{}{more}\nMill Owners Agree to Restore the Old Weir | Valley Times\n\n{WEIR_SPACED}\n",
        HARBOUR_SPACED.replace(
            "Tickets cost",
            "Share\n\nTweet\n\nEmail\n\nPrint\n\nTickets cost"
        )
    );
    assert_eq!(
        second_start(&text),
        Some("Mill Owners Agree to Restore the Old Weir | Valley Times")
    );
}

/// A markdown dump that ends every block of a page with three blank lines (as some
/// renderers end their nested lists), then the page's footer, then the next page's
/// skip link: the next page started at the footer's blank run, a few lines before its
/// skip link. In a page with eight such runs or more they are its own gaps: a run
/// before a skip link is then no page end, and the page starts at the skip link.
#[test]
fn a_pages_own_blank_runs_do_not_pull_the_next_page_back() {
    let paras = HARBOUR_MORE
        .lines()
        .chain(HARBOUR.lines().skip(1))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n\n\n");
    let text = format!(
        "# Harbour Ferry Runs Again\n\n\n\n{paras}\n\n\n\nBack to top\n\n\
         Harbour Courier, Quay Street 4\n\n* Skip to content\n\n* Home\n* News\n\n\
         # Mill Owners Agree to Restore the Old Weir\n\nBy Jane Doe\n\n{WEIR_SPACED}\n"
    );
    assert_eq!(second_start(&text), Some("* Skip to content"));
    // With fewer runs in the page, the run before its footer is where it ended.
    let few = text.replacen("\n\n\n\n", "\n\n", 6);
    assert_eq!(second_start(&few), Some("Back to top"));
}

/// A breadcrumb (`Home ›› Section ›› Section`) that a page prints above its date, its
/// print link and its headline was kept as the headline: the date, read as a byline,
/// raised the bar the headline had to clear. A breadcrumb stands in as the headline
/// only until a headline-like line comes (no breadcrumb is a gold headline in the corpus).
#[test]
fn a_breadcrumb_gives_way_to_the_headline_under_it() {
    let text = "      Home ›› Politik im Überblick ›› Politik\n\
        \x20                 14. März 2024\n\
        \x20                   * Drucken\n\
        \x20                 © 2024 Coast Courier\n\
        \x20               Politik\n\n\
        \x20               Hafenstadt stimmt für ihre Fähre\n\n\
        \x20               Der Stadtrat hat am Montag beschlossen, die Fähre zehn weitere Jahre fahren zu lassen, sagte die Bürgermeisterin nach einer langen Debatte.\n\n\
        \x20               Das Geld soll aus höheren Parkgebühren im Hafenviertel kommen, fügte sie hinzu, und aus dem Verkehrsfonds der Region.\n\n\
        \x20               Die Nutzer der Fähre hatten mehr als viertausend Unterschriften gegen den Plan gesammelt, die Linie im nächsten Frühjahr einzustellen.\n";
    assert_eq!(
        single_headline(text).as_deref(),
        Some("Hafenstadt stimmt für ihre Fähre")
    );
}

/// A dateline that reads as a headline (`Site logo Site 14/03/2024 Jane Roe`: a site's
/// name, a date and an author on one short line) did not count as a byline after the
/// headline above it, and a page after a long menu was not found.
#[test]
fn a_dateline_read_as_a_headline_is_a_byline_ahead() {
    let second = "\x20 * News\n\
        \x20 * Sport\n\
        \x20 * Money\n\
        \x20     + Lifestyle\n\
        \x20     + Travel\n\
        \x20     + Horoscopes\n\
        \x20     + Health\n\
        \x20     + Fitness\n\
        \x20     + Food\n\
        \x20     + Drink\n\
        \x20     + Cars\n\
        \x20     + Dating\n\
        \x20     + Weather\n\
        \x20     + Traffic\n\
        \x20     + Video\n\
        \x20     + Photos\n\
        \x20     + Crosswords\n\
        \x20     + Puzzles\n\
        \x20     + Games\n\
        \x20     + Podcasts\n\
        \x20     + Newsletters\n\
        \x20     + Events\n\
        \x20     + Jobs\n\
        \x20     + Homes\n\
        \x20     + Tickets\n\
        \n\
        # news\n\
        go to navigation\n\
        [                    ] [web search]\n\
        Previous Next\n\
        \n\
        Seal colony on the northern sandbanks grows again, volunteers say\n\
        \n\
        Island Weekly logo Island Weekly 14/03/2024 Jane Roe\n\
        \n\
        Volunteers counted more grey seals on the northern sandbanks than in any year before, the wildlife trust said on Sunday.\n\
        The trust said the colony was recovering after years of decline, and the volunteers would count again in the autumn.\n\
        \n\
        The count is done from the air and from the shore, and the trust thanked the volunteers who walked the coast.\n";
    let text = format!("{FERRY_PAGE}{second}");
    assert_eq!(
        second_headline(&text).as_deref(),
        Some("Seal colony on the northern sandbanks grows again, volunteers say")
    );
}

/// A page's modal printed after its footer reprints one of its own lines after a blank
/// run: the run was a gap in that page, not where the next page starts (the next page
/// was placed there and took the modal).
#[test]
fn a_blank_run_before_a_reprint_of_the_page_is_no_page_start() {
    let text = "Harbour Town Votes to Keep Its Ferry\n\
        \n\
        The council voted on Monday to keep the ferry running for ten more years, the mayor said after a long debate.\n\
        \n\
        Ferry Passes for Islanders: Prices, Dates & Rules\n\
        \n\
        The money will come from higher parking fees in the harbour district, she added, and from the region.\n\
        \n\
        \x20 * Privacy\n\
        \x20 * Imprint\n\
        \x20 * Contact\n\
        \n\
        © Coast Courier 2024\n\
        [                    ]\n\
        Back to top\n\
        ×\n\
        \n\
        \n\
        Ferry Passes for Islanders: Prices, Dates & Rules\n\
        \n\
        Which passes are still valid? Read on to learn about the new prices and the dates of the winter timetable before you travel.\n\
        \n\
        Find out more!\n\
        \n\
        Download: the winter timetable as a leaflet!\n\
        \n\
        Story Harbour\n\
        \n\
        \n\
        \x20 * 0\n\
        \x20     + You have no pending notifications\n\
        \n\
        \x20       View all\n\
        \x20 * Log In\n\
        \n\
        \x20 * Read\n\
        \x20     + Best Rated\n\
        \x20     + Ongoing Stories\n\
        \x20     + Complete\n\
        \x20     + Popular this week\n\
        \x20     + Latest Updates\n\
        \x20     + New Releases\n\
        \x20     + Trending\n\
        \x20     + Search\n\
        \x20 * Write\n\
        \x20 * Forums\n\
        \x20 * Member List\n\
        \x20 * Support\n\
        \x20     + FAQ\n\
        \x20     + Suggestions\n\
        \x20 * Premium\n\
        \n\
        Melas\n\
        \n\
        by\n\
        \n\
        harbourwriter\n\
        \n\
        Chapter 1: The Lighthouse Keeper - Story Harbour\n\
        \n\
        Fiction Page\n\
        Donate\n\
        \n\
        The keeper climbed the stairs of the old lighthouse every evening at nine, long after the lamp had been automated by the harbour board.\n\
        He said he could not sleep before he had seen the beam turn once over the water, and the fishermen on the night boats waved back.\n";
    let out = Segmenter::new().segment(text);
    assert_eq!(out.len(), 2, "{:?}", out.boundaries());
    let modal_end = lines_where(text, |l, _| l.starts_with("Download: the winter"))[0];
    assert!(
        out.articles()[1].lines().start > modal_end,
        "the modal stays with its page: {:?}",
        starts_of(&out)
    );
}

/// A footer's mega menu that repeats its skip link under every section made a page
/// start of it: the first skip link after the ferry page's text gave the readers'
/// letters teaser of the footer the `hint`, and an article opened in the footer, at
/// that skip link. A skip link printed again within a few lines is a menu's.
#[test]
fn a_skip_link_repeated_in_a_footer_menu_starts_no_page() {
    let text = concat!(
        "Harbour Town Votes to Keep Its Ferry\n\n",
        ferry_text!(),
        "\nSkip to content\nNews\nLocal\nSport\n\
        Skip to content\nWeather\nTravel\nCulture\n\
        Skip to content\nOpinion\nBusiness\nScience\n\
        Skip to content\nContact\n\n\n\
        Readers Share Their Memories of the Old Harbour Ferry\n\n\
        By Letters Desk\n\n\
        Our readers sent us hundreds of letters about the old harbour ferry and the trips they made on it as children.\n\
        Many remembered the ferry horn in the fog, and the captain who let children ring the bell on the crossing.\n"
    );
    assert_eq!(
        single_headline(text).as_deref(),
        Some("Harbour Town Votes to Keep Its Ferry")
    );
}

/// A page whose footer ended in legal links, then a short blurb (the paper's print
/// line), lost its end: the blurb ended the region, and the next page's headline saw
/// no closing evidence (and none of the footer's chrome) and stayed in the page
/// before. Two legal links carry across a line or two of text as a copyright line does.
#[test]
fn legal_links_before_a_short_blurb_still_close_the_page() {
    let text = format!(
        "Harbour Town Votes to Keep Its Ferry\n\n{FERRY_TEXT}\n{}\nTerms of Use\n\n\
        The Coast Courier is printed every day except Sunday and read all along the coast.\n\
        Subscribe for twelve pounds a month, and your first issue is free.\n\n\n{SEAL_PAGE}",
        site_menu("Privacy Policy")
    );
    assert_second_page(
        &text,
        "Record Number of Seals",
        "Record Number of Seals Counted on the Northern Sandbanks",
    );
}

/// A deck over the `<h1>` that came close to opening, and whose words the text ahead
/// uses, was left in the page before: the `<h1>` opened the article at itself, since
/// nothing (no title line, skip link or blank run) showed where the page started. The
/// page starts at that near line; the `<h1>` stays the headline.
#[test]
fn a_covered_deck_that_came_near_opening_starts_the_page_above_its_h1() {
    let text = concat!(
        "Harbour Town Votes to Keep Its Ferry\n\n",
        ferry_text!(),
        "\n© 2024 Coast Courier. All rights reserved.\n\n",
        "Share this article\nComments\n\
        Grey Seals Return to the Northern Sandbanks in Record Numbers\n\
        # Record Number of Seals Counted on the Northern Sandbanks\n\n\
        By Jane Roe\n\n\
        Volunteers counted more grey seals on the northern sandbanks than in any year before, the trust said.\n\n\
        The wildlife trust said the colony was recovering after years of decline, and would count again in spring.\n"
    );
    assert_second_page(
        text,
        "Grey Seals Return",
        "Record Number of Seals Counted on the Northern Sandbanks",
    );
}

/// A headline's last words printed under it on a line of their own (a place or a topic
/// tag) were taken for the headline alone, as a kicker glued before the headline is
/// (`follow_suffix`): such a line must have two fifths of the headline's words.
#[test]
fn a_place_tag_under_the_headline_is_not_the_headline() {
    let text = "6 Spas for Your Winter Break in the Lake District\n\
        \n\
        Lake District\n\
        \n\
        Six spas in the hills offer warm pools, saunas and long walks for a short winter break away from the city.\n\
        We tried all six over a long weekend and ranked them by their pools, their food and the views from their terraces.\n";
    assert_eq!(
        single_headline(text).as_deref(),
        Some("6 Spas for Your Winter Break in the Lake District")
    );
}

/// The last item of a numbered breadcrumb that prints the page's headline in full
/// came within reach of opening the page, but a shorter wording under it opened it; the
/// start was placed at the breadcrumb item, yet the item, read while the page before
/// was still open, could not be the headline. It is the first line of the new lead and
/// keeps the headline as such a line does.
#[test]
fn a_near_line_placed_in_the_new_lead_competes_for_its_headline() {
    let second = "\x20   • News\n\
        \x20   • Sport\n\
        \x20   • Business\n\
        \x20   • Culture\n\
        \x20   • Weather\n\
        \x20   • Traffic\n\
        \x20   • Jobs\n\
        \x20   • Homes\n\
        \x20   • Motors\n\
        \x20   • Travel\n\
        \x20   • Food\n\
        \x20   • Health\n\
        \x20   • Science\n\
        \x20   • Opinion\n\
        \x20   • Letters\n\
        \x20   • Obituaries\n\
        \x20   • Puzzles\n\
        \x20   • Podcasts\n\
        \x20   • Video\n\
        \x20   • Photos\n\
        \x20   • Advertise\n\
        \x20   • Shop\n\
        \n\
        Share article:\n\
        \x20 • email\n\
        \x20 • facebook\n\
        \x20 • twitter\n\
        Topics\n\
        \x20 • Harbour Festival\n\
        \x20 • Island Ferries\n\
        \x20 1. Courier\n\
        \x20 2. Harbour\n\
        \n\
        \x20 3. Record Number of Seals Counted on the Northern Sandbanks at Low Tide\n\
        \n\
        940x80_static-banner\n\
        \n\
        Record Number of Seals Counted at Low Tide\n\
        \n\
        \x20 • By\n\
        \n\
        \x20 • Jane Roe\n\
        \x20 • 19.10.24, 12:00\n\
        \x20 • email\n\
        \x20 • facebook\n\
        \n\
        Volunteers counted more grey seals on the northern sandbanks than in any year before, the trust said on Sunday.\n\
        \n\
        The wildlife trust said the colony was recovering after years of decline, and that it would count again in spring.\n\
        \n\
        The count is done from the air and from the shore at low tide, and the trust thanked the volunteers who walked the coast.\n";
    let text = format!("{FERRY_PAGE}{second}");
    assert_eq!(
        second_headline(&text).as_deref(),
        Some("Record Number of Seals Counted on the Northern Sandbanks at Low Tide")
    );
}

/// A page whose title stands alone at its top, right under the page before's copyright
/// footer, then a teaser of a few paragraphs and a menu, then its `<h1>` printing the
/// same words: the teaser's text hid where the page started (the copyright line was too
/// far back to place it), and the `<h1>` alone did not open the page, which stayed in
/// the page before. The first line after a closing line is a page top: a headline that
/// prints it again within a few dozen lines starts the page there.
#[test]
fn a_headline_that_echoes_a_page_top_starts_the_page_at_that_top() {
    let text = format!(
        "{FERRY_PAGE}Record Number of Seals Counted on the Northern Sandbanks\n\n\
        Our island news, every morning: the ferries, the weather, the council and the wildlife of the coast in one letter.\n\n\
        Readers of the Island Weekly get the news from all the islands of the coast before the first ferry leaves the harbour.\n\n\
        The letter is free for everyone who lives on the islands, and costs two pounds a month for readers on the mainland.\n\n\
        We never share your address with anyone, and you can leave the list with one click at the end of every letter.\n\n\
        Home\nNews\nNature\nSport\n\n# {SEAL_PAGE}"
    );
    assert_second_page(
        &text,
        "Record Number of Seals",
        "Record Number of Seals Counted on the Northern Sandbanks",
    );
}

/// A back-to-top link ends a page as a footer does. Before, a blank run inside the page
/// before's footer (above its back-to-top link) was taken for the page end, and the
/// next page started in that footer; and a page without text (a photo gallery) whose
/// lead ended at its back-to-top link held the next page in its lead (the next page's
/// header needed the lead margin), so that page was lost.
#[test]
fn a_back_to_top_link_ends_the_page_before() {
    // The blank run above the link is a gap in the footer: the page starts after the link.
    let text = format!(
        "Harbour Town Votes to Keep Its Ferry\n\n{FERRY_TEXT}\n\
        © 2024 Coast Courier. All rights reserved.\n\n\n\n\
        More from the Coast Courier\nFerry timetable\nHarbour webcam\nTide tables\nBack to top\n\n\n\n\
        Island Weekly News\nHome\nNews\nNature\nSport\n\n{SEAL_PAGE}"
    );
    assert_eq!(second_start(&text), Some("Island Weekly News"));
    // A lead without text that ends at the link lets the next page open.
    let text = format!(
        "# The Harbour Festival in Pictures\n\n\
        By Tom Lee\n\n\
        Boats, bands and fireworks on the quay: the best photos of the weekend, taken by our readers and our photographers from the harbour wall and the boats.\n\n\
        Photo 1 of 12\nPrevious\nNext\nBack to top\n\n\n\n# {SEAL_PAGE}"
    );
    assert_second_page(
        &text,
        "# Record Number of Seals",
        "Record Number of Seals Counted on the Northern Sandbanks",
    );
}

/// A page that prints its title line (`Headline - Section | Site`: the headline part is
/// no whole part of the line, so the article's headline key did not match it), then a
/// teaser, then a copyright line of its header, then its `<h1>`: after the copyright
/// line the `<h1>` opened a second article, splitting the page in two. A line that
/// repeats the headline part of the current article's own title line is no new page.
#[test]
fn the_h1_of_the_articles_own_title_line_opens_no_second_article() {
    let text = format!(
        "{FERRY_PAGE}Record Number of Seals Counted on the Northern Sandbanks - Nature | Island Weekly\n\n\
        Volunteers walked the whole coast this winter to count the grey seals on the sandbanks, and the wildlife trust says the colony has never been larger since the first count was made fifty years ago.\n\n\
        The trust will publish the full count in the spring, with the figures for every sandbank and the maps that the volunteers drew on their long walks along the coast in the wind and the rain.\n\n\
        Read the whole report and see the photos of the pups in our nature section, free for all our readers until the end of the month, and send us your own photos of the seals.\n\n\
        © Island Weekly 2024\n\n# {SEAL_PAGE}"
    );
    let out = Segmenter::new().segment(&text);
    assert_eq!(out.len(), 2, "two articles, not {:?}", out.boundaries());
    let title = lines_where(&text, |l, _| l.ends_with("| Island Weekly"));
    assert_eq!(starts_of(&out), [0, title[0]]);
    assert_eq!(
        out.articles()[1].headline(),
        Some("Record Number of Seals Counted on the Northern Sandbanks")
    );
}

/// The top of a video page: its headline, a date, one sentence and the player's buttons.
/// Followed by the site's menu, the page has too little text to leave its lead.
const VIDEO_HEAD: &str = "Lighthouse Keepers Race the Storm\n\n\
    12 March 2024\n\n\
    Watch the keepers of the north light bring the lamp crew ashore before the storm breaks.\n\n\
    Play video\nShare\nFacebook\nTwitter\nEmail\n\n";

/// The line of `text` where the seal page's headline first appears.
fn seal_headline_line(text: &str) -> usize {
    lines_where(text, |l, _| l.starts_with("Record Number of Seals"))[0]
}

/// A video page never left its lead, so the header block after its copyright footer was
/// judged in the lead's region. That region has no footer and no menu, so the seal
/// page's headline got 3.8 (byline, body, covered), short of the 6.0 it needed, and the
/// page was missed. With the footer and the 30 menu lines it gets 7.8.
#[test]
fn next_page_after_a_video_pages_footer_opens() {
    let text = format!(
        "{VIDEO_HEAD}{}\n\n© 2024 Coast Courier. All rights reserved.\n\n{SEAL_PAGE}\n{SEAL_MORE}",
        site_menu("Contact")
    );
    let out = Segmenter::new().segment(&text);
    let seal = seal_headline_line(&text);
    assert_eq!(starts_of(&out), vec![0, seal], "{:?}", out.boundaries());
    assert_eq!(
        out.articles()[1].headline(),
        Some("Record Number of Seals Counted on the Northern Sandbanks")
    );
}

/// A gallery page never left its lead. Its menu (30 lines) ended in the next page's skip
/// link, but the lead's margin (4.0 over the threshold) still applied, and the lead's
/// region had no skip link and no chrome. The seal page's header block got 3.8 where it
/// needed 10, and the page was missed. A page-start line that comes after the page's text
/// and 10 lines of chrome or more ends the page.
#[test]
fn skip_link_after_a_gallery_pages_menu_starts_the_next_page() {
    let text = format!(
        "Spring Lambs Arrive Early on the Hill Farms\n\n\
        12 March 2024\n\n\
        The first lambs of the year were born a fortnight early on the farms above the harbour.\n\n\
        Photo 1 of 12\nPrevious\nNext\nShare\n\n\
        {}\n\n\
        Skip to content\n\n\
        {SEAL_PAGE}\n{SEAL_MORE}",
        site_menu("Contact")
    );
    let out = Segmenter::new().segment(&text);
    let skip = lines_where(&text, |l, _| l == "Skip to content");
    assert_eq!(starts_of(&out), vec![0, skip[0]], "{:?}", out.boundaries());
    assert_eq!(
        out.articles()[1].headline(),
        Some("Record Number of Seals Counted on the Northern Sandbanks")
    );
}

/// A video page never left its lead (its one sentence was cut off by the player's
/// buttons), and after its copyright footer the seal page's headline came, printed twice.
/// That headline was much more of a headline than the video's (8.7 against 6.9), so the
/// lead took it as its own: one article, headlined with the seal page. Once the page is
/// over, a later headline is another page's and not the lead's.
#[test]
fn headline_after_a_video_pages_footer_is_not_taken_as_its_own() {
    let text = format!(
        "{VIDEO_HEAD}{}\n\n© 2024 Coast Courier. All rights reserved.\n\n\n\n\
        Record Number of Seals Counted on the Northern Sandbanks\n\n{SEAL_PAGE}\n{SEAL_MORE}",
        site_menu("Contact")
    );
    let out = Segmenter::new().segment(&text);
    assert_eq!(out.len(), 2, "two articles, not {:?}", out.boundaries());
    assert_eq!(
        out.articles()[0].headline(),
        Some("Lighthouse Keepers Race the Storm")
    );
    assert_eq!(out.articles()[1].lines().start, seal_headline_line(&text));
}

/// In a markdown dump that spaces its plain lines (a blank line between them, none in a
/// list), a short line glued under the last line of the page before and heading a list
/// is the next page's site name over its menu: the page starts there, not at the last
/// wide blank run, which was a gap in the page before's footer.
#[test]
fn a_site_name_glued_over_its_menu_starts_the_page() {
    let paragraphs: Vec<String> = (1..=60)
        .map(|day| {
            format!(
                "The harbour board met again on day {day} of the inquiry, and the ferry \
                 captains gave their account of the winter crossings in turn."
            )
        })
        .collect();
    let text = format!(
        "# Harbour Inquiry Hears the Ferry Captains\n\n{}\n\n\
         ## Comments\n\nNo comments yet.\n\nLeave a comment\n\n\n\n\
         Share this page\n\nPrint this page\n\nClose window\n\
         Island Notes\n  * Frontpage\n  * News\n  * Weather\n  * About\n\n\
         # {SEAL_PAGE}",
        paragraphs.join("\n\n")
    );
    let out = Segmenter::new().segment(&text);
    let site = lines_where(&text, |l, _| l == "Island Notes");
    assert_eq!(starts_of(&out), [0, site[0]], "{:?}", out.boundaries());
}

/// w3m prints `<hr>` as a line of 299 dashes, which reads as body text: four of them
/// between a footer's copyright line and the next page's header ended the region (more
/// text than a short text carried across), and the next page lost its `closed` and
/// chrome evidence. A rule is no text of a page.
#[test]
fn long_rules_between_pages_are_no_text() {
    let rule = "-".repeat(299);
    let menu = |items: &[&str]| {
        items
            .iter()
            .map(|i| format!("  * {i}\n"))
            .collect::<String>()
    };
    let text = format!(
        "{FERRY_PAGE}{rule}\n{}{rule}\n{}{rule}\n{}{rule}\n{}\n\n\n{SEAL_PAGE}",
        menu(&["News", "Sport"]),
        menu(&["Business", "Culture"]),
        menu(&["Weather", "Traffic"]),
        menu(&["Jobs", "Homes", "Motors", "Travel", "Food"]),
    );
    assert_eq!(
        second_headline(&text).as_deref(),
        Some("Record Number of Seals Counted on the Northern Sandbanks")
    );
}

/// A page whose header prints its title line, a standfirst, a menu with the site's
/// copyright line and a skip link before its `<h1>`: the standfirst read as text under
/// the title line, the copyright line as the end of that page (`page_over`), and the
/// page's own `<h1>` opened a second article. Under a title line, text is the page's
/// header: the page is not over.
#[test]
fn a_title_lines_standfirst_and_menu_do_not_end_its_page() {
    let menu = |items: &[&str]| items.iter().map(|i| format!("{i}\n\n")).collect::<String>();
    let text = format!(
        "Harbour Town Votes to Keep Its Ferry | Coast Courier\n\n\
         The council decided on Monday after a long debate that the island service stays.\n\n\
         {}© 2024 Coast Courier. All rights reserved.\n\n{}Skip to content\n\n\
         Harbour Town Votes to Keep Its Ferry\n\nBy Jane Roe\n\n{FERRY_LONG_TEXT}",
        menu(&[
            "Home",
            "News",
            "Sport",
            "Weather",
            "Travel",
            "Culture",
            "Opinion",
            "Podcasts",
            "Newsletter",
            "Local",
            "Business",
            "Science",
            "Health",
            "Education",
        ]),
        menu(&[
            "Politics",
            "Environment",
            "Technology",
            "Motoring",
            "Property",
            "Jobs",
            "Obituaries",
            "Puzzles",
            "Letters",
            "Events",
            "Photos",
            "Video",
            "Archive",
            "Subscribe",
            "Contact",
        ]),
    );
    assert_eq!(
        single_headline(&text).as_deref(),
        Some("Harbour Town Votes to Keep Its Ferry")
    );
}
