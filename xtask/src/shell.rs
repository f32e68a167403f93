//! Running the tools: the workspace root, a PATH that finds the pinned tools first, a runner that echoes each
//! step and stops everything on failure, and the one way xtask fails.

use std::env;
use std::path::{Path, PathBuf};
use std::process::{exit, Command, Stdio};
use std::time::Instant;

/// The workspace root (xtask's parent folder).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

/// PATH with npm's binaries and cargo's installed tools (wasm-bindgen) first, so the pinned versions are found.
fn tool_path() -> String {
    let mut dirs = vec![root().join("end2end/node_modules/.bin")];
    if let Some(home) = env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
    {
        dirs.push(home.join("bin"));
    }
    let mut parts: Vec<String> = dirs.iter().map(|d| d.display().to_string()).collect();
    parts.push(env::var("PATH").unwrap_or_default());
    parts.join(":")
}

/// A command for `program`, run from the workspace root with [`tool_path`] as its PATH.
pub fn cmd(program: &str) -> Command {
    let mut c = Command::new(program);
    c.current_dir(root()).env("PATH", tool_path());
    c
}

/// Runs a command, echoing it; stops everything with its exit code on failure.
pub fn run(step: &str, c: &mut Command) {
    eprintln!("\n==> {step}\n$ {}", describe(c));
    let t = Instant::now();
    let status = c
        .status()
        .unwrap_or_else(|e| fail(&format!("{step}: cannot start {:?}: {e}", c.get_program())));
    if !status.success() {
        fail(&format!("{step} failed ({status})"));
    }
    eprintln!("    {step}: ok in {:.1} s", t.elapsed().as_secs_f64());
}

fn describe(c: &Command) -> String {
    let mut s = c.get_program().to_string_lossy().into_owned();
    for a in c.get_args() {
        s.push(' ');
        s.push_str(&a.to_string_lossy());
    }
    s
}

/// The standard output of `program args`, or `None` when it cannot start or fails.
pub fn output_of(program: &str, args: &[&str]) -> Option<String> {
    let out = cmd(program)
        .args(args)
        .stderr(Stdio::null())
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Prints the message and exits with code 1: the one way xtask stops on an error.
pub fn fail(message: &str) -> ! {
    eprintln!("\nxtask: {message}");
    exit(1);
}
