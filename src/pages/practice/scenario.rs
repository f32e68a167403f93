//! One alarm scenario: the brief, the live console and patient numbers, the action buttons with immediate
//! feedback, and the debrief (physiology, correct actions, the trainee's timeline, PV loops and waveforms of
//! the key moments, drawn with the app's one chart component and described by one data table).

use hemosim::training::{
    Action, Asks, Attempt, CaseCode, Debrief, Outcome, Scenario, ScenarioKind, StepResult, Verdict,
};
use hemosim::{BeatMetrics, Device};
use leptos::prelude::*;

use crate::chart_theme::{LineStyle, MOMENT_END, MOMENT_START, MOMENT_WORST};
use crate::components::chart::{
    draw_when_shown, fit_range, ChartFigure, ChartSpec, Legend, LegendEntry, Line,
};
use crate::components::pump_console::{polyline_in, PumpConsole};
use crate::focus::focus_when_drawn;
use crate::i18n::{args, use_i18n, I18n};
use crate::pages::practice::record::{today, RecordStore};
use crate::pages::practice::{ProgressStore, TrainingNotice};
use crate::practice::{
    clock, num, scenario_brief_id, scenario_physiology_id, scenario_steps_ids, scenario_title_id,
    seed_from_hash, PracticePage,
};
use fluent_bundle::FluentValue;

/// Message id of a verdict's label.
pub fn verdict_id(v: Verdict) -> &'static str {
    match v {
        Verdict::Good => "sc-verdict-good",
        Verdict::Unneeded => "sc-verdict-unneeded",
        Verdict::Wrong => "sc-verdict-wrong",
    }
}

/// CSS class of a verdict (the text and icon carry the meaning; colour only repeats it).
fn verdict_class(v: Verdict) -> &'static str {
    match v {
        Verdict::Good => "fb fb-good",
        Verdict::Unneeded => "fb fb-unneeded",
        Verdict::Wrong => "fb fb-wrong",
    }
}

fn verdict_icon(v: Verdict) -> &'static str {
    match v {
        Verdict::Good => "✓",
        Verdict::Unneeded => "•",
        Verdict::Wrong => "✗",
    }
}

/// The feedback sentence for a step.
fn feedback_text(i18n: I18n, step: &StepResult) -> String {
    // Whole seconds of ACT are a count the translation may choose a plural form on; other values are
    // decimals shown in the reader's number style.
    let value: FluentValue = match step.value {
        Some(v) if crate::i18n::ACT_SECONDS_MESSAGES.contains(&step.reason.key()) => {
            FluentValue::from(v.round() as i64)
        }
        Some(v) => num(v, if v.abs() >= 20.0 { 0 } else { 1 }).into(),
        None => String::new().into(),
    };
    i18n.t_args(step.reason.key(), &args(&[("value", value)]))
}

/// The look of a key moment's line: start grey dashed, worst thick dark red, end blue solid.
fn moment_style(label_key: &str) -> LineStyle {
    match label_key {
        "tr-moment-start" => MOMENT_START,
        "tr-moment-worst" => MOMENT_WORST,
        _ => MOMENT_END,
    }
}

/// The debrief's two charts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DebriefChart {
    /// The left ventricle's pressure–volume loop of each key moment.
    PvLoop,
    /// The placement signal over each key moment's beat.
    Placement,
    /// The aortic pressure over each key moment's beat: what the arterial line shows, the clue on ECMO.
    Aortic,
}

impl DebriefChart {
    /// The chart beside the PV loops: the aortic pressure where the scenario opened on ECMO (the arterial
    /// line, not a pump's placement signal, is what the trainee read there), else the placement signal.
    fn beside_pv_loop(d: &Debrief) -> Self {
        let on_ecmo = d
            .moments
            .first()
            .is_some_and(|m| m.metrics.ecmo_flow_l_min > 0.0);
        if on_ecmo {
            DebriefChart::Aortic
        } else {
            DebriefChart::Placement
        }
    }

    /// Message id of the chart's title.
    fn title_id(self) -> &'static str {
        match self {
            DebriefChart::PvLoop => "sc-chart-pv",
            DebriefChart::Placement => "sc-chart-placement",
            DebriefChart::Aortic => "sc-chart-aortic",
        }
    }

    /// Message id of the sentence that introduces the PV loops and this chart.
    fn pair_title_id(self) -> &'static str {
        match self {
            DebriefChart::Aortic => "sc-chart-title-aortic",
            DebriefChart::PvLoop | DebriefChart::Placement => "sc-chart-title",
        }
    }

    /// The chart of `d`'s key moments, one line each, with translated axis titles.
    fn spec(self, i18n: I18n, d: &Debrief) -> ChartSpec {
        let lines: Vec<Line> = d
            .moments
            .iter()
            .map(|m| {
                let t0 = m.points.first().map_or(0.0, |p| p.time_s);
                let points = m
                    .points
                    .iter()
                    .map(|p| match self {
                        DebriefChart::PvLoop => (f64::from(p.v_lv_ml), f64::from(p.p_lv_mmhg)),
                        DebriefChart::Placement => {
                            (p.time_s - t0, f64::from(p.placement_signal_mmhg))
                        }
                        DebriefChart::Aortic => (p.time_s - t0, f64::from(p.p_ao_mmhg)),
                    })
                    .collect();
                Line {
                    points,
                    style: moment_style(m.label_key),
                }
            })
            .collect();
        let all = || lines.iter().flat_map(|l| l.points.iter());
        let (x_label, y_label) = match self {
            DebriefChart::PvLoop => ("sc-axis-volume", "sc-axis-lv-pressure"),
            DebriefChart::Placement => ("sc-axis-time", "sc-axis-placement"),
            DebriefChart::Aortic => ("sc-axis-time", "sc-axis-aortic"),
        };
        ChartSpec {
            x: fit_range(all().map(|p| p.0), 1.0, true),
            y: fit_range(all().map(|p| p.1), 20.0, true),
            x_label: i18n.t(x_label),
            y_label: i18n.t(y_label),
            lines,
            marker_x: None,
            caption: None,
        }
    }
}

/// One debrief chart, described by the key moments' table.
#[component]
fn DebriefChartFigure(chart: DebriefChart, debrief: Debrief) -> impl IntoView {
    let i18n = use_i18n();
    let canvas_ref = NodeRef::new();
    draw_when_shown(canvas_ref, move || chart.spec(i18n, &debrief));
    view! { <ChartFigure title_id=chart.title_id() table_id="sc-moments-table" canvas_ref=canvas_ref /> }
}

/// Key numbers of a beat, for tables.
fn metric_cells(i18n: I18n, m: &BeatMetrics) -> [String; 5] {
    [
        num(m.map_mmhg, 0),
        num(m.cardiac_index_l_min_m2, 1),
        num(m.lvedp_mmhg, 0),
        num(m.pump_flow_l_min, 1),
        if m.suction {
            i18n.t("sc-yes")
        } else {
            i18n.t("sc-no")
        },
    ]
}

/// The debrief's account of the opening question: the trainee's answer, whether it was the best one, and one
/// line for every answer saying why it fits or why it does not.
#[component]
fn PredictionExplained(debrief: Debrief) -> impl IntoView {
    let i18n = use_i18n();
    let prediction = debrief.kind.prediction();
    let verdict = match debrief.prediction_right() {
        Some(true) => view! { <p class="fb fb-good"><span aria-hidden="true">"✓ "</span>{i18n.tr("sc-prediction-right")}</p> }.into_any(),
        Some(false) => view! { <p class="fb fb-wrong"><span aria-hidden="true">"✗ "</span>{i18n.tr("sc-prediction-wrong")}</p> }.into_any(),
        None => view! { <p class="fb fb-unneeded"><span aria-hidden="true">"• "</span>{i18n.tr("sc-prediction-none")}</p> }.into_any(),
    };
    let chosen = debrief.prediction;
    let items = prediction
        .choices
        .iter()
        .enumerate()
        .map(|(i, c)| {
            // Words, not colour, say which answer was the trainee's and which was the best.
            let marks = [
                (chosen == Some(i)).then(|| i18n.t("sc-prediction-yours")),
                c.correct.then(|| i18n.t("sc-prediction-best")),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ");
            let class = if c.correct { "sc-choice sc-choice-best" } else { "sc-choice" };
            view! {
                <li class=class>
                    <strong>{i18n.t(c.label)}</strong>
                    {(!marks.is_empty()).then(|| view! { " "<span class="sc-choice-mark">"("{marks}")"</span> })}
                    <br />{i18n.t(c.why)}
                </li>
            }
        })
        .collect_view();
    view! {
        <h3>{i18n.tr("sc-prediction-title")}</h3>
        <p class="sc-question">{i18n.tr(prediction.question)}</p>
        {verdict}
        <ul class="sc-choices">{items}</ul>
    }
}

/// The debrief view.
#[component]
fn DebriefView(debrief: Debrief, purge_cause: Option<&'static str>) -> impl IntoView {
    let i18n = use_i18n();
    let resolved = debrief.outcome == Outcome::Resolved;
    let outcome = if resolved {
        view! { <p class="fb fb-good"><span aria-hidden="true">"✓ "</span>{i18n.tr("sc-outcome-resolved")}</p> }.into_any()
    } else {
        view! { <p class="fb fb-wrong"><span aria-hidden="true">"✗ "</span>{i18n.tr("sc-outcome-unresolved")}</p> }.into_any()
    };
    let score = debrief.score;
    let (good, unneeded, wrong) = debrief.counts;
    let steps = debrief
        .correct_steps
        .iter()
        .map(|&k| view! { <li>{i18n.t(k)}</li> })
        .collect_view();
    let rows = debrief
        .timeline
        .iter()
        .map(|e| {
            let step = e.step;
            let cells = metric_cells(i18n, &e.metrics);
            view! {
                <tr>
                    <td>{clock(e.time_s)}</td>
                    <td>{i18n.t(step.action.key())}</td>
                    <td class=verdict_class(step.verdict)><span aria-hidden="true">{verdict_icon(step.verdict)}" "</span>{i18n.t(verdict_id(step.verdict))}</td>
                    <td>{feedback_text(i18n, &step)}</td>
                    <td>{format!("P-{}", e.p_level)}</td>
                    <td>{cells[3].clone()}</td>
                    <td>{cells[1].clone()}</td>
                </tr>
            }
        })
        .collect_view();
    let moment_rows = debrief
        .moments
        .iter()
        .map(|m| {
            let c = metric_cells(i18n, &m.metrics);
            view! {
                <tr><th scope="row">{i18n.t(m.label_key)}" ("{clock(m.time_s)}")"</th>
                <td>{c[0].clone()}</td><td>{c[1].clone()}</td><td>{c[2].clone()}</td><td>{c[3].clone()}</td><td>{c[4].clone()}</td></tr>
            }
        })
        .collect_view();
    let legend = debrief
        .moments
        .iter()
        .map(|m| LegendEntry::of(m.label_key, moment_style(m.label_key)))
        .collect::<Vec<_>>();
    let kind = debrief.kind;
    let beside = DebriefChart::beside_pv_loop(&debrief);
    let (order_title, steps_source) = scenario_steps_ids(kind);
    view! {
        <section class="debrief card" aria-labelledby="sc-debrief-title">
            <h2 id="sc-debrief-title" tabindex="-1">{i18n.tr("sc-debrief-title")}</h2>
            {outcome}
            <p class="sc-score">{move || i18n.t_args("sc-score", &args(&[("score", score)]))}</p>
            <p>{move || i18n.t_args("sc-counts", &args(&[("good", good), ("unneeded", unneeded), ("wrong", wrong)]))}</p>
            <PredictionExplained debrief=debrief.clone() />
            <h3>{i18n.tr("sc-what-happened")}</h3>
            <p>{i18n.tr(scenario_physiology_id(kind))}</p>
            {purge_cause.map(|k| view! { <p>{i18n.tr(k)}</p> })}
            <h3>{i18n.tr(order_title)}</h3>
            <ol class="sc-steps">{steps}</ol>
            <h3>{i18n.tr("sc-key-moments")}</h3>
            <p>{i18n.tr(beside.pair_title_id())}</p>
            <div class="debrief-charts">
                <DebriefChartFigure chart=DebriefChart::PvLoop debrief=debrief.clone() />
                <DebriefChartFigure chart=beside debrief=debrief.clone() />
            </div>
            <Legend entries=legend />
            // Scrolls on its own at phone width, like the timeline, instead of widening the page.
            <div class="table-scroll" tabindex="0" role="region" aria-label=i18n.tr("sc-moments-caption")>
                <table id="sc-moments-table" class="data-table">
                    <caption>{i18n.tr("sc-moments-caption")}</caption>
                    <thead><tr><th scope="col">{i18n.tr("sc-col-moment")}</th><th scope="col">{i18n.tr("sc-col-map")}</th><th scope="col">{i18n.tr("sc-col-ci")}</th><th scope="col">{i18n.tr("sc-col-lvedp")}</th><th scope="col">{i18n.tr("sc-col-flow")}</th><th scope="col">{i18n.tr("sc-col-suction")}</th></tr></thead>
                    <tbody>{moment_rows}</tbody>
                </table>
            </div>

            <h3>{i18n.tr("sc-timeline")}</h3>
            <div class="table-scroll" tabindex="0" role="region" aria-label=i18n.tr("sc-timeline")>
                <table class="data-table sc-timeline">
                    <thead><tr>
                        <th scope="col">{i18n.tr("sc-col-time")}</th><th scope="col">{i18n.tr("sc-col-action")}</th>
                        <th scope="col">{i18n.tr("sc-col-verdict")}</th><th scope="col">{i18n.tr("sc-col-why")}</th>
                        <th scope="col">{i18n.tr("sc-col-level")}</th><th scope="col">{i18n.tr("sc-col-flow")}</th><th scope="col">{i18n.tr("sc-col-ci")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <p class="source">{i18n.tr(steps_source)}</p>
        </section>
    }
}

/// Stands for the instructor code in its sentence until the code is put there in a `<code>` element (a
/// private-use character no message contains).
const CODE_MARK: &str = "\u{E000}";

/// One scenario page.
#[component]
pub fn ScenarioPage(kind: ScenarioKind) -> impl IntoView {
    let i18n = use_i18n();
    let store = ProgressStore::load();
    let record = RecordStore::load();
    // The trainee's own time (ms on this page's clock): when the actions opened, and the first correct step
    // on the console.
    let opened_ms = RwSignal::new(None::<f64>);
    let first_good_ms = RwSignal::new(None::<f64>);
    let first_seed = seed_from_hash(&window().location().hash().unwrap_or_default()).unwrap_or(1);
    let seed = RwSignal::new(first_seed);
    let scenario = RwSignal::new(Scenario::new(kind, first_seed));
    let feedback = RwSignal::new(None::<StepResult>);
    // The Patient pane's numbers before the last action, to show what it changed.
    let before = RwSignal::new(None::<BeatMetrics>);
    // The answer chosen on the opening question, before it is locked in.
    let choice = RwSignal::new(None::<usize>);
    let choose_first = RwSignal::new(false);
    let debrief = RwSignal::new(None::<(Debrief, Option<&'static str>)>);

    let saved = RwSignal::new(true);
    let finish = move || {
        // Once per attempt: the debrief and the record are written when the scenario ends, never again.
        if debrief.with_untracked(Option::is_some) {
            return;
        }
        let (d, cause) = scenario
            .try_update(|s| (s.debrief(), s.purge_cause_key()))
            .expect("scenario signal lives as long as the page");
        store.record(kind.slug(), d.score, d.outcome == Outcome::Resolved);
        let first_step_s = opened_ms
            .get_untracked()
            .zip(first_good_ms.get_untracked())
            .map(|(opened, good)| ((good - opened).max(0.0) / 1000.0).round() as u32);
        saved.set(record.push(Attempt::from_debrief(&d, today(), first_step_s)));
        debrief.set(Some((d, cause)));
        // The debrief heading, so keyboard and screen-reader users land on it.
        focus_when_drawn("#sc-debrief-title");
    };
    let act = move |a: Action| {
        before.set(Some(scenario.with_untracked(|s| s.metrics())));
        let result = scenario.try_update(|s| s.act(a)).flatten();
        if result.is_some_and(|r| r.verdict == Verdict::Good && !a.escalates())
            && first_good_ms.get_untracked().is_none()
        {
            first_good_ms.set(Some(now_ms()));
        }
        feedback.set(result);
        if scenario.with_untracked(|s| s.outcome().is_some()) {
            finish();
        }
    };
    let restart = move |same: bool| {
        let next = if same {
            seed.get_untracked()
        } else {
            seed.get_untracked() + 1
        };
        seed.set(next);
        scenario.set(Scenario::new(kind, next));
        feedback.set(None);
        before.set(None);
        opened_ms.set(None);
        first_good_ms.set(None);
        choice.set(None);
        choose_first.set(false);
        debrief.set(None);
    };

    let readings = Signal::derive(move || scenario.with(|s| s.console()));
    let trace = Signal::derive(move || {
        scenario.with(|s| s.recorder().last_seconds(2.0).copied().collect::<Vec<_>>())
    });
    let running = move || debrief.get().is_none();
    let locked = move || scenario.with(|s| s.prediction().is_some());
    let lock = move || match choice.get_untracked() {
        Some(i) => {
            scenario.update(|s| {
                s.predict(i);
            });
            opened_ms.set(Some(now_ms()));
            // The first action button, now enabled.
            focus_when_drawn(".sc-action");
        }
        None => choose_first.set(true),
    };
    let buttons = kind
        .menu()
        .iter()
        .map(|&a| {
            view! {
                <li><button type="button" class="sc-action" disabled=move || !running() || !locked()
                    aria-describedby="sc-actions-why" on:click=move |_| act(a)>{i18n.t(a.key())}</button></li>
            }
        })
        .collect_view();
    // Why the action buttons cannot be used now, if they cannot.
    let actions_why = move || {
        if !running() {
            Some(i18n.t("sc-actions-ended"))
        } else if !locked() {
            Some(i18n.t("sc-actions-locked"))
        } else {
            None
        }
    };
    let prediction = kind.prediction();
    let asks_id = match prediction.asks {
        Asks::Forecast => "sc-predict-forecast",
        Asks::Cause => "sc-predict-cause",
    };
    let radios = prediction
        .choices
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let id = format!("sc-choice-{i}");
            view! {
                <li>
                    <input type="radio" name="sc-prediction" id=id.clone() prop:checked=move || choice.get() == Some(i)
                        disabled=move || locked() || !running()
                        on:change=move |_| { choice.set(Some(i)); choose_first.set(false); } />
                    <label for=id>{i18n.t(c.label)}</label>
                </li>
            }
        })
        .collect_view();
    let locked_line = move || {
        scenario.with(|s| s.prediction()).map(|i| {
            let answer = i18n.t(prediction.choices[i].label);
            i18n.t_args("sc-predict-locked", &args(&[("answer", answer)]))
        })
    };
    let changed = move || {
        let b = before.get()?;
        feedback.get()?;
        let a = scenario.with(|s| s.metrics());
        let values = args(&[
            ("map0", num(b.map_mmhg, 0)),
            ("map1", num(a.map_mmhg, 0)),
            ("ci0", num(b.cardiac_index_l_min_m2, 1)),
            ("ci1", num(a.cardiac_index_l_min_m2, 1)),
            ("flow0", num(b.pump_flow_l_min, 1)),
            ("flow1", num(a.pump_flow_l_min, 1)),
        ]);
        let filling = (b.ecmo_flow_l_min > 0.0 || a.ecmo_flow_l_min > 0.0).then(|| {
            let values = args(&[
                ("lvedp0", num(b.lvedp_mmhg, 0)),
                ("lvedp1", num(a.lvedp_mmhg, 0)),
                ("pcwp0", num(b.pcwp_mmhg, 0)),
                ("pcwp1", num(a.pcwp_mmhg, 0)),
                ("pp0", num(b.sbp_mmhg - b.dbp_mmhg, 0)),
                ("pp1", num(a.sbp_mmhg - a.dbp_mmhg, 0)),
            ]);
            view! { <p class="sc-changed-filling">{i18n.t_args("sc-changed-ecmo", &values)}</p> }
        });
        Some(view! { <p class="sc-changed">{i18n.t_args("sc-changed", &values)}</p>{filling} })
    };
    let vitals = move || {
        scenario.with(|s| {
            let m = s.metrics();
            // Without a pump there is no catheter to give a depth for.
            let id = if s.simulation().controls().device == Device::None {
                "sc-vitals-no-pump"
            } else {
                "sc-vitals"
            };
            let a = args(&[
                ("map", num(m.map_mmhg, 0)),
                ("hr", num(m.heart_rate_bpm, 0)),
                ("ci", num(m.cardiac_index_l_min_m2, 1)),
                ("lvedp", num(m.lvedp_mmhg, 0)),
                ("cvp", num(m.cvp_mmhg, 0)),
                ("depth", num(s.simulation().controls().position_cm, 1)),
                ("time", clock(s.clock_s())),
            ]);
            i18n.t_args(id, &a)
        })
    };
    let ecmo = move || scenario.with(|s| ecmo_readings(i18n, s));
    let samples = move || {
        (kind == ScenarioKind::Haemolysis).then(|| {
            let rows = scenario.with(|s| s.haemolysis().samples.clone());
            let items = rows
                .into_iter()
                .map(|(h, v)| {
                    let a = args(&[("hour", num(h, 0)), ("value", num(v, 0))]);
                    view! { <li>{i18n.t_args("sc-sample", &a)}</li> }
                })
                .collect_view();
            view! {
                <div class="sc-samples">
                    <h3>{i18n.tr("sc-samples-title")}</h3>
                    <ul>{items}</ul>
                    <p class="source">{i18n.tr("sc-samples-note")}</p>
                </div>
            }
        })
    };
    let feedback_view = move || {
        feedback.get().map(|step| {
            view! {
                <p class=verdict_class(step.verdict)>
                    <span aria-hidden="true">{verdict_icon(step.verdict)}" "</span>
                    <strong>{i18n.t(verdict_id(step.verdict))}</strong>" "{feedback_text(i18n, &step)}
                </p>
            }
        })
    };
    view! {
        <article class="page practice scenario">
            <p class="breadcrumb"><a href=PracticePage::Hub.href()>{i18n.tr("nav-practice")}</a></p>
            <h1>{i18n.tr(scenario_title_id(kind))}</h1>
            <TrainingNotice />
            <p class="sc-brief">{i18n.tr(scenario_brief_id(kind))}</p>
            <p class="sc-seed">{move || i18n.t_args("sc-seed", &args(&[("seed", seed.get().to_string())]))}</p>
            {move || CaseCode { kind, seed: seed.get() }.encode().map(|code| {
                // The code is code, the same in every language: set apart in <code>, where the sentence
                // (in the reader's language) puts it.
                let sentence = i18n.t_args("sc-code", &args(&[("code", CODE_MARK)]));
                let (before, after) = sentence.split_once(CODE_MARK).unwrap_or((sentence.as_str(), ""));
                view! { <p class="sc-code">{before.to_owned()}<code>{code}</code>{after.to_owned()}</p> }
            })}
            <p class="sc-steps">{i18n.tr("sc-steps")}</p>
            <div class="sc-layout">
                <PumpConsole readings=readings trace=trace clock_s=Signal::derive(move || scenario.with(|s| s.clock_s())) />
                <section class="sc-patient" aria-labelledby="sc-patient-title">
                    <h2 id="sc-patient-title">{i18n.tr("sc-patient-title")}</h2>
                    <p class="sc-vitals">{vitals}</p>
                    {ecmo}
                    {samples}
                </section>
            </div>
            <section class="sc-predict" aria-labelledby="sc-predict-title">
                <h2 id="sc-predict-title">{i18n.tr("sc-predict-title")}</h2>
                <p>{i18n.tr("sc-predict-look")}</p>
                <fieldset class="sc-question">
                    <legend>{i18n.tr(prediction.question)}</legend>
                    <p class="sc-asks">{i18n.tr(asks_id)}</p>
                    <ul class="sc-choices">{radios}</ul>
                </fieldset>
                <Show when=move || !locked() && running()>
                    <button type="button" class="pr-button" aria-describedby="sc-predict-status" on:click=move |_| lock()>{i18n.tr("sc-predict-commit")}</button>
                </Show>
                <p id="sc-predict-status" role="status">
                    {move || choose_first.get().then(|| i18n.t("sc-predict-choose-first"))}
                    {locked_line}
                </p>
            </section>
            <section class="sc-actions" aria-labelledby="sc-actions-title">
                <h2 id="sc-actions-title">{i18n.tr("sc-actions-title")}</h2>
                <p>{i18n.tr("sc-actions-help")}</p>
                <p id="sc-actions-why" class="sc-why-not">{actions_why}</p>
                <ul class="sc-action-list">{buttons}</ul>
                <p class="sc-help">
                    <button type="button" class="sc-action" disabled=move || !running() || !locked()
                        aria-describedby="sc-actions-why" on:click=move |_| act(Action::CallForHelp)>{i18n.tr(Action::CallForHelp.key())}</button>
                </p>
                <div class="sc-feedback" role="status" aria-live="polite">{feedback_view}{changed}</div>
                <div class="pr-buttons">
                    <Show when=running>
                        <button type="button" class="pr-button" on:click=move |_| finish()>{i18n.tr("sc-end")}</button>
                    </Show>
                    <button type="button" class="pr-button" on:click=move |_| restart(true)>{i18n.tr("sc-replay")}</button>
                    <button type="button" class="pr-button" on:click=move |_| restart(false)>{i18n.tr("sc-new-patient")}</button>
                </div>
            </section>
            {move || debrief.get().map(|(d, cause)| view! { <DebriefView debrief=d purge_cause=cause /> })}
            <Show when=move || !running()>
                <p class="sc-record-link"><a href=PracticePage::Record.href()>
                    {move || i18n.t(if saved.get() { "sc-record-saved" } else { "sc-record-not-saved" })}
                </a></p>
            </Show>
        </article>
    }
}

/// Scale of the arterial line's trace, mmHg (bottom, top): fixed, so a flat line looks flat.
const ARTERIAL_TRACE_MMHG: (f64, f64) = (0.0, 150.0);

/// The Patient pane's ECMO readings, while ECMO runs: its flow and the body's, the arterial line (numbers and
/// its trace over the last two seconds), the wedge pressure and what echo shows of the aortic valve.
fn ecmo_readings(i18n: I18n, s: &Scenario) -> Option<impl IntoView> {
    let set = s.simulation().controls().ecmo_flow_l_min;
    if set <= 0.0 {
        return None;
    }
    let m = s.metrics();
    let flow = args(&[
        ("flow", num(m.ecmo_flow_l_min, 1)),
        ("set", num(set, 1)),
        ("body", num(m.systemic_flow_l_min, 1)),
    ]);
    let arterial = args(&[
        ("sys", num(m.sbp_mmhg, 0)),
        ("dia", num(m.dbp_mmhg, 0)),
        ("pp", num(m.sbp_mmhg - m.dbp_mmhg, 0)),
    ]);
    let wedge = args(&[("pcwp", num(m.pcwp_mmhg, 0))]);
    let valve = if m.aortic_valve_opened {
        "sc-ecmo-valve-opens"
    } else {
        "sc-ecmo-valve-shut"
    };
    let pressures: Vec<f64> = s
        .recorder()
        .last_seconds(2.0)
        .map(|p| f64::from(p.p_ao_mmhg))
        .collect();
    let points = polyline_in(&pressures, ARTERIAL_TRACE_MMHG, 200.0, 48.0);
    Some(view! {
        <div class="sc-ecmo">
            <h3>{i18n.tr("sc-ecmo-title")}</h3>
            <ul>
                <li>{i18n.t_args("sc-ecmo-flow", &flow)}</li>
                <li>{i18n.t_args("sc-ecmo-arterial", &arterial)}</li>
                <li>{i18n.t_args("sc-ecmo-wedge", &wedge)}</li>
                <li>{i18n.t(valve)}</li>
            </ul>
            <figure class="sc-art">
                <svg viewBox="0 0 200 48" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <polyline points=points />
                </svg>
                <figcaption>{i18n.tr("sc-ecmo-trace")}</figcaption>
            </figure>
        </div>
    })
}

/// Milliseconds on this page's clock.
fn now_ms() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_moment_has_a_distinct_style() {
        let a = moment_style("tr-moment-start");
        let b = moment_style("tr-moment-worst");
        let c = moment_style("tr-moment-end");
        assert_ne!(a, b);
        assert_ne!(b, c);
        assert_ne!(a, c);
        assert!(
            a.dashed,
            "the start line is dashed, not told by colour alone"
        );
    }
}
