## The step-by-step walkthrough controls.

walk-progress = Step { $step } of { $total }
walk-back = Back
walk-next = Next
walk-restart = Go back to step 1
