//! The practice room's plain logic (no signals): which practice page a hash names, message ids for data that
//! comes from the training engine, number formatting for the console, the progress record in storage (a
//! corrupt record is set aside and reported, never fatal) and the printable summary.

use hemosim::training::{Progress, ScenarioKind};
use hemosim::{AlarmKind, PlacementWaveform, Priority};

/// The pages of the practice room.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PracticePage {
    /// The practice room's start: what is here, progress and summary.
    Hub,
    /// Free play on the simulated console.
    Console,
    /// Set-up and insertion sequence.
    Setup,
    /// Positioning drill.
    Positioning,
    /// One alarm scenario.
    Scenario(ScenarioKind),
    /// The performance record: every scenario attempt and the progress over them.
    Record,
}

impl PracticePage {
    /// Parses the part of the route after `practice` (e.g. `""`, `"/console"`, `"/scenario/weaning"`);
    /// `None` when it names nothing.
    pub fn from_path(rest: &str) -> Option<Self> {
        let rest = rest.trim_start_matches('/');
        Some(match rest {
            "" => PracticePage::Hub,
            "console" => PracticePage::Console,
            "setup" => PracticePage::Setup,
            "positioning" => PracticePage::Positioning,
            "record" => PracticePage::Record,
            _ => PracticePage::Scenario(ScenarioKind::from_slug(rest.strip_prefix("scenario/")?)?),
        })
    }

    /// Link target.
    pub fn href(self) -> &'static str {
        match self {
            PracticePage::Hub => "#/practice",
            PracticePage::Console => "#/practice/console",
            PracticePage::Setup => "#/practice/setup",
            PracticePage::Positioning => "#/practice/positioning",
            PracticePage::Record => "#/practice/record",
            PracticePage::Scenario(kind) => match kind {
                ScenarioKind::SuctionLowVolume => "#/practice/scenario/suction-1",
                ScenarioKind::SuctionRightHeart => "#/practice/scenario/suction-2",
                ScenarioKind::PositionInVentricle => "#/practice/scenario/position-in-ventricle",
                ScenarioKind::PositionInAorta => "#/practice/scenario/position-wrong",
                ScenarioKind::PurgePressureHigh => "#/practice/scenario/purge-pressure-high",
                ScenarioKind::PumpStopped => "#/practice/scenario/pump-stopped",
                ScenarioKind::Haemolysis => "#/practice/scenario/haemolysis",
                ScenarioKind::Weaning => "#/practice/scenario/weaning",
                ScenarioKind::Removal => "#/practice/scenario/removal",
                ScenarioKind::PositionUnknown => "#/practice/scenario/position-unknown",
                ScenarioKind::PurgeAfterMove => "#/practice/scenario/purge-2",
                ScenarioKind::GroinBleeding => "#/practice/scenario/bleeding",
                ScenarioKind::EcmoDistension => "#/practice/scenario/ecmo",
            },
        }
    }

    /// Message id of the page title.
    pub fn title_id(self) -> &'static str {
        match self {
            PracticePage::Hub => "nav-practice",
            PracticePage::Console => "pr-console-title",
            PracticePage::Setup => "pr-setup-title",
            PracticePage::Positioning => "pr-pos-title",
            PracticePage::Record => "pr-record-title",
            PracticePage::Scenario(kind) => scenario_title_id(kind),
        }
    }
}

/// Message id of a scenario's title.
pub fn scenario_title_id(kind: ScenarioKind) -> &'static str {
    match kind {
        ScenarioKind::SuctionLowVolume => "sc-title-suction-1",
        ScenarioKind::SuctionRightHeart => "sc-title-suction-2",
        ScenarioKind::PositionInVentricle => "sc-title-position-in-ventricle",
        ScenarioKind::PositionInAorta => "sc-title-position-wrong",
        ScenarioKind::PurgePressureHigh => "sc-title-purge-pressure-high",
        ScenarioKind::PumpStopped => "sc-title-pump-stopped",
        ScenarioKind::Haemolysis => "sc-title-haemolysis",
        ScenarioKind::Weaning => "sc-title-weaning",
        ScenarioKind::Removal => "sc-title-removal",
        ScenarioKind::PositionUnknown => "sc-title-position-unknown",
        ScenarioKind::PurgeAfterMove => "sc-title-purge-2",
        ScenarioKind::GroinBleeding => "sc-title-bleeding",
        ScenarioKind::EcmoDistension => "sc-title-ecmo",
    }
}

/// Message id of what the trainee is told at the start of a scenario.
pub fn scenario_brief_id(kind: ScenarioKind) -> &'static str {
    match kind {
        ScenarioKind::SuctionLowVolume => "sc-brief-suction-1",
        ScenarioKind::SuctionRightHeart => "sc-brief-suction-2",
        ScenarioKind::PositionInVentricle => "sc-brief-position-in-ventricle",
        ScenarioKind::PositionInAorta => "sc-brief-position-wrong",
        ScenarioKind::PurgePressureHigh => "sc-brief-purge-pressure-high",
        ScenarioKind::PumpStopped => "sc-brief-pump-stopped",
        ScenarioKind::Haemolysis => "sc-brief-haemolysis",
        ScenarioKind::Weaning => "sc-brief-weaning",
        ScenarioKind::Removal => "sc-brief-removal",
        ScenarioKind::PositionUnknown => "sc-brief-position-unknown",
        ScenarioKind::PurgeAfterMove => "sc-brief-purge-2",
        ScenarioKind::GroinBleeding => "sc-brief-bleeding",
        ScenarioKind::EcmoDistension => "sc-brief-ecmo",
    }
}

/// Message id of the debrief's "what happened physiologically".
pub fn scenario_physiology_id(kind: ScenarioKind) -> &'static str {
    match kind {
        ScenarioKind::SuctionLowVolume => "sc-phys-suction-1",
        ScenarioKind::SuctionRightHeart => "sc-phys-suction-2",
        ScenarioKind::PositionInVentricle => "sc-phys-position-in-ventricle",
        ScenarioKind::PositionInAorta => "sc-phys-position-wrong",
        ScenarioKind::PurgePressureHigh => "sc-phys-purge-pressure-high",
        ScenarioKind::PumpStopped => "sc-phys-pump-stopped",
        ScenarioKind::Haemolysis => "sc-phys-haemolysis",
        ScenarioKind::Weaning => "sc-phys-weaning",
        ScenarioKind::Removal => "sc-phys-removal",
        ScenarioKind::PositionUnknown => "sc-phys-position-unknown",
        ScenarioKind::PurgeAfterMove => "sc-phys-purge-2",
        ScenarioKind::GroinBleeding => "sc-phys-bleeding",
        ScenarioKind::EcmoDistension => "sc-phys-ecmo",
    }
}

/// Message ids of the debrief's heading over the correct steps and of its source line: the instructions for use,
/// summarised, for the console's alarms and tasks; general principles where this guide's sources give no device
/// rule (venting the left ventricle on ECMO), so the debrief never credits a maker with steps it did not write.
pub fn scenario_steps_ids(kind: ScenarioKind) -> (&'static str, &'static str) {
    match kind {
        ScenarioKind::EcmoDistension => ("sc-order-title-general", "sc-debrief-source-general"),
        ScenarioKind::SuctionLowVolume
        | ScenarioKind::SuctionRightHeart
        | ScenarioKind::PositionInVentricle
        | ScenarioKind::PositionInAorta
        | ScenarioKind::PurgePressureHigh
        | ScenarioKind::PumpStopped
        | ScenarioKind::Haemolysis
        | ScenarioKind::Weaning
        | ScenarioKind::Removal
        | ScenarioKind::PositionUnknown
        | ScenarioKind::PurgeAfterMove
        | ScenarioKind::GroinBleeding => ("sc-order-title", "sc-debrief-source"),
    }
}

/// Message id naming an alarm.
pub fn alarm_id(kind: AlarmKind) -> &'static str {
    match kind {
        AlarmKind::PumpStopped => "con-alarm-pump-stopped",
        AlarmKind::Suction => "con-alarm-suction",
        AlarmKind::PositionInVentricle => "con-alarm-position-ventricle",
        AlarmKind::PositionWrong => "con-alarm-position-wrong",
        AlarmKind::PurgePressureHigh => "con-alarm-purge",
        AlarmKind::PositionUnknown => "con-alarm-position-unknown",
    }
}

/// Message id naming an alarm priority.
pub fn priority_id(priority: Priority) -> &'static str {
    match priority {
        Priority::Critical => "con-priority-critical",
        Priority::Serious => "con-priority-serious",
        Priority::Advisory => "con-priority-advisory",
    }
}

/// Message id naming a placement waveform.
pub fn waveform_id(w: PlacementWaveform) -> &'static str {
    match w {
        PlacementWaveform::Aortic => "con-wave-aortic",
        PlacementWaveform::Ventricular => "con-wave-ventricular",
        PlacementWaveform::Unknown => "con-wave-unknown",
    }
}

/// Formats `value` with `digits` decimals ("2.9"), never "-0.0"; a non-finite value shows as "–".
/// Both shipped locales write decimals with a point.
pub fn num(value: f64, digits: usize) -> String {
    if !value.is_finite() {
        return "–".to_owned();
    }
    let text = format!("{value:.digits$}");
    if text
        .trim_start_matches('-')
        .chars()
        .all(|c| c == '0' || c == '.')
    {
        text.trim_start_matches('-').to_owned()
    } else {
        text
    }
}

/// Formats simulated seconds as m:ss.
pub fn clock(seconds: f64) -> String {
    let s = seconds.max(0.0).round() as u64;
    format!("{}:{:02}", s / 60, s % 60)
}

/// What reading the stored progress found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadedProgress {
    /// Nothing stored yet.
    Empty,
    /// A readable record.
    Ok(Progress),
    /// The stored text could not be read; it should be set aside and the trainee told.
    Corrupt(String),
}

/// Interprets the stored progress text.
pub fn interpret_progress(stored: Option<&str>) -> LoadedProgress {
    match stored {
        None => LoadedProgress::Empty,
        Some(text) => match Progress::parse(text) {
            Ok(p) => LoadedProgress::Ok(p),
            Err(_) => LoadedProgress::Corrupt(text.to_owned()),
        },
    }
}

/// Exercise slugs in summary order: set-up, positioning, then every scenario.
pub fn exercise_slugs() -> Vec<&'static str> {
    let mut v = vec!["setup", "positioning"];
    v.extend(ScenarioKind::ALL.iter().map(|k| k.slug()));
    v
}

/// Message id of an exercise's name, by slug (`None` for an unknown slug).
pub fn exercise_title_id(slug: &str) -> Option<&'static str> {
    match slug {
        "setup" => Some("pr-setup-title"),
        "positioning" => Some("pr-pos-title"),
        _ => ScenarioKind::from_slug(slug).map(scenario_title_id),
    }
}

/// A case for "surprise me": a scenario the trainee has not tried yet (any, once all have been tried) and a
/// new patient. `r_kind` and `r_seed` are uniform draws in [0, 1) (the page passes `Math.random()`), so the
/// choice itself is testable here.
pub fn surprise_case(tried: &[&str], r_kind: f64, r_seed: f64) -> (ScenarioKind, u64) {
    let untried: Vec<ScenarioKind> = ScenarioKind::ALL
        .into_iter()
        .filter(|k| !tried.contains(&k.slug()))
        .collect();
    let pool: &[ScenarioKind] = if untried.is_empty() {
        &ScenarioKind::ALL
    } else {
        &untried
    };
    let pick = |r: f64, n: u64| ((r.clamp(0.0, 1.0) * n as f64) as u64).min(n - 1);
    let kind = pool[pick(r_kind, pool.len() as u64) as usize];
    // Seeds 1 and up, all of which an instructor code can carry.
    let seed = 1 + pick(r_seed, hemosim::training::code::MAX_SEED);
    (kind, seed)
}

/// The `seed=` value in a route's query (`#/practice/scenario/weaning?seed=3`), if any.
pub fn seed_from_hash(hash: &str) -> Option<u64> {
    let query = hash.split_once('?')?.1;
    query
        .split('&')
        .find_map(|pair| pair.strip_prefix("seed="))
        .and_then(|v| v.parse().ok())
}

/// How long AUTO mode takes to bring the pump up to speed at start, s (FACTS.md: "start (AUTO, ramps over
/// 30 s)").
pub const AUTO_RAMP_S: f64 = 30.0;

/// The P-level AUTO mode runs `elapsed_s` into its start-up ramp towards `target`: it climbs evenly from P-0
/// and reaches the target after [`AUTO_RAMP_S`].
pub fn auto_ramp_level(target: u8, elapsed_s: f64) -> u8 {
    if !elapsed_s.is_finite() || elapsed_s <= 0.0 {
        return 0;
    }
    let fraction = (elapsed_s / AUTO_RAMP_S).min(1.0);
    (f64::from(target) * fraction).floor() as u8
}

#[cfg(test)]
mod tests {
    use super::*;
    use hemosim::training::{Action, Reason};
    use hemosim::Alarms;

    #[test]
    fn practice_paths_round_trip() {
        let mut pages = vec![
            PracticePage::Hub,
            PracticePage::Console,
            PracticePage::Setup,
            PracticePage::Positioning,
            PracticePage::Record,
        ];
        pages.extend(ScenarioKind::ALL.into_iter().map(PracticePage::Scenario));
        for p in pages {
            let rest = p.href().strip_prefix("#/practice").expect("prefix");
            assert_eq!(PracticePage::from_path(rest), Some(p), "{rest}");
        }
        assert_eq!(PracticePage::from_path("/scenario/nope"), None);
        assert_eq!(PracticePage::from_path("/elsewhere"), None);
    }

    #[test]
    fn surprise_picks_an_untried_scenario_with_a_seed_a_code_can_carry() {
        let all: Vec<&str> = ScenarioKind::ALL.iter().map(|k| k.slug()).collect();
        let but_bleeding: Vec<&str> = all.iter().copied().filter(|&s| s != "bleeding").collect();
        for r in [0.0, 0.3, 0.999_999] {
            assert_eq!(
                surprise_case(&but_bleeding, r, r).0,
                ScenarioKind::GroinBleeding
            );
        }
        // Once everything has been tried, any scenario; every draw is in range.
        let kinds: std::collections::BTreeSet<_> = (0..100)
            .map(|i| surprise_case(&all, f64::from(i) / 100.0, 0.5).0)
            .collect();
        assert_eq!(kinds.len(), ScenarioKind::ALL.len());
        for r in [0.0, 0.5, 0.999_999, 1.0, -1.0, f64::NAN] {
            let (_, seed) = surprise_case(&[], 0.5, r);
            assert!(
                (1..=hemosim::training::code::MAX_SEED).contains(&seed),
                "{r}: {seed}"
            );
        }
    }

    #[test]
    fn seeds_come_from_the_route_query() {
        assert_eq!(
            seed_from_hash("#/practice/scenario/weaning?seed=42"),
            Some(42)
        );
        assert_eq!(
            seed_from_hash("#/practice/scenario/weaning?x=1&seed=7"),
            Some(7)
        );
        assert_eq!(seed_from_hash("#/practice/scenario/weaning"), None);
        assert_eq!(seed_from_hash("#/practice?seed=abc"), None);
    }

    #[test]
    fn numbers_are_rounded_and_never_negative_zero() {
        assert_eq!(num(2.94, 1), "2.9");
        assert_eq!(num(-0.04, 1), "0.0");
        assert_eq!(num(95.0, 0), "95");
        assert_eq!(num(f64::NAN, 1), "–");
    }

    #[test]
    fn auto_mode_ramps_evenly_to_its_target_over_thirty_seconds() {
        assert_eq!(auto_ramp_level(6, 0.0), 0);
        assert_eq!(auto_ramp_level(6, 4.9), 0);
        assert_eq!(auto_ramp_level(6, 5.0), 1);
        assert_eq!(auto_ramp_level(6, 15.0), 3);
        assert_eq!(auto_ramp_level(6, 30.0), 6);
        assert_eq!(auto_ramp_level(6, 3600.0), 6);
        assert_eq!(auto_ramp_level(8, f64::NAN), 0);
    }

    #[test]
    fn clock_formats_minutes_and_seconds() {
        assert_eq!(clock(0.0), "0:00");
        assert_eq!(clock(125.4), "2:05");
        assert_eq!(clock(-3.0), "0:00");
    }

    #[test]
    fn corrupt_progress_is_reported_not_fatal() {
        assert_eq!(interpret_progress(None), LoadedProgress::Empty);
        assert!(matches!(
            interpret_progress(Some("setup|90|1|1\n")),
            LoadedProgress::Ok(_)
        ));
        assert_eq!(
            interpret_progress(Some("garbage{")),
            LoadedProgress::Corrupt("garbage{".to_owned())
        );
    }

    #[test]
    fn alarms_are_listed_most_urgent_first() {
        let a = Alarms {
            suction: true,
            pump_stopped: true,
            ..Alarms::default()
        };
        let ids = |a: &Alarms| a.active().into_iter().map(alarm_id).collect::<Vec<_>>();
        assert_eq!(ids(&a), vec!["con-alarm-pump-stopped", "con-alarm-suction"]);
        assert!(ids(&Alarms::default()).is_empty());
        assert_eq!(
            priority_id(AlarmKind::PumpStopped.priority()),
            "con-priority-critical"
        );
    }

    /// Keys that come from the training engine are not literal `t("…")` calls, so check them here, in every
    /// locale.
    #[test]
    fn every_engine_message_exists_in_every_locale() {
        use crate::i18n::{message_ids, Locale};
        use hemosim::training::setup::{Question, SetupStep};
        use hemosim::training::PositionCall;
        let mut keys: Vec<&str> = Vec::new();
        keys.extend(Action::ALL.iter().map(|a| a.key()));
        keys.extend(Reason::ALL.iter().map(|r| r.key()));
        for k in ScenarioKind::ALL {
            keys.extend(k.correct_steps());
            keys.extend([
                scenario_title_id(k),
                scenario_brief_id(k),
                scenario_physiology_id(k),
            ]);
            let (order, source) = scenario_steps_ids(k);
            keys.extend([order, source]);
            let prediction = k.prediction();
            keys.push(prediction.question);
            keys.extend(prediction.choices.iter().flat_map(|c| [c.label, c.why]));
        }
        for s in SetupStep::ORDER {
            keys.extend([s.key(), s.why_key()]);
        }
        for q in [
            Question::SheathSize,
            Question::ActTarget,
            Question::PurgeFluid,
        ] {
            keys.extend([q.key(), q.why_key()]);
            keys.extend(q.options().0);
        }
        for c in PositionCall::ALL {
            keys.extend([
                c.key(),
                c.action_key(),
                crate::pages::practice::positioning::action_label_id(c),
            ]);
        }
        keys.extend(["tr-moment-start", "tr-moment-worst", "tr-moment-end"]);
        keys.extend(["tr-purge-cause-kink", "tr-purge-cause-dextrose"]);
        for slug in exercise_slugs() {
            keys.push(exercise_title_id(slug).expect("known slug"));
        }
        for locale in Locale::all() {
            let have = message_ids(locale);
            let missing: Vec<_> = keys
                .iter()
                .filter(|k| !have.iter().any(|h| h == *k))
                .collect();
            assert!(missing.is_empty(), "{}: {missing:?}", locale.info().tag);
        }
    }
}
