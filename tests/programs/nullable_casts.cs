// Casts to Nullable<T>: `as int?` on a boxed int, on a boxed long and on
// null, and an explicit (int?) cast, which test for a boxed T.
class P {
    static int Main() {
        object i = 5, l = 5L, n = null;
        int? a = i as int?, b = l as int?, c = n as int?;
        if (!a.HasValue || a.Value != 5) return 1;
        if (b.HasValue) return 2;
        if (c.HasValue) return 3;
        int? d = (int?)i;
        try { int? e = (int?)l; return 4; } catch (System.InvalidCastException) { }
        return d.Value + 20;
    }
}
