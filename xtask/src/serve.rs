//! `cargo xtask serve`, and the static server for dist/ that it and the Lighthouse audit start.

use std::io::Write;
use std::process::Command;
use std::time::Instant;

use crate::dist::build_site;
use crate::setup::setup;
use crate::shell::{cmd, fail, run};

/// Where `cargo xtask serve` listens.
pub const SERVE_ADDR: (&str, u16) = ("127.0.0.1", 8080);

/// The plain static server for dist/ (end2end/support/server.mjs), compressing like a real host.
pub fn static_server(host: &str, port: u16) -> Command {
    let mut c = cmd("node");
    c.args([
        "end2end/support/server.mjs",
        "--dir",
        "dist",
        "--host",
        host,
        "--port",
        &port.to_string(),
        "--compress",
    ]);
    c
}

/// Waits until the server accepts connections (a state, not a fixed time: node starts slowly on a busy
/// machine); fails if the server process ends first or nothing listens within two minutes.
pub fn wait_until_listening(host: &str, port: u16, server: &mut std::process::Child) {
    let deadline = Instant::now() + std::time::Duration::from_secs(120);
    while std::net::TcpStream::connect((host, port)).is_err() {
        if let Ok(Some(status)) = server.try_wait() {
            fail(&format!(
                "the static server stopped before it listened ({status})"
            ));
        }
        if Instant::now() > deadline {
            let _ = server.kill();
            fail(&format!(
                "nothing listened on {host}:{port} within two minutes"
            ));
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

/// `cargo xtask serve`: set up, build dist/, then serve it on `SERVE_ADDR` until Ctrl-C.
pub fn serve() {
    setup();
    build_site();
    let (host, port) = SERVE_ADDR;
    let url = format!("http://{host}:{port}/");
    eprintln!("\nHeart Pump Guide is being served at {url}  (Ctrl-C to stop)");
    let _ = std::io::stderr().flush();
    run("serve dist/", &mut static_server(host, port));
}
