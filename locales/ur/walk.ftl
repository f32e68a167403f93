## The step-by-step walkthrough controls.

walk-progress = { $total } میں سے مرحلہ { $step }
walk-back = پیچھے
walk-next = آگے
walk-restart = مرحلہ 1 پر واپس جائیں
