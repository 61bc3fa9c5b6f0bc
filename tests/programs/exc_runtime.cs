// Exceptions raised by the runtime, caught by their exact type and by base
// types: null dereference (field, method, array), bounds, division and
// remainder by zero, checked overflow (add, mul, conversions), invalid cast,
// array covariance mismatch; then the program keeps running normally.
using System;
class Node { public int V; public int Get() { return V; } }
class P {
    static int Try(int k) {
        try {
            switch (k) {
                case 0: { Node n = null; return n.V; }
                case 1: { Node n = null; return n.Get(); }
                case 2: { int[] a = null; return a[0]; }
                case 3: { int[] a = new int[3]; return a[3]; }
                case 4: { int[] a = new int[3]; return a[-1]; }
                case 5: { int z = 0; return 10 / z; }
                case 6: { long z = 0; return (int)(10L % z); }
                case 7: { int m = int.MaxValue; return checked(m + 1); }
                case 8: { int m = 70000; return checked(m * m); }
                case 9: { long big = 1L << 40; return checked((int)big); }
                case 10: { object o = "s"; return ((Node)o).V; }
                case 11: { object[] arr = new string[1]; arr[0] = new Node(); return 0; }
                case 12: { object o = 5; return (int)(long)o; }
                case 13: { uint u = 0; return (int)checked(u - 1); }
            }
            return -1;
        }
        catch (NullReferenceException) { return 100; }
        catch (IndexOutOfRangeException) { return 101; }
        catch (DivideByZeroException) { return 102; }
        catch (OverflowException) { return 103; }
        catch (InvalidCastException) { return 104; }
        catch (ArrayTypeMismatchException) { return 105; }
    }
    static int Main() {
        int[] want = new int[14];
        want[0] = want[1] = want[2] = 100; want[3] = want[4] = 101; want[5] = want[6] = 102;
        want[7] = want[8] = want[9] = want[13] = 103; want[10] = want[12] = 104; want[11] = 105;
        for (int k = 0; k < want.Length; k++) if (Try(k) != want[k]) return k + 1;
        try { int[] a = new int[1]; a[2] = 0; } catch (SystemException) { }
        try { object o = null; o.ToString(); return 50; } catch (Exception e) { if (!(e is NullReferenceException)) return 51; }
        return 0;
    }
}
