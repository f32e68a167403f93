//! "Compare the supports": the same patient (hemosim's comparison patient) under two or three machines
//! (the heart on its own, a balloon pump, the microaxial pump, VA-ECMO, ECMO with the pump as a vent), each
//! settled to its own steady state, side by side: overlaid pressure–volume loops and aortic pressure, a table
//! of the numbers (the charts' text alternative), and for every reader one plain paragraph per machine with
//! the trial numbers FACTS.md gives.
//!
//! The work runs in short tasks (see [`in_short_tasks`]), one machine after another, so the page answers
//! taps meanwhile; each machine's result is kept for its settings, so ticking a box back on costs nothing.

use hemosim::limits::LimitId;
use hemosim::{
    comparison_patient, comparison_settling, Balloon, BalloonRatio, BalloonTiming, BeatMetrics,
    Simulation, SupportChoice, SupportOutcome, SupportRun, SupportSettings,
};
use leptos::prelude::*;

use super::state::in_short_tasks;
use crate::chart_theme::{
    SUPPORT_BALLOON, SUPPORT_ECMO, SUPPORT_ECMO_PUMP, SUPPORT_NONE, SUPPORT_PUMP,
};
use crate::components::chart::{self, ChartFigure, ChartSpec, LegendEntry, Line, LineStyle};
use crate::components::cite_link::cited;
use crate::components::measure_label::measure_label;
use crate::flow_demo::{Measure, MAX_P_LEVEL, MIN_P_LEVEL};
use crate::i18n::{args, use_i18n, I18n};
use crate::page_ready::next_task;
use crate::pages::limits::limit_href;

/// How many machines a comparison shows.
const MACHINES: std::ops::RangeInclusive<usize> = 2..=3;
/// Beats run between checks of the task's time.
const BEATS_PER_CHECK: u32 = 2;
/// ECMO flow settings offered, L/min (tenths).
const ECMO_FLOWS_TENTHS: [u32; 11] = [10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60];

fn label_id(c: SupportChoice) -> &'static str {
    match c {
        SupportChoice::None => "supports-choice-none",
        SupportChoice::Balloon => "supports-choice-balloon",
        SupportChoice::MicroaxialPump => "supports-choice-pump",
        SupportChoice::Ecmo => "supports-choice-ecmo",
        SupportChoice::EcmoWithPump => "supports-choice-ecmo-pump",
    }
}

fn what_id(c: SupportChoice) -> &'static str {
    match c {
        SupportChoice::None => "supports-what-none",
        SupportChoice::Balloon => "supports-what-balloon",
        SupportChoice::MicroaxialPump => "supports-what-pump",
        SupportChoice::Ecmo => "supports-what-ecmo",
        SupportChoice::EcmoWithPump => "supports-what-ecmo-pump",
    }
}

/// The paragraph's flow claim and the trial paragraph, each with its sources (FACTS.md).
fn sources(
    c: SupportChoice,
) -> (
    &'static [&'static str],
    Option<(&'static str, &'static [&'static str])>,
) {
    const LEVELS: &[&str] = &["cite-support-levels"];
    match c {
        SupportChoice::None => (&[], None),
        SupportChoice::Balloon => (LEVELS, Some(("supports-trial-balloon", &["cite-iabp"]))),
        SupportChoice::MicroaxialPump => (
            LEVELS,
            Some((
                "supports-trial-pump",
                &[
                    "cite-danger",
                    "cite-danger-bleeding",
                    "cite-danger-escalation",
                ],
            )),
        ),
        SupportChoice::Ecmo => (LEVELS, Some(("supports-trial-ecmo", &["cite-ecls"]))),
        SupportChoice::EcmoWithPump => (&[], Some(("supports-trial-ecmo-pump", &[]))),
    }
}

fn style(c: SupportChoice) -> LineStyle {
    match c {
        SupportChoice::None => SUPPORT_NONE,
        SupportChoice::Balloon => SUPPORT_BALLOON,
        SupportChoice::MicroaxialPump => SUPPORT_PUMP,
        SupportChoice::Ecmo => SUPPORT_ECMO,
        SupportChoice::EcmoWithPump => SUPPORT_ECMO_PUMP,
    }
}

/// The settings that change `choice`'s result (the others reset), so a cached result is found again.
fn relevant(choice: SupportChoice, s: &SupportSettings) -> SupportSettings {
    let base = SupportSettings::default();
    SupportSettings {
        balloon: if choice == SupportChoice::Balloon {
            s.balloon
        } else {
            base.balloon
        },
        p_level: if matches!(
            choice,
            SupportChoice::MicroaxialPump | SupportChoice::EcmoWithPump
        ) {
            s.p_level
        } else {
            base.p_level
        },
        ecmo_flow_l_min: if matches!(choice, SupportChoice::Ecmo | SupportChoice::EcmoWithPump) {
            s.ecmo_flow_l_min
        } else {
            base.ecmo_flow_l_min
        },
    }
}

/// What the section shows: finished results in the chosen order, and how far the work is.
#[derive(Clone, Debug, Default, PartialEq)]
struct Shown {
    results: Vec<SupportOutcome>,
    /// (finished, total) while working.
    working: Option<(usize, usize)>,
}

/// The work behind the section: the settled patient, every result computed so far, and a generation number
/// that a newer request bumps so an older one stops.
#[derive(Default)]
struct Work {
    patient: Option<Simulation>,
    cache: Vec<(SupportChoice, SupportSettings, SupportOutcome)>,
    generation: u32,
    /// Milliseconds of work for each machine computed (for the browser benchmark).
    compute_ms: Vec<f64>,
}

impl Work {
    fn cached(&self, choice: SupportChoice, s: &SupportSettings) -> Option<SupportOutcome> {
        let key = relevant(choice, s);
        self.cache
            .iter()
            .find(|(c, k, _)| *c == choice && *k == key)
            .map(|(_, _, o)| o.clone())
    }
}

/// Settle the patient and then each chosen machine, a task's share at a time; stops when a newer request
/// has started or the reader has left the page.
async fn compute(
    work: StoredValue<Work>,
    generation: u32,
    chosen: Vec<SupportChoice>,
    settings: SupportSettings,
    shown: RwSignal<Shown>,
) {
    let stale = move || {
        work.try_with_value(|w| w.generation != generation)
            .unwrap_or(true)
    };
    let total = chosen.len();
    // Every result already computed (a box ticked back on, a setting back where it was): shown at once.
    if let Some(all) = work.with_value(|w| {
        chosen
            .iter()
            .map(|&c| w.cached(c, &settings))
            .collect::<Option<Vec<_>>>()
    }) {
        shown.set(Shown {
            results: all,
            working: None,
        });
        return;
    }
    let mut results: Vec<SupportOutcome> = Vec::new();
    // The last comparison stays on screen, marked as being redone, until the new one is whole.
    shown.update(|s| s.working = Some((0, total)));
    next_task().await;
    if work
        .try_with_value(|w| w.patient.is_none())
        .unwrap_or(false)
    {
        let mut patient = comparison_patient();
        let mut settling = comparison_settling();
        let settled = in_short_tasks(
            || settling.run(&mut patient, BEATS_PER_CHECK).map(|_| ()),
            stale,
        )
        .await;
        if settled.is_none() {
            return;
        }
        work.update_value(|w| w.patient = Some(patient));
    }
    for (i, &choice) in chosen.iter().enumerate() {
        if stale() {
            return;
        }
        let outcome = match work.with_value(|w| w.cached(choice, &settings)) {
            Some(o) => o,
            None => {
                let Some(mut run) = work.with_value(|w| {
                    w.patient
                        .as_ref()
                        .map(|p| SupportRun::new(p, choice, &settings))
                }) else {
                    return;
                };
                let Some((outcome, spent)) =
                    in_short_tasks(|| run.step(BEATS_PER_CHECK).cloned(), stale).await
                else {
                    return;
                };
                work.update_value(|w| {
                    w.cache
                        .push((choice, relevant(choice, &settings), outcome.clone()));
                    w.compute_ms.push(spent);
                });
                outcome
            }
        };
        results.push(outcome);
        if i + 1 < total {
            shown.update(|s| s.working = Some((i + 1, total)));
            next_task().await;
        }
    }
    shown.set(Shown {
        results,
        working: None,
    });
}

/// The section, built when its module has loaded (see `crate::on_demand::supports_on_demand`).
pub(crate) fn section(detailed: RwSignal<bool>) -> AnyView {
    view! { <SupportsSection detailed=detailed /> }.into_any()
}

/// The section on the demo page.
#[component]
fn SupportsSection(detailed: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let chosen = RwSignal::new(vec![
        SupportChoice::Balloon,
        SupportChoice::MicroaxialPump,
        SupportChoice::Ecmo,
    ]);
    let settings = RwSignal::new(SupportSettings::default());
    let shown = RwSignal::new(Shown::default());
    let work = StoredValue::new(Work::default());
    let count_ok = move || MACHINES.contains(&chosen.with(Vec::len));

    Effect::new(move |_| {
        let list = chosen.get();
        let s = settings.get();
        let generation = work.with_value(|w| w.generation).wrapping_add(1);
        work.update_value(|w| w.generation = generation);
        if MACHINES.contains(&list.len()) {
            leptos::task::spawn_local(compute(work, generation, list, s, shown));
        } else {
            shown.set(Shown::default());
        }
    });

    let boxes = SupportChoice::ALL
        .into_iter()
        .map(|c| {
            let id = format!("supports-choice-{}", c.id());
            view! {
                <label class="check">
                    <input type="checkbox" id=id name="supports-choice" value=c.id()
                        prop:checked=move || chosen.with(|l| l.contains(&c))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            chosen.update(|l| {
                                l.retain(|x| *x != c);
                                if on {
                                    l.push(c);
                                    l.sort();
                                }
                            });
                        } />
                    {i18n.tr(label_id(c))}
                </label>
            }
        })
        .collect_view();

    let status = move || match (chosen.with(Vec::len), shown.with(|s| s.working)) {
        (n, _) if n < *MACHINES.start() => i18n.t("supports-too-few"),
        (n, _) if n > *MACHINES.end() => i18n.t("supports-too-many"),
        (_, Some((done, total))) => i18n.t_args(
            "supports-working",
            &args(&[
                ("done", (done + 1).to_string()),
                ("total", total.to_string()),
            ]),
        ),
        (_, None) if shown.with(|s| !s.results.is_empty()) => i18n.t("supports-ready"),
        _ => String::new(),
    };
    let compute_ms = move || {
        shown.track();
        work.with_value(|w| {
            w.compute_ms
                .iter()
                .map(|ms| format!("{ms:.1}"))
                .collect::<Vec<_>>()
                .join(",")
        })
    };
    let results = Signal::derive(move || shown.with(|s| s.results.clone()));
    let has_results = move || shown.with(|s| !s.results.is_empty());

    view! {
        <section id="supports" class="supports card" aria-labelledby="supports-title"
            data-compute-ms=compute_ms
            data-state=move || if shown.with(|s| s.working.is_some()) { "working" } else if has_results() { "ready" } else { "idle" }>
            <h2 id="supports-title" tabindex="-1">{i18n.tr("supports-title")}</h2>
            <p>{move || if detailed.get() { i18n.t("supports-intro-clinician") } else { i18n.t("supports-intro-patient") }}</p>
            <p class="model-note">{i18n.tr("supports-reflex-note")}</p>
            <fieldset class="supports-choices">
                <legend>{i18n.tr("supports-choose")}</legend>
                {boxes}
            </fieldset>
            <Show when=move || detailed.get()>
                <SettingsFields settings=settings />
            </Show>
            <p id="supports-status" class="hint" role="status" aria-live="polite">{status}</p>
            <Show when=move || count_ok() && has_results()>
                <SupportsCharts results=results />
                <SupportsTable results=results detailed=detailed />
                <SupportsWhat results=results />
            </Show>
        </section>
    }
}

/// The clinician's settings: ECMO flow, the pump's P-level, the balloon's ratio and timing.
#[component]
fn SettingsFields(settings: RwSignal<SupportSettings>) -> impl IntoView {
    let i18n = use_i18n();
    let flow_options = ECMO_FLOWS_TENTHS
        .into_iter()
        .map(|tenths| {
            let flow = f64::from(tenths) / 10.0;
            view! {
                <option value=tenths.to_string()
                    prop:selected=move || settings.with(|s| (s.ecmo_flow_l_min * 10.0).round() as u32 == tenths)>
                    {move || i18n.num(flow, 1)}
                </option>
            }
        })
        .collect_view();
    let level_options = (MIN_P_LEVEL..=MAX_P_LEVEL)
        .map(|level| {
            view! {
                <option value=level.to_string() prop:selected=move || settings.with(|s| s.p_level == level)>
                    {format!("P-{level}")}
                </option>
            }
        })
        .collect_view();
    let ratio_options = [
        BalloonRatio::OneToOne,
        BalloonRatio::OneToTwo,
        BalloonRatio::OneToThree,
    ]
    .into_iter()
    .map(|r| {
        view! {
            <option value=r.id() prop:selected=move || settings.with(|s| s.balloon.ratio == r)>
                {i18n.tr(ratio_id(r))}
            </option>
        }
    })
    .collect_view();
    let timing_options = BalloonTiming::ALL
        .into_iter()
        .map(|t| {
            view! {
                <option value=t.id() prop:selected=move || settings.with(|s| s.balloon.timing == t)>
                    {i18n.tr(timing_id(t))}
                </option>
            }
        })
        .collect_view();
    let set_balloon = move |f: &dyn Fn(&mut Balloon)| settings.update(|s| f(&mut s.balloon));
    view! {
        <fieldset class="supports-settings">
            <legend>{i18n.tr("supports-settings")}</legend>
            <div class="field">
                <label for="supports-ecmo-flow">{i18n.tr("supports-ecmo-flow")}</label>
                <select id="supports-ecmo-flow" aria-describedby="supports-ecmo-flow-help" on:change=move |ev| {
                    if let Ok(tenths) = event_target_value(&ev).parse::<u32>() {
                        settings.update(|s| s.ecmo_flow_l_min = f64::from(tenths) / 10.0);
                    }
                }>{flow_options}</select>
                <p id="supports-ecmo-flow-help" class="hint">{i18n.tr("supports-ecmo-flow-help")}</p>
            </div>
            <div class="field">
                <label for="supports-p-level">{i18n.tr("supports-p-level")}</label>
                <select id="supports-p-level" on:change=move |ev| {
                    if let Ok(level) = event_target_value(&ev).parse::<u8>() {
                        settings.update(|s| s.p_level = level.clamp(MIN_P_LEVEL, MAX_P_LEVEL));
                    }
                }>{level_options}</select>
            </div>
            <div class="field">
                <label for="supports-balloon-ratio">{i18n.tr("supports-balloon-ratio")}</label>
                <select id="supports-balloon-ratio" on:change=move |ev| {
                    if let Some(r) = BalloonRatio::from_id(&event_target_value(&ev)) {
                        set_balloon(&|b| b.ratio = r);
                    }
                }>{ratio_options}</select>
            </div>
            <div class="field">
                <label for="supports-balloon-timing">{i18n.tr("supports-balloon-timing")}</label>
                <select id="supports-balloon-timing" aria-describedby="supports-timing-help" on:change=move |ev| {
                    if let Some(t) = BalloonTiming::from_id(&event_target_value(&ev)) {
                        set_balloon(&|b| b.timing = t);
                    }
                }>{timing_options}</select>
                <p id="supports-timing-help" class="hint">
                    {move || i18n.t(&format!("{}-help", timing_id(settings.with(|s| s.balloon.timing))))}
                </p>
            </div>
        </fieldset>
    }
}

fn ratio_id(r: BalloonRatio) -> &'static str {
    match r {
        BalloonRatio::Off | BalloonRatio::OneToOne => "supports-ratio-1-1",
        BalloonRatio::OneToTwo => "supports-ratio-1-2",
        BalloonRatio::OneToThree => "supports-ratio-1-3",
    }
}

fn timing_id(t: BalloonTiming) -> &'static str {
    match t {
        BalloonTiming::Correct => "supports-timing-correct",
        BalloonTiming::EarlyInflation => "supports-timing-early-inflation",
        BalloonTiming::LateInflation => "supports-timing-late-inflation",
        BalloonTiming::EarlyDeflation => "supports-timing-early-deflation",
        BalloonTiming::LateDeflation => "supports-timing-late-deflation",
    }
}

/// The overlaid loops and aortic pressures, one line per machine, with a shared legend.
#[component]
fn SupportsCharts(results: Signal<Vec<SupportOutcome>>) -> impl IntoView {
    let i18n = use_i18n();
    let loops = NodeRef::<leptos::html::Canvas>::new();
    let pressures = NodeRef::<leptos::html::Canvas>::new();
    chart::draw_when_shown(loops, move || {
        let lines: Vec<Line> = results.with(|r| {
            r.iter()
                .map(|o| Line {
                    points: o.trace.iter().map(|p| (p.v_lv_ml, p.p_lv_mmhg)).collect(),
                    style: style(o.choice),
                })
                .collect()
        });
        let xs = lines.iter().flat_map(|l| l.points.iter().map(|p| p.0));
        let ys = lines.iter().flat_map(|l| l.points.iter().map(|p| p.1));
        ChartSpec {
            x: chart::fit_range(xs.collect::<Vec<_>>().into_iter(), 40.0, false),
            y: chart::fit_range(ys.collect::<Vec<_>>().into_iter(), 40.0, true),
            x_label: i18n.t("demo-axis-volume"),
            y_label: i18n.t("demo-axis-pressure"),
            lines,
            marker_x: None,
            caption: None,
        }
    });
    chart::draw_when_shown(pressures, move || {
        let lines: Vec<Line> = results.with(|r| {
            r.iter()
                .map(|o| Line {
                    points: o.trace.iter().map(|p| (p.time_s, p.p_ao_mmhg)).collect(),
                    style: style(o.choice),
                })
                .collect()
        });
        let end = lines
            .iter()
            .flat_map(|l| l.points.last().map(|p| p.0))
            .fold(0.5, f64::max);
        let ys = lines.iter().flat_map(|l| l.points.iter().map(|p| p.1));
        ChartSpec {
            x: 0.0..end,
            y: chart::fit_range(ys.collect::<Vec<_>>().into_iter(), 40.0, true),
            x_label: i18n.t("supports-axis-time"),
            y_label: i18n.t("demo-axis-pressure"),
            lines,
            marker_x: None,
            caption: None,
        }
    });
    let legend = move || {
        let entries: Vec<LegendEntry> = results.with(|r| {
            r.iter()
                .map(|o| LegendEntry::of(label_id(o.choice), style(o.choice)))
                .collect()
        });
        view! { <chart::Legend entries=entries /> }
    };
    view! {
        <div class="supports-charts">
            <ChartFigure title_id="supports-loops-title" table_id="supports-table" canvas_ref=loops />
            <ChartFigure title_id="supports-pressure-title" table_id="supports-table" canvas_ref=pressures />
        </div>
        {legend}
    }
}

/// A row of the table: its label and each machine's value as text.
struct Row {
    key: &'static str,
    label: String,
    cell: Box<dyn Fn(&SupportOutcome) -> String>,
}

fn rows(i18n: I18n, detailed: bool) -> Vec<Row> {
    let flow = move |f: fn(&BeatMetrics) -> f64| {
        Box::new(move |o: &SupportOutcome| i18n.num(f(&o.metrics), 1))
            as Box<dyn Fn(&SupportOutcome) -> String>
    };
    let measure = |m: Measure| Row {
        key: m.label_id(),
        label: measure_label(i18n, m.label_id()),
        cell: Box::new(move |o: &SupportOutcome| i18n.num(m.value(&o.metrics), m.digits())),
    };
    let used = move |on: fn(SupportChoice) -> bool, f: fn(&BeatMetrics) -> f64, digits: usize| {
        Box::new(move |o: &SupportOutcome| {
            if on(o.choice) {
                i18n.num(f(&o.metrics), digits)
            } else {
                i18n.t("supports-not-used")
            }
        }) as Box<dyn Fn(&SupportOutcome) -> String>
    };
    let mut list = vec![
        Row {
            key: "body-flow",
            label: i18n.t("supports-row-body-flow"),
            cell: flow(|m| m.systemic_flow_l_min),
        },
        Row {
            key: "native",
            label: i18n.t("supports-row-native"),
            cell: flow(|m| m.co_native_l_min),
        },
        Row {
            key: "valve",
            label: i18n.t("supports-row-valve"),
            cell: Box::new(move |o: &SupportOutcome| {
                i18n.t(if o.metrics.aortic_valve_opened {
                    "supports-valve-opens"
                } else {
                    "supports-valve-shut"
                })
            }),
        },
        Row {
            key: "filling",
            label: i18n.t("supports-row-filling"),
            cell: Box::new(move |o: &SupportOutcome| i18n.num(o.metrics.lvedp_mmhg, 0)),
        },
    ];
    if detailed {
        list.extend([
            Row {
                key: "pump",
                label: i18n.t("supports-row-pump"),
                cell: used(
                    |c| {
                        matches!(
                            c,
                            SupportChoice::MicroaxialPump | SupportChoice::EcmoWithPump
                        )
                    },
                    |m| m.pump_flow_l_min,
                    1,
                ),
            },
            Row {
                key: "ecmo",
                label: i18n.t("supports-row-ecmo"),
                cell: used(
                    |c| matches!(c, SupportChoice::Ecmo | SupportChoice::EcmoWithPump),
                    |m| m.ecmo_flow_l_min,
                    1,
                ),
            },
            measure(Measure::Map),
            measure(Measure::Sbp),
            measure(Measure::Dbp),
            Row {
                key: "augmented",
                label: i18n.t("supports-row-augmented"),
                cell: used(
                    |c| c == SupportChoice::Balloon,
                    |m| m.augmented_pressure_mmhg,
                    0,
                ),
            },
            measure(Measure::Pcwp),
            measure(Measure::Lvedv),
            measure(Measure::StrokeVolume),
            measure(Measure::CardiacPower),
            measure(Measure::Pva),
        ]);
    }
    list
}

/// The numbers, one column per machine: the charts' text alternative.
#[component]
fn SupportsTable(results: Signal<Vec<SupportOutcome>>, detailed: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let head = move || {
        results.with(|r| {
            r.iter()
                .map(|o| view! { <th scope="col" data-support=o.choice.id()>{i18n.t(label_id(o.choice))}</th> })
                .collect_view()
        })
    };
    let body = move || {
        let list = rows(i18n, detailed.get());
        results.with(|r| {
            list.into_iter()
                .map(|row| {
                    let cells = r
                        .iter()
                        .map(|o| view! { <td data-support=o.choice.id()>{(row.cell)(o)}</td> })
                        .collect_view();
                    view! { <tr data-row=row.key><th scope="row">{row.label}</th>{cells}</tr> }
                })
                .collect_view()
        })
    };
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=i18n.tr("supports-table-caption")>
            <table id="supports-table" class="data supports-table">
                <caption>{i18n.tr("supports-table-caption")}</caption>
                <thead><tr><th scope="col">{i18n.tr("demo-table-measure")}</th>{head}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}

/// Whether both `a` and `b` are among the machines shown.
fn chosen_both(results: Signal<Vec<SupportOutcome>>, a: SupportChoice, b: SupportChoice) -> bool {
    results.with(|r| r.iter().any(|o| o.choice == a) && r.iter().any(|o| o.choice == b))
}

/// One paragraph per machine: what it does, the trial numbers (with sources), and what the model gives.
#[component]
fn SupportsWhat(results: Signal<Vec<SupportOutcome>>) -> impl IntoView {
    let i18n = use_i18n();
    let cards = move || {
        results.with(|r| {
            r.iter()
                .map(|o| {
                    let (levels, trial) = sources(o.choice);
                    let flow = i18n.num(o.metrics.systemic_flow_l_min, 1);
                    view! {
                        <div class="support-card" data-support=o.choice.id()>
                            <h4>{i18n.t(label_id(o.choice))}</h4>
                            <p>{i18n.t(what_id(o.choice))}{(!levels.is_empty()).then(|| view! { " " {cited(i18n, levels.iter().copied())} })}</p>
                            {trial.map(|(id, cites)| view! {
                                <p>{i18n.t(id)}{(!cites.is_empty()).then(|| view! { " " {cited(i18n, cites.iter().copied())} })}</p>
                            })}
                            <p class="hint">{i18n.t_args("supports-model-says", &args(&[("flow", flow)]))}</p>
                        </div>
                    }
                })
                .collect_view()
        })
    };
    let trials = move || {
        results.with(|r| {
            r.iter()
                .filter(|o| sources(o.choice).1.is_some_and(|t| !t.1.is_empty()))
                .count()
        })
    };
    let limits = move || {
        results.with(|r| {
            let mut ids = Vec::new();
            if r.iter().any(|o| o.choice == SupportChoice::Balloon) {
                ids.push(LimitId::BalloonSimplified);
            }
            if r.iter().any(|o| matches!(o.choice, SupportChoice::Ecmo | SupportChoice::EcmoWithPump)) {
                ids.push(LimitId::EcmoSimplified);
            }
            if r.iter().any(|o| matches!(o.choice, SupportChoice::MicroaxialPump | SupportChoice::EcmoWithPump)) {
                ids.push(LimitId::PumpCurvesEstimated);
            }
            ids.into_iter()
                .map(|id| {
                    view! { <li><a href=limit_href(id.limit())>{i18n.t(&format!("limit-{}-title", id.id()))}</a></li> }
                })
                .collect_view()
        })
    };
    view! {
        <div class="supports-what">
            <h3>{i18n.tr("supports-what-title")}</h3>
            <div class="supports-what-cards">{cards}</div>
            <Show when=move || { trials() > 1 }>
                <p class="model-note">{i18n.tr("supports-trials-apart")}</p>
            </Show>
            <Show when=move || chosen_both(results, SupportChoice::Balloon, SupportChoice::MicroaxialPump)>
                <p>{i18n.tr("supports-head-to-head")}" "{cited(i18n, ["cite-impress", "cite-isar"])}</p>
            </Show>
            <Show when=move || results.with(|r| r.iter().any(|o| matches!(o.choice, SupportChoice::Ecmo | SupportChoice::EcmoWithPump)) && r.len() > 1)>
                <p>{i18n.tr("supports-flow-not-survival")}" "{cited(i18n, ["cite-ecls"])}</p>
            </Show>
            <Show when=move || results.with(|r| r.iter().any(|o| o.choice != SupportChoice::None))>
                <h4>{i18n.tr("supports-limits-link")}</h4>
                <ul>{limits}</ul>
            </Show>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use hemosim::settled_comparison_patient;

    /// Settings that differ from the default in every field.
    fn all_changed() -> SupportSettings {
        SupportSettings {
            balloon: Balloon {
                ratio: BalloonRatio::OneToTwo,
                timing: BalloonTiming::LateDeflation,
            },
            p_level: 4,
            ecmo_flow_l_min: 3.0,
        }
    }

    fn outcome(patient: &Simulation, choice: SupportChoice, s: &SupportSettings) -> SupportOutcome {
        let mut run = SupportRun::new(patient, choice, s);
        loop {
            if let Some(o) = run.step(BEATS_PER_CHECK) {
                return o.clone();
            }
        }
    }

    /// The cache key keeps every setting that changes a machine's result: the model gives the same result
    /// with the settings as chosen and with only the kept ones. So a cached result is never shown for
    /// settings that would give another.
    #[test]
    fn the_cache_key_keeps_what_changes_the_result() {
        let patient = settled_comparison_patient();
        let chosen = all_changed();
        for choice in SupportChoice::ALL {
            let key = relevant(choice, &chosen);
            assert_eq!(
                outcome(&patient, choice, &chosen),
                outcome(&patient, choice, &key),
                "{choice:?}: a setting the key resets changes the result"
            );
        }
    }

    /// ...and it keeps nothing else: each setting is in the key of exactly the machines that use it, so
    /// changing another machine's setting finds the result already computed.
    #[test]
    fn the_cache_key_drops_what_does_not() {
        let base = SupportSettings::default();
        let chosen = all_changed();
        let uses = |choice: SupportChoice| {
            let key = relevant(choice, &chosen);
            (
                key.balloon != base.balloon,
                key.p_level != base.p_level,
                key.ecmo_flow_l_min != base.ecmo_flow_l_min,
            )
        };
        assert_eq!(uses(SupportChoice::None), (false, false, false));
        assert_eq!(uses(SupportChoice::Balloon), (true, false, false));
        assert_eq!(uses(SupportChoice::MicroaxialPump), (false, true, false));
        assert_eq!(uses(SupportChoice::Ecmo), (false, false, true));
        assert_eq!(uses(SupportChoice::EcmoWithPump), (false, true, true));
        // Every setting does change its machine's result in the model (not merely the key).
        let patient = settled_comparison_patient();
        for (choice, changed) in [
            (
                SupportChoice::Balloon,
                SupportSettings {
                    balloon: chosen.balloon,
                    ..base
                },
            ),
            (
                SupportChoice::MicroaxialPump,
                SupportSettings {
                    p_level: chosen.p_level,
                    ..base
                },
            ),
            (
                SupportChoice::Ecmo,
                SupportSettings {
                    ecmo_flow_l_min: chosen.ecmo_flow_l_min,
                    ..base
                },
            ),
        ] {
            assert_ne!(
                outcome(&patient, choice, &base),
                outcome(&patient, choice, &changed),
                "{choice:?}: its own setting does not change its result"
            );
        }
    }
}
