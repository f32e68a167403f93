//! Weaning a recovering heart off the pump. FACTS.md "Weaning": lower by 2 P-levels at a time, keep the
//! cardiac index above 2.2 (go back up if it falls), and stay at P-2 or above while the pump is in the
//! ventricle.

use super::actions::{Action, Judgement, Reason as R, Verdict::*};
use super::case::{Case, MIN_LEVEL_IN_VENTRICLE};
use super::definition::Definition;
use super::patients::{self, RECOVERING_LV_MMHG_PER_ML};

/// Cardiac index to keep while weaning, L/min/m² (FACTS.md "Weaning": keep CI > 2.2).
pub const WEANING_MIN_CI: f64 = 2.2;

/// Weaning by 2 P-levels at a time.
pub(super) const WEANING: Definition = Definition {
    prediction: &super::predict::WEANING,
    menu: {
        use Action::*;
        &[PLevelDownTwo, PLevelDown, PLevelUp, SetP0, Wait]
    },
    correct_steps: &["tr-step-wean-two", "tr-step-wean-ci", "tr-step-wean-min"],
    patient: |rng| patients::shock_on_cp(rng, RECOVERING_LV_MMHG_PER_ML, 8),
    fault: None,
    every_action: None,
    judge,
    resolved: |case| {
        case.level() == MIN_LEVEL_IN_VENTRICLE
            && case.metrics().cardiac_index_l_min_m2 > WEANING_MIN_CI
    },
    cause_key: None,
};

fn judge(case: &mut Case, action: Action) -> Judgement {
    use Action::*;
    let level = case.level();
    let ci_before = case.metrics().cardiac_index_l_min_m2;
    match action {
        PLevelDownTwo | PLevelDown => {
            let n = if action == PLevelDownTwo { 2 } else { 1 };
            let to = case.lower_level(n);
            if ci_before <= WEANING_MIN_CI {
                (Wrong, R::CiTooLow, Some(ci_before))
            } else if n == 2 || level - to == 1 && to == MIN_LEVEL_IN_VENTRICLE {
                (Good, R::WeanByTwo, None)
            } else {
                (Unneeded, R::WeanByTwo, None)
            }
        }
        PLevelUp => {
            case.set_level(level + 1);
            if ci_before <= WEANING_MIN_CI {
                (Good, R::BackUpForCi, Some(ci_before))
            } else {
                (Unneeded, R::NotRelevant, None)
            }
        }
        SetP0 => {
            case.set_level(0);
            (Wrong, R::BelowP2InVentricle, None)
        }
        Wait => (Unneeded, R::WaitedNothingWrong, Some(ci_before)),
        _ => (Unneeded, R::NotRelevant, None),
    }
}
