//! A short list kept inline, with no heap block, up to `N` items, and spilled to a `Vec` past
//! that: the tokens of one address line, the initials of a name. Reads as a slice.

/// Up to `N` items inline (`N` at most 255), more in a `Vec`.
#[derive(Clone)]
#[allow(clippy::large_enum_variant)] // the inline array is the point: no heap block
pub(crate) enum InlineVec<T: Copy + Default, const N: usize> {
    /// Few items: the array and how many of it are used.
    Inline([T; N], u8),
    /// More.
    Heap(Vec<T>),
}

impl<T: Copy + Default, const N: usize> InlineVec<T, N> {
    /// An empty list.
    pub(crate) fn new() -> Self {
        const { assert!(N <= u8::MAX as usize) };
        InlineVec::Inline([T::default(); N], 0)
    }

    /// An empty list with room for `n` items: on the heap from the start when they will not
    /// fit inline.
    pub(crate) fn with_capacity(n: usize) -> Self {
        if n > N {
            InlineVec::Heap(Vec::with_capacity(n))
        } else {
            Self::new()
        }
    }

    /// Appends one item, moving to the heap past the inline room.
    pub(crate) fn push(&mut self, x: T) {
        match self {
            InlineVec::Inline(a, n) if usize::from(*n) < N => {
                a[usize::from(*n)] = x;
                *n += 1;
            }
            InlineVec::Inline(a, n) => {
                let mut v = Vec::with_capacity(2 * N);
                v.extend_from_slice(&a[..usize::from(*n)]);
                v.push(x);
                *self = InlineVec::Heap(v);
            }
            InlineVec::Heap(v) => v.push(x),
        }
    }

    /// Collects `it` (inline when it has at most `N` items).
    pub(crate) fn collect(it: impl IntoIterator<Item = T>) -> Self {
        const { assert!(N <= u8::MAX as usize) };
        let mut buf = [T::default(); N];
        let mut n = 0usize;
        let mut it = it.into_iter();
        for x in it.by_ref() {
            if n == N {
                let mut v = Vec::with_capacity(2 * N);
                v.extend_from_slice(&buf);
                v.push(x);
                v.extend(it);
                return InlineVec::Heap(v);
            }
            buf[n] = x;
            n += 1;
        }
        InlineVec::Inline(buf, n as u8)
    }
}

impl<T: Copy + Default, const N: usize> Default for InlineVec<T, N> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: Copy + Default, const N: usize> std::ops::Deref for InlineVec<T, N> {
    type Target = [T];
    #[inline]
    fn deref(&self) -> &[T] {
        match self {
            InlineVec::Inline(a, n) => &a[..usize::from(*n)],
            InlineVec::Heap(v) => v,
        }
    }
}

impl<T: Copy + Default + PartialEq, const N: usize> PartialEq for InlineVec<T, N> {
    fn eq(&self, o: &Self) -> bool {
        **self == **o
    }
}

impl<T: Copy + Default + std::fmt::Debug, const N: usize> std::fmt::Debug for InlineVec<T, N> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&**self, f)
    }
}

#[cfg(test)]
mod tests {
    use super::InlineVec;

    #[test]
    fn spills_to_the_heap_in_order() {
        let mut v: InlineVec<u8, 3> = InlineVec::new();
        for b in 1..=5 {
            v.push(b);
        }
        assert!(matches!(v, InlineVec::Heap(_)));
        assert_eq!(&*v, &[1, 2, 3, 4, 5]);
        let c: InlineVec<u8, 3> = InlineVec::collect([7, 8]);
        assert!(matches!(c, InlineVec::Inline(_, 2)));
        assert_eq!(&*c, &[7, 8]);
        let c: InlineVec<u8, 3> = InlineVec::collect(1..=5);
        assert_eq!(c, v);
        assert!(matches!(
            InlineVec::<u8, 3>::with_capacity(9),
            InlineVec::Heap(_)
        ));
    }
}
