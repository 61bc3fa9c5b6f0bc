using System;
class CheckedConv {
    static string Try(Func<object> f) { try { return f().ToString(); } catch (OverflowException) { return "OVF"; } }
    static void Main() {
        long[] longs = { 0, -1, 127, 128, 255, 256, 32767, 32768, 65535, 65536, int.MaxValue, (long)int.MaxValue + 1, uint.MaxValue, (long)uint.MaxValue + 1, long.MaxValue, long.MinValue };
        foreach (long v in longs) {
            long x = v;
            Console.WriteLine(v + ": " + Try(() => checked((sbyte)x)) + " " + Try(() => checked((byte)x)) + " " + Try(() => checked((short)x)) + " " + Try(() => checked((ushort)x)) + " " + Try(() => checked((int)x)) + " " + Try(() => checked((uint)x)) + " " + Try(() => checked((ulong)x)) + " " + Try(() => checked((char)x)));
        }
        double[] doubles = { 0.9, -0.9, -1.5, 255.5, 256.0, 2147483647.9, 2147483648.0, -2147483648.9, -2147483649.0, 1e19, 1.8e19, 1e20, double.NaN, double.PositiveInfinity };
        foreach (double v in doubles) {
            double d = v;
            Console.WriteLine(v.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + ": " + Try(() => checked((byte)d)) + " " + Try(() => checked((int)d)) + " " + Try(() => checked((uint)d)) + " " + Try(() => checked((long)d)) + " " + Try(() => checked((ulong)d)));
        }
        ulong big = ulong.MaxValue;
        Console.WriteLine(Try(() => checked((long)big)) + " " + Try(() => checked((int)big)) + " " + unchecked((long)big) + " " + unchecked((int)big));
        int i = int.MinValue;
        Console.WriteLine(Try(() => checked(-i)) + " " + Try(() => checked(i - 1)) + " " + Try(() => checked(i * -1)) + " " + Try(() => checked(i / -1)));
        uint u = 0; Console.WriteLine(Try(() => checked(u - 1)) + " " + unchecked(u - 1));
        long l = long.MaxValue; Console.WriteLine(Try(() => checked(l + 1)) + " " + Try(() => checked(l * 2)) + " " + Try(() => checked(-(-l - 1))));
        double e29 = 1e29, nan = double.NaN; decimal dmax = decimal.MaxValue, d2559 = 255.9m;
        Console.WriteLine(Try(() => (decimal)e29) + " " + Try(() => (decimal)nan) + " " + Try(() => (int)dmax) + " " + Try(() => (byte)d2559));
        IntPtr p = (IntPtr)long.MaxValue; Console.WriteLine(Try(() => checked((int)p)) + " " + Try(() => (int)(long)p));
        double e10 = 1e10, m1 = -1.0, inf = double.PositiveInfinity;
        Console.WriteLine(unchecked((int)e10) + " " + unchecked((long)e10));
    }
}
