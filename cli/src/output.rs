//! Writers: each output goes to a hidden temporary file in the output directory and is renamed
//! into place only when every output has been written completely, so a failed or interrupted run
//! never leaves a half-written `contacts.csv` that looks complete. `summary.json` is renamed
//! last: when it is there, the run finished.

use std::fs::{self, File};
use std::io::{self, BufWriter};
use std::path::{Path, PathBuf};

/// A file being written under a temporary name; removed on drop unless committed.
#[derive(Debug)]
pub struct PendingFile {
    tmp: PathBuf,
    dest: PathBuf,
    writer: Option<BufWriter<File>>,
}

impl PendingFile {
    /// Creates `dir/.<name>.<pid>.tmp` for the final `dir/<name>`.
    ///
    /// # Errors
    ///
    /// The I/O error of creating the file.
    pub fn create(dir: &Path, name: &str) -> io::Result<Self> {
        let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
        let file = File::create(&tmp)?;
        Ok(PendingFile {
            tmp,
            dest: dir.join(name),
            writer: Some(BufWriter::with_capacity(1 << 16, file)),
        })
    }

    /// The writer (valid until [`PendingFile::finish`]).
    pub fn writer(&mut self) -> &mut BufWriter<File> {
        self.writer.as_mut().expect("writer used after finish")
    }

    /// A CSV writer over the file with the input's delimiter and line ending (CRLF when the
    /// input had it), for every CSV output of `clean`.
    pub fn csv(&mut self, delimiter: u8, crlf: bool) -> csv::Writer<&mut BufWriter<File>> {
        csv::WriterBuilder::new()
            .delimiter(delimiter)
            .terminator(if crlf {
                csv::Terminator::CRLF
            } else {
                csv::Terminator::Any(b'\n')
            })
            .from_writer(self.writer())
    }

    /// Flushes and syncs the data; the file keeps its temporary name.
    ///
    /// # Errors
    ///
    /// The I/O error of flushing or syncing.
    pub fn finish(&mut self) -> io::Result<()> {
        if let Some(w) = self.writer.take() {
            let file = w.into_inner().map_err(io::IntoInnerError::into_error)?;
            file.sync_all()?;
        }
        Ok(())
    }

    /// Renames the finished file to its final name.
    ///
    /// # Errors
    ///
    /// The I/O error of the rename.
    pub fn commit(mut self) -> io::Result<()> {
        self.finish()?;
        fs::rename(&self.tmp, &self.dest)?;
        // Nothing left to clean up.
        self.tmp = PathBuf::new();
        Ok(())
    }
}

impl Drop for PendingFile {
    fn drop(&mut self) {
        if !self.tmp.as_os_str().is_empty() {
            self.writer = None;
            let _ = fs::remove_file(&self.tmp);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn dir(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("contactkit-cli-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&d);
        fs::create_dir_all(&d).unwrap();
        d
    }

    #[test]
    fn commit_renames_and_drop_cleans_up() {
        let d = dir("pending");
        let mut a = PendingFile::create(&d, "a.txt").unwrap();
        a.writer().write_all(b"hello").unwrap();
        let mut b = PendingFile::create(&d, "b.txt").unwrap();
        b.writer().write_all(b"half").unwrap();
        assert!(!d.join("a.txt").exists());
        a.commit().unwrap();
        drop(b);
        assert_eq!(fs::read_to_string(d.join("a.txt")).unwrap(), "hello");
        let names: Vec<_> = fs::read_dir(&d)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        assert_eq!(names, ["a.txt"]);
        fs::remove_dir_all(&d).unwrap();
    }
}
