//! IPv4 and IPv6 addresses in domain literals, with the rules and error texts of Python 3.11's
//! `ipaddress.IPv4Address` / `IPv6Address` (which the reference embeds in its messages).

use std::fmt::Write as _;

use super::pyfmt::repr;

/// Parses a dotted-quad IPv4 address strictly (no leading zeros, exactly four octets).
///
/// The error is the text of Python's `AddressValueError`.
pub(super) fn parse_ipv4(s: &str) -> Result<[u8; 4], String> {
    if s.contains('/') {
        return Err(format!("Unexpected '/' in {}", repr(s)));
    }
    ipv4_from_string(s)
}

fn ipv4_from_string(s: &str) -> Result<[u8; 4], String> {
    if s.is_empty() {
        return Err("Address cannot be empty".to_owned());
    }
    let octets: Vec<&str> = s.split('.').collect();
    if octets.len() != 4 {
        return Err(format!("Expected 4 octets in {}", repr(s)));
    }
    let mut out = [0u8; 4];
    for (slot, octet) in out.iter_mut().zip(&octets) {
        *slot = parse_octet(octet).map_err(|e| format!("{e} in {}", repr(s)))?;
    }
    Ok(out)
}

fn parse_octet(o: &str) -> Result<u8, String> {
    if o.is_empty() {
        return Err("Empty octet not permitted".to_owned());
    }
    if !o.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("Only decimal digits permitted in {}", repr(o)));
    }
    if o.chars().count() > 3 {
        return Err(format!("At most 3 characters permitted in {}", repr(o)));
    }
    if o != "0" && o.starts_with('0') {
        return Err(format!("Leading zeros are not permitted in {}", repr(o)));
    }
    let v: u32 = o.parse().unwrap_or(u32::MAX);
    u8::try_from(v).map_err(|_| format!("Octet {v} (> 255) not permitted"))
}

/// The parsed form of an IPv6 literal: its value and whether it had a zone index (`%eth0`).
pub(super) struct Ipv6 {
    pub(super) value: u128,
    pub(super) has_scope: bool,
}

/// Parses an IPv6 address as `ipaddress.IPv6Address(s)` does.
pub(super) fn parse_ipv6(s: &str) -> Result<Ipv6, String> {
    if s.contains('/') {
        return Err(format!("Unexpected '/' in {}", repr(s)));
    }
    let (addr, has_scope) = match s.split_once('%') {
        None => (s, false),
        Some((addr, scope)) => {
            if scope.is_empty() || scope.contains('%') {
                return Err(format!("Invalid IPv6 address: \"{}\"", repr(s)));
            }
            (addr, true)
        }
    };
    let value = ipv6_from_string(addr)?;
    Ok(Ipv6 { value, has_scope })
}

const HEXTETS: usize = 8;

fn ipv6_from_string(ip: &str) -> Result<u128, String> {
    if ip.is_empty() {
        return Err("Address cannot be empty".to_owned());
    }
    let mut parts: Vec<String> = ip.split(':').map(str::to_owned).collect();
    if parts.len() < 3 {
        return Err(format!("At least 3 parts expected in {}", repr(ip)));
    }
    if parts.last().is_some_and(|p| p.contains('.')) {
        let last = parts.pop().unwrap_or_default();
        let v4 = parse_ipv4(&last).map_err(|e| format!("{e} in {}", repr(ip)))?;
        let n = u32::from_be_bytes(v4);
        parts.push(format!("{:x}", n >> 16));
        parts.push(format!("{:x}", n & 0xFFFF));
    }
    if parts.len() > HEXTETS + 1 {
        return Err(format!(
            "At most {} colons permitted in {}",
            HEXTETS,
            repr(ip)
        ));
    }
    let mut skip_index = None;
    for (i, p) in parts.iter().enumerate().take(parts.len() - 1).skip(1) {
        if p.is_empty() {
            if skip_index.is_some() {
                return Err(format!("At most one '::' permitted in {}", repr(ip)));
            }
            skip_index = Some(i);
        }
    }
    let (parts_hi, parts_lo, parts_skipped);
    if let Some(skip) = skip_index {
        let mut hi = skip;
        let mut lo = parts.len() - skip - 1;
        if parts[0].is_empty() {
            hi -= 1;
            if hi != 0 {
                return Err(format!(
                    "Leading ':' only permitted as part of '::' in {}",
                    repr(ip)
                ));
            }
        }
        if parts[parts.len() - 1].is_empty() {
            lo -= 1;
            if lo != 0 {
                return Err(format!(
                    "Trailing ':' only permitted as part of '::' in {}",
                    repr(ip)
                ));
            }
        }
        if hi + lo >= HEXTETS {
            return Err(format!(
                "Expected at most {} other parts with '::' in {}",
                HEXTETS - 1,
                repr(ip)
            ));
        }
        (parts_hi, parts_lo, parts_skipped) = (hi, lo, HEXTETS - (hi + lo));
    } else {
        if parts.len() != HEXTETS {
            return Err(format!(
                "Exactly {} parts expected without '::' in {}",
                HEXTETS,
                repr(ip)
            ));
        }
        if parts[0].is_empty() {
            return Err(format!(
                "Leading ':' only permitted as part of '::' in {}",
                repr(ip)
            ));
        }
        if parts[parts.len() - 1].is_empty() {
            return Err(format!(
                "Trailing ':' only permitted as part of '::' in {}",
                repr(ip)
            ));
        }
        (parts_hi, parts_lo, parts_skipped) = (parts.len(), 0, 0);
    }
    let wrap = |e: String| format!("{e} in {}", repr(ip));
    let mut v: u128 = 0;
    for p in &parts[..parts_hi] {
        v = (v << 16) | u128::from(parse_hextet(p).map_err(wrap)?);
    }
    v = v.checked_shl(16 * parts_skipped as u32).unwrap_or(0);
    for p in &parts[parts.len() - parts_lo..] {
        v = (v << 16) | u128::from(parse_hextet(p).map_err(wrap)?);
    }
    Ok(v)
}

fn parse_hextet(h: &str) -> Result<u16, String> {
    if !h.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(format!("Only hex digits permitted in {}", repr(h)));
    }
    if h.len() > 4 {
        return Err(format!("At most 4 characters permitted in {}", repr(h)));
    }
    u16::from_str_radix(h, 16)
        .map_err(|_| format!("invalid literal for int() with base 16: {}", repr(h)))
}

/// `str(IPv6Address)` on Python 3.11: eight lower-case hex groups, the first longest run of at
/// least two zero groups replaced by `::`. (3.11 prints IPv4-mapped addresses in hex too:
/// `::ffff:102:304`.)
pub(super) fn ipv6_compressed(v: u128) -> String {
    let groups: [u16; 8] = std::array::from_fn(|i| (v >> (112 - 16 * i)) as u16);
    let (mut best_start, mut best_len) = (0usize, 0usize);
    let (mut start, mut len) = (0usize, 0usize);
    for (i, &g) in groups.iter().enumerate() {
        if g == 0 {
            if len == 0 {
                start = i;
            }
            len += 1;
            if len > best_len {
                best_len = len;
                best_start = start;
            }
        } else {
            len = 0;
        }
    }
    let mut out = String::with_capacity(39);
    let hex = |out: &mut String, gs: &[u16]| {
        for (i, g) in gs.iter().enumerate() {
            if i > 0 {
                out.push(':');
            }
            let _ = write!(out, "{g:x}");
        }
    };
    if best_len > 1 {
        hex(&mut out, &groups[..best_start]);
        out.push_str("::");
        hex(&mut out, &groups[best_start + best_len..]);
    } else {
        hex(&mut out, &groups);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipv4_strict() {
        assert_eq!(parse_ipv4("127.0.0.1"), Ok([127, 0, 0, 1]));
        assert_eq!(
            parse_ipv4("1.2.3"),
            Err("Expected 4 octets in '1.2.3'".to_owned())
        );
        assert_eq!(
            parse_ipv4("1.2.3.256"),
            Err("Octet 256 (> 255) not permitted in '1.2.3.256'".to_owned())
        );
        assert_eq!(
            parse_ipv4("1.2.3.04"),
            Err("Leading zeros are not permitted in '04' in '1.2.3.04'".to_owned())
        );
        assert_eq!(
            parse_ipv4("1.2.3.4\n"),
            Err("Only decimal digits permitted in '4\\n' in '1.2.3.4\\n'".to_owned())
        );
        assert_eq!(
            parse_ipv4("1..3.4"),
            Err("Empty octet not permitted in '1..3.4'".to_owned())
        );
        assert_eq!(
            parse_ipv4("1.2.3.0000"),
            Err("At most 3 characters permitted in '0000' in '1.2.3.0000'".to_owned())
        );
    }

    #[test]
    fn ipv6_parse_and_compress() {
        let c = |s: &str| ipv6_compressed(parse_ipv6(s).unwrap().value);
        assert_eq!(c("::1"), "::1");
        assert_eq!(c("0000:0000:0000:0000:0000:0000:0000:0001"), "::1");
        assert_eq!(c("::"), "::");
        assert_eq!(c("1::"), "1::");
        assert_eq!(c("::ffff:1.2.3.4"), "::ffff:102:304");
        assert_eq!(c("1:0:0:2:0:0:0:3"), "1:0:0:2::3");
        assert_eq!(c("1:0:2:3:4:5:6:7"), "1:0:2:3:4:5:6:7");
        assert!(parse_ipv6("fe80::1%eth0").unwrap().has_scope);
        assert_eq!(
            parse_ipv6("1::2::3").err().unwrap(),
            "At most one '::' permitted in '1::2::3'"
        );
        assert_eq!(
            parse_ipv6("1:2:3:4:5:6:7").err().unwrap(),
            "Exactly 8 parts expected without '::' in '1:2:3:4:5:6:7'"
        );
        assert_eq!(
            parse_ipv6("1:2:3:4:5:6:7:888G").err().unwrap(),
            "Only hex digits permitted in '888G' in '1:2:3:4:5:6:7:888G'"
        );
        assert_eq!(
            parse_ipv6("%").err().unwrap(),
            "Invalid IPv6 address: \"'%'\""
        );
    }
}
