//! "What this simulation cannot show": every entry of hemosim's registry of the model's limits
//! ([`hemosim::limits::LIMITS`]), in plain words and in a clinician's, with the readouts each affects. The
//! standing assumptions come first; then the limits that apply only in some settings, which the live demo marks
//! beside the numbers they affect while they apply. Linked from the demo and from every practice-room page.

use hemosim::limits::{Limit, Readout, LIMITS};
use leptos::prelude::*;

use crate::components::go_to_entry::go_to_entry;
use crate::components::measure_label::measure_label;
use crate::i18n::{use_i18n, I18n};
use crate::route::Route;

/// The message id naming a readout: the demo's own measure labels where it has one, the console's for its
/// signals, and the page's own for the two the demo does not show.
pub fn readout_label_id(readout: Readout) -> &'static str {
    match readout {
        Readout::Map => "demo-m-map",
        Readout::ArterialPressure => "demo-m-sbp",
        Readout::HeartRate => "demo-m-hr",
        Readout::NativeOutput => "demo-m-native",
        Readout::PumpFlow => "demo-m-pump",
        Readout::TotalOutput => "demo-m-total",
        Readout::CardiacIndex => "demo-m-ci",
        Readout::StrokeVolume => "demo-m-sv",
        Readout::Lvedp => "demo-m-lvedp",
        Readout::LvVolumes => "demo-m-lvedv",
        Readout::EjectionFraction => "demo-m-ef",
        Readout::Pcwp => "demo-m-pcwp",
        Readout::Cvp => "demo-m-cvp",
        Readout::PulmonaryArteryPressure => "limits-readout-pa",
        Readout::CardiacWork => "demo-m-sw",
        Readout::CardiacPower => "demo-m-cpo",
        Readout::AorticValve => "demo-m-av-open",
        Readout::Suction => "demo-m-suction",
        Readout::PlacementSignal => "con-placement",
        Readout::MotorCurrent => "con-motor",
        Readout::Purge => "con-purge-pressure",
        Readout::Haemolysis => "limits-readout-haemolysis",
    }
}

/// The element id of a limit's entry, and the link to it (`#/model-limits?limit=<id>`).
pub fn entry_id(limit: &Limit) -> String {
    format!("limit-{}", limit.id.id())
}

/// The link from a marked readout to the entry of the limit that marks it.
pub fn limit_href(limit: &Limit) -> String {
    format!("{}?limit={}", Route::Limits.href(), limit.id.id())
}

/// The limit a link asked for, from a hash like `#/model-limits?limit=no-bleeding`.
pub fn limit_from_hash(hash: &str) -> Option<&'static Limit> {
    let asked = crate::route::query_value(hash, "limit")?;
    LIMITS.iter().find(|l| l.id.id() == asked)
}

fn entry(i18n: I18n, limit: &'static Limit, asked: Option<&'static Limit>) -> impl IntoView {
    let id = limit.id.id();
    let message = move |part: &str| i18n.t(&format!("limit-{id}-{part}"));
    let affects = move || {
        let names: Vec<String> = limit
            .readouts
            .iter()
            .map(|&r| measure_label(i18n, readout_label_id(r)))
            .collect();
        names.join("; ")
    };
    let class = if asked.is_some_and(|a| a.id == limit.id) {
        "card limit asked"
    } else {
        "card limit"
    };
    view! {
        <section class=class id=entry_id(limit) tabindex="-1" data-limit=id>
            <h3>{move || message("title")}</h3>
            <p>{move || message("patient")}</p>
            <p class="clinician-detail"><strong>{i18n.tr("limits-clinician")}</strong>" "{move || message("clinician")}</p>
            <p class="source"><strong>{i18n.tr("limits-affects")}</strong>" "{affects}</p>
        </section>
    }
}

/// The "What this simulation cannot show" page.
#[component]
pub fn LimitsPage() -> impl IntoView {
    let i18n = use_i18n();
    let asked = limit_from_hash(&window().location().hash().unwrap_or_default());
    if let Some(limit) = asked {
        go_to_entry(entry_id(limit));
    }
    let group = move |always: bool| {
        LIMITS
            .iter()
            .filter(move |l| l.id.always() == always)
            .map(move |l| entry(i18n, l, asked))
            .collect_view()
    };
    view! {
        <article class="page limits" data-limits-total=LIMITS.len()>
            <h1>{i18n.tr("limits-title")}</h1>
            <p class="lead">{i18n.tr("limits-intro")}</p>
            <h2>{i18n.tr("limits-always")}</h2>
            {group(true)}
            <h2>{i18n.tr("limits-sometimes")}</h2>
            <p>{i18n.tr("limits-sometimes-help")}</p>
            {group(false)}
            <p class="next"><a href=Route::Demo.href()>{i18n.tr("limits-back-to-demo")}</a></p>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{message_ids, Locale};

    #[test]
    fn every_limit_and_readout_has_its_words() {
        let known = message_ids(Locale::default());
        let has = |id: &str| known.iter().any(|k| k == id);
        for limit in &LIMITS {
            for part in ["title", "patient", "clinician"] {
                let id = format!("limit-{}-{part}", limit.id.id());
                assert!(has(&id), "{id}");
            }
            for &r in limit.readouts {
                assert!(has(readout_label_id(r)), "{r:?}");
            }
        }
        for id in [
            "limits-title",
            "limits-intro",
            "limits-always",
            "limits-sometimes",
            "limits-sometimes-help",
            "limits-clinician",
            "limits-affects",
            "limits-back-to-demo",
        ] {
            assert!(has(id), "{id}");
        }
    }

    #[test]
    fn links_lead_to_the_asked_limit() {
        let bleeding = LIMITS
            .iter()
            .find(|l| l.id.id() == "no-bleeding")
            .expect("registry has no-bleeding");
        assert_eq!(limit_href(bleeding), "#/model-limits?limit=no-bleeding");
        assert_eq!(
            limit_from_hash(&limit_href(bleeding)).map(|l| l.id),
            Some(bleeding.id)
        );
        assert!(limit_from_hash("#/model-limits?limit=nonsense").is_none());
    }
}
