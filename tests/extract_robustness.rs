//! Odd input must never panic the key point, bottom line or open question extractors.

use briefing::extract::{bottom_line, key_points, questions};
use briefing::Article;

fn run(text: &str) {
    let Ok(a) = Article::from_text(text) else {
        return;
    };
    for n in [None, Some(0), Some(1), Some(50)] {
        let kp = key_points::select(&a, n);
        assert!(kp
            .iter()
            .all(|p| p.sources.iter().all(|&s| s < a.sentences.len())));
        let bl = bottom_line::compose(&a, &kp);
        assert!(bl.sources.iter().all(|&s| s < a.sentences.len()));
    }
    let qs = questions::extract(&a);
    assert!(qs
        .iter()
        .all(|q| !q.sources.is_empty() && q.sources.len() <= 3));
}

#[test]
fn odd_inputs_do_not_panic() {
    let cases = [
        "?",
        "“”",
        "He said.",
        "They did not clarify whether.",
        "“A” did not say whether “B” would.",
        "İSTANBUL (AP) — HE SAID İT WAS UNCLEAR WHETHER İT WOULD HAPPEN.",
        "Reports claimed. Reportedly, . Allegedly, “",
        "The possibility of",
        "Questions persist over how",
        "Ünal declined to comment. Straße offered no details on “ß”. ΣΊΣΥΦΟΣ doubted it.",
        "But. However, . Still, he. And they. Their own.",
        "(CNN) -- ",
        "A claimed responsibility for . B might have ed. C is investigating.",
        "Europeans proposed potential venues. The inquiry into",
        "😀 did not clarify whether 😀 meant 😀. “😀 a rough situation 😀” though he offered no details.",
    ];
    for c in cases {
        run(c);
    }
}

#[test]
fn long_article_of_one_repeated_sentence_is_not_flooded() {
    let text = "The council did not say whether the vote would happen. ".repeat(200);
    let a = Article::from_text(&text).expect("article");
    assert!(questions::extract(&a).len() <= 8);
    assert!(key_points::select(&a, None).len() <= 7);
}
