//! The list of scenarios: [`ScenarioKind`] names each one, gives its slug and finds its [`Definition`] (its
//! menu and debrief keys come from there). A new scenario gets a variant here, its place in
//! [`ScenarioKind::ALL`], its slug and one line in [`ScenarioKind::definition`].

use super::actions::Action;
use super::definition::Definition;
use super::{
    bleeding, ecmo, position, position_unknown, pump_stopped, purge, removal, rising_haemolysis,
    suction, weaning,
};

/// The alarm scenarios of the practice room.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ScenarioKind {
    /// Suction from low blood volume.
    SuctionLowVolume,
    /// Suction from right-heart failure.
    SuctionRightHeart,
    /// "Position in ventricle": the whole pump has slipped into the ventricle.
    PositionInVentricle,
    /// "Position wrong": the whole pump sits in the aorta.
    PositionInAorta,
    /// Purge pressure high ("Purge Flow Low").
    PurgePressureHigh,
    /// The pump has stopped across the aortic valve.
    PumpStopped,
    /// Rising plasma-free haemoglobin.
    Haemolysis,
    /// Weaning by 2 P-levels at a time.
    Weaning,
    /// The removal sequence.
    Removal,
    /// "Position unknown": the heart's own beat is too weak for the placement signal.
    PositionUnknown,
    /// Purge pressure high after the patient was moved (a kinked line).
    PurgeAfterMove,
    /// Bleeding at the groin, with falling pressure and flow.
    GroinBleeding,
    /// On VA-ECMO: the left ventricle cannot open its valve, fills and does not empty.
    EcmoDistension,
}

impl ScenarioKind {
    /// Every scenario, in menu order.
    pub const ALL: [ScenarioKind; 13] = [
        ScenarioKind::SuctionLowVolume,
        ScenarioKind::SuctionRightHeart,
        ScenarioKind::PositionInVentricle,
        ScenarioKind::PositionInAorta,
        ScenarioKind::PurgePressureHigh,
        ScenarioKind::PumpStopped,
        ScenarioKind::Haemolysis,
        ScenarioKind::Weaning,
        ScenarioKind::Removal,
        ScenarioKind::PositionUnknown,
        ScenarioKind::PurgeAfterMove,
        ScenarioKind::GroinBleeding,
        ScenarioKind::EcmoDistension,
    ];

    /// The scenario's definition: its patient, fault, menu, rules and debrief keys.
    pub(super) fn definition(self) -> &'static Definition {
        match self {
            ScenarioKind::SuctionLowVolume => &suction::LOW_VOLUME,
            ScenarioKind::SuctionRightHeart => &suction::RIGHT_HEART,
            ScenarioKind::PositionInVentricle => &position::IN_VENTRICLE,
            ScenarioKind::PositionInAorta => &position::IN_AORTA,
            ScenarioKind::PurgePressureHigh => &purge::PURGE_PRESSURE_HIGH,
            ScenarioKind::PumpStopped => &pump_stopped::PUMP_STOPPED,
            ScenarioKind::Haemolysis => &rising_haemolysis::HAEMOLYSIS,
            ScenarioKind::Weaning => &weaning::WEANING,
            ScenarioKind::Removal => &removal::REMOVAL,
            ScenarioKind::PositionUnknown => &position_unknown::POSITION_UNKNOWN,
            ScenarioKind::PurgeAfterMove => &purge::PURGE_AFTER_MOVE,
            ScenarioKind::GroinBleeding => &bleeding::GROIN_BLEEDING,
            ScenarioKind::EcmoDistension => &ecmo::ECMO_DISTENSION,
        }
    }

    /// Stable name used in links and in the progress record. A plain match, not a field of the
    /// [`Definition`]: the app's router needs the slugs, and reading them from the definitions would tie every
    /// scenario's rules (and the simulation they run) to the part of the app every reader downloads.
    pub fn slug(self) -> &'static str {
        match self {
            ScenarioKind::SuctionLowVolume => "suction-1",
            ScenarioKind::SuctionRightHeart => "suction-2",
            ScenarioKind::PositionInVentricle => "position-in-ventricle",
            ScenarioKind::PositionInAorta => "position-wrong",
            ScenarioKind::PurgePressureHigh => "purge-pressure-high",
            ScenarioKind::PumpStopped => "pump-stopped",
            ScenarioKind::Haemolysis => "haemolysis",
            ScenarioKind::Weaning => "weaning",
            ScenarioKind::Removal => "removal",
            ScenarioKind::PositionUnknown => "position-unknown",
            ScenarioKind::PurgeAfterMove => "purge-2",
            ScenarioKind::GroinBleeding => "bleeding",
            ScenarioKind::EcmoDistension => "ecmo",
        }
    }

    /// The scenario with this slug (or with the slug it had before, see [`ScenarioKind::current_slug`]).
    pub fn from_slug(slug: &str) -> Option<Self> {
        let slug = Self::current_slug(slug);
        Self::ALL.into_iter().find(|k| k.slug() == slug)
    }

    /// Today's slug for one that named a scenario before its cause was taken out of its name (the opening
    /// question must not be answered by the address bar); any other slug is returned as it is. Old links and
    /// old progress records keep working.
    pub fn current_slug(slug: &str) -> &str {
        match slug {
            "suction-low-volume" => "suction-1",
            "suction-right-heart" => "suction-2",
            "position-in-aorta" => "position-wrong",
            other => other,
        }
    }

    /// The actions a trainee is offered in this scenario (the same plausible menu for right and wrong choices).
    pub fn menu(self) -> &'static [Action] {
        self.definition().menu
    }

    /// The question asked before the trainee may act.
    pub fn prediction(self) -> &'static super::predict::Prediction {
        self.definition().prediction
    }

    /// The correct actions, in order, as [`Reason`](super::Reason)-style message keys for the debrief.
    pub fn correct_steps(self) -> &'static [&'static str] {
        self.definition().correct_steps
    }
}

#[cfg(test)]
mod tests {
    use super::ScenarioKind;

    #[test]
    fn every_slug_is_distinct_and_finds_its_scenario() {
        for kind in ScenarioKind::ALL {
            assert_eq!(ScenarioKind::from_slug(kind.slug()), Some(kind));
        }
        let mut slugs: Vec<_> = ScenarioKind::ALL.iter().map(|k| k.slug()).collect();
        slugs.sort_unstable();
        slugs.dedup();
        assert_eq!(slugs.len(), ScenarioKind::ALL.len());
        assert_eq!(ScenarioKind::from_slug("no-such-scenario"), None);
    }
}
