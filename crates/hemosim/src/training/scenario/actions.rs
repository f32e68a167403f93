//! The trainee's vocabulary in a scenario: what they can do ([`Action`]), how a step is judged ([`Verdict`])
//! and why ([`Reason`]), each with the message key the app shows.

/// One thing the trainee can do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    /// Lower the P-level by one.
    PLevelDown,
    /// Lower the P-level by two.
    PLevelDownTwo,
    /// Raise the P-level by one.
    PLevelUp,
    /// Set P-2.
    SetP2,
    /// Set P-0 (stop the motor).
    SetP0,
    /// Give a simulated fluid bolus.
    GiveFluid,
    /// Check the position with imaging (echo or fluoroscopy).
    CheckPositionImaging,
    /// Assess the right ventricle (echo, CVP).
    AssessRightHeart,
    /// Treat right-heart failure with the team, as local protocols say (simulated as better RV function).
    SupportRightHeart,
    /// Pull the catheter back 0.5 cm.
    PullBack,
    /// Advance the catheter 0.5 cm.
    Advance,
    /// Check the purge tubing for kinks.
    CheckPurgeTubing,
    /// Lower the purge dextrose concentration.
    LowerDextrose,
    /// Raise the purge rate.
    RaisePurgeRate,
    /// Replace the purge cassette.
    ReplaceCassette,
    /// Restart the pump (FACTS.md: restart at P-8, then P-2).
    RestartPump,
    /// Pull the stopped pump out of the ventricle into the aorta.
    RemoveFromVentricle,
    /// Wait 8 hours and send a plasma-free haemoglobin sample.
    SendBloodSample,
    /// Check the ACT.
    CheckAct,
    /// Wait for the ACT to fall.
    WaitForAct,
    /// At P-2, pull the pump back into the aorta.
    PullIntoAorta,
    /// Stop the pump and remove it; pressure or a closure device on the artery.
    StopAndRemove,
    /// Watch for a while without changing anything.
    Wait,
    /// Press firmly on the access site (groin).
    ApplyPressure,
    /// Call the senior clinician or the support team: offered in every scenario, never wrong, and it does not
    /// replace the steps on the console (it changes nothing in the model).
    CallForHelp,
    /// Put a CP-class microaxial pump across the aortic valve, correctly placed (in a patient without one).
    PlaceVentPump,
    /// Raise the VA-ECMO flow setting by one step.
    EcmoFlowUp,
    /// Lower the VA-ECMO flow setting by one step.
    EcmoFlowDown,
}

impl Action {
    /// Message key of the action's button label.
    pub fn key(self) -> &'static str {
        match self {
            Action::PLevelDown => "tr-act-p-down",
            Action::PLevelDownTwo => "tr-act-p-down-two",
            Action::PLevelUp => "tr-act-p-up",
            Action::SetP2 => "tr-act-p2",
            Action::SetP0 => "tr-act-p0",
            Action::GiveFluid => "tr-act-fluid",
            Action::CheckPositionImaging => "tr-act-imaging",
            Action::AssessRightHeart => "tr-act-assess-rv",
            Action::SupportRightHeart => "tr-act-support-rv",
            Action::PullBack => "tr-act-pull-back",
            Action::Advance => "tr-act-advance",
            Action::CheckPurgeTubing => "tr-act-purge-tubing",
            Action::LowerDextrose => "tr-act-lower-dextrose",
            Action::RaisePurgeRate => "tr-act-raise-purge-rate",
            Action::ReplaceCassette => "tr-act-replace-cassette",
            Action::RestartPump => "tr-act-restart",
            Action::RemoveFromVentricle => "tr-act-remove-from-lv",
            Action::SendBloodSample => "tr-act-blood-sample",
            Action::CheckAct => "tr-act-check-act",
            Action::WaitForAct => "tr-act-wait-act",
            Action::PullIntoAorta => "tr-act-pull-into-aorta",
            Action::StopAndRemove => "tr-act-stop-remove",
            Action::Wait => "tr-act-wait",
            Action::ApplyPressure => "tr-act-apply-pressure",
            Action::CallForHelp => "tr-act-call-help",
            Action::PlaceVentPump => "tr-act-place-pump",
            Action::EcmoFlowUp => "tr-act-ecmo-up",
            Action::EcmoFlowDown => "tr-act-ecmo-down",
        }
    }

    /// Whether the action brings in more people (counted as an escalation in the practice record).
    pub fn escalates(self) -> bool {
        matches!(self, Action::CallForHelp)
    }

    /// Every action (for message-completeness tests).
    pub const ALL: [Action; 28] = [
        Action::PLevelDown,
        Action::PLevelDownTwo,
        Action::PLevelUp,
        Action::SetP2,
        Action::SetP0,
        Action::GiveFluid,
        Action::CheckPositionImaging,
        Action::AssessRightHeart,
        Action::SupportRightHeart,
        Action::PullBack,
        Action::Advance,
        Action::CheckPurgeTubing,
        Action::LowerDextrose,
        Action::RaisePurgeRate,
        Action::ReplaceCassette,
        Action::RestartPump,
        Action::RemoveFromVentricle,
        Action::SendBloodSample,
        Action::CheckAct,
        Action::WaitForAct,
        Action::PullIntoAorta,
        Action::StopAndRemove,
        Action::Wait,
        Action::ApplyPressure,
        Action::CallForHelp,
        Action::PlaceVentPump,
        Action::EcmoFlowUp,
        Action::EcmoFlowDown,
    ];
}

/// How an action was judged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// A correct step.
    Good,
    /// Harmless but not needed now.
    Unneeded,
    /// Wrong: it makes things worse or skips a safety step.
    Wrong,
}

/// Why an action was judged the way it was (each has a message in the app).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reason {
    /// Volume checked and a bolus given.
    FluidForSuction,
    /// Reducing 1–2 P-levels eases suction.
    ReduceForSuction,
    /// Raising the P-level in suction pulls harder on an empty ventricle.
    RaiseInSuction,
    /// Return to the previous level once suction has gone.
    ReturnToPrevious,
    /// Returning before the cause is fixed brings suction back.
    ReturnTooEarly,
    /// Position check is part of the suction and position responses.
    ImagingGood,
    /// RV assessed; finding given.
    RvAssessed,
    /// RV failure treated with the team.
    RvSupported,
    /// RV support without an assessment or a failing RV.
    RvSupportNotIndicated,
    /// Moving the catheter without imaging.
    MoveWithoutImaging,
    /// Moving the catheter at a high P-level.
    MoveAtHighLevel,
    /// A catheter move in the right direction.
    MoveRightWay,
    /// A catheter move in the wrong direction.
    MoveWrongWay,
    /// Reduced to P-2 before repositioning.
    P2BeforeMoving,
    /// Raising the P-level does not fix a wrong position.
    RaiseWithWrongPosition,
    /// Kinked purge tubing found and straightened.
    KinkFixed,
    /// Tubing checked, no kink.
    NoKink,
    /// Lower dextrose thins the purge fluid.
    DextroseLowered,
    /// Raising the purge rate raises purge pressure further.
    PurgeRateRaised,
    /// Cassette replacement is for a blocked purge, not the first step here.
    CassetteNotFirst,
    /// The pump restarted.
    Restarted,
    /// The pump would not restart.
    RestartFailed,
    /// A stopped pump across the valve leaks: remove it from the ventricle.
    StoppedPumpLeaks,
    /// Pulled the stopped pump into the aorta.
    RemovedFromVentricle,
    /// Removing before trying to restart.
    RemoveBeforeRestart,
    /// A blood sample was taken; result given.
    SampleTaken,
    /// Lowest effective level reduces red-cell damage.
    LowestLevel,
    /// Raising the level adds red-cell damage.
    RaiseAddsHaemolysis,
    /// Weaning by 2 P-levels.
    WeanByTwo,
    /// Weaning steps bigger than 2 levels.
    WeanTooFast,
    /// Cardiac index fell below the weaning criterion: go back up.
    CiTooLow,
    /// Going back up after CI fell is right.
    BackUpForCi,
    /// P-0 or below P-2 with the pump in the ventricle.
    BelowP2InVentricle,
    /// ACT checked; value given.
    ActChecked,
    /// Waited for the ACT to fall.
    ActWaited,
    /// Removing with ACT too high.
    RemoveWithHighAct,
    /// Pulled back into the aorta at P-2.
    PulledIntoAorta,
    /// Removal completed, with pressure or a closure device.
    Removed,
    /// Removal steps out of order.
    RemoveOutOfOrder,
    /// Nothing changed; the problem continues.
    WaitedProblemContinues,
    /// Nothing needed doing.
    WaitedNothingWrong,
    /// Not relevant to this alarm.
    NotRelevant,
    /// Help called: never wrong, and the alarm still needs its steps.
    HelpCalled,
    /// The P-level cannot show where the pump is; only imaging can.
    LevelDoesNotShowPosition,
    /// Firm pressure on the bleeding site.
    PressureOnSite,
    /// Volume replaces the blood lost.
    VolumeForBleeding,
    /// ACT checked during bleeding; value given.
    ActCheckedBleeding,
    /// More speed cannot replace lost blood.
    RaiseDoesNotReplaceBlood,
    /// Waiting while the site bleeds.
    WaitedWhileBleeding,
    /// A microaxial pump now empties the ventricle past the shut valve.
    VentPlaced,
    /// The pump is already in.
    VentAlreadyIn,
    /// More ECMO flow pushes harder against the shut valve (value: the new setting, L/min).
    EcmoUpAgainstShutValve,
    /// Less ECMO flow eases the afterload but gives the body less and does not empty the ventricle (value: the
    /// new setting, L/min).
    EcmoDownDoesNotVent,
    /// Fluid into a ventricle that cannot empty.
    FluidIntoFullVentricle,
    /// Waiting while the ventricle cannot empty.
    WaitedWhileDistended,
    /// Watching the filling pressures fall once the pump is in.
    WatchVent,
    /// A higher level empties the ventricle further.
    VentLevelUp,
    /// There is no microaxial pump yet.
    NoPumpYet,
}

impl Reason {
    /// Message key of the feedback text.
    pub fn key(self) -> &'static str {
        match self {
            Reason::FluidForSuction => "tr-why-fluid-for-suction",
            Reason::ReduceForSuction => "tr-why-reduce-for-suction",
            Reason::RaiseInSuction => "tr-why-raise-in-suction",
            Reason::ReturnToPrevious => "tr-why-return-to-previous",
            Reason::ReturnTooEarly => "tr-why-return-too-early",
            Reason::ImagingGood => "tr-why-imaging",
            Reason::RvAssessed => "tr-why-rv-assessed",
            Reason::RvSupported => "tr-why-rv-supported",
            Reason::RvSupportNotIndicated => "tr-why-rv-not-indicated",
            Reason::MoveWithoutImaging => "tr-why-move-without-imaging",
            Reason::MoveAtHighLevel => "tr-why-move-at-high-level",
            Reason::MoveRightWay => "tr-why-move-right-way",
            Reason::MoveWrongWay => "tr-why-move-wrong-way",
            Reason::P2BeforeMoving => "tr-why-p2-before-moving",
            Reason::RaiseWithWrongPosition => "tr-why-raise-wrong-position",
            Reason::KinkFixed => "tr-why-kink-fixed",
            Reason::NoKink => "tr-why-no-kink",
            Reason::DextroseLowered => "tr-why-dextrose-lowered",
            Reason::PurgeRateRaised => "tr-why-purge-rate-raised",
            Reason::CassetteNotFirst => "tr-why-cassette-not-first",
            Reason::Restarted => "tr-why-restarted",
            Reason::RestartFailed => "tr-why-restart-failed",
            Reason::StoppedPumpLeaks => "tr-why-stopped-pump-leaks",
            Reason::RemovedFromVentricle => "tr-why-removed-from-lv",
            Reason::RemoveBeforeRestart => "tr-why-remove-before-restart",
            Reason::SampleTaken => "tr-why-sample-taken",
            Reason::LowestLevel => "tr-why-lowest-level",
            Reason::RaiseAddsHaemolysis => "tr-why-raise-adds-haemolysis",
            Reason::WeanByTwo => "tr-why-wean-by-two",
            Reason::WeanTooFast => "tr-why-wean-too-fast",
            Reason::CiTooLow => "tr-why-ci-too-low",
            Reason::BackUpForCi => "tr-why-back-up-for-ci",
            Reason::BelowP2InVentricle => "tr-why-below-p2-in-lv",
            Reason::ActChecked => "tr-why-act-checked",
            Reason::ActWaited => "tr-why-act-waited",
            Reason::RemoveWithHighAct => "tr-why-remove-high-act",
            Reason::PulledIntoAorta => "tr-why-pulled-into-aorta",
            Reason::Removed => "tr-why-removed",
            Reason::RemoveOutOfOrder => "tr-why-remove-out-of-order",
            Reason::WaitedProblemContinues => "tr-why-waited-problem",
            Reason::WaitedNothingWrong => "tr-why-waited-fine",
            Reason::NotRelevant => "tr-why-not-relevant",
            Reason::HelpCalled => "tr-why-help-called",
            Reason::LevelDoesNotShowPosition => "tr-why-level-not-position",
            Reason::PressureOnSite => "tr-why-pressure-on-site",
            Reason::VolumeForBleeding => "tr-why-volume-for-bleeding",
            Reason::ActCheckedBleeding => "tr-why-act-checked-bleeding",
            Reason::RaiseDoesNotReplaceBlood => "tr-why-raise-not-blood",
            Reason::WaitedWhileBleeding => "tr-why-waited-bleeding",
            Reason::VentPlaced => "tr-why-vent-placed",
            Reason::VentAlreadyIn => "tr-why-vent-already-in",
            Reason::EcmoUpAgainstShutValve => "tr-why-ecmo-up",
            Reason::EcmoDownDoesNotVent => "tr-why-ecmo-down",
            Reason::FluidIntoFullVentricle => "tr-why-fluid-distended",
            Reason::WaitedWhileDistended => "tr-why-waited-distended",
            Reason::WatchVent => "tr-why-watch-vent",
            Reason::VentLevelUp => "tr-why-vent-level-up",
            Reason::NoPumpYet => "tr-why-no-pump-yet",
        }
    }

    /// Every reason (for message-completeness tests).
    pub const ALL: [Reason; 58] = [
        Reason::FluidForSuction,
        Reason::ReduceForSuction,
        Reason::RaiseInSuction,
        Reason::ReturnToPrevious,
        Reason::ReturnTooEarly,
        Reason::ImagingGood,
        Reason::RvAssessed,
        Reason::RvSupported,
        Reason::RvSupportNotIndicated,
        Reason::MoveWithoutImaging,
        Reason::MoveAtHighLevel,
        Reason::MoveRightWay,
        Reason::MoveWrongWay,
        Reason::P2BeforeMoving,
        Reason::RaiseWithWrongPosition,
        Reason::KinkFixed,
        Reason::NoKink,
        Reason::DextroseLowered,
        Reason::PurgeRateRaised,
        Reason::CassetteNotFirst,
        Reason::Restarted,
        Reason::RestartFailed,
        Reason::StoppedPumpLeaks,
        Reason::RemovedFromVentricle,
        Reason::RemoveBeforeRestart,
        Reason::SampleTaken,
        Reason::LowestLevel,
        Reason::RaiseAddsHaemolysis,
        Reason::WeanByTwo,
        Reason::WeanTooFast,
        Reason::CiTooLow,
        Reason::BackUpForCi,
        Reason::BelowP2InVentricle,
        Reason::ActChecked,
        Reason::ActWaited,
        Reason::RemoveWithHighAct,
        Reason::PulledIntoAorta,
        Reason::Removed,
        Reason::RemoveOutOfOrder,
        Reason::WaitedProblemContinues,
        Reason::WaitedNothingWrong,
        Reason::NotRelevant,
        Reason::HelpCalled,
        Reason::LevelDoesNotShowPosition,
        Reason::PressureOnSite,
        Reason::VolumeForBleeding,
        Reason::ActCheckedBleeding,
        Reason::RaiseDoesNotReplaceBlood,
        Reason::WaitedWhileBleeding,
        Reason::VentPlaced,
        Reason::VentAlreadyIn,
        Reason::EcmoUpAgainstShutValve,
        Reason::EcmoDownDoesNotVent,
        Reason::FluidIntoFullVentricle,
        Reason::WaitedWhileDistended,
        Reason::WatchVent,
        Reason::VentLevelUp,
        Reason::NoPumpYet,
    ];
}

/// How one action was judged: the verdict, its reason and the number that goes with the reason, if any.
pub(super) type Judgement = (Verdict, Reason, Option<f64>);
