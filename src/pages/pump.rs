//! Patient page: what the heart pump is, where it sits, what it does and what it cannot do, and NICE's
//! status for it. Facts: FACTS.md "The procedure", "Device facts" and "NICE guidance".

use leptos::prelude::*;

use crate::components::rich_text::{Cite, Rich};
use crate::i18n::use_i18n;
use crate::route::Route;

/// A plain drawing of the pump across the aortic valve: blood in at the tip, out above the valve.
const PUMP_DRAWING: &str = r#"<svg viewBox="0 0 200 170" class="step-svg" aria-hidden="true" focusable="false">
<path class="ln chamber" d="M70 96c-18 20-20 56 0 70 10 6 22 6 32 2 24-9 40-44 38-72"/>
<path class="ln chamber" d="M70 96c6-8 14-10 22-10M118 86c8 0 16 4 22 10"/>
<path class="ln vessel" d="M92 86V30c0-12 8-18 18-18h60M118 86V46c0-6 4-8 8-8h44"/>
<path class="valve" d="M92 86l13 6 13-6"/>
<path class="tube" d="M170 26h-58c-6 0-10 4-10 10v76"/>
<rect class="pump" x="96" y="104" width="12" height="40" rx="5"/>
<path class="arrow" d="M102 160v-10m-4 4 4-4 4 4M102 72v-10m-4 4 4-4 4 4"/></svg>"#;

/// The "What the heart pump is" page.
#[component]
pub fn PumpPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <article class="page patient pump">
            <h1>{i18n.tr("pump-title")}</h1>
            <p class="lead"><Rich text=i18n.tr("pump-intro") /></p>

            <h2>{i18n.tr("pump-where-title")}</h2>
            <figure class="picture">
                <div role="img" aria-label=i18n.tr("pump-picture") inner_html=PUMP_DRAWING></div>
                <figcaption>{i18n.tr("pump-picture")}</figcaption>
            </figure>
            <p><Rich text=i18n.tr("pump-where-1") /></p>
            <p><Rich text=i18n.tr("pump-where-2") /></p>

            <h2>{i18n.tr("pump-does-title")}</h2>
            <p>{i18n.tr("pump-does-1")}</p>
            <p>{i18n.tr("pump-does-2")}</p>
            <p><Rich text=i18n.tr("pump-does-3") /></p>
            <p><Rich text=i18n.tr("pump-does-4") /></p>
            <p>{i18n.tr("pump-flow")}<Cite text=i18n.tr("cite-maker") /></p>

            <h2>{i18n.tr("pump-cannot-title")}</h2>
            <ul class="cannot">
                <li>{i18n.tr("pump-cannot-1")}</li>
                <li>{i18n.tr("pump-cannot-2")}</li>
                <li>{i18n.tr("pump-cannot-3")}</li>
                <li>{i18n.tr("pump-cannot-4")}</li>
            </ul>

            <section class="card" aria-labelledby="pump-nice">
                <h2 id="pump-nice">{i18n.tr("pump-nice-title")}</h2>
                <p>{i18n.tr("pump-nice-1")}</p>
                <p><Rich text=i18n.tr("pump-nice-2") /></p>
                <p><Rich text=i18n.tr("pump-nice-3") /></p>
            </section>
            <p class="next"><a href=Route::Insertion.href()>{i18n.tr("pump-next")}</a></p>
        </article>
    }
}
