//! `use_animation_frame`: calls a function on every animation frame while the calling component lives, and
//! stops by itself when the component is removed (no frame loop outlives its page).

use std::cell::RefCell;
use std::rc::Rc;

use gloo_render::{request_animation_frame, AnimationFrame};
use leptos::prelude::on_cleanup;
use send_wrapper::SendWrapper;

type Callback = Rc<RefCell<dyn FnMut(f64)>>;
type Handle = Rc<RefCell<Option<AnimationFrame>>>;

/// Runs `callback(timestamp_ms)` every animation frame until the current reactive owner is cleaned up.
pub fn use_animation_frame(callback: impl FnMut(f64) + 'static) {
    let handle: Handle = Rc::new(RefCell::new(None));
    let callback: Callback = Rc::new(RefCell::new(callback));
    schedule(handle.clone(), callback);
    let handle = SendWrapper::new(handle);
    on_cleanup(move || {
        // Dropping the pending frame cancels it and breaks the handle → closure → handle cycle.
        handle.borrow_mut().take();
    });
}

fn schedule(handle: Handle, callback: Callback) {
    let next = handle.clone();
    let frame = request_animation_frame(move |timestamp| {
        (callback.borrow_mut())(timestamp);
        // Only go on if nobody cancelled us during the callback.
        if next.borrow().is_some() {
            schedule(next, callback);
        }
    });
    *handle.borrow_mut() = Some(frame);
}
