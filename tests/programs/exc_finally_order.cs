// Finally blocks run innermost first across frames while an exception
// unwinds; a finally on the normal path, on `return` from inside try, on
// `break`/`continue` out of a loop, and nested try/finally within finally.
class E : System.Exception { }
class P {
    static int log;
    static void Rec(int n) { log = log * 10 + 0; try { if (n == 0) throw new E(); Rec(n - 1); } finally { log = log * 10 + n; } }
    static int Ret() { try { return 5; } finally { log += 7; } }
    static int RetOverride() { int x = 1; try { return x; } finally { x = 2; } }
    static int Main() {
        log = 0;
        try { Rec(3); } catch (E) { log = log * 10 + 9; }
        // entries multiply by 10 (log stays 0), then the finallies add digits 0,1,2,3 innermost first
        if (log != 1239) return 1;
        log = 0;
        if (Ret() != 5 || log != 7) return 2;
        if (RetOverride() != 1) return 3;
        int hits = 0;
        for (int i = 0; i < 5; i++) {
            try { if (i == 1) continue; if (i == 3) break; hits += 10; }
            finally { hits += 1; }
        }
        if (hits != 10 + 1 + 1 + 10 + 1 + 1) return 4;
        int order = 0;
        try {
            try { throw new E(); }
            finally {
                try { order = order * 10 + 1; }
                finally { order = order * 10 + 2; }
                order = order * 10 + 3;
            }
        } catch (E) { order = order * 10 + 4; }
        finally { order = order * 10 + 5; }
        if (order != 12345) return 5;
        return 0;
    }
}
