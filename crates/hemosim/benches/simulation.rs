//! Speed benchmarks: one simulated minute of shock + CP at P-8, and a full P-level sweep from a warm start.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use hemosim::{Control, Device, Preset, Simulation};

fn shock_with_cp_p8() -> Simulation {
    let mut sim = Simulation::settled(Preset::CardiogenicShock);
    sim.set_control(Control::Device(Device::ImpellaCp));
    sim.set_control(Control::PLevel(8));
    sim.steady_state(0.05, 400);
    sim
}

fn one_minute(c: &mut Criterion) {
    let start = shock_with_cp_p8();
    c.bench_function("shock + CP P-8, 60 s simulated", |b| {
        b.iter(|| {
            let mut sim = start.clone();
            for _ in 0..3750 {
                // 3,750 frames of 16 ms = 60 s, as the app drives it.
                sim.advance(0.016, &mut ());
            }
            black_box(sim.state().v_lv_ml)
        });
    });
}

fn sweep(c: &mut Criterion) {
    let start = shock_with_cp_p8();
    c.bench_function("P-level sweep (CP, shock, warm start)", |b| {
        b.iter(|| black_box(start.p_level_sweep(Device::ImpellaCp, 0.05, 400).len()));
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = one_minute, sweep
}
criterion_main!(benches);
