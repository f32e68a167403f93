//! The live demo's frame loop: every animation frame it advances the model, updates the views' signals, draws
//! at most one chart, and, on a frame with nothing else to do, takes a step of the response curve; it also
//! publishes the frame timings the benchmark reads.

use leptos::prelude::*;

use super::charts::{draw_flows, draw_pressures, draw_pv_loop, draw_response_panel};
use super::state::{Live, Stage};
use crate::chart_schedule::{Chart, ChartSchedule};
use crate::frame_loop::{use_animation_frame, FrameStats};

/// The time now, ms (the page's clock).
pub(super) fn now_ms() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}

/// Runs the live page's frame loop until the page is gone.
pub(super) fn use_demo_frames(live: Live) {
    let schedule = StoredValue::new(ChartSchedule::default());
    // Whether a beat ended (or the model changed) since the pressures were last drawn: then the chart's
    // last-beat peak is published for the table check.
    let beat_news = StoredValue::new(true);
    // The part of the page the last frame saw: a frame that finds more draws nothing and does no sweep work
    // while the browser lays the new part out.
    let seen_stage = StoredValue::new(None::<Stage>);
    let stats = StoredValue::new(FrameStats::default());
    let last_ts = StoredValue::new(None::<f64>);
    let frame_no = StoredValue::new(0_u64);
    use_animation_frame(move |timestamp| {
        let started = now_ms();
        let dt = last_ts
            .get_value()
            .map_or(0.0, |last| ((timestamp - last) / 1000.0).clamp(0.0, 0.1));
        last_ts.set_value(Some(timestamp));
        let run = live.running.get_untracked();
        let sim_dt = dt * live.speed.get_untracked().factor();
        let beats = if run {
            live.engine
                .try_update_value(|e| e.advance(sim_dt))
                .unwrap_or(0)
        } else {
            0
        };
        let changed = live.dirty.get_value();
        live.dirty.set_value(false);
        let n = frame_no.get_value() + 1;
        frame_no.set_value(n);
        if beats > 0 || changed {
            beat_news.set_value(true);
        }
        let grew = seen_stage.get_value() != Some(live.stage.get_untracked());
        seen_stage.set_value(Some(live.stage.get_untracked()));
        schedule.update_value(|s| {
            if grew {
                s.page_grew();
            }
            if changed {
                s.mark_all();
            }
            if run {
                s.mark(Chart::Pressure);
                s.mark(Chart::Flow);
            }
            if beats > 0 {
                s.mark(Chart::PvLoop);
            }
        });

        live.engine.with_value(|e| {
            if run || changed {
                let pic = e.picture();
                // Dashes move at a speed proportional to the pump flow (upwards: from inlet to outlet).
                live.dash
                    .update(|d| *d = (*d + pic.pump_flow_ml_s * sim_dt * 0.2) % 1000.0);
                live.picture.set(pic);
            }
            if beats > 0 || changed {
                live.metrics.set(e.metrics());
                let now = e.limits_now();
                if live.limits.get_untracked() != now {
                    live.limits.set(now);
                }
                live.console.set(e.console());
            }
        });

        // At most one chart a frame (see `ChartSchedule`), so a frame stays a short task on a slow phone.
        let draw = schedule
            .try_update_value(|s| s.next(|chart| live.canvases.get(chart).is_some()))
            .flatten();
        if let Some((draw, canvas)) = draw.and_then(|d| Some((d, live.canvases.get(d.chart)?))) {
            let t = live.text.get_untracked();
            live.engine.with_value(|e| match draw.chart {
                Chart::Pressure => {
                    let drawn = draw_pressures(e, &t, &canvas);
                    if beat_news.get_value() {
                        beat_news.set_value(false);
                        live.drawn_beat_max.set(drawn);
                    }
                }
                Chart::Flow => draw_flows(e, &t, &canvas),
                Chart::PvLoop => draw_pv_loop(e, &t, &canvas),
                Chart::Response => {
                    let mut resized = false;
                    for panel in draw.panels() {
                        resized |= draw_response_panel(e, &t, &canvas, panel);
                    }
                    if resized {
                        schedule.update_value(|s| s.mark(Chart::Response));
                    }
                }
            });
        }
        // A step of the response curve (a few beats) on a frame with nothing else to do, so no frame does it
        // all and none does it on top of drawing a chart or laying out a new part of the page.
        let stepped = !grew
            && draw.is_none()
            && live
                .engine
                .try_update_value(|e| e.sweep_step())
                .unwrap_or(false);
        if stepped {
            schedule.update_value(|s| s.mark(Chart::Response));
        }
        if stepped || changed {
            live.engine.with_value(|e| {
                live.sweep_rows.set(
                    e.sweep_points()
                        .iter()
                        .map(|(l, s)| (*l, s.metrics))
                        .collect(),
                );
            });
        }
        stats.update_value(|s| s.record(now_ms() - started));
        if n.is_multiple_of(30) {
            if let Some(root) = live.root.get_untracked() {
                stats.with_value(|s| {
                    let _ = root.set_attribute(
                        "data-frame-median-ms",
                        &format!("{:.3}", s.quantile_ms(0.5)),
                    );
                    let _ = root
                        .set_attribute("data-frame-p95-ms", &format!("{:.3}", s.quantile_ms(0.95)));
                    let _ =
                        root.set_attribute("data-frame-worst-ms", &format!("{:.3}", s.worst_ms()));
                    let _ = root.set_attribute("data-frames", &s.count().to_string());
                });
            }
        }
    });
}
