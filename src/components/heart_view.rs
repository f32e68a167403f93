//! The animated picture of the left heart, the aorta and the pump catheter across the aortic valve. Chamber
//! sizes follow the simulated volumes, valves open with the simulated flows, and dashes move through the pump
//! at the simulated pump flow. Our own schematic drawing, not an anatomical illustration.

use leptos::prelude::*;

use crate::flow_demo::Picture;
use crate::i18n::use_i18n;

/// Pixels per centimetre of catheter depth in the drawing.
const PX_PER_CM: f64 = 12.0;
/// Inlet-to-outlet distance of the drawn pump, cm (matches the model's CP-class spacing).
const PUMP_LENGTH_CM: f64 = 5.0;
/// Where the top of the left ventricle sits in the drawing, just below the valves.
const LV_TOP: f64 = 138.0;
/// Where the aortic valve sits in the drawing.
const VALVE: (f64, f64) = (150.0, 132.0);

/// Geometry of one frame of the picture, computed from the simulation (plain numbers, tested natively).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Geometry {
    /// Left-ventricle ellipse radii.
    pub lv_rx: f64,
    /// Left-ventricle ellipse vertical radius.
    pub lv_ry: f64,
    /// Left-atrium radius.
    pub la_r: f64,
    /// Aortic valve opening, 0 (shut) … 1 (wide open).
    pub aortic_open: f64,
    /// Mitral valve opening, 0 … 1.
    pub mitral_open: f64,
    /// Pump inlet height in the drawing.
    pub inlet_y: f64,
    /// Pump outlet height in the drawing.
    pub outlet_y: f64,
}

impl Geometry {
    /// Maps the simulation's state to drawing sizes. Sizes grow with the cube root of volume (a chamber's
    /// width grows like that) within limits that keep the drawing tidy.
    pub fn from_picture(p: &Picture) -> Self {
        let lv_r = 7.5 * p.lv_volume_ml.clamp(5.0, 400.0).cbrt();
        let la_r = 3.2 * p.la_volume_ml.clamp(100.0, 1500.0).cbrt();
        let opening = |flow_ml_s: f64, full_ml_s: f64| (flow_ml_s / full_ml_s).clamp(0.0, 1.0);
        let inlet_y = VALVE.1 + p.pump_depth_cm.clamp(-4.0, 10.0) * PX_PER_CM;
        Geometry {
            lv_rx: lv_r,
            lv_ry: lv_r * 1.45,
            la_r,
            aortic_open: opening(p.aortic_flow_ml_s, 150.0),
            mitral_open: opening(p.mitral_flow_ml_s, 150.0),
            inlet_y,
            outlet_y: inlet_y - PUMP_LENGTH_CM * PX_PER_CM,
        }
    }
}

/// The heart-and-pump picture. `dash_offset` is advanced by the page in proportion to the pump flow.
#[component]
pub fn HeartView(
    /// The simulation's state at this instant.
    picture: Signal<Picture>,
    /// How far the blood dashes in the pump have moved.
    dash_offset: Signal<f64>,
    /// Accessible description (a plain sentence about what the picture shows now).
    description: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let geo = Memo::new(move |_| Geometry::from_picture(&picture.get()));
    let leaflet = move |side: f64| {
        let open = geo.get().aortic_open;
        let (x, y) = VALVE;
        let angle = (0.15 + 0.75 * open) * std::f64::consts::FRAC_PI_2;
        format!(
            "M{} {} l{} {}",
            x + side * 15.0,
            y,
            -side * 14.0 * angle.cos(),
            -14.0 * angle.sin()
        )
    };
    let mitral = move |side: f64| {
        let open = geo.get().mitral_open;
        let (x, y) = (100.0, 141.0);
        let angle = (0.15 + 0.75 * open) * std::f64::consts::FRAC_PI_2;
        format!(
            "M{} {} l{} {}",
            x + side * 14.0,
            y,
            -side * 13.0 * angle.cos(),
            13.0 * angle.sin()
        )
    };
    let pump_present = move || picture.get().pump_present;
    view! {
        <svg class="heart-view" viewBox="0 0 300 300" role="img" aria-label=description>
            // Aorta: ascending from the valve, the arch, and descending.
            <path class="aorta" d="M150 132 V60 C150 22 236 22 236 60 V300" />
            <text class="label" x="246" y="180">{i18n.tr("demo-pic-aorta")}</text>
            // Left atrium and the mitral valve.
            <circle class="chamber la" cx="92" cy="112" r=move || geo.get().la_r />
            <text class="label" x="18" y="60">{i18n.tr("demo-pic-la")}</text>
            // Left ventricle: its top stays at the valves, so it fills and empties downwards.
            <ellipse class="chamber lv" cx="132" cy=move || LV_TOP + geo.get().lv_ry
                rx=move || geo.get().lv_rx ry=move || geo.get().lv_ry />
            <text class="label" x="20" y="268">{i18n.tr("demo-pic-lv")}</text>
            <path class="valve" d=move || mitral(-1.0) />
            <path class="valve" d=move || mitral(1.0) />
            <path class="valve" d=move || leaflet(-1.0) />
            <path class="valve" d=move || leaflet(1.0) />
            <Show when=pump_present>
                // The catheter comes up the descending aorta, over the arch and down through the valve.
                <path class="catheter" d=move || format!("M236 300 V60 C236 30 150 30 150 60 V{}", geo.get().outlet_y) />
                <line class="pump-body" x1="150" x2="150" y1=move || geo.get().outlet_y y2=move || geo.get().inlet_y />
                <line class="pump-flow" x1="150" x2="150" y1=move || geo.get().inlet_y y2=move || geo.get().outlet_y
                    stroke-dashoffset=move || format!("{:.1}", dash_offset.get()) />
                <circle class="pump-port" cx="150" cy=move || geo.get().inlet_y r="4" />
                <circle class="pump-port" cx="150" cy=move || geo.get().outlet_y r="4" />
                <text class="label" x="160" y=move || geo.get().inlet_y + 4.0>{i18n.tr("demo-pic-inlet")}</text>
                <text class="label" x="160" y=move || geo.get().outlet_y - 2.0>{i18n.tr("demo-pic-outlet")}</text>
            </Show>
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bigger_volumes_draw_bigger_chambers_and_flow_opens_valves() {
        let small = Picture {
            lv_volume_ml: 60.0,
            la_volume_ml: 400.0,
            ..Picture::default()
        };
        let big = Picture {
            lv_volume_ml: 220.0,
            la_volume_ml: 700.0,
            aortic_flow_ml_s: 300.0,
            ..small
        };
        let (a, b) = (Geometry::from_picture(&small), Geometry::from_picture(&big));
        assert!(b.lv_rx > a.lv_rx && b.la_r > a.la_r);
        assert!(a.aortic_open.abs() < 1e-12 && (b.aortic_open - 1.0).abs() < 1e-12);
    }

    #[test]
    fn correct_depth_puts_the_inlet_below_the_valve_and_the_outlet_above() {
        let p = Picture {
            pump_present: true,
            pump_depth_cm: 3.5,
            ..Picture::default()
        };
        let g = Geometry::from_picture(&p);
        assert!(g.inlet_y > VALVE.1 && g.outlet_y < VALVE.1, "{g:?}");
        let extreme = Geometry::from_picture(&Picture {
            pump_depth_cm: f64::INFINITY,
            lv_volume_ml: f64::NAN,
            ..p
        });
        assert!(extreme.inlet_y.is_finite());
    }
}
