//! Seeded patients that several scenarios start from (each draws from the seed in a fixed order, so a seed
//! always gives the same patient).

use crate::controls::Control;
use crate::presets::Preset;
use crate::pump::Device;
use crate::simulation::Simulation;
use crate::training::rng::SplitMix64;

/// LV contractility of a patient in cardiogenic shock on a pump, mmHg/ml (illustrative).
pub(super) const FAILING_LV_MMHG_PER_ML: (f64, f64) = (0.5, 0.6);
/// A recovering LV (illustrative): strong enough that CI stays above 2.2 at P-2, mmHg/ml. Was 1.05–1.4; raised
/// with the shock preset's smaller blood volume (4800 ml, see `presets`), which left CI at P-2 at 2.1–2.2.
pub(super) const RECOVERING_LV_MMHG_PER_ML: (f64, f64) = (1.4, 1.8);

/// Low blood volume with a heart rate drawn from the seed.
pub(super) fn low_volume(rng: &mut SplitMix64) -> Simulation {
    let mut sim = Simulation::new(Preset::LowBloodVolume);
    sim.set_control(Control::HeartRate(rng.range(92.0, 100.0)));
    sim
}

/// The compare view's patient (deteriorating shock, SCAI D, with the baroreflex off: `support::comparison_patient`)
/// on VA-ECMO at `ecmo_l_min` and no microaxial pump, LV contractility drawn from `lv_range` (mmHg/ml).
pub(super) fn deteriorating_on_ecmo(
    rng: &mut SplitMix64,
    lv_range: (f64, f64),
    ecmo_l_min: f64,
) -> Simulation {
    let mut sim = crate::support::comparison_patient();
    sim.set_control(Control::LvContractility(rng.range(lv_range.0, lv_range.1)));
    sim.set_control(Control::EcmoFlow(ecmo_l_min));
    sim
}

/// Cardiogenic shock on the CP-class pump at `p_level`, LV contractility drawn from `lv_range` (mmHg/ml).
pub(super) fn shock_on_cp(rng: &mut SplitMix64, lv_range: (f64, f64), p_level: u8) -> Simulation {
    let mut sim = Simulation::new(Preset::CardiogenicShock);
    sim.set_control(Control::Device(Device::ImpellaCp));
    sim.set_control(Control::LvContractility(rng.range(lv_range.0, lv_range.1)));
    sim.set_control(Control::PLevel(p_level));
    sim
}
