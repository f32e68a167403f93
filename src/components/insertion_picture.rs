//! Simple line drawings for the insertion walkthrough, one per step: where the tube goes in, how it travels
//! up to the heart, how it crosses the valve, how its position is checked, the console, and the armpit route.
//!
//! The drawings are static SVG written by hand (no text inside, so nothing to translate); the page gives
//! each one a translated description for screen readers.

use leptos::prelude::*;

/// How many pictures (steps) there are.
pub const STEPS: usize = 8;

/// Outline of a person seen from the front, with the heart and the main artery (aorta) and leg arteries.
const BODY: &str = r#"<path class="ln body" d="M92 34v8l-25 6c-6 2-9 6-10 12l-7 58h8l8-52 2 56 4 74h22l4-66h4l4 66h22l4-74 2-56 8 52h8l-7-58c-1-6-4-10-10-12l-25-6v-8"/>
<circle class="ln body" cx="100" cy="20" r="14"/>
<path class="heart" d="M104 86c-10-6-16-12-14-19 1-5 7-7 11-3 4-4 11-2 12 3 1 7-4 13-9 19z"/>
<path class="artery" d="M103 68c0-8-3-13-8-13s-7 5-7 11v46c0 6-2 10-6 16l-3 60M88 112c2 6 6 10 9 16l3 60"/>"#;

/// A close-up of the left side of the heart: the main pumping chamber, the valve and the aorta.
const HEART: &str = r#"<path class="ln chamber" d="M70 96c-18 20-20 56 0 78 10 11 22 14 32 10 24-9 40-44 38-80"/>
<path class="ln chamber" d="M70 96c6-8 14-10 22-10M118 86c8 0 16 4 22 18"/>
<path class="ln vessel" d="M92 86V30c0-12 8-18 18-18h60M118 86V46c0-6 4-8 8-8h44"/>
<path class="valve" d="M92 86l13 6 13-6"/>"#;

/// Tube from the groin up the aorta and across the valve, drawn as far as `d` says.
fn catheter(d: &str) -> String {
    format!(r#"<path class="tube" d="{d}"/>"#)
}

/// The SVG markup of step `step` (0-based).
pub fn svg(step: usize) -> String {
    let inner = match step {
        // Getting ready: lying on a table, a drip, a monitor; eyes closed (asleep or drowsy).
        0 => r#"<rect class="ln" x="20" y="120" width="160" height="10" rx="3"/>
<path class="ln" d="M40 130v40M160 130v40"/>
<circle class="ln body" cx="42" cy="106" r="12"/>
<path class="ln body" d="M56 110h100c6 0 10 4 10 10H56z"/>
<path class="ln" d="M37 106h4M45 106h4"/>
<rect class="ln" x="130" y="20" width="50" height="36" rx="4"/>
<path class="wave" d="M136 42h8l4-12 5 20 4-8h17"/>
<path class="ln" d="M40 20h16v24H40zM48 44v30c0 10 10 16 22 36"/>
<path class="soft" d="M70 70c4-4 8-4 12 0M80 60c4-4 8-4 12 0"/>"#
            .to_owned(),
        // The groin artery: a needle and a short tube (sheath) go into the artery at the top of the leg.
        1 => format!(
            r#"{BODY}<circle class="focus-ring" cx="82" cy="132" r="15"/>
{}<path class="ln" d="M60 150l16-12"/>"#,
            catheter("M64 146l16-12")
        ),
        // The tube goes up the aorta inside the body.
        2 => format!(
            r#"{BODY}{}<path class="arrow" d="M84 92v-14m-4 5 4-5 4 5"/>"#,
            catheter("M64 146l16-12c2-2 6-10 7-20V70c0-7 3-12 7-12")
        ),
        // Crossing the valve into the pumping chamber (close-up).
        3 => format!(
            r#"{HEART}{}<rect class="pump" x="96" y="96" width="12" height="34" rx="5"/>"#,
            catheter("M170 26h-58c-6 0-10 4-10 10v60")
        ),
        // Checking the position with an X-ray camera or an ultrasound scan.
        4 => format!(
            r#"{HEART}{}<rect class="pump" x="96" y="70" width="12" height="82" rx="5"/>
<path class="ln" d="M10 20h40v26H10zM30 46v12"/>
<path class="soft" d="M24 66l60 40M36 60l60 40"/>
<circle class="inlet" cx="102" cy="146" r="11"/><circle class="inlet" cx="102" cy="76" r="11"/>"#,
            catheter("M170 26h-58c-6 0-10 4-10 10v76")
        ),
        // The console beside the bed controls the pump; blood goes in at the tip and out above the valve.
        5 => format!(
            r#"{HEART}{}<rect class="pump" x="96" y="70" width="12" height="82" rx="5"/>
<path class="arrow" d="M102 168v-12m-4 4 4-4 4 4M113 78v-14m-3 4 3-4 3 4"/>
<rect class="ln" x="130" y="130" width="60" height="44" rx="5"/>
<path class="wave" d="M136 156h10l4-10 5 18 4-8h25"/><path class="ln" d="M170 26c12 0 16 30 0 104"/>"#,
            catheter("M170 26h-58c-6 0-10 4-10 10v76")
        ),
        // Afterwards: lying in bed in intensive care, the leg kept straight, a nurse close by.
        6 => r#"<rect class="ln" x="20" y="120" width="160" height="10" rx="3"/>
<path class="ln" d="M30 130v40M170 130v40M20 120V90"/>
<circle class="ln body" cx="42" cy="96" r="12"/>
<path class="ln body" d="M56 104h100c6 0 10 4 10 12H56z"/>
<path class="ln" d="M110 100h50M110 116h50"/>
<circle class="ln body" cx="150" cy="40" r="10"/><path class="ln body" d="M134 90c0-24 6-36 16-36s16 12 16 36"/>
<rect class="ln" x="70" y="20" width="44" height="30" rx="4"/>
<path class="wave" d="M74 38h8l4-10 5 16 4-6h15"/>"#
            .to_owned(),
        // The armpit route: the tube goes in below the collarbone and down into the heart.
        _ => format!(
            r#"{BODY}<circle class="focus-ring" cx="70" cy="56" r="13"/>{}"#,
            catheter("M66 54c8-2 16-4 22-2 4 2 6 4 6 8 2-4 6-4 8 0 2 4 2 10 2 16")
        ),
    };
    format!(
        r#"<svg viewBox="0 0 200 200" class="step-svg" aria-hidden="true" focusable="false">{inner}</svg>"#
    )
}

/// The drawing for step `step` (0-based) with its description for screen readers.
#[component]
pub fn InsertionPicture<F>(
    /// Which step (0-based).
    step: usize,
    /// What the drawing shows, in words.
    label: F,
) -> impl IntoView
where
    F: Fn() -> String + Send + Sync + 'static,
{
    view! { <div class="step-picture" role="img" aria-label=label inner_html=svg(step)></div> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_has_its_own_drawing() {
        let all: Vec<String> = (0..STEPS).map(svg).collect();
        for (i, s) in all.iter().enumerate() {
            assert!(s.starts_with("<svg") && s.ends_with("</svg>"), "step {i}");
            assert!(!s.contains("<text"), "drawings hold no words to translate");
            assert_eq!(s.matches('<').count(), s.matches('>').count(), "step {i}");
        }
        for i in 0..STEPS {
            for j in i + 1..STEPS {
                assert_ne!(all[i], all[j], "steps {i} and {j} look the same");
            }
        }
    }
}
