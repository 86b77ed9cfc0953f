//! Printing for the developer tools (`eval`, `trace`): a reader that closes the pipe
//! (`trace FILE | head`) ends the tool quietly instead of a panic in `println!`.

/// Prints a line to standard output, like `println!`. When the reader has gone (a
/// broken pipe) the process ends with status 0, the way line tools do; any other write
/// error ends it with status 1 and a message.
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        if let Err(e) = writeln!(std::io::stdout(), $($arg)*) {
            $crate::out::gone(e);
        }
    }};
}
pub(crate) use outln;

/// Ends the process after a failed write to standard output.
#[cold]
pub(crate) fn gone(e: std::io::Error) -> ! {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
    eprintln!("cannot write output: {e}");
    std::process::exit(1);
}
