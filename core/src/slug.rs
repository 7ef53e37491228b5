//! The one macro behind the enums whose values are stable lower-case slugs (phone verdicts,
//! duplicate-scoring relations and levels, suppression reasons and channels).

/// Declares a slug enum: `#[repr(u32)]`, `ALL` in declaration order, `code` / `from_code`,
/// `Display` and `&'static str` conversion, and with the `serde` feature serialisation as the
/// slug. A variant may fix its number (`Variant = 3 => "slug"`): the C enum value where an area
/// has one, the file byte for suppression lists; numbers are never reused.
macro_rules! slug_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident $(= $value:literal)? => $slug:literal, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[cfg_attr(
            feature = "serde",
            derive(serde::Serialize),
            serde(into = "&'static str")
        )]
        #[non_exhaustive]
        #[repr(u32)]
        pub enum $name {
            $( $(#[$vmeta])* $variant $(= $value)?, )*
        }

        impl $name {
            /// Every value, in a stable order.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The stable lower-case slug.
            pub const fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $slug,)*
                }
            }

            /// The value with slug `code`, if there is one.
            pub fn from_code(code: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.code() == code)
            }
        }

        impl From<$name> for &'static str {
            fn from(v: $name) -> Self {
                v.code()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())
            }
        }
    };
}

pub(crate) use slug_enum;
