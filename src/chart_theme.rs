//! The look of every chart in the app, in one place: the palette, each line's style (colour, width, dash) by
//! what it shows, and the frame around the lines (typeface, axis text and grid colours). Plain data: the
//! chart component draws with it, and the legends show the same styles.

/// A line's look.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LineStyle {
    /// Colour as (r, g, b).
    pub rgb: Rgb,
    /// Opacity 0…1 (faint reference lines use less).
    pub opacity: f64,
    /// Width in CSS pixels.
    pub width: u32,
    /// Dashed or solid.
    pub dashed: bool,
}

impl LineStyle {
    /// The CSS colour of the line, for the HTML legend.
    pub fn css(self) -> String {
        let (r, g, b) = self.rgb;
        format!("rgba({r},{g},{b},{})", self.opacity)
    }
}

/// A colour as (r, g, b).
pub type Rgb = (u8, u8, u8);

// The palette: each colour has more than the 3:1 contrast WCAG asks of graphics on the charts' white background.
const RED: Rgb = (178, 34, 52);
const BLUE: Rgb = (21, 67, 130);
const GREEN: Rgb = (27, 110, 45);
const ORANGE: Rgb = (176, 84, 0);
const INK: Rgb = (25, 25, 25);
const GREY: Rgb = (110, 110, 110);

const fn solid(rgb: Rgb, width: u32) -> LineStyle {
    LineStyle {
        rgb,
        opacity: 1.0,
        width,
        dashed: false,
    }
}

const fn dashed(rgb: Rgb, width: u32) -> LineStyle {
    LineStyle {
        rgb,
        opacity: 1.0,
        width,
        dashed: true,
    }
}

/// Pressure chart: aortic pressure.
pub const AORTIC_PRESSURE: LineStyle = solid(RED, 2);
/// Pressure chart: left-ventricular pressure.
pub const LV_PRESSURE: LineStyle = solid(BLUE, 2);
/// Pressure chart: left-atrial pressure.
pub const LA_PRESSURE: LineStyle = dashed(GREEN, 2);

/// Flow chart: the heart's own output through the aortic valve.
pub const NATIVE_FLOW: LineStyle = solid(BLUE, 2);
/// Flow chart: the pump's flow.
pub const PUMP_FLOW: LineStyle = dashed(ORANGE, 2);
/// Flow chart: the two together.
pub const TOTAL_FLOW: LineStyle = solid(INK, 3);

/// Pressure–volume chart: the current beat's loop.
pub const PV_LOOP: LineStyle = solid(RED, 3);
/// Pressure–volume chart: a healthy heart's loop, faint behind the current one.
pub const HEALTHY_LOOP: LineStyle = LineStyle {
    rgb: GREY,
    opacity: 0.45,
    width: 2,
    dashed: false,
};
/// Compare the supports: the heart on its own.
pub const SUPPORT_NONE: LineStyle = dashed(INK, 2);
/// Compare the supports: the balloon pump.
pub const SUPPORT_BALLOON: LineStyle = dashed(ORANGE, 3);
/// Compare the supports: the microaxial pump.
pub const SUPPORT_PUMP: LineStyle = solid(RED, 3);
/// Compare the supports: VA-ECMO.
pub const SUPPORT_ECMO: LineStyle = solid(BLUE, 2);
/// Compare the supports: ECMO with the microaxial pump.
pub const SUPPORT_ECMO_PUMP: LineStyle = solid(GREEN, 4);

/// Pressure–volume chart: the loop frozen for comparison.
pub const SNAPSHOT_LOOP: LineStyle = dashed(BLUE, 2);

/// Response-curve panels: a measure across P-levels.
pub const RESPONSE: LineStyle = solid(BLUE, 2);

/// Practice debrief: the scenario's start.
pub const MOMENT_START: LineStyle = dashed(GREY, 2);
/// Practice debrief: its worst moment.
pub const MOMENT_WORST: LineStyle = solid(RED, 3);
/// Practice debrief: its end.
pub const MOMENT_END: LineStyle = solid(BLUE, 2);

/// The charts' typeface.
pub const FONT_FAMILY: &str = "sans-serif";
/// Size of axis labels and titles, CSS pixels.
pub const LABEL_FONT_PX: f64 = 12.0;
/// Size of a panel's caption, CSS pixels.
pub const CAPTION_FONT_PX: f64 = 13.0;
/// Colour behind the lines.
pub const BACKGROUND: Rgb = (255, 255, 255);
/// Colour of axis labels and titles.
pub const AXIS_TEXT: Rgb = (40, 45, 52);
/// Colour of a panel's caption.
pub const CAPTION_TEXT: Rgb = (0, 0, 0);
/// Colour of the grid lines between labelled values.
pub const LIGHT_GRID: Rgb = (236, 239, 242);
/// Colour of the grid lines at labelled values.
pub const BOLD_GRID: Rgb = (214, 219, 224);
/// Colour of the vertical marker (the current P-level).
pub const MARKER: Rgb = (60, 60, 60);

#[cfg(test)]
mod tests {
    use super::*;

    /// Lines drawn together differ by dash, width or faintness as well as colour, so colour is never the only
    /// signal. (Not yet the pressure chart: its aortic and ventricular lines differ by colour alone.)
    #[test]
    fn lines_shown_together_differ_by_more_than_colour() {
        let shown_together: [&[LineStyle]; 4] = [
            &[NATIVE_FLOW, PUMP_FLOW, TOTAL_FLOW],
            // The compare view may show any two or three of its five machines together.
            &[
                SUPPORT_NONE,
                SUPPORT_BALLOON,
                SUPPORT_PUMP,
                SUPPORT_ECMO,
                SUPPORT_ECMO_PUMP,
            ],
            &[PV_LOOP, HEALTHY_LOOP, SNAPSHOT_LOOP],
            &[MOMENT_START, MOMENT_WORST, MOMENT_END],
        ];
        for chart in shown_together {
            for (i, a) in chart.iter().enumerate() {
                for b in &chart[i + 1..] {
                    let differs = a.dashed != b.dashed
                        || a.width != b.width
                        || (a.opacity - b.opacity).abs() > 0.1;
                    assert!(differs, "{a:?} and {b:?} differ only by colour");
                }
            }
        }
    }
}
