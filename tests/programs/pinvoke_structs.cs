// Blittable structs by value (in and out, small and large, nested, explicit
// layout) and by reference, and arrays of them.
using System;
using System.Runtime.InteropServices;

[StructLayout(LayoutKind.Sequential)] struct Point { public int X, Y; public Point(int x, int y) { X = x; Y = y; } }
struct Rect { public double X, Y, W, H; }
struct Mixed { public sbyte A; public short B; public int C; public long D; public float E; public double F; }
struct Line { public Point From, To; }
[StructLayout(LayoutKind.Explicit)] struct Bits { [FieldOffset(0)] public float F; [FieldOffset(0)] public uint U; }

static class Native {
    const string Lib = "pinvoketest";
    [DllImport(Lib)] public static extern Point pt_point_add(Point a, Point b);
    [DllImport(Lib)] public static extern void pt_point_scale(ref Point p, int k);
    [DllImport(Lib)] public static extern double pt_rect_area(Rect r);
    [DllImport(Lib)] public static extern Rect pt_rect_grow(Rect r, double d);
    [DllImport(Lib)] public static extern Mixed pt_mixed_next(Mixed m);
    [DllImport(Lib)] public static extern int pt_line_length2(Line l);
    [DllImport(Lib)] public static extern void pt_points_shift(Point[] points, int n, int dx);
    [DllImport(Lib)] public static extern void pt_out_point(int x, out Point p);
    [DllImport(Lib, EntryPoint = "pt_out_point")] public static extern unsafe void pt_out_point_ptr(int x, Point* p);
}

class Program {
    static string Show(Point p) { return "(" + p.X + ", " + p.Y + ")"; }

    static unsafe void Main() {
        Console.WriteLine(Show(Native.pt_point_add(new Point(1, 2), new Point(30, 40))));
        var p = new Point(3, -4);
        Native.pt_point_scale(ref p, 5);
        Console.WriteLine(Show(p));
        var r = new Rect { X = 1, Y = 2, W = 3.5, H = 4 };
        Console.WriteLine(Native.pt_rect_area(r));
        var g = Native.pt_rect_grow(r, 0.5);
        Console.WriteLine(g.X + " " + g.Y + " " + g.W + " " + g.H);
        var m = Native.pt_mixed_next(new Mixed { A = 127, B = -2, C = 3, D = long.MaxValue, E = 0.5f, F = -1.25 });
        Console.WriteLine(m.A + " " + m.B + " " + m.C + " " + m.D + " " + (double)m.E + " " + m.F);
        Console.WriteLine(Native.pt_line_length2(new Line { From = new Point(1, 1), To = new Point(4, 5) }));
        var points = new Point[] { new Point(1, 1), new Point(2, 2), new Point(3, 3) };
        Native.pt_points_shift(points, points.Length, 10);
        foreach (var q in points)
            Console.Write(Show(q) + " ");
        Console.WriteLine();
        Point o;
        Native.pt_out_point(9, out o);
        Console.WriteLine(Show(o));
        Point local;
        Native.pt_out_point_ptr(11, &local);
        Console.WriteLine(Show(local));
        var bits = new Bits { F = 1.0f };
        Console.WriteLine(bits.U.ToString("X8"));
        Console.WriteLine(Marshal.SizeOf(typeof(Point)) + " " + Marshal.SizeOf(typeof(Rect)) + " " +
                          Marshal.SizeOf(typeof(Mixed)) + " " + Marshal.SizeOf(typeof(Line)) + " " + Marshal.SizeOf<Bits>());
        Console.WriteLine(Marshal.SizeOf(typeof(int)) + " " + Marshal.SizeOf(typeof(long)) + " " +
                          Marshal.SizeOf(typeof(IntPtr)) + " " + Marshal.SizeOf(typeof(bool)) + " " + Marshal.SizeOf(typeof(char)));
    }
}
