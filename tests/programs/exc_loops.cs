// Exceptions in loops: a retry loop that succeeds on the third attempt,
// try/catch/finally per iteration with continue and break inside handlers,
// an exception unwinding through 1000 recursive frames each with a finally,
// and nested handlers inside catch blocks.
using System;
class Flaky { int calls; public int Get() { if (++calls < 3) throw new InvalidOperationException(); return calls * 10; } }
class P {
    static int fins;
    static int Deep(int n) { try { if (n == 0) throw new ArgumentException(); return Deep(n - 1) + 1; } finally { fins++; } }
    static int Main() {
        Flaky f = new Flaky(); int result = 0, attempts = 0;
        while (true) { attempts++; try { result = f.Get(); break; } catch (InvalidOperationException) { } }
        if (result != 30 || attempts != 3) return 1;
        int sum = 0, finals = 0;
        for (int i = 0; i < 10; i++) {
            try {
                if (i % 3 == 0) throw new Exception();
                if (i == 8) break;
                sum += i;
            } catch (Exception) { sum += 100; if (i == 6) continue; sum += 1000; }
            finally { finals++; }
        }
        if (sum != 1 + 2 + 4 + 5 + 7 + 300 + 2000) return 2;
        if (finals != 9) return 3;
        try { Deep(1000); return 4; } catch (ArgumentException) { }
        if (fins != 1001) return 5;
        int trace = 0;
        try { throw new ArgumentException(); }
        catch (ArgumentException) {
            try { throw new InvalidOperationException(); }
            catch (InvalidOperationException) { trace += 1; }
            finally { trace += 10; }
            trace += 100;
        }
        if (trace != 111) return 6;
        int caught = 0;
        for (int i = 0; i < 50; i++) { try { int[] a = new int[i % 5]; a[3] = 1; } catch (IndexOutOfRangeException) { caught++; } }
        if (caught != 40) return 7;
        return 0;
    }
}
