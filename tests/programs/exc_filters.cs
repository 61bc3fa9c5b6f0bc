// Exception filters: pass one evaluates filters (with side effects) from the
// thrower outward before any finally runs; a false filter moves on; a filter
// sees the locals of its frame. (A filter that throws is left out: ECMA
// says it counts as false, mono lets the exception escape.)
using System;
class E : Exception { public int Code; public E(int c) { Code = c; } }
class P {
    static int log;
    static void Mark(int d) { log = log * 10 + d; }
    static bool F(int d, bool r) { Mark(d); return r; }
    static void Thrower(int code) { try { throw new E(code); } finally { Mark(5); } }
    static void Middle(int code) {
        try { Thrower(code); }
        catch (E e) when (F(2, e.Code == 1)) { Mark(7); }
        finally { Mark(6); }
    }
    static int Main() {
        log = 0;
        try { Middle(1); } catch (E) when (F(9, true)) { Mark(8); }
        if (log != 2576) return 1;       // filter 2 matches; finallies 5, handler 7, finally 6
        log = 0;
        try { Middle(2); } catch (E) when (F(3, true)) { Mark(8); }
        if (log != 23568) return 2;      // both filters run before finallies 5 and 6
        log = 0;
        int local = 41;
        try { throw new E(41); } catch (E e) when (e.Code == local) { Mark(1); }
        if (log != 1) return 3;
        int tries = 0;
        for (int i = 0; i < 4; i++) {
            try { throw new E(i); }
            catch (E e) when (e.Code % 2 == 0) { tries += 1; }
            catch (E) { tries += 10; }
        }
        if (tries != 22) return 5;
        return 0;
    }
}
