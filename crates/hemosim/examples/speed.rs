//! Best-of-15 wall-clock timings of the two benchmark workloads (less sensitive to a busy machine than
//! criterion's mean). Run with `cargo run -p hemosim --example speed --release`.

use hemosim::{Control, Device, Preset, Simulation};
use std::time::Instant;

fn main() {
    let mut start = Simulation::settled(Preset::CardiogenicShock);
    start.set_control(Control::Device(Device::ImpellaCp));
    start.set_control(Control::PLevel(8));
    start.steady_state(0.05, 400);
    let mut best_minute = f64::INFINITY;
    let mut best_sweep = f64::INFINITY;
    let mut sweep_beats = 0;
    for _ in 0..15 {
        let mut sim = start.clone();
        let t = Instant::now();
        for _ in 0..3750 {
            sim.advance(0.016, &mut ());
        }
        best_minute = best_minute.min(t.elapsed().as_secs_f64());
        let t = Instant::now();
        let points = start.p_level_sweep(Device::ImpellaCp, 0.05, 400);
        best_sweep = best_sweep.min(t.elapsed().as_secs_f64());
        sweep_beats = points.iter().map(|p| p.steady.beats).sum::<u32>();
    }
    println!(
        "one simulated minute: {:.1} ms ({:.0}x real time)",
        best_minute * 1e3,
        60.0 / best_minute
    );
    println!(
        "P-level sweep: {:.1} ms ({sweep_beats} beats)",
        best_sweep * 1e3
    );
}
