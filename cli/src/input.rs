//! Reading a CRM export: decoding, delimiter sniffing and lenient CSV parsing that never drops a
//! row.
//!
//! Encoding (`--encoding auto`, the default): a UTF-8 byte-order mark means UTF-8; a UTF-16 mark
//! (what Excel's "Unicode text" export writes) means UTF-16; otherwise the bytes are UTF-8 when
//! they are valid UTF-8 and Windows-1252 (Excel's "CSV" export on western Windows) when they are
//! not. Windows-1252 is a superset of ISO-8859-1 for printable text and decodes every byte, so
//! nothing is lost; the encoding used is reported in `summary.json`. `--encoding utf-8` refuses
//! invalid UTF-8 instead (exit 1, with the line of the first bad byte).
//!
//! Rows: the `csv` crate in flexible mode. A record whose field count differs from the header's
//! is *malformed*: it is reported with its line number and kept. A malformed record that spans
//! several lines is taken to be a quoting error (a stray `"` that would otherwise swallow the
//! rest of the file): its first line becomes one malformed row and reading resumes on the next
//! line. Completely empty lines are not records (the `csv` crate skips them) and are not
//! written back.

use std::fmt;
use std::io::{Cursor, SeekFrom};

use csv::StringRecord;

/// The character encoding of the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 (with or without a byte-order mark).
    Utf8,
    /// UTF-16 little-endian, with a byte-order mark.
    Utf16Le,
    /// UTF-16 big-endian, with a byte-order mark.
    Utf16Be,
    /// Windows-1252 (a superset of the printable part of ISO-8859-1).
    Windows1252,
}

impl Encoding {
    /// The name written to `summary.json`.
    pub const fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
            Encoding::Windows1252 => "windows-1252",
        }
    }
}

/// What `--encoding` asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum EncodingChoice {
    /// Byte-order mark, else UTF-8 when valid, else Windows-1252.
    Auto,
    /// UTF-8 only; invalid bytes are an error.
    #[value(name = "utf-8", alias = "utf8")]
    Utf8,
    /// Windows-1252 (also accepts `latin1`, `cp1252`).
    #[value(name = "windows-1252", alias = "cp1252", alias = "latin1")]
    Windows1252,
}

/// The decoded text of the input.
#[derive(Debug)]
pub struct Decoded {
    /// The text, without a byte-order mark.
    pub text: String,
    /// The encoding it was decoded from.
    pub encoding: Encoding,
    /// Whether the input started with a byte-order mark.
    pub bom: bool,
}

/// Why the input could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// Not valid UTF-8 while `--encoding utf-8` was asked for; the 1-based line of the first bad
    /// byte.
    InvalidUtf8 {
        /// 1-based line number.
        line: usize,
    },
    /// A UTF-16 byte-order mark followed by an odd number of bytes or unpaired surrogates.
    InvalidUtf16,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::InvalidUtf8 { line } => write!(
                f,
                "the input is not valid UTF-8 (first invalid byte on line {line}); \
                 if it was exported from Excel, try --encoding windows-1252"
            ),
            DecodeError::InvalidUtf16 => f.write_str(
                "the input starts with a UTF-16 byte-order mark but is not valid UTF-16",
            ),
        }
    }
}

/// Unicode code points of Windows-1252 bytes 0x80..=0x9F. The other bytes map to the code point
/// of the same value (as in ISO-8859-1). The five bytes Windows-1252 leaves undefined (0x81,
/// 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control of the same value, as the WHATWG Encoding
/// Standard's `index-windows-1252` does, so every byte decodes and nothing is lost.
/// Source: WHATWG Encoding Standard, index-windows-1252 (a table of facts).
const CP1252_HIGH: [char; 32] = [
    '\u{20AC}', '\u{0081}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{008D}', '\u{017D}', '\u{008F}',
    '\u{0090}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}', '\u{009D}', '\u{017E}', '\u{0178}',
];

fn decode_cp1252(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => CP1252_HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

fn decode_utf16(bytes: &[u8], little_endian: bool) -> Result<String, DecodeError> {
    if !bytes.len().is_multiple_of(2) {
        return Err(DecodeError::InvalidUtf16);
    }
    let units = bytes.chunks_exact(2).map(|p| {
        if little_endian {
            u16::from_le_bytes([p[0], p[1]])
        } else {
            u16::from_be_bytes([p[0], p[1]])
        }
    });
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .map_err(|_| DecodeError::InvalidUtf16)
}

/// Decodes the raw bytes of the input.
///
/// # Errors
///
/// [`DecodeError`] when `choice` is UTF-8 and the bytes are not, or a UTF-16 mark is followed
/// by invalid UTF-16.
pub fn decode(bytes: Vec<u8>, choice: EncodingChoice) -> Result<Decoded, DecodeError> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return match std::str::from_utf8(rest) {
            Ok(s) => Ok(Decoded {
                text: s.to_owned(),
                encoding: Encoding::Utf8,
                bom: true,
            }),
            Err(e) if choice == EncodingChoice::Utf8 => Err(DecodeError::InvalidUtf8 {
                line: line_of(rest, e.valid_up_to()),
            }),
            // A UTF-8 mark on bytes that are not UTF-8: decode the rest as Windows-1252 rather
            // than refuse it (Excel users do paste Windows-1252 text into UTF-8 files).
            Err(_) => Ok(Decoded {
                text: decode_cp1252(rest),
                encoding: Encoding::Windows1252,
                bom: true,
            }),
        };
    }
    if choice != EncodingChoice::Windows1252 {
        if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
            return Ok(Decoded {
                text: decode_utf16(rest, true)?,
                encoding: Encoding::Utf16Le,
                bom: true,
            });
        }
        if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
            return Ok(Decoded {
                text: decode_utf16(rest, false)?,
                encoding: Encoding::Utf16Be,
                bom: true,
            });
        }
    }
    match choice {
        EncodingChoice::Windows1252 => Ok(Decoded {
            text: decode_cp1252(&bytes),
            encoding: Encoding::Windows1252,
            bom: false,
        }),
        EncodingChoice::Utf8 | EncodingChoice::Auto => match String::from_utf8(bytes) {
            Ok(text) => Ok(Decoded {
                text,
                encoding: Encoding::Utf8,
                bom: false,
            }),
            Err(e) if choice == EncodingChoice::Utf8 => Err(DecodeError::InvalidUtf8 {
                line: line_of(e.as_bytes(), e.utf8_error().valid_up_to()),
            }),
            Err(e) => Ok(Decoded {
                text: decode_cp1252(e.as_bytes()),
                encoding: Encoding::Windows1252,
                bom: false,
            }),
        },
    }
}

fn line_of(bytes: &[u8], offset: usize) -> usize {
    1 + bytes[..offset].split(|&b| b == b'\n').count() - 1
}

/// Guesses the delimiter among `,`, `;` and tab: parses the first records with each and picks
/// the one that gives a header of more than one field and the most records with the header's
/// field count (ties: more header fields, then `,` before `;` before tab). When the header is a
/// single field with each (a one-column list), picks the candidate that splits the sampled
/// records least, so `a@x.nl, b@y.nl` stays one field.
pub fn sniff_delimiter(text: &str) -> u8 {
    const SAMPLE_RECORDS: usize = 50;
    let mut best = (b',', 0usize, 0usize);
    let mut least_split = (b',', usize::MAX);
    for delim in [b',', b';', b'\t'] {
        let mut rdr = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delim)
            .from_reader(text.as_bytes());
        let mut rec = StringRecord::new();
        let header_len = match rdr.read_record(&mut rec) {
            Ok(true) => rec.len(),
            _ => return b',',
        };
        if header_len < 2 {
            let mut extra_fields = 0;
            for _ in 0..SAMPLE_RECORDS {
                match rdr.read_record(&mut rec) {
                    Ok(true) => extra_fields += rec.len() - 1,
                    _ => break,
                }
            }
            if extra_fields < least_split.1 {
                least_split = (delim, extra_fields);
            }
            continue;
        }
        let mut consistent = 1;
        for _ in 0..SAMPLE_RECORDS {
            match rdr.read_record(&mut rec) {
                Ok(true) if rec.len() == header_len => consistent += 1,
                Ok(true) => {}
                _ => break,
            }
        }
        if (consistent, header_len) > (best.1, best.2) {
            best = (delim, consistent, header_len);
        }
    }
    if best.1 == 0 { least_split.0 } else { best.0 }
}

/// Why a row is not a regular record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RowIssue {
    /// Fewer fields than the header (padded with empty fields in the output).
    TooFewFields,
    /// More fields than the header (the extra fields go to the `extra_fields` column).
    TooManyFields,
    /// A quote that is never closed on its line (only the line itself is taken).
    UnbalancedQuotes,
    /// The header row again (two exports pasted together). Not malformed.
    RepeatedHeader,
}

impl RowIssue {
    /// The slug written to the `row_issue` column and `summary.json`.
    pub const fn code(self) -> &'static str {
        match self {
            RowIssue::TooFewFields => "too_few_fields",
            RowIssue::TooManyFields => "too_many_fields",
            RowIssue::UnbalancedQuotes => "unbalanced_quotes",
            RowIssue::RepeatedHeader => "repeated_header",
        }
    }

    /// Whether the row counts as malformed (reported on stderr and counted in `summary.json`).
    pub const fn is_malformed(self) -> bool {
        !matches!(self, RowIssue::RepeatedHeader)
    }
}

/// One data row as read (its fields live in the [`Table`]).
#[derive(Debug, Clone)]
pub struct Row {
    /// Index of the row's first field in the table's field list.
    first: usize,
    /// Number of fields, as many as the record had.
    len: usize,
    /// The 1-based line of the input on which the row starts (the header is line 1).
    pub line: u64,
    /// What is wrong with it, if anything.
    pub issue: Option<RowIssue>,
}

impl Row {
    /// The number of fields the record had.
    pub const fn len(&self) -> usize {
        self.len
    }
}

/// The parsed input. Every field of every row is stored in one buffer (two allocations for the
/// whole file rather than one or more per row).
#[derive(Debug)]
pub struct Table {
    /// The header fields.
    pub headers: Vec<String>,
    /// Every data row, in input order.
    pub rows: Vec<Row>,
    /// Whether lines end in CRLF (as seen at the end of the header).
    pub crlf: bool,
    /// Every field's text, concatenated.
    text: String,
    /// The end offset in `text` of every field, row after row.
    ends: Vec<usize>,
}

impl Table {
    /// The fields of row `i`.
    pub fn fields(&self, i: usize) -> Fields<'_> {
        let row = &self.rows[i];
        Fields {
            text: &self.text,
            ends: &self.ends[row.first..row.first + row.len],
            start: if row.first == 0 {
                0
            } else {
                self.ends[row.first - 1]
            },
        }
    }

    fn push_row(&mut self, rec: &StringRecord, line: u64, issue: Option<RowIssue>) {
        let first = self.ends.len();
        for f in rec {
            self.text.push_str(f);
            self.ends.push(self.text.len());
        }
        self.rows.push(Row {
            first,
            len: rec.len(),
            line,
            issue,
        });
    }
}

/// The fields of one row: a view into the [`Table`].
#[derive(Debug, Clone, Copy)]
pub struct Fields<'a> {
    text: &'a str,
    ends: &'a [usize],
    start: usize,
}

impl<'a> Fields<'a> {
    /// The number of fields.
    pub const fn len(&self) -> usize {
        self.ends.len()
    }

    /// Field `i`, or `None` past the end of a short row.
    pub fn get(&self, i: usize) -> Option<&'a str> {
        let end = *self.ends.get(i)?;
        let start = if i == 0 { self.start } else { self.ends[i - 1] };
        Some(&self.text[start..end])
    }

    /// Every field, in order.
    pub fn iter(&self) -> impl Iterator<Item = &'a str> + use<'a> {
        let this = *self;
        (0..this.len()).filter_map(move |i| this.get(i))
    }
}

#[cfg(test)]
impl<'a> Fields<'a> {
    /// A view of a record's fields, for unit tests of the areas.
    pub fn of(text: &'a str, ends: &'a [usize]) -> Self {
        Fields {
            text,
            ends,
            start: 0,
        }
    }
}

/// Why the input has no table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// No header row at all (an empty file, or only blank lines).
    Empty,
    /// The `csv` crate failed (cannot happen on in-memory UTF-8 text, kept for honesty).
    Csv(String),
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::Empty => f.write_str("the input is empty: it has no header row"),
            ParseError::Csv(e) => write!(f, "the input could not be read as CSV: {e}"),
        }
    }
}

type Reader<'a> = csv::Reader<Cursor<&'a [u8]>>;

/// The main reader over the whole text, and a second one for re-reading a single line. Both are
/// built once (building a `csv` reader is not free) and repositioned with `seek_raw`, so
/// recovering from many quoting errors stays linear.
struct Readers<'a> {
    text: &'a str,
    main: Reader<'a>,
    one: Reader<'a>,
}

impl<'a> Readers<'a> {
    fn new(text: &'a str, delimiter: u8) -> Self {
        let build = |bytes: &'a [u8]| {
            csv::ReaderBuilder::new()
                .has_headers(false)
                .flexible(true)
                .delimiter(delimiter)
                .from_reader(Cursor::new(bytes))
        };
        Readers {
            text,
            main: build(text.as_bytes()),
            one: build(&[]),
        }
    }

    /// Moves the main reader to byte `at` of the text (record positions stay absolute).
    fn restart(&mut self, at: usize) -> Result<(), ParseError> {
        let mut pos = csv::Position::new();
        pos.set_byte(at as u64);
        self.main
            .seek_raw(SeekFrom::Start(at as u64), pos)
            .map_err(|e| ParseError::Csv(e.to_string()))
    }

    /// The fields of the text between `start` and `end` (one physical line) as one record.
    fn one_line(&mut self, start: usize, end: usize) -> StringRecord {
        *self.one.get_mut() = Cursor::new(&self.text.as_bytes()[start..end]);
        let mut fields = StringRecord::new();
        let ok = self
            .one
            .seek_raw(SeekFrom::Start(0), csv::Position::new())
            .is_ok()
            && matches!(self.one.read_record(&mut fields), Ok(true));
        if ok {
            fields
        } else {
            StringRecord::from(vec![String::new()])
        }
    }
}

/// The end (exclusive) of the physical line starting at `start`, and the start of the next one.
fn line_end(text: &str, start: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    match bytes[start..]
        .iter()
        .position(|&b| b == b'\n' || b == b'\r')
    {
        None => (text.len(), text.len()),
        Some(i) => {
            let end = start + i;
            let next = if bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n') {
                end + 2
            } else {
                end + 1
            };
            (end, next)
        }
    }
}

/// The first byte at or after `at` that is not a line break.
fn skip_line_breaks(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = at;
    while i < bytes.len() && (bytes[i] == b'\n' || bytes[i] == b'\r') {
        i += 1;
    }
    i
}

/// 1-based line numbers of byte offsets, for offsets that only grow (linear overall). A line
/// ends at `\n`, `\r\n` or a lone `\r`.
struct LineCounter<'a> {
    bytes: &'a [u8],
    pos: usize,
    line: u64,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> Self {
        LineCounter {
            bytes: text.as_bytes(),
            pos: 0,
            line: 1,
        }
    }

    fn line_at(&mut self, offset: usize) -> u64 {
        let offset = offset.min(self.bytes.len());
        while self.pos < offset {
            match self.bytes[self.pos] {
                b'\n' => self.line += 1,
                b'\r' if self.bytes.get(self.pos + 1) != Some(&b'\n') => self.line += 1,
                _ => {}
            }
            self.pos += 1;
        }
        self.line
    }
}

/// Parses `text` into a header and rows; never drops a record.
///
/// # Errors
///
/// [`ParseError::Empty`] when there is no header row.
pub fn parse(text: &str, delimiter: u8) -> Result<Table, ParseError> {
    let (header_end, _) = line_end(text, 0);
    let crlf = text.as_bytes().get(header_end) == Some(&b'\r');

    let mut lines = LineCounter::new(text);
    let mut readers = Readers::new(text, delimiter);
    let mut rec = StringRecord::new();
    let mut headers: Vec<String> = match readers.main.read_record(&mut rec) {
        Ok(true) => rec.iter().map(str::to_owned).collect(),
        Ok(false) => return Err(ParseError::Empty),
        Err(e) => return Err(ParseError::Csv(e.to_string())),
    };
    if headers.iter().any(|h| h.contains(['\n', '\r'])) {
        // A header never spans lines in a real export; an unclosed quote in it would otherwise
        // swallow the whole file. Take its first line and read the rows from the next one.
        let start = skip_line_breaks(
            text,
            usize::try_from(rec.position().map_or(0, csv::Position::byte)).unwrap_or(0),
        );
        let (end, next) = line_end(text, start);
        headers = readers
            .one_line(start, end)
            .iter()
            .map(str::to_owned)
            .collect();
        readers.restart(next)?;
    }
    let width = headers.len();
    let mut table = Table {
        headers,
        rows: Vec::new(),
        crlf,
        text: String::with_capacity(text.len()),
        ends: Vec::new(),
    };
    let headers = table.headers.clone();
    loop {
        match readers.main.read_record(&mut rec) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => return Err(ParseError::Csv(e.to_string())),
        }
        // The `csv` crate's record position can point at the line break or blank lines before
        // the record; a record never starts with a line break (blank lines are skipped, a quoted
        // field starts with `"`), so skip them and count lines ourselves.
        let raw = usize::try_from(rec.position().map_or(0, csv::Position::byte)).unwrap_or(0);
        let start = skip_line_breaks(text, raw.min(text.len()));
        let line = lines.line_at(start);
        let spans_lines = || rec.as_slice().bytes().any(|b| b == b'\n' || b == b'\r');
        if rec.len() != width && spans_lines() {
            // A quoting error: keep the first physical line as one row, resume on the next.
            let (end, next) = line_end(text, start);
            let fields = readers.one_line(start, end);
            table.push_row(&fields, line, Some(RowIssue::UnbalancedQuotes));
            readers.restart(next)?;
            continue;
        }
        let issue = match rec.len().cmp(&width) {
            std::cmp::Ordering::Less => Some(RowIssue::TooFewFields),
            std::cmp::Ordering::Greater => Some(RowIssue::TooManyFields),
            std::cmp::Ordering::Equal if rec.iter().eq(headers.iter().map(String::as_str)) => {
                Some(RowIssue::RepeatedHeader)
            }
            std::cmp::Ordering::Equal => None,
        };
        table.push_row(&rec, line, issue);
    }
    Ok(table)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_utf8_with_and_without_bom() {
        let d = decode(b"\xEF\xBB\xBFa,b\n".to_vec(), EncodingChoice::Auto).unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding, d.bom),
            ("a,b\n", Encoding::Utf8, true)
        );
        let d = decode("zoë\n".as_bytes().to_vec(), EncodingChoice::Auto).unwrap();
        assert_eq!((d.text.as_str(), d.bom), ("zoë\n", false));
    }

    #[test]
    fn decodes_windows_1252() {
        // "Zoë – €5" in Windows-1252.
        let bytes = b"Zo\xEB \x96 \x805 \x81".to_vec();
        let d = decode(bytes.clone(), EncodingChoice::Auto).unwrap();
        assert_eq!(d.encoding, Encoding::Windows1252);
        assert_eq!(d.text, "Zoë – €5 \u{81}");
        assert_eq!(
            decode(bytes, EncodingChoice::Utf8).unwrap_err(),
            DecodeError::InvalidUtf8 { line: 1 }
        );
        let err = decode(b"a\nb\n\xE9\n".to_vec(), EncodingChoice::Utf8).unwrap_err();
        assert_eq!(err, DecodeError::InvalidUtf8 { line: 3 });
        // Forced Windows-1252 on valid UTF-8 decodes byte by byte.
        let d = decode("é".as_bytes().to_vec(), EncodingChoice::Windows1252).unwrap();
        assert_eq!(d.text, "Ã©");
    }

    #[test]
    fn decodes_utf16_with_bom() {
        let mut le = vec![0xFF, 0xFE];
        le.extend("a;ë\n".encode_utf16().flat_map(u16::to_le_bytes));
        let d = decode(le, EncodingChoice::Auto).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("a;ë\n", Encoding::Utf16Le));
        let mut be = vec![0xFE, 0xFF];
        be.extend("x".encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode(be, EncodingChoice::Auto).unwrap().text, "x");
        assert_eq!(
            decode(vec![0xFF, 0xFE, 0x41], EncodingChoice::Auto).unwrap_err(),
            DecodeError::InvalidUtf16
        );
    }

    #[test]
    fn sniffs_delimiters() {
        assert_eq!(sniff_delimiter("a,b,c\n1,2,3\n"), b',');
        assert_eq!(
            sniff_delimiter("Naam;Bedrijf;E-mail\nJan;\"A, B en C\";j@x.nl\n"),
            b';'
        );
        assert_eq!(sniff_delimiter("a\tb\n1\t2\n"), b'\t');
        // Commas inside fields of a semicolon file do not fool it.
        assert_eq!(
            sniff_delimiter("a;b\n\"x, y, z\";1\n\"p, q\";2\n3,4,5,6;7\n"),
            b';'
        );
        assert_eq!(sniff_delimiter("single\nvalue\n"), b',');
        // A one-column list keeps "a, b" together.
        assert_eq!(sniff_delimiter("E-mail\na@x.nl, b@y.nl\nc@z.nl\n"), b';');
        assert_eq!(sniff_delimiter("E-mail\na@x.nl; b@y.nl\n"), b',');
        assert_eq!(sniff_delimiter(""), b',');
    }

    #[test]
    fn parses_and_flags_rows() {
        let t = parse("a,b,c\r\n1,2,3\r\n4,5\r\n6,7,8,9\r\na,b,c\r\n", b',').unwrap();
        assert!(t.crlf);
        assert_eq!(t.headers, ["a", "b", "c"]);
        let issues: Vec<_> = t.rows.iter().map(|r| r.issue).collect();
        assert_eq!(
            issues,
            [
                None,
                Some(RowIssue::TooFewFields),
                Some(RowIssue::TooManyFields),
                Some(RowIssue::RepeatedHeader)
            ]
        );
        let lines: Vec<_> = t.rows.iter().map(|r| r.line).collect();
        assert_eq!(lines, [2, 3, 4, 5]);
    }

    #[test]
    fn line_numbers_count_blank_lines_and_every_line_ending() {
        for text in [
            "a\n\n\n1\n\r\n2\n",
            "a\r\n\r\n\r\n1\r\n\r\n2",
            "a\r\r\r1\r\r2\r",
        ] {
            let t = parse(text, b',').unwrap();
            let lines: Vec<_> = t.rows.iter().map(|r| r.line).collect();
            assert_eq!(lines, [4, 6], "{text:?}");
        }
    }

    #[test]
    fn quoted_newlines_are_one_row() {
        let t = parse("a,b\n\"x\ny\",1\n2,3\n", b',').unwrap();
        assert!(!t.crlf);
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.fields(0).get(0).unwrap(), "x\ny");
        assert_eq!(t.rows[0].issue, None);
        assert_eq!(t.rows[1].line, 4);
    }

    #[test]
    fn an_unclosed_quote_does_not_swallow_the_file() {
        let text = "a,b,c\n1,\"oops,3\n4,5,6\n7,8,9\n10,11,12\n";
        let t = parse(text, b',').unwrap();
        let lines: Vec<_> = t.rows.iter().map(|r| r.line).collect();
        assert_eq!(lines, [2, 3, 4, 5]);
        assert_eq!(t.rows[0].issue, Some(RowIssue::UnbalancedQuotes));
        assert_eq!(t.fields(0).get(0).unwrap(), "1");
        assert!(t.fields(0).get(1).unwrap().starts_with("oops"));
        assert!(t.rows[1..].iter().all(|r| r.issue.is_none()));
        assert_eq!(t.fields(3).get(2).unwrap(), "12");
        // Also when the stray quote is on the last line, and with CRLF.
        let t = parse("a,b\r\n1,2\r\n\"3,4\r\n", b',').unwrap();
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.rows[1].line, 3);
    }

    #[test]
    fn many_quoting_errors_stay_fast() {
        use std::fmt::Write as _;
        // Every other line opens a quote that the next line closes: 20,000 recoveries.
        let mut text = String::from("a,b,c\n");
        for i in 0..20_000 {
            if i % 2 == 0 {
                let _ = writeln!(text, "\"{i}");
            } else {
                let _ = writeln!(text, "{i},x\"y\",z");
            }
        }
        let t0 = std::time::Instant::now();
        let t = parse(&text, b',').unwrap();
        assert_eq!(t.rows.len(), 20_000);
        let bad = t
            .rows
            .iter()
            .filter(|r| r.issue == Some(RowIssue::UnbalancedQuotes));
        assert_eq!(bad.count(), 10_000);
        assert_eq!(t.rows[19_999].line, 20_001);
        // Linear: a few milliseconds; rebuilding a reader per recovery took seconds.
        assert!(t0.elapsed().as_secs_f64() < 2.0, "{:?}", t0.elapsed());
    }

    #[test]
    fn an_unclosed_quote_in_the_header_does_not_swallow_the_file() {
        let t = parse("a,\"b,c\n1,2,3\n4,5,6\n", b',').unwrap();
        assert_eq!(t.headers, ["a", "b,c"]);
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.rows[0].line, 2);
        assert_eq!(t.rows[1].line, 3);
    }

    #[test]
    fn empty_input_has_no_table() {
        assert_eq!(parse("", b',').unwrap_err(), ParseError::Empty);
        let t = parse("only,a,header\n", b',').unwrap();
        assert_eq!((t.headers.len(), t.rows.len()), (3, 0));
    }
}
