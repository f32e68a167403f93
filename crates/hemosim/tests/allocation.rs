//! Zero heap allocation per integration step, shown with a counting global allocator (this test binary only).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use hemosim::{Control, Device, Preset, Recorder, Simulation};

struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards to the system allocator unchanged; only counts calls.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

#[test]
fn stepping_advancing_recording_and_settling_never_allocate() {
    let mut sim = Simulation::new(Preset::CardiogenicShock);
    sim.set_control(Control::Device(Device::ImpellaCp));
    sim.set_control(Control::PLevel(8));
    let mut recorder = Recorder::new(5.0, 0.002);
    // Fill the ring buffer once so later pushes overwrite.
    sim.run_beats(12, &mut recorder);

    let before = ALLOCATIONS.load(Ordering::Relaxed);
    let mut steps = 0u32;
    for _ in 0..20_000 {
        sim.step(&mut recorder);
        steps += 1;
    }
    for _ in 0..300 {
        sim.advance(1.0 / 60.0, &mut recorder);
    }
    sim.run_beats(10, &mut recorder);
    sim.steady_state(0.05, 50);
    sim.set_control(Control::PLevel(5));
    sim.steady_state_accelerated(0.05, 50);
    let _ = sim.console();
    let after = ALLOCATIONS.load(Ordering::Relaxed);
    assert_eq!(
        after - before,
        0,
        "{} allocations over {steps}+ steps",
        after - before
    );
}
