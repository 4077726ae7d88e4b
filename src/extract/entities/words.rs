//! Word lists for recognising actors: titles and roles, organisation heads, collective
//! nouns, media outlets and the function words that are capitalised only at a sentence start.

use std::collections::HashSet;
use std::sync::LazyLock;

/// A word set holding each word lowercase and capitalised, so that lookups of words as
/// written in news ("President", "said") need no allocation.
fn set(words: &'static str) -> HashSet<&'static str> {
    let mut out = HashSet::new();
    for w in words.split_whitespace() {
        out.insert(w);
        let mut c = w.chars();
        if let Some(f) = c.next() {
            let cap: String = f.to_uppercase().chain(c).collect();
            if cap != w {
                out.insert(&*Box::leak(cap.into_boxed_str()));
            }
        }
    }
    out
}

fn contains(set: &HashSet<&'static str>, w: &str) -> bool {
    set.contains(w)
        || (w.chars().skip(1).any(char::is_uppercase) && set.contains(lower(w).as_ref()))
}

/// Words of a title or role (lowercased), before or after a name.
static ROLE: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "president vice prime minister foreign defence defense interior finance economy health
    justice home trade energy education environment chancellor secretary secretary-general
    general gen. state senator sen. representative rep. congressman congresswoman governor gov.
    mayor speaker leader deputy chief head spokesman spokeswoman spokesperson envoy ambassador
    admiral adm. colonel col. captain capt. lieutenant lt. sergeant sgt. major commander marshal
    king queen prince princess crown emir sheikh sultan pope cardinal bishop archbishop judge
    justice attorney lawyer director chairman chairwoman chair ceo founder officer official
    commissioner minister's premier president-elect former ex acting interim top senior
    assistant adviser advisor aide counsel counselor ambassador-at-large diplomat negotiator
    mp lawmaker legislator candidate nominee chairperson executive general-secretary
    mr. mrs. ms. dr. prof. sir dame lord lady rev. mr mrs ms dr security national affairs
    special presidential press white house un nato eu military army navy commander-in-chief
    opposition party campaign manager strategist host anchor columnist editor correspondent
    reporter analyst economist expert professor researcher activist organiser organizer
    protester campaigner residents resident fianc\u{e9}e fiancee wife husband son daughter
    spokesperson's defence-minister majority minority whip republican democratic democrat
    conservative labour liberal senior-official presidential-envoy scientist consultant
    pollster fellow member owner pastor operative supporter historian author scholar lobbyist
    co-founder dean professor president-emeritus chairman-elect investor economist boss
    spc. pfc. pvt. cpl. corporal",
    )
});

/// Titles that mark a person ("President Putin", "Mr. Trump").
static PERSON_TITLE: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "president minister secretary senator sen. representative rep. congressman
    congresswoman governor gov. mayor speaker chancellor premier admiral adm. general gen.
    colonel col. captain capt. lieutenant lt. sergeant sgt. marshal commander king queen
    prince princess emir sheikh sultan pope cardinal bishop archbishop judge justice
    ambassador envoy mr. mrs. ms. dr. prof. sir dame lord lady rev. mr mrs ms dr
    president-elect spokesman spokeswoman commissioner chairman chairwoman director del. spc.
    pfc. pvt. cpl. corporal",
    )
});

/// Last words of organisation names ("Syrian Democratic Forces", "Supreme Court").
static ORG_HEAD: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "forces party court council ministry office committee commission agency department
    union organization organisation front army police parliament congress senate government
    bank institute university group movement news times post network association federation
    corporation company inc. ltd. foundation administration authority board service services
    guard militia coalition alliance brigade brigades bureau cabinet assembly tribunal
    campaign league fund centre center house journal telegraph guardian herald tribune
    press agency reuters radio television tv broadcaster channel newspaper daily",
    )
});

/// Media outlets and reports: sources of a claim, not parties ("according to the BBC").
static MEDIA: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "bbc cnn reuters ap afp bloomberg msnbc nbc abc cbs fox politico axios wikinews
    breitbart newsmax tass ria xinhua interfax aljazeera al-jazeera dpa ansa efe nhk yonhap
    report reports newspaper outlet magazine poll survey study sources source statement
    document documents data media press memo filing website footage video statistics
    figures estimates records polls surveys studies papers filings transcript transcripts
    lawsuit indictment affidavit broadcaster broadcasters pbs npr cnbc itv",
    )
});

/// Collective or generic speakers (lowercase plural or role nouns heading a noun phrase).
static COLLECTIVE: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set("leaders officials critics diplomats lawmakers legislators
    residents witnesses protesters activists campaigners supporters opponents voters citizens
    people democrats republicans ministers authorities investigators prosecutors police
    scientists economists researchers doctors aides advisers advisors spokesmen members
    governments allies partners negotiators commentators insiders representatives senators
    counterparts organisers organizers demonstrators participants unions europeans americans
    government administration ministry military army campaign party committee court movement
    group militia rebels analysts experts observers pundits")
});

/// Words that begin sentences but are never names.
static FUNCTION: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "the a an and but or so yet for nor if when while after before since as at by in on
    of to from with without into onto over under about above below between among through
    during until unless although though because however meanwhile still also then now later
    earlier yesterday today tomorrow this that these those there here his her its their our
    my your he she it they we i you who what which where why how such some many most more
    several few all both each every no not any other another one two three four five six seven
    eight nine ten first second third last next following according despite even just
    only instead already again once while whereas indeed moreover furthermore thus hence
    nevertheless nonetheless otherwise perhaps maybe speaking asked asked: said says in
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december mr. mrs. ms. dr. is are was
    were be been has have had do does did will would can could should must might shall
    late early around amid across against along behind beyond near toward towards upon via
    like unlike outside inside within per whether elsewhere overall finally separately
    ultimately currently previously recently initially",
    )
});

static PRONOUN: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set("he she they it we i you him her them us me"));

/// Lowercase, without allocating for words that already are (most words).
pub fn lower(w: &str) -> std::borrow::Cow<'_, str> {
    if w.chars().any(char::is_uppercase) {
        std::borrow::Cow::Owned(w.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(w)
    }
}

pub fn is_role(w: &str) -> bool {
    contains(&ROLE, w)
}

pub fn is_person_title(w: &str) -> bool {
    contains(&PERSON_TITLE, w)
}

pub fn is_org_head(w: &str) -> bool {
    contains(&ORG_HEAD, w)
}

pub fn is_media(w: &str) -> bool {
    contains(&MEDIA, w)
}

pub fn is_collective(w: &str) -> bool {
    contains(&COLLECTIVE, w)
}

/// Titles of those who speak for a country: "X of Saudi Arabia" is that country's.
pub fn is_national_title(w: &str) -> bool {
    matches!(
        lower(w).as_ref(),
        "president"
            | "minister"
            | "king"
            | "queen"
            | "chancellor"
            | "premier"
            | "emir"
            | "sultan"
            | "prince"
            | "princess"
            | "leader"
    )
}

/// Nouns that tell who a person is to someone else ("a close friend of the Israeli prime
/// minister"): the other's title and side are not the person's.
pub fn is_relation(w: &str) -> bool {
    matches!(
        w,
        "friend"
            | "supporter"
            | "critic"
            | "ally"
            | "rival"
            | "opponent"
            | "admirer"
            | "fan"
            | "donor"
            | "confidant"
            | "wife"
            | "husband"
            | "son"
            | "daughter"
            | "mother"
            | "father"
            | "brother"
            | "sister"
    )
}

pub fn is_function(w: &str) -> bool {
    contains(&FUNCTION, w)
}

pub fn is_pronoun(w: &str) -> bool {
    contains(&PRONOUN, w)
}

/// Starts with an uppercase letter (a candidate name word).
pub fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Every letter uppercase, at least two: an acronym ("SDF", "NYPD").
pub fn is_acronym(w: &str) -> bool {
    let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

/// A key for matching variants of a surname: lowercase, diacritics folded, a doubled final
/// letter and possessive dropped ("Zelenskyy’s" → "zelensky", "Erdoğan" → "erdogan").
pub fn name_key(w: &str) -> String {
    let (w, _) = crate::extract::parties::lexicon::strip_possessive(w);
    let mut k: String = w
        .chars()
        .flat_map(char::to_lowercase)
        .map(fold_diacritic)
        .filter(|c| c.is_alphanumeric())
        .collect();
    while k.len() > 3 && {
        let b = k.as_bytes();
        b[b.len() - 1] == b[b.len() - 2]
    } {
        k.pop();
    }
    k
}

fn fold_diacritic(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'ı' | 'ī' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' | 'ő' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ç' | 'č' | 'ć' => 'c',
        'ğ' => 'g',
        'ñ' | 'ń' | 'ň' => 'n',
        'ş' | 'š' | 'ś' | 'ș' => 's',
        'ž' | 'ź' | 'ż' => 'z',
        'ř' => 'r',
        'ł' => 'l',
        'ý' | 'ÿ' => 'y',
        'ț' | 'ť' => 't',
        'đ' | 'ď' => 'd',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_variants_share_a_key() {
        assert_eq!(name_key("Zelenskyy"), name_key("Zelensky"));
        assert_eq!(name_key("Erdoğan’s"), name_key("Erdogan"));
    }
}
