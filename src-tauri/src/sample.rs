//! The bundled sample article, so the first run is not an empty window. It is a Wikinews
//! story (CC BY 2.5), shipped with its attribution, which the page shows next to it.

use serde::Serialize;

pub const SAMPLE_TEXT: &str = include_str!("../resources/sample-article.txt");

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Attribution {
    pub credit: &'static str,
    pub title: &'static str,
    pub url: &'static str,
    pub license: &'static str,
    pub license_url: &'static str,
}

pub const SAMPLE_ATTRIBUTION: Attribution = Attribution {
    credit: "Wikinews contributors",
    title: "Cairo summit denounces Turkish-Libyan maritime border agreement",
    url: "https://en.wikinews.org/wiki/Cairo_summit_denounces_Turkish-Libyan_maritime_border_agreement",
    license: "CC BY 2.5",
    license_url: "https://creativecommons.org/licenses/by/2.5/",
};
