//! The steady state under each support, as the compare view computes it: on the shock preset (baroreflex on)
//! and on the comparison patient (SCAI D, baroreflex off), with every balloon timing and several ECMO flows.
//! `cargo run -p hemosim --example supports --release`

use hemosim::{
    Balloon, BalloonRatio, BalloonTiming, BeatMetrics, Preset, Simulation, SupportChoice,
    SupportRun, SupportSettings,
};

fn show(label: &str, m: &BeatMetrics) {
    println!(
        "{label:28} MAP {:5.1} SBP {:5.1} DBP {:5.1} aug {:5.1} | CO {:4.2} native {:4.2} pump {:4.2} ecmo {:4.2} body {:4.2} | LVEDP {:5.1} PCWP {:5.1} EDV {:5.1} AV {:5} PVA {:5.0}",
        m.map_mmhg, m.sbp_mmhg, m.dbp_mmhg, m.augmented_pressure_mmhg, m.co_total_l_min,
        m.co_native_l_min, m.pump_flow_l_min, m.ecmo_flow_l_min, m.systemic_flow_l_min, m.lvedp_mmhg,
        m.pcwp_mmhg, m.lvedv_ml, m.aortic_valve_opened, m.pva_mmhg_ml
    );
}

fn run(patient: &Simulation, choice: SupportChoice, settings: &SupportSettings) -> BeatMetrics {
    SupportRun::new(patient, choice, settings).finish().metrics
}

fn main() {
    let patients = [
        (
            "shock (reflex on)",
            Simulation::settled(Preset::CardiogenicShock),
        ),
        (
            "comparison patient",
            hemosim::support::settled_comparison_patient(),
        ),
    ];
    for (name, patient) in &patients {
        println!("== {name}");
        let base = SupportSettings::default();
        show("own heart", &run(patient, SupportChoice::None, &base));
        for ratio in [
            BalloonRatio::OneToOne,
            BalloonRatio::OneToTwo,
            BalloonRatio::OneToThree,
        ] {
            for timing in BalloonTiming::ALL {
                let settings = SupportSettings {
                    balloon: Balloon { ratio, timing },
                    ..base
                };
                let label = format!("balloon {} {}", ratio.id(), timing.id());
                show(&label, &run(patient, SupportChoice::Balloon, &settings));
            }
        }
        show(
            "microaxial CP P-8",
            &run(patient, SupportChoice::MicroaxialPump, &base),
        );
        for flow in [2.0, 3.0, 4.0, 5.0, 5.5, 6.0] {
            let settings = SupportSettings {
                ecmo_flow_l_min: flow,
                ..base
            };
            show(
                &format!("ECMO {flow}"),
                &run(patient, SupportChoice::Ecmo, &settings),
            );
            show(
                &format!("ECMO {flow} + CP P-8"),
                &run(patient, SupportChoice::EcmoWithPump, &settings),
            );
        }
    }
}
