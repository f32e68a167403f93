## "How the pump works": the live heart and pump simulation.

demo-title = How the pump works
demo-intro-patient = This is a computer model of a heart and the pump. Choose a situation. Switch the pump on and watch how it helps a weak heart.
demo-intro-clinician = A lumped-parameter model of the heart and circulation (time-varying elastance ventricles, windkessel vessels) with a microaxial pump across the aortic valve. Change the heart, the volume and the pump level and watch pressures, flows and the pressure–volume loop respond.
demo-model-note = These numbers come from a teaching model, not from a real person. They show how the pump works in general. They cannot tell what will happen to any one patient.

demo-controls-title = Controls
demo-situation = Situation
demo-preset-healthy = Healthy heart
demo-preset-shock = Cardiogenic shock
demo-preset-deteriorating = Shock getting worse
demo-preset-rhf = Shock with a weak right side of the heart
demo-preset-low-volume = Shock with too little blood

demo-pump-group = The pump
demo-pump-on = Pump switched on
demo-device = Pump size
demo-device-25 = Small pump (2.5 class)
demo-device-cp = Medium pump (CP class)
demo-device-55 = Large pump (5.5 class)
demo-device-none = No pump
demo-device-max = The most this pump can move: { $flow } litres a minute (manufacturer’s figure).
demo-p-level = Pump level (P-level)
demo-p-level-value = P-{ $level }

demo-heart-group = Heart and circulation
demo-contractility = Heart muscle strength (LV Ees)
demo-heart-rate = Heart rate
demo-blood-volume = Blood volume
demo-resistance = Systemic vascular resistance
demo-baroreflex = Baroreflex on (the body’s own blood-pressure control)
demo-clamped = { $control } was kept at { $value }, the safe limit of the model.

demo-playback = Playback
demo-play = Play
demo-pause = Pause
demo-speed = Speed
demo-speed-1 = Real time
demo-speed-half = Half speed
demo-speed-quarter = Quarter speed
demo-reduced-motion = The animation is paused because your device asks for less motion. The picture and numbers still update when you change something. Press Play to run it.

demo-view = View
demo-view-patient = Simple
demo-view-clinician = Detailed

control-decrease = Less: { $control }
control-increase = More: { $control }

demo-alert-suction = The pump is short of blood. There is not enough blood in the heart for the pump to pull from. A care team would check whether more fluid is needed, turn the pump down a little and check its position.
demo-alert-low-pressure = Blood pressure is dangerously low: the top number is under 90. (Shock criteria: Pepe et al., Shock 2020)
demo-no-alerts = No warnings.

demo-picture-title = The heart and the pump
demo-pic-aorta = Aorta
demo-pic-la = Left atrium
demo-pic-lv = Left ventricle
demo-pic-inlet = Inlet
demo-pic-outlet = Outlet
demo-pic-key = Red shapes are blood in the heart. The grey line is the pump’s thin tube. Moving dashes show blood going through the pump, from the inlet in the heart to the outlet in the aorta. The valves open and close as the heart beats.
demo-pic-description = Picture of the left side of the heart. { $pump ->
    [on] The pump sits across the valve and moves { $flow } litres a minute.
   *[off] There is no pump.
}

demo-summary-heart = The heart itself is pumping { $native } litres of blood a minute.
demo-summary-pump = The pump adds { $pump } litres a minute.
demo-summary-pump-off = The pump is switched off.
demo-summary-total = In total, the body gets { $total } litres a minute.
demo-summary-healthy = For comparison, the healthy heart in this model pumps { $healthy } litres a minute.
demo-summary-pressure = Blood pressure: { $sbp } over { $dbp } mmHg.

demo-charts-title = Pressures, flows and the heart’s work
demo-pressure-chart = Pressures over time
demo-flow-chart = Blood flow over time
demo-pv-chart = Pressure–volume loop of the left ventricle
demo-response-chart = What each pump level does to this heart
demo-axis-time = Time (s)
demo-axis-pressure = Pressure (mmHg)
demo-axis-flow = Flow (L/min)
demo-axis-volume = LV volume (ml)
demo-axis-p-level = P-level
demo-series-aortic = Aorta
demo-series-lv = Left ventricle
demo-series-la = Left atrium
demo-series-native = Heart’s own output
demo-series-pump = Pump
demo-series-total = Total
demo-series-loop = This heart now
demo-series-healthy = Healthy heart
demo-series-snapshot = Saved snapshot
demo-response-total = Total output (L/min)
demo-response-map = Mean pressure (mmHg)
demo-response-lvedp = Filling pressure LVEDP (mmHg)
demo-response-cpo = Cardiac power (W)
demo-response-table = Table of each pump level
demo-response-computing = Working out the pump levels: { $done } of { $total } done.
demo-pv-explain = Each beat draws a loop: the heart fills (bottom), squeezes (right side), pushes blood out (top) and relaxes (left side). A loop further left means a less stretched heart. A smaller loop means less work.

demo-table-last-beat = Last beat
demo-table-measure = Measure
demo-table-value = Value
demo-table-level = Level
demo-m-sbp = Top pressure (systolic), mmHg
demo-m-dbp = Bottom pressure (diastolic), mmHg
demo-m-map = Mean arterial pressure, mmHg
demo-m-hr = Heart rate, beats a minute
demo-m-native = Heart’s own output, L/min
demo-m-pump = Pump flow, L/min
demo-m-total = Total output, L/min
demo-m-ci = Cardiac index (body surface { $bsa } m²), L/min/m²
demo-m-sv = Stroke volume, ml
demo-m-lvedp = LV end-diastolic pressure, mmHg
demo-m-lvedv = LV end-diastolic volume, ml
demo-m-lvesv = LV end-systolic volume, ml
demo-m-ef = Ejection fraction, %
demo-m-lvpeak = Peak LV pressure, mmHg
demo-m-pcwp = Left atrial (wedge) pressure, mmHg
demo-m-cvp = Central venous pressure, mmHg
demo-m-sw = Stroke work, J
demo-m-pva = Pressure–volume area, J
demo-m-cpo = Cardiac power output, W
demo-m-av-open = Aortic valve opened
demo-m-suction = Suction
demo-yes = Yes
demo-no = No

demo-console-title = What the console would show
demo-c-level = P-level
demo-c-speed = Motor speed, rpm
demo-c-flow = Pump flow (min–max), L/min
demo-c-placement = Placement signal (max/min), mmHg
demo-c-waveform = Placement waveform
demo-c-current = Motor current (max/min), mA
demo-c-pulsatile = Motor current pulsatile
demo-wave-aortic = Aortic
demo-wave-ventricular = Ventricular
demo-wave-unknown = Position unknown
demo-metrics-title = All measures of the last beat

demo-compare-title = Compare
demo-compare-help = Save a snapshot, for example shock without the pump, then change something and compare.
demo-compare-freeze = Save snapshot
demo-compare-clear = Clear snapshot
demo-compare-snapshot = Snapshot
demo-compare-now = Now
demo-compare-saved = Snapshot saved: { $situation }, { $pump }.
demo-compare-pump-off = pump off
demo-compare-pump-on = { $device } at P-{ $level }
