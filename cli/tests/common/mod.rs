//! Shared by the CLI test binaries: runs the built `contactkit` binary with text on stdin.

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// The CLI binary built for these tests.
pub const BIN: &str = env!("CARGO_BIN_EXE_contactkit");

/// Runs the CLI in `dir` with `args`, writes `stdin` to it and waits for it. A command that
/// fails before it reads its input (a refused key, say) may exit before the write: the broken
/// pipe is expected then and ignored, so the test sees the command's own exit status and stderr.
pub fn run_with_stdin(dir: &Path, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(BIN)
        .current_dir(dir)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the CLI starts");
    let mut pipe = child.stdin.take().expect("piped stdin");
    if let Err(e) = pipe.write_all(stdin.as_bytes()) {
        assert_eq!(
            e.kind(),
            std::io::ErrorKind::BrokenPipe,
            "writing stdin: {e}"
        );
    }
    drop(pipe);
    child.wait_with_output().expect("the CLI ends")
}
