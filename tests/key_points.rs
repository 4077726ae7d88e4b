//! Key points and bottom line on every fixture article: count, order, standalone openings,
//! faithfulness to the cited sentence, no repeats.

use std::path::{Path, PathBuf};

use briefing::extract::{bottom_line, key_points, standalone};
use briefing::Article;

fn fixtures() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut out = vec![root.join("summit-talks.txt")];
    let mut wn: Vec<PathBuf> = std::fs::read_dir(root.join("articles"))
        .expect("fixture articles")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    wn.sort();
    out.extend(wn);
    out
}

fn load(path: &Path) -> Article {
    Article::from_text(&std::fs::read_to_string(path).expect("readable fixture")).expect("article")
}

/// The point's text, minus a resolved opening, is the article's own words.
fn faithful(point: &str, sentence: &str) -> bool {
    let chars: Vec<char> = point.chars().collect();
    let tail: String = chars[chars.len() * 2 / 5..].iter().collect();
    sentence.contains(tail.trim_end_matches(['.', '”', '"']))
}

#[test]
fn every_fixture_gets_three_to_seven_standalone_faithful_points() {
    for path in fixtures() {
        let a = load(&path);
        let points = key_points::select(&a, None);
        let name = path.display();
        assert!(
            (3..=7).contains(&points.len()),
            "{name}: {} points",
            points.len()
        );
        for p in &points {
            // One sentence, or consecutive ones when a quotation it opens goes on.
            assert!((1..=3).contains(&p.sources.len()), "{name}: {p:?}");
            assert!(
                p.sources.windows(2).all(|w| w[1] == w[0] + 1),
                "{name}: {p:?}"
            );
            let (s, last) = (p.sources[0], p.sources[p.sources.len() - 1]);
            assert!(last < a.sentences.len());
            assert!(
                !standalone::opens_badly(&p.text),
                "{name}: dangling {:?}",
                p.text
            );
            let span = &a.text[a.sentences[s].start..a.sentences[last].end];
            assert!(
                faithful(&p.text, span),
                "{name}: {:?} vs {:?}",
                p.text,
                span
            );
        }
        let mut sources: Vec<usize> = points.iter().flat_map(|p| p.sources.clone()).collect();
        let cited = sources.len();
        sources.sort_unstable();
        sources.dedup();
        assert_eq!(sources.len(), cited, "{name}: a sentence used twice");
    }
}

#[test]
fn requested_count_is_honoured_when_the_article_has_enough_sentences() {
    let a = load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/summit-talks.txt"));
    assert_eq!(key_points::select(&a, Some(2)).len(), 2);
    assert_eq!(key_points::select(&a, Some(5)).len(), 5);
}

#[test]
fn leading_pronoun_is_resolved_not_left_dangling() {
    let a = Article::from_text(
        "Maria Keller, the mayor of the city, announced a ban on diesel cars on Monday. \
         She said the ban would start in June and cover the whole centre of the city. \
         Shop owners protested against the ban outside the town hall later that day.",
    )
    .expect("article");
    let points = key_points::select(&a, Some(3));
    assert!(
        points
            .iter()
            .any(|p| p.text.starts_with("Keller said the ban")
                || p.text.starts_with("Maria Keller said the ban")),
        "{points:?}"
    );
}

#[test]
fn bottom_line_skips_a_question_lead() {
    let a = Article::from_text(
        "Who will pay for the new bridge? \
         The city council voted on Tuesday to raise parking fees to fund the bridge over the river. \
         The vote passed by nine votes to four after a long debate.",
    )
    .expect("article");
    let points = key_points::select(&a, None);
    let bl = bottom_line::compose(&a, &points);
    assert_eq!(bl.sources, vec![1], "{bl:?}");
    assert!(bl.text.starts_with("The city council voted"));
}

#[test]
fn every_fixture_bottom_line_is_a_standalone_sentence_of_the_article() {
    for path in fixtures() {
        let a = load(&path);
        let bl = bottom_line::compose(&a, &key_points::select(&a, None));
        let name = path.display();
        assert_eq!(bl.sources.len(), 1, "{name}");
        assert!(!bl.text.ends_with('?'), "{name}: {}", bl.text);
        assert!(!standalone::opens_badly(&bl.text), "{name}: {}", bl.text);
        assert!(
            faithful(&bl.text, a.sentence_text(bl.sources[0])),
            "{name}: {}",
            bl.text
        );
    }
}

/// `generate` analyses each article once and hands that analysis to key points, bottom line
/// and questions; the convenience entry points analyse for themselves. Both must agree, or
/// the brief and the eval tools would measure different extractors.
#[test]
fn generate_agrees_with_the_self_analysing_entry_points() {
    use briefing::extract::{self, questions, Options};
    for path in fixtures() {
        let a = load(&path);
        let name = path.display();
        for n in [None, Some(2), Some(5)] {
            let brief = extract::generate(
                &a,
                &Options {
                    key_points: n,
                    ..Options::default()
                },
            );
            let points = key_points::select(&a, n);
            assert_eq!(brief.key_points, points, "{name}: key points, n={n:?}");
            assert_eq!(
                brief.bottom_line,
                bottom_line::compose(&a, &points),
                "{name}: bottom line"
            );
            assert_eq!(
                brief.open_questions,
                questions::extract(&a),
                "{name}: questions"
            );
        }
    }
}

#[test]
fn a_point_never_opens_with_a_determiner_pointing_back() {
    // "These employees, Stumpf explained, …" stood as a point without the sentence before.
    let article = briefing::Article::from_text(
        "Bank fined\n\nThe bank was fined $185 million on Thursday for opening two million \
         accounts without customers' consent. These employees were under intense pressure to \
         meet sales targets, regulators said. The chief executive will testify before the \
         Senate next week about the practice. Shares fell 2 percent after the announcement \
         of the fine on Thursday. Analysts expect more lawsuits from customers in the months \
         ahead.",
    )
    .expect("article");
    let points = briefing::extract::key_points::select(&article, Some(4));
    assert!(points.len() >= 3, "{points:?}");
    assert!(
        points.iter().all(|p| !p.text.starts_with("These")),
        "{points:?}"
    );
}

#[test]
fn a_point_never_shows_half_a_quotation() {
    // `Dorran said that farmers "do a fantastic job.` stood as a point and a bottom line:
    // the splitter ends a sentence inside the quotation, and the point kept only its start.
    let article = briefing::Article::from_text(
        "Dorran attacks rival on fuel\n\nCandidate Ken Dorran said that farmers \"do a \
         fantastic job. It's another form of staying away from that Middle East stuff.\"\n\n\
         He added, \"My rival is a nice guy, but the oil companies give him a lot of money.\"",
    )
    .expect("article");
    let brief = briefing::extract::generate(&article, &Default::default());
    for item in brief
        .key_points
        .iter()
        .chain(std::iter::once(&brief.bottom_line))
    {
        assert_eq!(
            item.text.matches('"').count() % 2,
            0,
            "half a quotation: {}",
            item.text
        );
    }
    assert!(brief.key_points[0].text.ends_with("Middle East stuff.\""));
    assert_eq!(brief.key_points[0].sources, vec![0, 1]);
}
